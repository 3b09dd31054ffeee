# Numeric work on nested arrays: matrix multiply, transpose, determinant
# by recursion, primes by sieve, gcd/lcm, integer and float formatting.
use strict;
use warnings;
sub mmul { my ($a, $b) = @_; my @c; for my $i (0 .. $#$a) { for my $j (0 .. $#{ $b->[0] }) { my $s = 0; $s += $a->[$i][$_] * $b->[$_][$j] for 0 .. $#$b; $c[$i][$j] = $s } } return \@c }
sub transpose { my $m = shift; return [ map { my $j = $_; [ map { $_->[$j] } @$m ] } 0 .. $#{ $m->[0] } ] }
sub det { my $m = shift; return $m->[0][0] if @$m == 1; my $d = 0;
    for my $j (0 .. $#$m) { my @minor = map { my $r = $_; [ map { $m->[$r][$_] } grep { $_ != $j } 0 .. $#$m ] } 1 .. $#$m; $d += (-1) ** $j * $m->[0][$j] * det(\@minor) }
    return $d }
sub show { join(" / ", map { join(",", @$_) } @{ $_[0] }) }
my $a = [[1, 2], [3, 4]];
my $b = [[5, 6], [7, 8]];
print "product: ", show(mmul($a, $b)), "\n";
print "transpose: ", show(transpose([[1, 2, 3], [4, 5, 6]])), "\n";
print "det 2x2: ", det($a), " det 3x3: ", det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), "\n";
my @sieve = (1) x 50; @sieve[0, 1] = (0, 0);
for my $i (2 .. 7) { next unless $sieve[$i]; for (my $k = $i * $i; $k < 50; $k += $i) { $sieve[$k] = 0 } }
print "primes: ", join(" ", grep { $sieve[$_] } 0 .. 49), "\n";
sub gcd { my ($x, $y) = @_; ($x, $y) = ($y, $x % $y) while $y; return $x }
print "gcd: ", gcd(48, 18), " lcm: ", 48 * 18 / gcd(48, 18), "\n";
my @f = (1, 1); push @f, $f[-1] + $f[-2] while @f < 20;
print "fib: @f[15 .. 19]\n";
printf "mean: %.3f\n", eval { my $s = 0; $s += $_ for @f; $s / @f };
print "powers: ", join(",", map { 2 ** $_ } 0 .. 10), "\n";
print "int div: ", int(17 / 5), " rem: ", 17 % 5, " float: ", 17 / 5, "\n";
