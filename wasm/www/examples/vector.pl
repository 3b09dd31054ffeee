# The essay's Vector, in Perl: a blessed hash, methods in its package,
# and an overloaded operator.
use strict;
use warnings;

package Vector;
use overload
    'neg' => sub { Vector->new(-$_[0]{x}, -$_[0]{y}) },
    '""'  => sub { "Vector($_[0]{x}, $_[0]{y})" };

sub new {
    my ($class, $x, $y) = @_;
    return bless { x => $x, y => $y }, $class;
}

sub magnitude {
    my $self = shift;
    return sqrt($self->{x} ** 2 + $self->{y} ** 2);
}

package main;

our $vec = Vector->new(3, 4);
print $vec->magnitude, "\n";        # 5
print -$vec, "\n";                  # Vector(-3, -4)
print ref($vec), "\n";
