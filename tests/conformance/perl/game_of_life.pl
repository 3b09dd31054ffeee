# Conway's game of life on a small torus: 2D arrays, neighbour counting
# with modular arithmetic, generations printed as text.
use strict;
use warnings;
my @grid = map { [split //] } (
    ".....",
    "..#..",
    "...#.",
    ".###.",
    ".....",
);
my ($h, $w) = (scalar @grid, scalar @{ $grid[0] });
sub show { join("\n", map { join("", @$_) } @_) . "\n" }
sub step {
    my @g = @_;
    my @n;
    for my $y (0 .. $h - 1) {
        for my $x (0 .. $w - 1) {
            my $c = 0;
            for my $dy (-1 .. 1) { for my $dx (-1 .. 1) { next if !$dy && !$dx; $c++ if $g[($y + $dy) % $h][($x + $dx) % $w] eq '#' } }
            $n[$y][$x] = ($g[$y][$x] eq '#' && ($c == 2 || $c == 3)) || ($g[$y][$x] ne '#' && $c == 3) ? '#' : '.';
        }
    }
    return @n;
}
for my $gen (0 .. 3) {
    print "gen $gen:\n", show(@grid);
    @grid = step(@grid);
}
my $alive = grep { $_ eq '#' } map { @$_ } @grid;
print "alive after 4: $alive\n";
