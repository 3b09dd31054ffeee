# Recursion over data: a binary tree of hash refs (insert, walk, depth),
# Towers of Hanoi, permutations, a memoised fibonacci with a hash, deep
# structure printing.
use strict;
use warnings;
sub insert { my ($t, $v) = @_; return { v => $v } unless $t; if ($v < $t->{v}) { $t->{l} = insert($t->{l}, $v) } else { $t->{r} = insert($t->{r}, $v) } return $t }
sub walk { my $t = shift; return () unless $t; return (walk($t->{l}), $t->{v}, walk($t->{r})) }
sub depth { my $t = shift; return 0 unless $t; my ($l, $r) = (depth($t->{l}), depth($t->{r})); return 1 + ($l > $r ? $l : $r) }
my $tree;
$tree = insert($tree, $_) for (50, 30, 70, 20, 40, 60, 80, 35);
print "in order: ", join(" ", walk($tree)), "\n";
print "depth: ", depth($tree), "\n";
my @moves;
sub hanoi { my ($n, $from, $to, $via) = @_; return unless $n; hanoi($n - 1, $from, $via, $to); push @moves, "$from$to"; hanoi($n - 1, $via, $to, $from) }
hanoi(3, 'A', 'C', 'B');
print "hanoi: ", scalar(@moves), " moves: @moves\n";
sub permute { my ($done, @rest) = @_; return [@$done] unless @rest; my @out; for my $i (0 .. $#rest) { my @r = @rest; my ($x) = splice(@r, $i, 1); push @out, permute([@$done, $x], @r) } return @out }
print "perms: ", join(" ", map { join("", @$_) } permute([], qw(a b c))), "\n";
my %memo;
sub fib { my $n = shift; return $memo{$n} //= $n < 2 ? $n : fib($n - 1) + fib($n - 2) }
print "fib 50: ", fib(50), "\n";
sub show { my ($d, $ind) = @_; $ind //= 0; my $p = "  " x $ind;
    if (ref $d eq 'HASH') { return join("", map { "$p$_:\n" . show($d->{$_}, $ind + 1) } sort keys %$d) }
    if (ref $d eq 'ARRAY') { return join("", map { show($_, $ind) } @$d) }
    return "$p$d\n" }
print show({ fruits => [qw(apple pear)], veg => { green => ['kale'], root => 'beet' } });
sub count_nodes { my $d = shift; return 1 unless ref $d; my $n = 1; $n += count_nodes($_) for (ref $d eq 'HASH' ? values %$d : @$d); return $n }
print "nodes: ", count_nodes({ a => [1, 2, { b => 3 }], c => 4 }), "\n";
