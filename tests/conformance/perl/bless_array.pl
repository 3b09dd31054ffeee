use strict;
use warnings;

package Point;
use constant { X => 0, Y => 1 };

sub new {
    my ($class, $x, $y) = @_;
    return bless [$x, $y], $class;
}
sub x { $_[0][X] }
sub y { $_[0]->[Y] }
sub to_string {
    my $self = shift;
    return sprintf("(%d, %d)", @$self);
}
sub add {
    my ($self, $other) = @_;
    return Point->new($self->x + $other->x, $self->y + $other->y);
}

package main;

my $p = Point->new(3, 4);
my $q = Point->new(-1, 10);
print "p = ", $p->to_string, "\n";
print "q = ", $q->to_string, "\n";
print "sum = ", $p->add($q)->to_string, "\n";
print "ref = ", ref($p), "\n";
print "elements = ", scalar(@$p), "\n";
print "last index = $#{$p}\n";
my @points = map { Point->new($_, $_ * $_) } 1 .. 4;
print join(" ", map { $_->to_string } @points), "\n";
my ($far) = sort { $b->y <=> $a->y } @points;
print "farthest: ", $far->to_string, "\n";
