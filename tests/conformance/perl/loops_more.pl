# Loop forms: labelled nested loops with next/last, C-style loops with
# several variables, until, do-until, last in while with complex
# conditions, loop over hash slices, each index with $#array.
use strict;
use warnings;
OUTER: for my $i (1 .. 4) {
    for my $j (1 .. 4) {
        next OUTER if $j > $i;
        last OUTER if $i * $j > 6;
        print "$i$j ";
    }
}
print "\n";
for (my ($i, $j) = (0, 10); $i < $j; $i += 3, $j -= 2) { print "[$i,$j]" }
print "\n";
my $n = 0;
until ($n >= 3) { $n++ }
print "until: $n\n";
my $m = 10;
do { $m -= 4 } until $m < 0;
print "do-until: $m\n";
my @queue = (5, 3, 8, 1);
while (defined(my $x = shift @queue)) { last if $x == 8; print "got $x " }
print "| left @queue\n";
my @arr = qw(a b c);
for my $i (0 .. $#arr) { print "$i=$arr[$i] " }
print "\n";
my %h = (x => 1, y => 2, z => 3);
for my $v (@h{qw(z x)}) { print "slice $v " }
print "\n";
my $k = 0;
LINE: while (1) { $k++; next LINE if $k % 2; last LINE if $k > 6; print "even $k " }
print "\n";
my @nested = ([1, 2], [3, 4]);
for my $row (@nested) { for (@$row) { print $_ * 10, " " } }
print "\n";
my $total = 0;
$total += $_ for grep { $_ % 3 == 0 } 1 .. 20;
print "sum of multiples of 3: $total\n";
my @copy = (1 .. 5);
$_ *= 2 for @copy;
print "doubled in place: @copy\n";
s/^/x/ for @arr;
print "prefixed: @arr\n";
