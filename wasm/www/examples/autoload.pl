# Perl's AUTOLOAD: a call to a method no package in the @ISA chain
# defines lands in AUTOLOAD, with the name it was called by in $AUTOLOAD.
use strict;
use warnings;

package Vector;
our $AUTOLOAD;

sub new {
    my ($class, $x, $y) = @_;
    return bless { x => $x, y => $y }, $class;
}

sub AUTOLOAD {
    my $self = shift;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    die "no method $name" unless exists $self->{$name};
    print "AUTOLOAD made an accessor for $name\n";
    return $self->{$name};
}

package main;

our $vec = Vector->new(3, 4);
print "x = ", $vec->x, "\n";
print "y = ", $vec->y, "\n";
print "magnitude = ", sqrt($vec->x ** 2 + $vec->y ** 2), "\n";
