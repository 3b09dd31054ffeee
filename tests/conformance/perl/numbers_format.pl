# How perl prints numbers: %.15g for floats, integers exactly, overflow
# into floats, numeric strings, inf and nan, integer/float arithmetic.
use strict;
use warnings;
print 1/3, " ", 2/3, " ", 1e15, " ", 1e16, " ", 123456789012345678, "\n";
print 0.1 + 0.2, " ", 1.10, " ", 3.0, " ", -0.5, " ", 1.5e-7, "\n";
print 2**31, " ", 2**62, " ", 2**64, " ", 7/2, " ", int(7/2), " ", -7/2, "\n";
print 10 % 3, " ", -10 % 3, " ", 10 % -3, " ", 7.5 % 2, "\n";
print "10" + 5, " ", "3.5" * 2, " ", "1e3" + 0, " ", " 42 " + 0, " ", "0x10" + 0, "\n";
print 9**0.5, " ", abs(-4.25), " ", sqrt(16), " ", 10**-2, "\n";
my $inf = 9**9**9;
print $inf, " ", -$inf, " ", ($inf == $inf + 1 ? "inf stays" : "no"), "\n";
print 1_000_000, " ", 0b1010, " ", 0o17 // 15, " ", 0x1F, " ", 017, "\n";
print 1 <=> 2, " ", 2 <=> 2, " ", "10" <=> "9", " ", "10" cmp "9", "\n";
printf "%.2f %.0f %.0f %.0f %d %s\n", 2.675, 0.5, 1.5, 2.5, 3.99, 1e100;
print 1e21 + 1, " ", 1.23456789012345678, " ", 100 * 1.1, "\n";
my $n = 5; $n /= 2; print "$n "; $n **= 2; print "$n "; $n -= 0.25; print "$n\n";
print 3 . 4, " ", "3" + "4", " ", "3" x 3, " ", 3 x 3, "\n";
