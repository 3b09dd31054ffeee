use strict;
use warnings;

package Car;

my @FIELDS = qw(make model year);

for my $field (@FIELDS) {
    no strict 'refs';
    *{"Car::$field"} = sub {
        my $self = shift;
        $self->{$field} = shift if @_;
        return $self->{$field};
    };
}

{
    no strict 'refs';
    *{ __PACKAGE__ . "::has_$_" } = do { my $f = $_; sub { defined $_[0]->{$f} } } for @FIELDS;
}

sub new {
    my ($class, %args) = @_;
    my $self = bless {}, $class;
    $self->$_($args{$_}) for grep { exists $args{$_} } @FIELDS;
    return $self;
}

*describe = \&summary;
sub summary { my $s = shift; join " ", map { $s->$_ // "?" } @FIELDS }

package main;

my $car = Car->new(make => "Volvo", model => "240");
print "make: ", $car->make, "\n";
print "model: ", $car->model, "\n";
print "has year: ", ($car->has_year ? "yes" : "no"), "\n";
$car->year(1988);
print "has year: ", ($car->has_year ? "yes" : "no"), "\n";
print "summary: ", $car->summary, "\n";
print "describe: ", $car->describe, "\n";
print "can model: ", (Car->can('model') ? "yes" : "no"), "\n";
print "defined &Car::make: ", (defined &Car::make ? 1 : 0), "\n";
