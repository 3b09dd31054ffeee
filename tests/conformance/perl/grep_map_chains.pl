# map/grep/sort chains: map returning pairs into a hash, grep with regex
# and with expressions, nested map, map with multiple return values,
# first/any/all/none/sum/max from List::Util.
use strict;
use warnings;
use List::Util qw(first any all none sum max min reduce);
my @words = qw(apple Banana cherry date Elder fig);
my %len = map { $_ => length } @words;
print "lengths: ", join(",", map { "$_=$len{$_}" } sort keys %len), "\n";
print "capitalised: @{[ grep { /^[A-Z]/ } @words ]}\n";
print "long: @{[ grep { length > 4 } @words ]}\n";
print "pairs: @{[ map { ($_, $_ * $_) } 1 .. 3 ]}\n";
my @nested = map { my $x = $_; map { "$x$_" } qw(a b) } 1 .. 2;
print "nested: @nested\n";
print "sorted by length then name: @{[ sort { length($a) <=> length($b) or lc $a cmp lc $b } @words ]}\n";
print "first long: ", first { length > 5 } @words;
print "\nany fig: ", (any { $_ eq 'fig' } @words) ? 1 : 0;
print "\nall have letters: ", (all { /\w/ } @words) ? 1 : 0;
print "\nnone empty: ", (none { $_ eq '' } @words) ? 1 : 0;
print "\nsum/max/min: ", sum(1 .. 10), " ", max(3, 9, 2), " ", min(3, 9, 2), "\n";
my $longest = reduce { length($a) >= length($b) ? $a : $b } @words;
print "reduce longest: $longest\n";
my @idx = grep { $words[$_] =~ /e/ } 0 .. $#words;
print "indices with e: @idx\n";
my $count = grep { /a/i } @words;
print "count with a: $count\n";
