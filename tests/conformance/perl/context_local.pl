# Context (wantarray, arrays in scalar context), local restored on every
# way out, string increment, ranges and sprintf.
use strict;
use warnings;

sub ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @l = ctx();
my $s = ctx();
print "ctx: $l[0] $s\n";
sub pair { return (10, 20, 30) }
my $last = pair();
my ($first) = pair();
my $count = () = pair();
print "last=$last first=$first count=$count\n";
my @a = (5, 6, 7);
print "array in scalar: ", scalar(@a), " in numeric: ", @a + 0, " last index: $#a\n";
print "empty is false\n" unless my @none = ();

our $level = 0;
sub show { return "level=$level" }
sub nested { local $level = $level + 1; return show() }
print nested(), " then ", show(), "\n";
sub dies { local $level = 99; die "boom\n" }
eval { dies() };
print "after die: ", show(), ", error: $@";

my $id = "aa9";
$id++;
print "incremented: $id\n";
my $z = "Az"; $z++; print "Az++ = $z\n";
my $zz = "zz"; $zz++; print "zz++ = $zz\n";
print "letters: ", join(",", 'aa' .. 'ad'), "\n";
printf "%-6s|%5.2f|%03d|%x|%e\n", "left", 3.14159, 7, 255, 12345.678;
print "numbers: ", 0.1 + 0.2, " ", 1e21, " ", 10 / 4, " ", 2 ** 53, " ", -7 % 3, "\n";
print "numeric strings: ", "3 apples" * 2, " ", "0 but true" + 5, " ", "1_000" + 0, "\n";
