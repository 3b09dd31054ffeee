# More regular expressions: /x, /m, /s, /i, named captures, global match
# in scalar context with pos, s///e calling functions, tr counting and
# ranges, split with limits and captures, qr objects composed.
use strict;
use warnings;
my $re = qr/
    (?<key> \w+ ) \s* = \s* (?<val> [^;]+ )
/x;
for my $pair (split /;\s*/, "name = omx; lang=perl ; year=2026") {
    print "$+{key} -> $+{val}\n" if $pair =~ $re;
}
my $text = "line one\nline two\nthird";
my @starts = ($text =~ /^(\w+)/mg);
print "line starts: @starts\n";
print "dot-all: ", ("a\nb" =~ /a.b/s ? "yes" : "no"), " without: ", ("a\nb" =~ /a.b/ ? "yes" : "no"), "\n";
my $s = "aXbXc";
while ($s =~ /X/g) { print "X at ", pos($s) - 1, "\n" }
sub double { $_[0] * 2 }
(my $d = "1 2 3") =~ s/(\d)/double($1)/ge;
print "s///e: $d\n";
(my $u = "hello world") =~ s/(\w+)/\u$1/g;
print "ucfirst words: $u\n";
my $dna = "AACGTTTAG";
(my $c = $dna) =~ tr/ACGT/TGCA/;
print "complement: $c, A count: ", ($dna =~ tr/A//), "\n";
(my $sq = "aabbccdd") =~ tr/a-z//s;
print "squeezed: $sq\n";
(my $del = "h-e-l-l-o") =~ tr/-//d;
print "deleted: $del\n";
print "split limit: ", join("|", split(/,/, "a,b,c,d,e", 3)), "\n";
print "split keep trailing: ", scalar(my @f = split(/,/, "a,b,,,", -1)), "\n";
print "split drop trailing: ", scalar(my @g = split(/,/, "a,b,,,")), "\n";
my $word = qr/\b\w+\b/;
my $two = qr/($word)\s+($word)/;
print "composed: $1+$2\n" if "hello big world" =~ $two;
print "case-insensitive: ", join(",", "Apple apple APPLE" =~ /(apple)/gi), "\n";
print "alternation: ", join(",", map { /^(cat|dog)s?$/ ? $1 : '-' } qw(cats dog bird)), "\n";
my $count = () = "banana" =~ /a/g;
print "a count: $count\n";
my $ng = "<a><b>" =~ /<(.+?)>/ ? $1 : '';
my $gr = "<a><b>" =~ /<(.+)>/ ? $1 : '';
print "non-greedy: $ng greedy: $gr\n";
print "substitution count: ", (my $t = "x.y.z") =~ s/\./-/g, "\n";
print "match vars: ", ("foo=bar" =~ /=/ ? "[$`|$&|$']" : ''), "\n";
