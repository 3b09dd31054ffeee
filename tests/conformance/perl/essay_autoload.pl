# AUTOLOAD accessors: a missing method lands in AUTOLOAD with $AUTOLOAD
# set; DESTROY never does; the accessor is installed through a glob so
# the next call finds it directly.
use strict;
use warnings;

package Person;
our $AUTOLOAD;
my %fields = (name => 1, age => 1, email => 1);
my $autoloads = 0;
sub new { my ($class, %a) = @_; return bless {%a}, $class }
sub AUTOLOAD {
    my $self = shift;
    my $name = $AUTOLOAD;
    $name =~ s/.*:://;
    return if $name eq 'DESTROY';
    die "no method $name\n" unless $fields{$name};
    $autoloads++;
    no strict 'refs';
    *{"Person::$name"} = sub { my $s = shift; $s->{$name} = shift if @_; return $s->{$name} };
    $self->{$name} = shift if @_;
    return $self->{$name};
}
sub autoloads { $autoloads }

package main;
my $p = Person->new(name => 'Ann', age => 41);
print "name: ", $p->name, "\n";
print "age: ", $p->age, "\n";
$p->age(42);
print "age now: ", $p->age, "\n";
print "email: ", defined($p->email) ? $p->email : 'none', "\n";
print "AUTOLOAD ran ", Person::autoloads(), " times\n";
print "can name now: ", (Person->can('name') ? 'yes' : 'no'), "\n";
my $ok = eval { $p->salary; 1 };
print "error: $@" unless $ok;
