# substr/index/rindex/ord/length on a long ASCII string and on text with
# wide characters (under `use utf8` perl counts characters).
use strict;
use warnings;

my $s = join(",", map { "{\"id\":$_,\"name\":\"item$_\"}" } 1 .. 2000);
my ($quotes, $digits, $sum) = (0, 0, 0);
for my $i (0 .. length($s) - 1) {
    my $c = ord(substr($s, $i, 1));
    $quotes++ if $c == 34;
    $digits++ if $c >= 48 && $c <= 57;
    $sum = ($sum * 31 + $c) % 1000003;
}
print "$quotes $digits $sum ", length($s), "\n";
my ($pos, $n) = (0, 0);
while (($pos = index($s, "item", $pos)) >= 0) { $n++; $pos += 4; }
print "items $n\n";
print index($s, "\"id\":1999"), " ", rindex($s, "item"), " ", rindex($s, "item", 100), " ", rindex($s, "", 5), " ", index($s, "", 7), " ", index($s, "x", 99999), "\n";
print substr($s, -10), " ", substr($s, 5, 3), " ", substr($s, 2, -len()), "\n";
sub len { length($s) - 6 }
print ord(""), " ", ord("A"), " ", length(""), "\n";
