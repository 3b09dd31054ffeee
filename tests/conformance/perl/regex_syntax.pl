# Pattern syntax (perlre, perlrecharclass, perlunicode): anchors, /m /s /x,
# inline modifiers, escapes, POSIX and Unicode classes, backreferences in
# their forms, possessive quantifiers and atomic groups, named groups.
use strict;
use warnings;
use utf8;
binmode STDOUT, ':utf8';

sub show { my ($label, @r) = @_; print "$label: ", join("|", map { defined $_ ? $_ : 'undef' } @r), "\n" }

# Anchors: $ before a final newline, \z and \Z, \A under /m.
show('dollar', "abc\n" =~ /c$/ ? 1 : 0, "abc\nx" =~ /c$/ ? 1 : 0, "abc\n" =~ /c\z/ ? 1 : 0, "abc\n" =~ /c\Z/ ? 1 : 0);
show('A under m', join(',', "x\nx\n" =~ /\Ax/mg), join(',', "x\nx\n" =~ /^x/mg));
show('m anchors', join(',', "a1\nb2\r\nc3" =~ /^(\w)\d$/mg));
my $ends = () = "a\n" =~ /$/mg;
my $starts = () = "a\n" =~ /^/mg;
show('m dollar end', $ends, $starts);
show('dot', "a\rb" =~ /a.b/ ? 1 : 0, "a\nb" =~ /a.b/ ? 1 : 0, "a\nb" =~ /a.b/s ? 1 : 0);

# /x with comments and inline modifiers.
my $date = qr/
    (\d{4})   # year
    - (\d\d)  # month
    - (\d\d)  # day
/x;
show('x', "on 2026-11-28." =~ $date);
show('inline i', "FOO bar" =~ /(?i)foo/ ? 1 : 0, "xB" =~ /x(?i)b/ ? 1 : 0, "XB" =~ /x(?i)b/ ? 1 : 0);
show('inline i alt', join(',', map { /a(?i)b|c/ ? 1 : 0 } qw(ab aB C Ab)));
show('group i', join(',', map { /a(?i:b)c/ ? 1 : 0 } qw(abc aBc aBC)));
show('caret group', "AB" =~ /(?^i:a)B/ ? 1 : 0, "Ab" =~ /(?i)a(?^:b)/ ? 1 : 0, "AB" =~ /(?i)a(?^:b)/ ? 1 : 0);
show('comment', "ab" =~ /a(?#this is b)b/ ? 1 : 0);
my $qi = qr/hello/i;
show('qr flags', "say HELLO there" =~ /say $qi there/ ? 1 : 0, "$qi");

# Escapes.
show('hex', "A-B" =~ /\x41\x{2D}\x{0042}/ ? 1 : 0, "\t" =~ /\x09/ ? 1 : 0);
show('octal', "AB" =~ /\101\o{102}/ ? 1 : 0, "\0" =~ /\0/ ? 1 : 0);
show('control', "\x01" =~ /\cA/ ? 1 : 0, "\e" =~ /\e/ ? 1 : 0);
show('N', join(',', "ab\ncd" =~ /(\N+)/g));
show('h v R', join(',', map { length } "a \t b\r\nc\nd" =~ /(\h+|\R)/g));
show('quoted punct', "a+b(c)" =~ /a\+b\(c\)/ ? 1 : 0, "a-b" =~ /a\-b/ ? 1 : 0, "{x}" =~ /\{x\}/ ? 1 : 0);
show('literal braces', "{" =~ /{/ ? 1 : 0, "a}" =~ /a}/ ? 1 : 0, "a{1" =~ /a\{1/ ? 1 : 0);
show('quantifiers', join(',', "aaaa" =~ /(a{2})(a{1,})/), join(',', "aaaaa" =~ /^(a{,3})/));
my $lit = "a.b*c";
show('Q', "xa.b*cx" =~ /\Q$lit\E/ ? 1 : 0, "xaxbbcx" =~ /\Q$lit\E/ ? 1 : 0);

# Classes.
show('posix', join('', "a1 B_-" =~ /[[:alpha:]]/g), join('', "a1 B_-" =~ /[[:^alpha:][:digit:]]/g));
show('posix more', join('', "aZ9 _.\t" =~ /[[:upper:][:punct:]]/g), join('', "x y\tz" =~ /[[:space:]]/g) eq " \t" ? 1 : 0);
show('negated escapes', join('', "ab1_ -" =~ /[\W\d]/g), join('', "ab1_ -" =~ /[^\W_]/g));
show('class specials', join('', "a]b-c^d\\e" =~ /[]\-^\\]/g), join('', "a-z" =~ /[a\-z]/g), join('', "a-z" =~ /[az-]/g));
show('dot class', join('', "a.b" =~ /[.]/g));
show('unicode w', join(',', "naïve café über_1" =~ /(\w+)/g));
show('unicode d s', join(',', "٣4 5" =~ /(\d)/g), scalar(() = "a\x{2003}b" =~ /\s/g));
show('unicode b', join(',', "é a éa" =~ /\b(\w+)\b/g), join(',', "ab cd" =~ /\B(\w)/g));
show('properties', join('', "aBcÉ1" =~ /\p{Lu}/g), join('', "aBcÉ1" =~ /\pL/g), join('', "aB1" =~ /\P{L}/g));
show('scripts', join('', "abcαβγ" =~ /\p{Greek}/g), join('', "abcαβγ" =~ /\p{Script=Latin}/g), join('', "aα" =~ /\p{^Greek}/g));
show('perl props', join('', "a_1 é!" =~ /\p{Word}/g), join('', "a_1 é!" =~ /\p{XPosixAlpha}/g), join('', "Aa" =~ /\p{IsUpper}/g));
show('case fold', "ÉCOLE" =~ /école/i ? 1 : 0, "STRASSE" =~ /strasse/i ? 1 : 0);

# Backreferences.
show('backrefs', join(',', "aa bb cd" =~ /(\w)\1/g), "abab" =~ /(a)(b)\g1\g{2}/ ? 1 : 0, "xyzz" =~ /(y)(z)\g{-1}/ ? 1 : 0);
show('named', "k=v" =~ /(?<k>\w)=(?<v>\w)/ ? "$+{k}:$+{v}" : '-', "aXa" =~ /(?<c>a)X\k<c>/ ? 1 : 0, "bXb" =~ /(?P<c>b)X(?P=c)/ ? 1 : 0);
show('named numbered', "2026-11" =~ /(?<y>\d+)-(\d+)/ ? "$1 $2 $+{y}" : '-');
show('k quote', "zz" =~ /(?'q'z)\k'q'/ ? 1 : 0, "zz" =~ /(?<q>z)\k{q}/ ? 1 : 0);

# Possessive quantifiers and atomic groups never give back.
show('possessive', "aaa" =~ /a++a/ ? 1 : 0, "aaab" =~ /a++b/ ? 1 : 0, "xyz" =~ /[xyz]*+z/ ? 1 : 0);
show('atomic', "aaa" =~ /(?>a+)a/ ? 1 : 0, "aaab" =~ /(?>a+)b/ ? 1 : 0, "ab" =~ /(?>(a))(b)/ ? "$1$2" : '-');
show('possessive groups', "abab!" =~ /((?:ab)++)!/ ? "$1" : '-', "foo=1" =~ /(\w++)=(\d)/ ? "$1,$2" : '-');

# Lookaround and lazy quantifiers.
show('lookaround', join(',', 'price: $5, $10' =~ /(?<=\$)(\d+)/g), join(',', "foobar foobaz" =~ /foo(?!bar)(\w+)/g));
show('lazy', "<<a>>" =~ /<(.+?)>/ ? "$1" : '-', "aaa" =~ /(a{2,}?)/ ? "$1" : '-', "ab" =~ /(a??)b/ ? "[$1]" : '-');

# split, s///, \G with the translated patterns.
show('split', join('|', split /\s*[,;]\s*/, "a , b;c ;d"), join('|', split /(-)/, "1-2-3"));
show('split x', join('|', split / \s* , \s* /x, "p , q,r"));
(my $t = "Hello World") =~ s/(?<first>\w)(\w*)/$2$+{first}ay/g;
show('subst named', $t);
my $csv = 'a,"b,c",d';
my @f;
while ($csv =~ /\G(?:"([^"]*)"|([^,]*))(?:,|$)/g) { push @f, defined $1 ? $1 : $2; last if pos($csv) >= length $csv }
show('G', @f);
(my $sp = "  lead and trail  ") =~ s/^\s+|\s+$//g;
show('trim', "[$sp]");
