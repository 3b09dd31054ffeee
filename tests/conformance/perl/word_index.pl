# An inverted index: words to line numbers from a here-doc, case folding,
# punctuation stripping, sorted output with ranges collapsed.
use strict;
use warnings;
my $text = <<'END';
The cat sat on the mat.
A dog sat on a log!
The cat and the dog met.
Then the cat ran, and the dog sat.
END
my %index;
my $n = 0;
for my $line (split /\n/, $text) {
    $n++;
    for my $w (map { lc } $line =~ /([A-Za-z]+)/g) { $index{$w}{$n} = 1 }
}
sub ranges { my @n = sort { $a <=> $b } @_; my @out; while (@n) { my $s = shift @n; my $e = $s; $e = shift @n while @n && $n[0] == $e + 1; push @out, $s == $e ? $s : "$s-$e" } join ",", @out }
for my $w (sort { keys %{ $index{$b} } <=> keys %{ $index{$a} } || $a cmp $b } keys %index) {
    printf "%-5s %s\n", $w, ranges(keys %{ $index{$w} });
}
print "distinct words: ", scalar(keys %index), "\n";
