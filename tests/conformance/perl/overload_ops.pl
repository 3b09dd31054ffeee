use strict;
use warnings;

package Vec2;
use overload
    '+'   => \&add,
    '-'   => sub { Vec2->new($_[0]{x} - $_[1]{x}, $_[0]{y} - $_[1]{y}) },
    '*'   => \&mul,
    '=='  => sub { $_[0]{x} == $_[1]{x} && $_[0]{y} == $_[1]{y} },
    '""'  => \&to_string,
    'bool' => sub { 1 };

sub new { my ($class, $x, $y) = @_; return bless { x => $x, y => $y }, $class }
sub add { my ($a, $b) = @_; return Vec2->new($a->{x} + $b->{x}, $a->{y} + $b->{y}) }
sub mul {
    my ($a, $b, $swapped) = @_;
    return ref $b ? $a->{x} * $b->{x} + $a->{y} * $b->{y} : Vec2->new($a->{x} * $b, $a->{y} * $b);
}
sub to_string { my $s = shift; return "($s->{x}, $s->{y})" }

package main;

my $a = Vec2->new(1, 2);
my $b = Vec2->new(3, 4);
print "a = $a\n";
print "a + b = ", $a + $b, "\n";
print "b - a = ", $b - $a, "\n";
print "a * 3 = ", $a * 3, "\n";
print "3 * a = ", 3 * $a, "\n";
print "a . b (dot) = ", $a * $b, "\n";
print "equal: ", ($a + $b == Vec2->new(4, 6) ? "yes" : "no"), "\n";
my $sum = Vec2->new(0, 0);
$sum = $sum + $_ for map { Vec2->new($_, -$_) } 1 .. 4;
print "sum = $sum\n";
print "concat: " . $a . "\n";
