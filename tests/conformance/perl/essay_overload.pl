# use overload for + and "" (with fallback), the swapped argument, and
# an array-based object.
use strict;
use warnings;

package Vec2;
use overload
    '+'  => \&add,
    '-'  => sub { my ($a, $b, $swap) = @_; my $r = Vec2->new($a->[0] - $b->[0], $a->[1] - $b->[1]); $r },
    '*'  => sub { my ($a, $k, $swap) = @_; Vec2->new($a->[0] * $k, $a->[1] * $k) },
    '==' => sub { my ($a, $b) = @_; $a->[0] == $b->[0] && $a->[1] == $b->[1] },
    '""' => sub { my $s = shift; "($s->[0], $s->[1])" },
    fallback => 1;
sub new { my ($class, $x, $y) = @_; return bless [$x, $y], $class }
sub add { my ($a, $b) = @_; return Vec2->new($a->[0] + $b->[0], $a->[1] + $b->[1]) }
sub len { my $s = shift; sqrt($s->[0] ** 2 + $s->[1] ** 2) }

package main;
my $u = Vec2->new(1, 2);
my $v = Vec2->new(3, 4);
my $w = $u + $v;
print "u + v = $w\n";
print "v - u = ", $v - $u, "\n";
print "u * 3 = ", $u * 3, "\n";
print "3 * u = ", 3 * $u, "\n";
print "len v = ", $v->len, "\n";
print "equal: ", ($w == Vec2->new(4, 6) ? "yes" : "no"), "\n";
print "concat: " . $u . "!\n";
print "ref: ", ref($u), ", reftype via StrVal: ", (overload::StrVal($u) =~ /^Vec2=ARRAY/ ? "ARRAY" : "?"), "\n";
my $sum = Vec2->new(0, 0);
$sum = $sum + $_ for map { Vec2->new($_, $_ * 10) } 1 .. 3;
print "sum: $sum\n";
