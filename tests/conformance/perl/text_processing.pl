use strict;
use warnings;

my $text = <<'END';
The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick reaction: the end.
END

my %freq;
$freq{lc $1}++ while $text =~ /(\w+)/g;
my @top = (sort { $freq{$b} <=> $freq{$a} || $a cmp $b } keys %freq)[0 .. 4];
print "top words: ", join(", ", map { "$_($freq{$_})" } @top), "\n";
my @lines = split /\n/, $text;
printf "%d lines, %d words, %d chars\n", scalar @lines, scalar(() = $text =~ /\w+/g), length $text;
for my $i (0 .. $#lines) {
    my $line = $lines[$i];
    my $words = () = $line =~ /\b\w+\b/g;
    printf "%2d: %-45s [%d words]\n", $i + 1, $line, $words;
}
my @sentences = grep { length } map { s/^\s+|\s+$//gr } split /[.!;:]/, $text;
print "sentences: ", scalar(@sentences), "\n";
print "capitalized: ", join(" ", map { ucfirst } qw(alpha beta gamma)), "\n";
(my $title = "the lord of the rings") =~ s/(\w+)/\u$1/g;
print "title: $title\n";
my $snake = "someCamelCaseName";
(my $converted = $snake) =~ s/([A-Z])/_\l$1/g;
print "snake: $converted\n";
my $padded = sprintf "%-10s|%10s|", "left", "right";
print "padded: $padded\n";
my %abbrev = map { substr($_, 0, 3) => $_ } qw(january february march);
print "abbrev: ", join(", ", map { "$_=$abbrev{$_}" } sort keys %abbrev), "\n";
my $csv_line = 'name,"Smith, John",42,"say ""hi"""';
my @fields;
while ($csv_line =~ /\G(?:"((?:[^"]|"")*)"|([^,]*))(?:,|$)/g) {
    my $f = defined $1 ? $1 =~ s/""/"/gr : $2;
    push @fields, $f;
    last if pos($csv_line) >= length $csv_line;
}
print "csv fields: ", join(" | ", @fields), "\n";
my $wrapped = join "\n", "lorem ipsum dolor sit amet consectetur adipiscing elit" =~ /(.{1,20})(?:\s+|$)/g;
print "wrapped:\n$wrapped\n";
