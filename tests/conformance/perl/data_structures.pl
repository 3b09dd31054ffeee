# Complex data: a hash of arrays of hashes built incrementally, walked
# with nested loops, transformed with map, grouped and counted, and
# printed with sorted keys at every level.
use strict;
use warnings;
my %db;
my @rows = (
    [qw(fruit apple red)], [qw(fruit banana yellow)], [qw(veg carrot orange)],
    [qw(fruit cherry red)], [qw(veg kale green)], [qw(veg beet red)],
);
for my $r (@rows) {
    my ($kind, $name, $color) = @$r;
    push @{ $db{$kind} }, { name => $name, color => $color };
}
for my $kind (sort keys %db) {
    print "$kind: ", join(", ", map { "$_->{name}($_->{color})" } sort { $a->{name} cmp $b->{name} } @{ $db{$kind} }), "\n";
}
my %by_color;
for my $kind (keys %db) { for my $e (@{ $db{$kind} }) { push @{ $by_color{ $e->{color} } }, $e->{name} } }
print "by color: ", join("; ", map { "$_=" . join(",", sort @{ $by_color{$_} }) } sort keys %by_color), "\n";
my %count = map { $_ => scalar @{ $db{$_} } } keys %db;
print "counts: ", join(", ", map { "$_:$count{$_}" } sort keys %count), "\n";
my @names = sort map { $_->{name} } map { @$_ } values %db;
print "all names: @names\n";
my $deep = { a => [ { b => [1, { c => 'found' }] } ] };
print "deep: $deep->{a}[0]{b}[1]{c} ", scalar @{ $deep->{a}[0]{b} }, "\n";
my @red = grep { $_->{color} eq 'red' } map { @$_ } @db{qw(fruit veg)};
print "red: ", join(",", sort map { $_->{name} } @red), "\n";
