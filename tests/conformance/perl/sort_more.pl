# Sorting: numeric and string, reversed, by several keys, by a named sub
# with $a/$b, by a computed key (Schwartzian transform), stable order of
# equal keys, sort of hash keys by value.
use strict;
use warnings;
my @n = (10, 2, 33, 4, 2, 100);
print "default: @{[ sort @n ]}\n";
print "numeric: @{[ sort { $a <=> $b } @n ]}\n";
print "reverse numeric: @{[ sort { $b <=> $a } @n ]}\n";
print "reverse sort: @{[ reverse sort { $a <=> $b } @n ]}\n";
sub by_length { length($a) <=> length($b) or $a cmp $b }
my @w = qw(pear fig banana kiwi apple date);
print "named sub: @{[ sort by_length @w ]}\n";
my $cmp = sub { $b cmp $a };
print "sub ref: @{[ sort $cmp @w ]}\n";
my @st = map { $_->[1] } sort { $a->[0] <=> $b->[0] or $a->[1] cmp $b->[1] } map { [length, $_] } @w;
print "schwartzian: @st\n";
my @recs = map { { name => $_->[0], age => $_->[1] } } (["al", 30], ["bo", 25], ["cy", 30], ["di", 25]);
print "stable by age: ", join(" ", map { $_->{name} } sort { $a->{age} <=> $b->{age} } @recs), "\n";
my %score = (x => 3, y => 1, z => 2);
print "keys by value: @{[ sort { $score{$a} <=> $score{$b} } keys %score ]}\n";
print "mixed case: @{[ sort { lc $a cmp lc $b } qw(b A c B a) ]}\n";
my @sorted = sort { $a <=> $b } ();
print "empty: ", scalar(@sorted), "\n";
print "in place: ", join(",", (@n = sort { $a <=> $b } @n)), "\n";
