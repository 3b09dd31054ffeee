use strict;
use warnings;

package Shape;
sub new {
    my ($class, %args) = @_;
    my $self = bless {%args}, $class;
    $self->init if $self->can('init');
    return $self;
}
sub area { 0 }
sub describe {
    my $self = shift;
    return sprintf("%s with area %.2f", ref $self, $self->area);
}

package Circle;
use parent -norequire, 'Shape';
sub area { my $s = shift; return 3.14159265 * $s->{r} ** 2 }

package Rect;
use parent -norequire, 'Shape';
sub init { my $self = shift; $self->{w} //= 1; $self->{h} //= 1; }
sub area { $_[0]{w} * $_[0]{h} }

package Square;
use parent -norequire, 'Rect';
sub init {
    my $self = shift;
    $self->{w} = $self->{h} = $self->{side};
    $self->SUPER::init();
}

package main;

my @shapes = (Circle->new(r => 1), Rect->new(w => 2, h => 3), Square->new(side => 4), Rect->new);
print $_->describe, "\n" for @shapes;
my @sorted = sort { $a->area <=> $b->area } @shapes;
print join(", ", map { ref } @sorted), "\n";
print "Square isa Shape: ", Square->isa('Shape') ? "yes\n" : "no\n";
