use strict;
use warnings;

my @people = (
    { name => "Alice", age => 30, city => "Paris" },
    { name => "Bob",   age => 25, city => "Berlin" },
    { name => "Carol", age => 30, city => "Athens" },
    { name => "Dave",  age => 25, city => "Paris" },
);
my @by_age_name = sort { $a->{age} <=> $b->{age} or $a->{name} cmp $b->{name} } @people;
print join(", ", map { "$_->{name}($_->{age})" } @by_age_name), "\n";
my @by_city_desc = sort { $b->{city} cmp $a->{city} || $a->{name} cmp $b->{name} } @people;
print join(", ", map { "$_->{name}\@$_->{city}" } @by_city_desc), "\n";
sub by_name { $a->{name} cmp $b->{name} }
print join(" ", map { $_->{name} } sort by_name @people), "\n";
my $cmp = sub { $b->{age} <=> $a->{age} };
print join(" ", map { $_->{name} } sort $cmp @people), "\n";
my @nums = sort { $a <=> $b } (10, 2, 33, 4);
print "@nums\n";
my @desc = reverse sort { $a <=> $b } 1 .. 5;
print "@desc\n";
my %groups;
push @{ $groups{$_->{city}} }, $_->{name} for @people;
for my $city (sort keys %groups) {
    print "$city: ", join(",", sort @{ $groups{$city} }), "\n";
}
my @schwartz = map { $_->[1] }
    sort { $a->[0] <=> $b->[0] or $a->[1] cmp $b->[1] }
    map { [length($_), $_] } qw(pear fig banana kiwi apple);
print "by length: @schwartz\n";
my %score = (x => 3, y => 1, z => 2);
my @ranked = sort { $score{$b} <=> $score{$a} } keys %score;
print "ranked: @ranked\n";
print "stable-ish numeric strings: ", join(" ", sort { $a <=> $b } qw(10 9 100 1)), "\n";
print "default sort: ", join(" ", sort qw(10 9 100 1)), "\n";
