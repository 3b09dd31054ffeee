# Perl: a class is a package, an object is a blessed reference, and
# inheritance is the package's @ISA array.
use strict;
use warnings;

package Animal;

sub new {
    my ($class, %args) = @_;
    my $self = { name => $args{name} // 'nobody', cries => 0 };
    return bless $self, $class;
}

sub cry {
    my $self = shift;
    $self->{cries}++;
    return $self;
}

package Cat;
our @ISA = ('Animal');

sub cry {
    my $self = shift;
    print "$self->{name}: meow!\n";
    return $self->SUPER::cry();
}

package main;

our $cat = Cat->new(name => 'Tom');
$cat->cry->cry;
print "cries: $cat->{cries}\n";               # 2
print ref($cat), " isa Animal: ", ($cat->isa('Animal') ? "yes" : "no"), "\n";
print "Cat ISA: @Cat::ISA\n";
