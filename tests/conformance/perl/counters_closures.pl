# Generators built from closures: a fibonacci stream, take/drop helpers,
# a memoize wrapper counting calls, and a once() guard.
use strict;
use warnings;
sub fib_stream { my ($a, $b) = (0, 1); return sub { my $r = $a; ($a, $b) = ($b, $a + $b); return $r } }
sub take { my ($n, $gen) = @_; return map { $gen->() } 1 .. $n }
my $f = fib_stream();
print "first 10: @{[ take(10, $f) ]}\n";
print "next 3: @{[ take(3, $f) ]}\n";
my $calls = 0;
sub memoize { my $fn = shift; my %cache; return sub { my $k = join ",", @_; $cache{$k} //= $fn->(@_) } }
my $slow_square = sub { $calls++; $_[0] * $_[0] };
my $fast = memoize($slow_square);
my @r = map { $fast->($_ % 3) } 1 .. 9;
print "memo results: @r calls: $calls\n";
sub once { my $fn = shift; my $done = 0; my $val; return sub { return $val if $done++; $val = $fn->(@_) } }
my $init = once(sub { "initialised with $_[0]" });
print $init->("first"), " / ", $init->("second"), "\n";
my @counters = map { my $n = $_ * 100; sub { ++$n } } 1 .. 2;
$counters[0]->() for 1 .. 3;
print "independent: ", $counters[0]->(), " ", $counters[1]->(), "\n";
