# Calls in a list of arguments are called in list context and every value
# they return becomes an argument (perlsub: "the arguments ... are all
# flattened into one list"), trailing undefs and empty lists included.
use strict;
use warnings;

sub two   { return (1, undef) }
sub none  { return () }
sub three { return (7, 8, 9) }
sub ctx   { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
sub cnt   { return scalar(@_) }
sub show  { return join(",", map { defined $_ ? $_ : "u" } @_) }

print cnt(two(), two()), " ", cnt(none(), 5, none()), " ", cnt(two(), none()), "\n";
print show(three(), two(), three()), "\n";
print show(ctx(), ctx()), " ", scalar(ctx()), "\n";
print show(map({ $_ + 1 } three()), none(), 0), "\n";

package Pair;
sub new  { my ($c, @v) = @_; return bless [@v], $c }
sub both { my $s = shift; return @$s }
sub size { my $s = shift; return scalar @$s }

package main;
my $p = Pair->new(three(), none(), two());
print $p->size, " ", show($p->both, Pair->new(two())->both), "\n";
my @deep = (three(), [two()], { k => [none()] });
print scalar(@deep), " ", scalar(@{ $deep[3] }), " ", scalar(@{ $deep[4]{k} }), "\n";
sub rec { my ($n) = @_; return $n ? (rec($n - 1), $n) : () }
print show(rec(5), rec(2)), "\n";
