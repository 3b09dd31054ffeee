# Text processing: word wrapping, word frequencies, a caesar cipher with
# tr built at run time via sprintf'd ranges, centered text, and a table.
use strict;
use warnings;
my $text = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs";
my @lines; my $line = "";
for my $w (split ' ', $text) {
    if (length($line) + length($w) + 1 > 24 && length $line) { push @lines, $line; $line = $w }
    else { $line = length $line ? "$line $w" : $w }
}
push @lines, $line if length $line;
print "$_\n" for @lines;
my %freq;
$freq{$_}++ for split ' ', $text;
my @top = (sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %freq)[0 .. 2];
print "top: ", join(", ", map { "$_($freq{$_})" } @top), "\n";
sub caesar { my ($s, $n) = @_; return join "", map { my $c = ord; $_ =~ /[a-z]/ ? chr((($c - 97 + $n) % 26) + 97) : $_ } split //, $s }
my $enc = caesar("hello world", 3);
print "caesar: $enc back: ", caesar($enc, 23), "\n";
sub center { my ($s, $w) = @_; my $pad = int(($w - length $s) / 2); return (" " x $pad) . $s . (" " x ($w - length($s) - $pad)) }
print "[", center("title", 11), "]\n";
my @rows = (["name", "qty"], ["apple", 3], ["kiwi", 12]);
my @w = (0, 0);
for my $r (@rows) { for my $i (0, 1) { $w[$i] = length $r->[$i] if length $r->[$i] > $w[$i] } }
printf "%-*s | %*s\n", $w[0], $_->[0], $w[1], $_->[1] for @rows;
(my $rot = "Hello") =~ tr/A-Za-z/N-ZA-Mn-za-m/;
print "rot13: $rot\n";
print "vowels in text: ", ($text =~ tr/aeiou//), "\n";
