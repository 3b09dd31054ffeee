# Hash functions: each resets after keys, delete returning values and
# slices, exists vs defined, nested counting, inverting, merging, slices
# as lvalues, hash in list context round trip.
use strict;
use warnings;
my %h = (one => 1, two => 2, three => 3, none => undef);
print "exists none: ", (exists $h{none} ? 1 : 0), " defined none: ", (defined $h{none} ? 1 : 0), "\n";
print "delete two: ", delete $h{two}, " left: ", join(",", sort keys %h), "\n";
my @gone = delete @h{qw(one three)};
print "deleted slice: @gone left: ", join(",", sort keys %h), "\n";
my %m = (a => 1, b => 2);
my %n = (b => 20, c => 30);
my %merged = (%m, %n);
print "merged: ", join(",", map { "$_=$merged{$_}" } sort keys %merged), "\n";
@merged{qw(x y)} = (100, 200);
print "slice assign: $merged{x} $merged{y}\n";
my %inv = map { $merged{$_} => $_ } keys %merged;
print "inverted 20: $inv{20}\n";
my %count;
$count{length $_}{$_}++ for qw(a bb cc a ddd bb bb);
for my $len (sort keys %count) {
    print "len $len: ", join(",", map { "$_ x$count{$len}{$_}" } sort keys %{ $count{$len} }), "\n";
}
my @pairs = %m;
print "pairs in list: ", scalar(@pairs), "\n";
my $total = 0;
while (my ($k, $v) = each %m) { $total += $v }
print "each total: $total\n";
my %empty;
print "empty: ", (%empty ? "no" : "yes"), " count ", scalar(keys %empty), "\n";
my $ref = \%merged;
print "via ref: ", join(",", sort keys %$ref), " has c: ", (exists $ref->{c} ? 1 : 0), "\n";
delete $ref->{c};
print "after delete via ref: ", (exists $merged{c} ? 1 : 0), "\n";
