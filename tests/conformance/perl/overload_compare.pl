use strict;
use warnings;

package Version;
use overload
    '<=>' => \&compare,
    'cmp' => \&compare,
    '""'  => sub { join '.', @{ $_[0]{parts} } },
    'eq'  => sub { "$_[0]" eq "$_[1]" };

sub new {
    my ($class, $str) = @_;
    return bless { parts => [split /\./, $str] }, $class;
}
sub compare {
    my ($x, $y, $swap) = @_;
    $y = Version->new($y) unless ref $y;
    my @a = @{ $x->{parts} };
    my @b = @{ $y->{parts} };
    while (@a || @b) {
        my $p = shift(@a) // 0;
        my $q = shift(@b) // 0;
        my $c = $p <=> $q;
        return $swap ? -$c : $c if $c;
    }
    return 0;
}

package main;

my @versions = map { Version->new($_) } qw(1.10 1.2 1.2.1 0.9 2.0 1.10.0);
print "sorted: ", join(" ", sort { $a <=> $b } @versions), "\n";
print "desc: ", join(" ", sort { $b cmp $a } @versions), "\n";
my $v = Version->new("1.2");
for my $other (qw(1.2 1.2.0 1.3 1.1)) {
    printf "%s vs %s: %d %s %s\n", $v, $other, $v <=> $other,
        ($v == Version->new($other) ? "==" : "!="), ($v < $other ? "<" : ">=");
}
print "eq string: ", ($v eq "1.2" ? "yes" : "no"), "\n";
print "max: ", (sort { $a <=> $b } @versions)[-1], "\n";
