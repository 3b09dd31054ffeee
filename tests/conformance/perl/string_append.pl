# Appending with .= and . : every string made along the way keeps its
# value, whichever string is appended to next.
use strict;
use warnings;
my $a = ("x" x 70) . "y";
my $b = $a . "1";
my $c = $a . "2";
my $d = $b . $b;
print join(" ", length $a, length $b, length $c, length $d), "\n";
print join(" ", substr($a, -3), substr($b, -3), substr($c, -3), substr($d, 69, 5)), "\n";
my $s = "";
my @parts;
for my $i (1 .. 2000) {
    $s .= $i % 10;
    push @parts, $s if $i % 500 == 0;
}
print length($_), " ", substr($_, -12), "\n" for @parts;
my $copy = $s;
$s .= "tail";
print length($copy), " ", length($s), " ", substr($copy, -3), " ", substr($s, -6), "\n";
my %h = ($copy => 1);
print exists $h{$parts[3]} ? "yes" : "no", "\n";
my $n = "n" . ("-" x 80);
my ($m1, $m2) = ($n . 1, $n . 1.5);
$m1 .= "!";
print substr($m1, -3), " ", substr($m2, -4), "\n";
