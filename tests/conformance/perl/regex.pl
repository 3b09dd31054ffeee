use strict;
use warnings;

my $s = "John Smith, age 42; Jane Doe, age 37";
if ($s =~ /(\w+) (\w+), age (\d+)/) {
    print "first: $1 $2 ($3)\n";
}
my @ages = $s =~ /age (\d+)/g;
print "ages: @ages\n";
my @names;
while ($s =~ /(\w+) \w+, age/g) { push @names, $1 }
print "names: @names\n";
(my $t = $s) =~ s/age (\d+)/"age " . ($1 + 1)/ge;
print "older: $t\n";
my $count = ($t =~ s/Jane/Janet/);
print "replaced $count: $t\n";
my $r = $s =~ s/\d+/N/gr;
print "r flag: $r\n";
print "case-insensitive: ", ("HELLO" =~ /hello/i ? "match" : "no"), "\n";
print "negated: ", ("abc" !~ /\d/ ? "no digits" : "digits"), "\n";
my $re = qr/(\d{4})-(\d{2})-(\d{2})/;
for my $date ("2024-01-15", "not a date", "1999-12-31") {
    if (my ($y, $m, $d) = $date =~ $re) {
        print "date: $d/$m/$y\n";
    } else {
        print "no date in '$date'\n";
    }
}
my $word = "bar";
print "interp: ", ("foobarbaz" =~ /foo${word}baz/ ? "yes" : "no"), "\n";
print "interp2: ", ("foo-bar" =~ /-$word$/ ? "yes" : "no"), "\n";
my $path = "/usr/local/bin/perl";
my ($base) = $path =~ m{([^/]+)$};
print "base: $base\n";
(my $dir = $path) =~ s{/[^/]+$}{};
print "dir: $dir\n";
my $csv = "a, b,c ,  d";
print "split: ", join("|", split /\s*,\s*/, $csv), "\n";
my $str = "hello world";
(my $up = $str) =~ tr/a-z/A-Z/;
print "tr: $up\n";
my $vowels = ($str =~ tr/aeiou//);
print "vowels: $vowels\n";
$_ = "topic string";
print "topic match\n" if /topic/;
s/string/value/;
print "topic now: $_\n";
my %h = (name => "x");
my $tmpl = "Hi {name}!";
$tmpl =~ s/\{(\w+)\}/$h{$1}/g;
print "template: $tmpl\n";
my @parts = "2024-01-15T10:30" =~ /^(\d+)-(\d+)-(\d+)T(\d+):(\d+)$/;
print "parts: @parts\n";
print "named: $+{year}\n" if "in 2023" =~ /(?<year>\d{4})/;
my $x = "aaa";
$x =~ s/a/b/;
print "single: $x\n";
print "pos-based: ", join(",", map { sprintf "%02d", $_ } "7 8 9" =~ /(\d)/g), "\n";
my $multi = "line1\nline2\nline3";
my @starts = $multi =~ /^(\w+)$/mg;
print "multiline: @starts\n";
print "x flag: ", ("abc123" =~ / ([a-z]+) \s* (\d+) /x ? "$1-$2" : "none"), "\n";
