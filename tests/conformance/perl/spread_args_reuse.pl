# Calls with spread arguments (`f(g(), h())`): each call gets its own
# `@_`, a `\@_` kept by
# the callee keeps its values after later calls, a die in the middle of an
# argument list leaves later calls intact (perlsub "@_", eval).
use strict;
use warnings;

sub pair { return @_[0, 1] }
sub none { return () }
my @kept;
sub keep { push @kept, \@_; return scalar @_ }
sub show { return join(",", map { defined $_ ? $_ : "u" } @_) }

print keep(pair(1, 2), pair(3, 4)), keep(none(), pair(5, 6), none()), keep(pair(7, 8), 9), "\n";
print join(" | ", map { show(@$_) } @kept), "\n";
sub boom { die "boom\n" }
for my $round (1 .. 3) {
    my $r = eval { show(pair($round, $round), boom(), pair(0, 0)) };
    print defined $r ? $r : "died: $@";
    print show(pair($round, 1), none(), pair(2, $round)), "\n";
}
sub depth { my ($n) = @_; return $n <= 0 ? (0) : (depth($n - 1), $n, depth($n - 2)) }
print show(depth(4), none(), depth(2)), "\n";
package Node;
sub new { my ($c, $l, $r) = @_; return bless { l => $l, r => $r }, $c }
sub sum { my $s = shift; return 1 + ($s->{l} ? $s->{l}->sum : 0) + ($s->{r} ? $s->{r}->sum : 0) }
package main;
sub make { my ($d) = @_; return $d ? Node->new(make($d - 1), make($d - 1)) : Node->new(undef, undef) }
print make(5)->sum, "\n";
my @args = (1, 2);
print show(@args, pair(3, 4), @args), " ", scalar(@kept), "\n";
