use strict;
use warnings;

my %totals;
my @order;
while (my $line = <DATA>) {
    chomp $line;
    next if $line =~ /^\s*(#|$)/;
    my ($name, $qty, $price) = split /\s*,\s*/, $line;
    push @order, $name unless exists $totals{$name};
    $totals{$name} += $qty * $price;
}
for my $name (@order) {
    printf "%-8s %8.2f\n", $name, $totals{$name};
}
my $sum = 0;
$sum += $_ for values %totals;
printf "%-8s %8.2f\n", "TOTAL", $sum;

=pod

This POD block is skipped by the parser.

=cut

print "after pod\n";

__DATA__
# name, qty, price
apple, 3, 0.5
pear, 2, 0.75

apple, 1, 0.5
melon, 1, 3.2
