# More of use overload: <=> and cmp driving sort, eq/== generated with
# fallback, neg and abs, ++ via +, bool in conditions, inheritance of
# overloads, "" used by join and hash keys, nomethod.
use strict;
use warnings;
package Num;
use overload
    '+' => sub { Num->new($_[0]->v + (ref $_[1] ? $_[1]->v : $_[1])) },
    '-' => sub { my ($a, $b, $s) = @_; my $r = $a->v - (ref $b ? $b->v : $b); Num->new($s ? -$r : $r) },
    '<=>' => sub { my ($a, $b, $s) = @_; my $r = $a->v <=> (ref $b ? $b->v : $b); $s ? -$r : $r },
    'cmp' => sub { my ($a, $b, $s) = @_; my $r = "$a" cmp "$b"; $s ? -$r : $r },
    '""' => sub { "N(" . $_[0]->v . ")" },
    'bool' => sub { $_[0]->v != 0 },
    'neg' => sub { Num->new(-$_[0]->v) },
    fallback => 1;
sub new { my ($c, $v) = @_; bless { v => $v }, ref $c || $c }
sub v { $_[0]{v} }
package Money; our @ISA = ('Num');
package Loud;
use overload nomethod => sub { my ($a, $b, $swap, $op) = @_; "nomethod($op)" };
sub new { bless {}, shift }
package main;
my @n = map { Num->new($_) } (5, 3, 9, 1);
print "sorted: @{[ sort { $a <=> $b } @n ]}\n";
print "max: ", (sort { $b <=> $a } @n)[0], "\n";
print "sum: ", $n[0] + $n[1] + 10, "\n";
print "10 - n: ", 10 - $n[0], " n - 10: ", $n[0] - 10, "\n";
print "neg: ", -$n[1], "\n";
print "eq: ", ($n[0] == 5 ? "yes" : "no"), " ", (Num->new(3) == $n[1] ? "yes" : "no"), "\n";
print "lt: ", ($n[3] < $n[1] ? "yes" : "no"), " ge: ", ($n[2] >= 9 ? "yes" : "no"), "\n";
print "str eq: ", ($n[0] eq "N(5)" ? "yes" : "no"), "\n";
print "bool: ", (Num->new(0) ? "true" : "false"), " ", (Num->new(2) ? "true" : "false"), "\n";
my $m = Money->new(7);
print "inherited: ", $m + 1, " ", ref($m + 1), "\n";
my $x = Num->new(1);
$x++;
print "incremented: $x\n";
my %h = ($n[0] => 'five');
print "key: ", join(",", keys %h), "\n";
print "join: ", join("+", @n[0, 1]), "\n";
print "nomethod: ", Loud->new + 1, "\n";
