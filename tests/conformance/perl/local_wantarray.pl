use strict;
use warnings;

our $level = 0;
sub show { print "level=$level\n" }
sub nested {
    local $level = $level + 1;
    show();
    nested() if $level < 3;
}
nested();
show();

sub context { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @l = context();
my $s = context();
print "list: $l[0], scalar: $s\n";
sub ctx_print { my $c = wantarray; print "void call: ", (defined $c ? "no" : "yes"), "\n" }
ctx_print();

sub both { return wantarray ? (1, 2, 3) : "one-two-three" }
my @arr = both();
my $str = both();
print "arr: @arr; str: $str\n";

our %config = (debug => 0);
sub with_debug {
    local $config{debug} = 1;
    return "inside: $config{debug}";
}
print with_debug(), ", outside: $config{debug}\n";

for my $v (qw(a b)) {
    local $_ = "local $v";
    print "$_\n";
}
my @words = ("x", "y");
{
    local $" = "-";
    print "joined: @words\n";
}
print "default: @words\n";
{
    local $, = ",";
    local $\ = "!\n";
    print "a", "b";
}
print "after\n";
