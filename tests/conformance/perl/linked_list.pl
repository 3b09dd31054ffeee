# A linked list class of hash nodes: push/shift/reverse in place, an
# iterator closure, length, overloaded "" and bool, and removal by value.
use strict;
use warnings;
package List;
use overload '""' => sub { '(' . join(' ', $_[0]->values) . ')' }, 'bool' => sub { defined $_[0]{head} };
sub new { my $c = shift; my $s = bless { head => undef }, $c; $s->append($_) for @_; $s }
sub append { my ($s, $v) = @_; my $node = { v => $v, next => undef }; if (!$s->{head}) { $s->{head} = $node; return $s } my $n = $s->{head}; $n = $n->{next} while $n->{next}; $n->{next} = $node; $s }
sub prepend { my ($s, $v) = @_; $s->{head} = { v => $v, next => $s->{head} }; $s }
sub iter { my $n = $_[0]{head}; sub { return unless $n; my $v = $n->{v}; $n = $n->{next}; $v } }
sub values { my $it = $_[0]->iter; my @v; while (defined(my $x = $it->())) { push @v, $x } @v }
sub reverse { my $s = shift; my ($prev, $n) = (undef, $s->{head}); while ($n) { my $next = $n->{next}; $n->{next} = $prev; $prev = $n; $n = $next } $s->{head} = $prev; $s }
sub remove { my ($s, $v) = @_; my $p = \$s->{head}; while ($$p) { if ($$p->{v} eq $v) { $$p = $$p->{next}; return 1 } $p = \$$p->{next} } 0 }
package main;
my $l = List->new(1 .. 4)->prepend(0)->append(5);
print "list: $l\n";
print "reversed: ", $l->reverse, "\n";
print "removed 3: ", $l->remove(3), " now $l\n";
print "removed 9: ", $l->remove(9), "\n";
print "empty is false: ", (List->new ? "true" : "false"), " count: ", scalar(my @v = $l->values), "\n";
