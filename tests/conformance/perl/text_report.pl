# A small report: parse records from a heredoc, aggregate in hashes of
# arrays, sort by several keys, print aligned columns with printf.
use strict;
use warnings;
my $data = <<'END';
alice,sales,5200
bob,dev,6100
carol,dev,7300
dave,sales,4100
erin,ops,5500
frank,dev,6100
END
my (%by_dept, %total);
for my $line (split /\n/, $data) {
    my ($name, $dept, $pay) = split /,/, $line;
    push @{ $by_dept{$dept} }, { name => $name, pay => $pay };
    $total{$dept} += $pay;
}
for my $dept (sort { $total{$b} <=> $total{$a} || $a cmp $b } keys %total) {
    my @people = sort { $b->{pay} <=> $a->{pay} || $a->{name} cmp $b->{name} } @{ $by_dept{$dept} };
    printf "%-6s %6d %s\n", $dept, $total{$dept}, join(", ", map { "$_->{name}($_->{pay})" } @people);
}
my @all = map { @$_ } values %by_dept;
my ($top) = sort { $b->{pay} <=> $a->{pay} || $a->{name} cmp $b->{name} } @all;
printf "top earner: %s with %.1fk\n", $top->{name}, $top->{pay} / 1000;
my $avg = 0; $avg += $_->{pay} for @all; $avg /= @all;
printf "average: %.2f over %d people\n", $avg, scalar @all;
my %len;
$len{length $_->{name}}++ for @all;
print "name lengths: ", join(", ", map { "$_ => $len{$_}" } sort { $a <=> $b } keys %len), "\n";
print "-" x 20, "\n";
printf "%-5s|%5s|%-8s|\n", "a", "b", "c";
printf "%5.1f%%\n", 45.678;
