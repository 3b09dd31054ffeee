# tr/// in detail: counting classes, ranges, /c complement, /d delete,
# /s squeeze, /r returning a copy, return value in list and scalar use,
# on $_ and on hash values.
use strict;
use warnings;
my $dna = "GATTACA";
my $gc = ($dna =~ tr/GC//);
print "GC count: $gc\n";
(my $rna = $dna) =~ tr/T/U/;
print "rna: $rna\n";
my $upper = ($dna =~ tr/a-z/A-Z/r);
print "r copy: $upper original: $dna\n";
my $text = "Hello,   World!!";
(my $letters = $text) =~ tr/a-zA-Z//cd;
print "letters only: $letters\n";
(my $squeezed = $text) =~ tr/ !//s;
print "squeezed: $squeezed\n";
(my $digits = "phone: 555-1234") =~ tr/0-9//cd;
print "digits: $digits\n";
my @words = qw(apple banana cherry);
my %vowels = map { my $w = $_; ($w => ($w =~ tr/aeiou//)) } @words;
print "vowels: ", join(", ", map { "$_=$vowels{$_}" } @words), "\n";
for (my @copy = @words) { tr/a-z/A-Z/ }
$_ = "topic string";
my $t = tr/t//;
print "on \$_: $t\n";
my $rot = "Perl";
$rot =~ tr/A-Za-z/N-ZA-Mn-za-m/;
print "rot13: $rot\n";
