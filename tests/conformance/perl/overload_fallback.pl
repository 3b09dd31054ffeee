use strict;
use warnings;

package Money;
use overload
    '+'   => \&plus,
    '<=>' => sub { my ($a, $b, $swap) = @_; my $r = $a->cents <=> (ref $b ? $b->cents : $b * 100); $swap ? -$r : $r },
    'cmp' => sub { my ($a, $b, $swap) = @_; "$a" cmp "$b" },
    '""'  => sub { sprintf '$%d.%02d', int($_[0]->cents / 100), $_[0]->cents % 100 },
    fallback => 1;

sub new { my ($class, $cents) = @_; bless { cents => $cents }, $class }
sub cents { $_[0]{cents} }
sub plus {
    my ($a, $b) = @_;
    return Money->new($a->cents + (ref $b ? $b->cents : $b * 100));
}

package main;

my @wallet = map { Money->new($_) } (250, 1999, 5, 1000);
print "wallet: @wallet\n";
my @sorted = sort { $a <=> $b } @wallet;
print "sorted: @sorted\n";
print "max: ", (sort { $b <=> $a } @wallet)[0], "\n";
my $total = Money->new(0);
$total = $total + $_ for @wallet;
print "total: $total\n";
print "plus 1: ", $total + 1, "\n";
print "gt 10: ", ($total > 10 ? "yes" : "no"), "\n";
print "eq: ", (Money->new(5) == Money->new(5) ? "yes" : "no"), "\n";
print "lt string: ", (Money->new(100) lt Money->new(20) ? "yes" : "no"), "\n";
print "length of string: ", length("$total"), "\n";
my $copy = $total;
$copy += 5;
print "copy: $copy, total: $total\n";
