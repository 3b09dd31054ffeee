use strict;
use warnings;

# Objects as blessed hash references.
package Counter;

sub new {
    my ($class, %args) = @_;
    my $self = { count => $args{start} // 0, step => $args{step} || 1 };
    return bless $self, $class;
}

sub inc {
    my $self = shift;
    $self->{count} += $self->{step};
    return $self;
}

sub value { $_[0]->{count} }

package main;

my $c = Counter->new(start => 5, step => 2);
print "ref: ", ref($c), "\n";
print "value: ", $c->value, "\n";
$c->inc->inc;
print "after two incs: ", $c->value, "\n";
my $d = Counter->new;
$d->inc for 1 .. 3;
print "d: ", $d->value, "\n";
print "is hash: ", ($c =~ /^Counter=HASH\(0x[0-9a-f]+\)$/ ? "yes" : "no"), "\n";
print "keys: ", join(",", sort keys %$c), "\n";
my $method = "value";
print "dynamic: ", $c->$method(), "\n";
my $class = "Counter";
my $e = $class->new(start => 100);
print "by name: ", $e->value, "\n";
print "blessed into: ", ref $e, "\n";
