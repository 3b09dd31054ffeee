use strict;
use warnings;

for (my $i = 0; $i < 5; $i++) { print $i; }
print "\n";
my $n = 0;
while ($n < 10) { $n += 3 }
print "n=$n\n";
until ($n <= 0) { $n -= 4 }
print "n=$n\n";
my $k = 0;
do { $k++ } while ($k < 5);
print "k=$k\n";
do { $k-- } until $k <= 2;
print "k=$k\n";
OUTER: for my $i (1 .. 3) {
    INNER: for my $j (1 .. 3) {
        next OUTER if $j == 2 && $i == 2;
        last INNER if $j == 3;
        print "($i,$j)";
    }
}
print "\n";
my @stack = (1 .. 5);
while (my $top = pop @stack) {
    next if $top == 3;
    print "top $top\n";
    last if $top == 2;
}
my $total = 0;
$total += $_ foreach 1 .. 100;
print "total $total\n";
my %h = (a => 1, b => 2, c => 3);
foreach my $key (sort keys %h) { print "$key=$h{$key};" }
print "\n";
for (qw(x y z)) { print uc; }
print "\n";
my $i = 0;
{
    $i++;
    redo if $i < 3;
}
print "redo i=$i\n";
my @matrix = ([1, 2, 3], [4, 5, 6]);
for my $row (@matrix) {
    print join(" ", map { $_ * 2 } @$row), "\n";
}
my $found;
for my $v (10, 20, 30) {
    if ($v > 15) { $found = $v; last }
}
print "found $found\n";
my $x = 0;
$x++ while $x < 7;
print "x $x\n";
print "countdown: ", join(" ", reverse 1 .. 5), "\n";
my $j = 0;
while (1) { last if ++$j >= 4 } continue { print "c$j " }
print "\n";
