use strict;
use warnings;

package Animal;
sub new {
    my ($class, $name) = @_;
    my $self = bless { name => $name }, $class;
    return $self;
}
sub name { $_[0]{name} }
sub speak {
    my $self = shift;
    return sprintf "%s the %s says %s", $self->name, lc ref($self), $self->sound;
}
sub sound { "..." }

package Dog;
our @ISA = ('Animal');
sub sound { "Woof" }

package Cat;
our @ISA = ('Animal');
sub sound { "Meow" }
sub speak {
    my $self = shift;
    my $base = $self->SUPER::speak();
    return "$base (purring)";
}

package Fish;
@Fish::ISA = qw(Animal);

package main;

for my $a (Dog->new("Rex"), Cat->new("Tom"), Fish->new("Nemo")) {
    print $a->speak, "\n";
}
print "Dog isa Animal: ", (Dog->isa('Animal') ? 1 : 0), "\n";
print "Cat isa Dog: ", (Cat->isa('Dog') ? 1 : 0), "\n";
my $d = Dog->new("Fido");
print "obj isa Animal: ", ($d->isa('Animal') ? "yes" : "no"), "\n";
print "can sound: ", (Dog->can('sound') ? "yes" : "no"), "\n";
print "can fly: ", (Dog->can('fly') ? "yes" : "no"), "\n";
my $m = Cat->can('speak');
print "via can: ", $m->(Cat->new("Kit")), "\n";
print "ISA of Dog: @Dog::ISA\n";
