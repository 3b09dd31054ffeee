# `$x OP= y` evaluates $x once (perlop "Assignment Operators"): element
# targets with side effects in their subscripts, autovivification,
# negative indexes, every numeric operator and `.`.
use strict;
use warnings;

my $calls = 0;
sub key { $calls++; return "k" }
my %h = (k => 1);
$h{ key() } += 10;
$h{ key() } .= "x";
$h{ key() } *= 1;
print "h{k}=$h{k} calls=$calls\n";

my @a = (1, 2, 3, 4);
my $i = 0;
$a[$i++] += 10;
$a[$i++] -= 10;
$a[-1] *= 5;
$a[-2] **= 2;
print "a=@a i=$i\n";

my $r;
$r->{x}{y} += 3;
$r->{list}[2] .= "z";
$r->{n} //= 7;
$r->{n} %= 4;
print join(",", $r->{x}{y}, scalar(@{ $r->{list} }), $r->{list}[2], $r->{n}), "\n";

my %bits = (v => 12);
$bits{v} |= 1;
$bits{v} &= 13;
$bits{v} ^= 3;
$bits{v} <<= 2;
$bits{v} >>= 1;
$bits{v} /= 2;
print "bits=$bits{v}\n";

my @m = ([1, 2], [3, 4]);
my $j = 0;
$m[$j++][$j++] += 100;
print "m=$m[0][1] j=$j\n";

package Obj;
sub new { bless { total => 0, log => "" }, shift }
sub add { my ($s, $x) = @_; $s->{total} += $x; $s->{log} .= "+$x"; return $s }
package main;
my $o = Obj->new;
$o->add($_) for 1 .. 4;
print "total=$o->{total} log=$o->{log}\n";
