# String builtins, sprintf formats, tr and regex captures.
use strict;
use warnings;

my $s = "Hello, World";
print lc($s), "|", uc $s, "|", ucfirst(lc("PERL")), "|", lcfirst("ABC"), "\n";
print "length ", length($s), ", index ", index($s, "o"), ", rindex ", rindex($s, "o"), "\n";
print "substr: ", substr($s, 7), " ", substr($s, -5, 3), "\n";
print "repeat: ", "-" x 10, "\n";
print "join/split: ", join("+", split(/,\s*/, $s)), "\n";
print "split limit: ", join("|", split(/:/, "a:b:c:d", 2)), "\n";
print "split chars: ", join(" ", split(//, "abc")), "\n";
print "split ws: ", join(",", split(' ', "  lead  and trail  ")), "\n";
print "reverse: ", scalar reverse("stressed"), "\n";
print "ord/chr: ", ord("A"), " ", chr(97), "\n";
print "hex/oct: ", hex("ff"), " ", oct("0x1f"), " ", oct("755"), " ", oct("0b101"), "\n";
printf "%5s|%-5s|%05.1f|%+d|%%|%c\n", "ab", "cd", 3.14159, 42, 65;
printf "%.3e %g %g %g\n", 1234.5678, 0.0001, 1e20, 100;
printf "%s has %d items costing %.2f\n", "cart", 3, 9.5;
my $t = "hello world";
(my $u = $t) =~ tr/a-z/A-Z/;
print "tr: $u\n";
my $vowels = ($t =~ tr/aeiou//);
print "vowels: $vowels\n";
if ("2024-03-15" =~ /^(\d+)-(\d+)-(\d+)$/) {
    print "date parts: $1 $2 $3\n";
}
my @words = ("apple pie and banana split" =~ /(\w+)/g);
print "words: ", scalar(@words), " last $words[-1]\n";
(my $c = "a.b.c") =~ s/\./::/g;
print "subst: $c\n";
my $n = "x1y22z333";
(my $d = $n) =~ s/(\d+)/<$1>/g;
print "captured subst: $d\n";
my $e = "3 + 4";
(my $f = $e) =~ s/(\d+) \+ (\d+)/$1 + $2/e;
print "eval subst: $f\n";
print "named: $+{year}\n" if "in 1999" =~ /(?<year>\d{4})/;
my $str = "aaa";
my $count = () = $str =~ /a/g;
print "count a: $count\n";
print "sprintf list: ", sprintf("%s-%s", split(/,/, "x,y")), "\n";
print "lc in interp: \L$s\E and \U$s\E\n";
print "chained: ", join(",", map { ucfirst } qw(alpha beta)), "\n";
my $line = "key = value ; other = thing";
my %kv = $line =~ /(\w+)\s*=\s*(\w+)/g;
print "kv: ", join(", ", map { "$_=$kv{$_}" } sort keys %kv), "\n";
