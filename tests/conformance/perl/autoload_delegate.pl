# AUTOLOAD delegation to a wrapped object, can() on autoloaded names,
# DESTROY not going through AUTOLOAD, AUTOLOAD inherited by subclasses.
use strict;
use warnings;
package Engine;
sub new { bless { rpm => 0 }, shift }
sub start { $_[0]{rpm} = 800; "vroom" }
sub rpm { $_[0]{rpm} }
package Car;
our $AUTOLOAD;
sub new { my $class = shift; bless { engine => Engine->new, calls => [] }, $class }
sub AUTOLOAD {
    my $self = shift;
    (my $name = $AUTOLOAD) =~ s/.*:://;
    return if $name eq 'DESTROY';
    push @{ $self->{calls} }, $name;
    if ($self->{engine}->can($name)) { return $self->{engine}->$name(@_) }
    die "Car has no method $name\n";
}
sub DESTROY { }
sub calls { join ",", @{ $_[0]{calls} } }
package SportsCar;
our @ISA = ('Car');
sub start { my $self = shift; "turbo " . $self->SUPER::start() }
package main;
my $car = Car->new;
print $car->start, " at ", $car->rpm, "\n";
print "delegated calls: ", $car->calls, "\n";
my $ok = eval { $car->fly; 1 };
print "error: $@" unless $ok;
my $sc = SportsCar->new;
print $sc->start, " ", $sc->rpm, " calls: ", $sc->calls, "\n";
print "can start: ", (Car->can('start') ? 'yes' : 'no'), ", can calls: ", (Car->can('calls') ? 'yes' : 'no'), "\n";
