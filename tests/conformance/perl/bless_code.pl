use strict;
use warnings;

package Action;

sub new {
    my ($class, $name, $code) = @_;
    my $self = sub { my @args = @_; return "$name: " . $code->(@args) };
    return bless $self, $class;
}
sub run { my $self = shift; return $self->(@_) }

package main;

my $double = Action->new("double", sub { $_[0] * 2 });
my $join = Action->new("join", sub { join "-", @_ });
print ref($double), "\n";
print $double->run(21), "\n";
print $join->run(qw(a b c)), "\n";
print $double->(5), "\n";
print &$join(1, 2), "\n";
print &{$double}(50), "\n";
my @actions = ($double, $join);
print $_->run(7, 8), "\n" for @actions;
print "is code: ", ("$double" =~ /=CODE\(/ ? 1 : 0), "\n";
