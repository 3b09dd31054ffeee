# A stack and a queue class on blessed arrays, with overloaded bool, ""
# and ==, chaining methods, iteration with each-like closures.
use strict;
use warnings;
package Stack;
use overload 'bool' => sub { @{ $_[0] } > 0 }, '""' => sub { "Stack(" . join(",", @{ $_[0] }) . ")" }, '==' => sub { "$_[0]" eq "$_[1]" };
sub new { my $class = shift; return bless [@_], $class }
sub push { my $s = shift; push @$s, @_; return $s }
sub pop { my $s = shift; return pop @$s }
sub peek { $_[0][-1] }
sub size { scalar @{ $_[0] } }
package Queue;
our @ISA = ('Stack');
sub pop { my $s = shift; return shift @$s }
sub peek { $_[0][0] }
package main;
my $s = Stack->new(1, 2);
$s->push(3)->push(4, 5);
print "stack: $s size ", $s->size, " peek ", $s->peek, "\n";
my @out;
while ($s) { push @out, $s->pop }
print "popped: @out, now empty: ", ($s ? "no" : "yes"), "\n";
my $q = Queue->new(qw(a b c));
print "queue: $q first ", $q->pop, " then ", $q->peek, " isa Stack: ", ($q->isa('Stack') ? 1 : 0), "\n";
print "equal: ", (Stack->new(1, 2) == Stack->new(1, 2) ? "yes" : "no"), " ", (Stack->new(1) == Stack->new(2) ? "yes" : "no"), "\n";
my @stacks = map { Stack->new((1) x $_) } 0 .. 3;
print "non-empty: ", scalar(grep { $_ } @stacks), "\n";
