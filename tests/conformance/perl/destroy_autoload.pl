use strict;
use warnings;

package Proxy;
our $AUTOLOAD;

sub new { my ($class, $target) = @_; return bless { target => $target, calls => [] }, $class }

sub AUTOLOAD {
    my $self = shift;
    (my $method = $AUTOLOAD) =~ s/^.*:://;
    return if $method eq 'DESTROY';
    push @{ $self->{calls} }, $method;
    my $code = $self->{target}->can($method)
        or die sprintf("Can't proxy '%s' to %s\n", $method, ref $self->{target});
    return $self->{target}->$code(@_);
}

sub calls { @{ $_[0]{calls} } }

package Greeter;
sub new { bless { name => $_[1] }, $_[0] }
sub hello { my ($s, $greeting) = @_; return ($greeting // "Hello") . ", $s->{name}" }
sub name { $_[0]{name} }

package main;

my $p = Proxy->new(Greeter->new("World"));
print $p->hello, "\n";
print $p->hello("Howdy"), "\n";
print "name via proxy: ", $p->name, "\n";
eval { $p->explode };
print "error: $@";
print "calls: ", join(",", $p->calls), "\n";
undef $p;
print "proxy released\n";
