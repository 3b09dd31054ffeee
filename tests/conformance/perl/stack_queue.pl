use strict;
use warnings;

package Stack;
sub new { my $class = shift; return bless { items => [] }, $class }
sub push { my $self = shift; push @{ $self->{items} }, @_; return $self }
sub pop { my $self = shift; return pop @{ $self->{items} } }
sub peek { $_[0]{items}[-1] }
sub size { scalar @{ $_[0]{items} } }
sub is_empty { !@{ $_[0]->{items} } }

package Queue;
our @ISA = ('Stack');
sub pop { my $self = shift; return shift @{ $self->{items} } }
sub peek { $_[0]{items}[0] }

package main;

my $s = Stack->new;
$s->push(1)->push(2, 3);
print "stack size: ", $s->size, " peek: ", $s->peek, "\n";
print "popped: ", join(",", map { $s->pop } 1 .. 2), "\n";
print "empty? ", ($s->is_empty ? "yes" : "no"), "\n";
$s->pop;
print "empty? ", ($s->is_empty ? "yes" : "no"), "\n";
my $q = Queue->new;
$q->push(qw(a b c));
print "queue peek: ", $q->peek, "\n";
my @out;
push @out, $q->pop until $q->is_empty;
print "queue order: @out\n";
print "Queue can push: ", (Queue->can('push') == Stack->can('push') ? "inherited" : "own"), "\n";
print "Queue can pop: ", (Queue->can('pop') == Stack->can('pop') ? "inherited" : "own"), "\n";
