use strict;
use warnings;

package Person;

our $AUTOLOAD;
my %fields = (name => 1, age => 1, email => 1);

sub new {
    my ($class, %args) = @_;
    return bless {%args}, $class;
}

sub AUTOLOAD {
    my $self = shift;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    die "No method '$name'\n" unless exists $fields{$name};
    $self->{$name} = shift if @_;
    return $self->{$name};
}

package main;

my $p = Person->new(name => "Alice", age => 30);
print "name: ", $p->name, "\n";
print "age: ", $p->age, "\n";
$p->email('alice@example.com');
print "email: ", $p->email, "\n";
$p->age(31);
print "new age: ", $p->age, "\n";
eval { $p->salary };
print "error: $@";
print "can name? ", (Person->can('name') ? "yes" : "no"), "\n";
