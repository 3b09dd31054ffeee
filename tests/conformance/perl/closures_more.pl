# Closures: counters sharing a variable, closures in loops capturing each
# iteration's variable, recursion through a lexical, iterators, currying.
use strict;
use warnings;
sub make_pair { my $n = shift; return (sub { $n++ }, sub { $n }) }
my ($inc, $get) = make_pair(10);
$inc->() for 1 .. 3;
print "shared: ", $get->(), "\n";
my @subs;
for my $i (1 .. 3) { push @subs, sub { $i * 10 } }
print "per iteration: ", join(",", map { $_->() } @subs), "\n";
my @subs2;
my $j = 0;
while ($j < 3) { my $k = $j; push @subs2, sub { $k }; $j++ }
print "while copies: ", join(",", map { $_->() } @subs2), "\n";
my $fact;
$fact = sub { my $n = shift; $n <= 1 ? 1 : $n * $fact->($n - 1) };
print "fact 10: ", $fact->(10), "\n";
sub iter { my @items = @_; my $i = 0; return sub { return $i < @items ? $items[$i++] : undef } }
my $it = iter(qw(x y z));
while (defined(my $v = $it->())) { print "item $v\n" }
sub curry { my $f = shift; my @pre = @_; return sub { $f->(@pre, @_) } }
my $add3 = curry(sub { my $s = 0; $s += $_ for @_; $s }, 1, 2);
print "curried: ", $add3->(3, 4), "\n";
my %dispatch = (add => sub { $_[0] + $_[1] }, mul => sub { $_[0] * $_[1] });
print "dispatch: ", join(" ", map { "$_=" . $dispatch{$_}->(6, 7) } sort keys %dispatch), "\n";
my $compose = sub { my @f = reverse @_; return sub { my @a = @_; @a = $_->(@a) for @f; wantarray ? @a : $a[0] } };
my $inc_then_double = $compose->(sub { $_[0] * 2 }, sub { $_[0] + 1 });
print "composed: ", $inc_then_double->(5), "\n";
{
    my $private = 0;
    sub bump { return ++$private }
}
bump() for 1 .. 4;
print "static via block: ", bump(), "\n";
