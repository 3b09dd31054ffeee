# String operators: repetition, increment, ranges, sprintf padding,
# lc/uc, comparisons, join/split round trips, substr replacement, index loops.
use strict;
use warnings;
my $s = "a9"; $s++; print "a9++ $s\n";
my $v = "Zz"; $v++; print "Zz++ $v\n";
my $w = "zz99"; $w++; print "zz99++ $w\n";
print "range: ", join(" ", 'x' .. 'ab'), "|", join(",", '08' .. '11'), "\n";
my $str = "The quick brown fox";
my $pos = -1; my @found;
while (($pos = index($str, "o", $pos + 1)) != -1) { push @found, $pos }
print "o at: @found\n";
my $copy = $str;
substr($copy, 4, 5) = "slow";
print "$copy\n";
substr($copy, 0, 3, "A");
print "$copy\n";
print "cmp chain: ", join(" ", sort { length($a) <=> length($b) or $a cmp $b } qw(pear fig apple kiwi banana date)), "\n";
print "x list: ", join(",", ('ab') x 3), " ", "=" x 5, "\n";
my @parts = split /(\d)/, "a1b2c";
print "split keeps groups: @parts\n";
print "join empty: '", join(",", ()), "'\n";
print "ucfirst lc: ", join(" ", map { ucfirst lc } split / /, "hELLO wORLD"), "\n";
print "sprintf: [", sprintf("%-8s", "left"), "] [", sprintf("%8s", "right"), "] [", sprintf("%08.3f", 3.14159), "]\n";
print "repeat join: ", join("-", map { $_ x 2 } qw(a b c)), "\n";
my $text = "one two three two one";
my %seen; my @uniq = grep { !$seen{$_}++ } split ' ', $text;
print "uniq words: @uniq\n";
print "reverse words: ", join(" ", reverse split / /, $text), "\n";
print "count 'two': ", scalar(() = $text =~ /two/g), "\n";
(my $t = $text) =~ s/(\w+)/\u$1/g;
print "title: $t\n";
print "lt/gt: ", ("abc" lt "abd" ? 1 : 0), ("B" gt "a" ? 1 : 0), ("10" lt "9" ? 1 : 0), "\n";
print "chop/chomp: ";
my $c = "line\n"; chomp $c; my $d = "word"; chop $d; print "$c $d\n";
print "lengths: ", join(",", map { length } "", "a", "hello"), "\n";
print "ord/chr roundtrip: ", join("", map { chr(ord($_) + 1) } split //, "HAL"), "\n";
