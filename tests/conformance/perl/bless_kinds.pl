# Blessing every kind of reference: hash, array, scalar, code; ref and
# Scalar::Util's blessed/reftype on each; re-blessing; method calls.
use strict;
use warnings;
use Scalar::Util qw(blessed reftype);
package Kind; sub what { my $s = shift; return ref($s) . " is a " . Scalar::Util::reftype($s) }
package Other; our @ISA = ('Kind');
package main;
my $count = 5;
my @objs = (
    bless({ a => 1 }, 'Kind'),
    bless([1, 2, 3], 'Kind'),
    bless(\$count, 'Kind'),
    bless(sub { "called with @_" }, 'Kind'),
);
print $_->what, "\n" for @objs;
print "blessed: ", join(",", map { blessed($_) } @objs), "\n";
print "plain: ", (defined blessed({}) ? "blessed" : "undef"), " ", (defined blessed("Kind") ? "blessed" : "undef"), "\n";
print "reftype plain: ", reftype([]), " ", reftype({}), " ", reftype(\1), " ", reftype(sub {}), "\n";
print "array elements: @{$objs[1]}\n";
print "scalar value: ${$objs[2]}\n";
print "code call: ", $objs[3]->(1, 2), "\n";
bless $objs[0], 'Other';
print "reblessed: ", $objs[0]->what, " isa Kind: ", ($objs[0]->isa('Kind') ? 1 : 0), "\n";
print "string forms: ", join(" ", map { (my $t = "$_") =~ s/\(0x[0-9a-f]+\)/(ADDR)/; $t } @objs), "\n";
