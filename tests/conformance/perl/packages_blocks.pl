use strict;
use warnings;

package Animal {
    my $population = 0;
    sub new {
        my ($class, %args) = @_;
        $population++;
        return bless { name => $args{name}, legs => $args{legs} // 4 }, $class;
    }
    sub population { $population }
    sub legs { $_[0]{legs} }
    sub name { $_[0]{name} }
    sub speak { my $self = shift; return $self->name . " makes " . $self->sound }
    sub sound { "no sound" }
}

package Bird {
    our @ISA = ('Animal');
    sub new { my ($class, %args) = @_; return Animal::new($class, %args, legs => 2) }
    sub sound { "tweet" }
    sub fly { $_[0]->name . " flies" }
}

package Cow {
    use parent -norequire, 'Animal';
    sub sound { "moo" }
}

package main;

BEGIN { print "BEGIN runs first\n" }

my @zoo = (Bird->new(name => "Tweety"), Cow->new(name => "Daisy"), Animal->new(name => "Thing"));
print $_->speak, " (", $_->legs, " legs)\n" for @zoo;
print "population: ", Animal->population, "\n";
print "flyers: ", join(",", map { $_->name } grep { $_->can('fly') } @zoo), "\n";
print $zoo[0]->fly, "\n";
print "package of main: ", __PACKAGE__, "\n";
{
    package Temp;
    sub where { __PACKAGE__ }
}
print "Temp says: ", Temp::where(), " / ", Temp->where, "\n";
END { print "END block runs last\n" }
print "main done\n";
