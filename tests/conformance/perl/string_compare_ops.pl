# String and numeric comparison operators side by side, cmp/<=> in
# chains, sort stability with equal keys, lt/gt on mixed case and
# digits, and comparisons of undef-free edge values.
use strict;
use warnings;
my @pairs = (["abc", "abd"], ["B", "a"], ["10", "9"], ["", "a"], ["same", "same"], ["a", "A"]);
for my $p (@pairs) {
    my ($x, $y) = @$p;
    printf "%-6s %-6s lt:%d gt:%d le:%d ge:%d eq:%d ne:%d cmp:%2d\n", "'$x'", "'$y'",
        ($x lt $y ? 1 : 0), ($x gt $y ? 1 : 0), ($x le $y ? 1 : 0), ($x ge $y ? 1 : 0), ($x eq $y ? 1 : 0), ($x ne $y ? 1 : 0), $x cmp $y;
}
for my $p ([1, 2], [2, 2], [10, 9], [-1, 1], [0.5, 0.25]) {
    my ($x, $y) = @$p;
    printf "%5s %5s <:%d >:%d <=:%d >=:%d ==:%d !=:%d <=>:%2d\n", $x, $y,
        ($x < $y ? 1 : 0), ($x > $y ? 1 : 0), ($x <= $y ? 1 : 0), ($x >= $y ? 1 : 0), ($x == $y ? 1 : 0), ($x != $y ? 1 : 0), $x <=> $y;
}
my @recs = map { [$_ % 3, $_] } 1 .. 9;
print "stable: ", join(" ", map { "$_->[0]:$_->[1]" } sort { $a->[0] <=> $b->[0] } @recs), "\n";
print "chain: ", join(" ", sort { length($a) <=> length($b) || $a cmp $b } qw(bb a ccc aa b c)), "\n";
