# sprintf as perl formats: widths from arguments, precision on strings,
# signs and spaces, zero padding, %e/%g edge cases, %x/%o/%b with #, %%,
# explicit argument indexes, rounding.
use strict;
use warnings;
printf "[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159;
printf "[%.3s] [%-6.2s] [%5s]\n", "abcdef", "xyz", "ab";
printf "[%+d] [% d] [%+.1f] [% .2f]\n", 5, 5, -2.345, 2.345;
printf "[%05d] [%-05d] [%05.1f] [%+06d]\n", 42, 42, 3.14159, 42;
printf "[%e] [%.2e] [%E] [%g] [%g] [%g] [%G]\n", 12345.6789, 0.000123, 1e-10, 1e-5, 123456789, 0.0001234, 1e-20;
printf "[%x] [%X] [%#x] [%o] [%#o] [%b] [%#b] [%08b]\n", 255, 255, 255, 8, 8, 5, 5, 5;
printf "[%%] [%c%c%c]\n", 80, 101, 114;
printf "[%2\$s %1\$s] [%1\$s again]\n", "world", "hello";
printf "[%.0f] [%.0f] [%.1f] [%.2f] [%d]\n", 0.5, 1.5, 0.05, 1.005, -3.7;
printf "[%s] [%s] [%s]\n", 1/3, 1e21, -0.0;
printf "[%3d%%]\n", 50;
my @list = (1, 2, 3);
my $str = sprintf "%d-%d-%d", @list;
print "from list: $str\n";
printf "%-10s|%10s|\n", "left", "right";
printf "%s\n", join ",", map { sprintf "%02d", $_ } 1 .. 5;
