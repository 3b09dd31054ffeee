# Conversions: roman numerals both ways, base conversion with sprintf and
# oct/hex, number to words for small numbers, commas in large numbers.
use strict;
use warnings;
my @map = ([1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']);
sub to_roman { my $n = shift; my $r = ''; for my $p (@map) { while ($n >= $p->[0]) { $r .= $p->[1]; $n -= $p->[0] } } $r }
my %val = (I => 1, V => 5, X => 10, L => 50, C => 100, D => 500, M => 1000);
sub from_roman { my @d = map { $val{$_} } split //, shift; my $t = 0; for my $i (0 .. $#d) { $t += ($i < $#d && $d[$i] < $d[$i + 1]) ? -$d[$i] : $d[$i] } $t }
for my $n (1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999) { my $r = to_roman($n); printf "%4d %-12s %4d\n", $n, $r, from_roman($r) }
printf "bases: %b %o %x %X\n", 255, 255, 255, 255;
print "back: ", oct("0b11111111"), " ", oct("0377"), " ", hex("ff"), "\n";
my @ones = qw(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen);
my @tens = qw(x x twenty thirty forty fifty sixty seventy eighty ninety);
sub words { my $n = shift; return $ones[$n] if $n < 20; my $w = $tens[int($n / 10)]; $w .= "-" . $ones[$n % 10] if $n % 10; $w }
print join(", ", map { words($_) } 0, 7, 13, 20, 42, 99), "\n";
sub commify { my $n = reverse shift; $n =~ s/(\d{3})(?=\d)/$1,/g; return scalar(reverse($n)) }
print join(" ", map { commify($_) } 1, 1000, 1234567, 1000000000), "\n";
