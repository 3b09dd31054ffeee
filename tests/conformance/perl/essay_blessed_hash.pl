# The essay's first Perl example: a package whose `new` blesses a hash,
# @ISA set by hand, a method overridden and reached through SUPER::.
use strict;
use warnings;

package Animal;
sub new {
    my ($class, %args) = @_;
    my $self = { name => $args{name} || 'generic', sound => 'noise' };
    return bless $self, $class;
}
sub name  { $_[0]{name} }
sub speak {
    my $self = shift;
    return sprintf "%s the %s says %s", $self->name, lc ref($self), $self->sound;
}
sub sound { $_[0]{sound} }

package Dog;
our @ISA = ('Animal');
sub new {
    my ($class, %args) = @_;
    my $self = Animal::new($class, %args);
    $self->{tricks} = [];
    return $self;
}
sub sound { 'Woof' }
sub add_trick { my ($self, $t) = @_; push @{ $self->{tricks} }, $t; return $self }
sub speak {
    my $self = shift;
    my $base = $self->SUPER::speak();
    return "$base and knows " . scalar(@{ $self->{tricks} }) . " tricks";
}

package main;

my $d = Dog->new(name => 'Rex');
$d->add_trick('sit')->add_trick('roll');
print $d->speak, "\n";
print "ref: ", ref($d), "\n";
print "isa Animal: ", ($d->isa('Animal') ? 1 : 0), "\n";
print "can speak: ", (Dog->can('speak') ? 'yes' : 'no'), "\n";
print "can fly: ", (Dog->can('fly') ? 'yes' : 'no'), "\n";
print "string form ok: ", ("$d" =~ /^Dog=HASH\(0x[0-9a-f]+\)$/ ? 1 : 0), "\n";
my $a = Animal->new;
print $a->speak, "\n";
print "keys: ", join(",", sort keys %$d), "\n";
bless $a, 'Dog';
print "reblessed: ", ref($a), " sound ", $a->sound, "\n";
my $ok = eval { $a->fly; 1 };
print "error: $@" unless $ok;
