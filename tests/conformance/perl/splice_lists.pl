# List surgery: splice in every form, negative offsets, wantarray-sensitive
# splice in scalar context, list slices with negative indices, array
# functions on references, $#array assignment, exists/delete on arrays.
use strict;
use warnings;
my @a = ('a' .. 'h');
my @removed = splice(@a, 2, 3);
print "removed @removed left @a\n";
splice(@a, 1, 0, 'X', 'Y');
print "inserted: @a\n";
splice(@a, -2);
print "dropped last two: @a\n";
my $last = splice(@a, -1, 1);
print "scalar splice: $last left @a\n";
splice(@a, 1, 2, 'Z');
print "replaced: @a\n";
my @b = (1 .. 10);
print "list slice: ", join(",", (@b)[-3 .. -1]), " ", join(",", @b[0, -1]), "\n";
my $r = [1 .. 5];
push @$r, 6; unshift @$r, 0; my $p = pop @$r; my $s = shift @$r;
print "through ref: @$r (popped $p shifted $s)\n";
$#b = 4;
print "truncated: @b\n";
$#b = -1;
print "emptied: ", scalar(@b), "\n";
my @sparse = (1, 2, 3);
$sparse[6] = 7;
print "extended: ", scalar(@sparse), " ", join(",", map { defined $_ ? $_ : 'u' } @sparse), "\n";
print "exists 4: ", (exists $sparse[4] ? 1 : 0), " exists 6: ", (exists $sparse[6] ? 1 : 0), "\n";
my @w = (3, 1, 2);
my @sorted_copy = sort { $a <=> $b } @w;
print "original kept: @w sorted: @sorted_copy\n";
my @joined = (@w, @sorted_copy);
print "flattened: ", scalar(@joined), "\n";
my ($first, undef, $third) = @joined;
print "skip with undef: $first $third\n";
