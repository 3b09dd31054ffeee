use strict;
use warnings;

my %age = (alice => 31, bob => 25, carol => 47);
$age{dave} = 19;
print "count: ", scalar(keys %age), "\n";
for my $name (sort keys %age) {
    printf "%-6s %3d\n", $name, $age{$name};
}
print "by age: ", join(", ", sort { $age{$a} <=> $age{$b} } keys %age), "\n";
print "exists bob: ", (exists $age{bob} ? 1 : 0), "\n";
delete $age{bob};
print "exists bob: ", (exists $age{bob} ? 1 : 0), "\n";
my @slice = @age{qw(alice carol)};
print "slice: @slice\n";
my %copy = %age;
$copy{alice} = 0;
print "orig alice: $age{alice}, copy alice: $copy{alice}\n";
my %inverted = reverse %age;
print "inverted: ", join(",", map { "$_=$inverted{$_}" } sort { $a <=> $b } keys %inverted), "\n";
my %count;
$count{$_}++ for qw(a b a c b a);
print join(" ", map { "$_:$count{$_}" } sort keys %count), "\n";
my %nested = (fruits => { apple => 1, pear => 2 }, veg => { kale => 3 });
for my $kind (sort keys %nested) {
    print "$kind: ", join(",", sort keys %{ $nested{$kind} }), "\n";
}
$nested{veg}{leek} = 4;
print "veg count: ", scalar(keys %{$nested{veg}}), "\n";
my $href = \%age;
print "via ref: $$href{carol} $href->{dave}\n";
my @pairs;
while (my ($k, $v) = each %$href) { push @pairs, "$k=$v" }
print "each pairs: ", join(",", sort @pairs), "\n";
my %kv = %age{'alice', 'dave'};
print "kv slice: ", join(",", map { "$_=>$kv{$_}" } sort keys %kv), "\n";
print "values sum: ", eval { my $t = 0; $t += $_ for values %age; $t }, "\n";
my %empty;
print "empty is false\n" unless %empty;
delete @age{qw(alice carol)};
print "left: ", join(",", sort keys %age), "\n";
