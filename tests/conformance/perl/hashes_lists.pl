# Hashes and lists: slices, exists/delete, each, nested structures,
# sort by value, grep/map chains, wantarray-sensitive builtins.
use strict;
use warnings;

my %age = (ann => 31, bob => 25, cy => 40);
$age{dee} = 19;
print "count: ", scalar(keys %age), "\n";
print "by age: ", join(" ", sort { $age{$a} <=> $age{$b} } keys %age), "\n";
print "by name desc: ", join(" ", sort { $b cmp $a } keys %age), "\n";
my @slice = @age{qw(ann cy)};
print "slice: @slice\n";
print "exists bob: ", (exists $age{bob} ? 1 : 0), ", deleted: ", delete $age{bob}, ", exists now: ", (exists $age{bob} ? 1 : 0), "\n";
my %inv = reverse %age;
print "inverted 40: $inv{40}\n";
my @pairs;
for my $k (sort keys %age) { push @pairs, "$k:$age{$k}" }
print "pairs: @pairs\n";
my %count;
$count{$_}++ for qw(a b a c a b);
print "counts: ", join(",", map { "$_=$count{$_}" } sort keys %count), "\n";
my $data = { list => [1, 2, 3], map => { x => 1 } };
push @{ $data->{list} }, 4;
$data->{map}{y} = 2;
$data->{new}{deep}[2] = 'auto';
print "list: @{ $data->{list} } size ", scalar @{ $data->{list} }, "\n";
print "map keys: ", join(",", sort keys %{ $data->{map} }), "\n";
print "autoviv: ", ref($data->{new}), " ", ref($data->{new}{deep}), " ", scalar(@{ $data->{new}{deep} }), "\n";
my @matrix = ([1, 2], [3, 4]);
print "matrix: ", join(";", map { join(",", @$_) } @matrix), " corner $matrix[1][1]\n";
my @nums = (4, 8, 15, 16, 23, 42);
my @big = grep { $_ > 10 } @nums;
my $sum = 0; $sum += $_ for @nums;
print "big: @big sum: $sum max idx: $#nums\n";
my ($min) = sort { $a <=> $b } @nums;
print "min: $min\n";
my @sorted = sort { $b <=> $a } @nums;
print "top3: @sorted[0..2]\n";
my @copy = @nums;
my @removed = splice(@copy, 1, 2);
print "spliced: @removed left: @copy\n";
my @u = do { my %s; grep { !$s{$_}++ } qw(x y x z y) };
print "uniq: @u\n";
print "wantarray list: ", join(",", localtime(0) ) =~ /^\d/ ? "ok" : "no", "\n";
my @e = ();
print "empty: ", (@e ? "nonempty" : "empty"), " ", scalar(@e), "\n";
my $aref = [map { $_ * 2 } 1 .. 4];
print "last of aref: $$aref[-1] ${$aref}[0] $aref->[1]\n";
while (my ($k, $v) = each %count) { $count{$k} = $v * 10 }
print "after each: ", join(",", map { $count{$_} } sort keys %count), "\n";
