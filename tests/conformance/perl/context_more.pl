# Context everywhere it matters: list assignment in scalar context,
# arrays and hashes in boolean/numeric/string context, return of lists,
# reverse in both contexts, the comma operator, wantarray from nested calls.
use strict;
use warnings;
my @a = (1, 2, 3);
my %h = (a => 1, b => 2);
print "array num: ", @a + 0, " str: @a bool: ", (@a ? "yes" : "no"), "\n";
print "hash bool: ", (%h ? "yes" : "no"), " keys: ", scalar(keys %h), "\n";
my $n = () = (5, 6, 7, 8);
print "count: $n\n";
my ($first, @rest) = (10, 20, 30);
print "first $first rest @rest\n";
my $last = (10, 20, 30)[-1];
print "last: $last\n";
sub ctx { wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
sub outer { return ctx() }
my @l = outer(); my $s = outer();
print "propagated: $l[0] $s\n";
sub lst { return (4, 5, 6) }
my $c = lst();
my @x = lst();
my ($y) = lst();
print "scalar of list return: $c, array: @x, first: $y\n";
sub arr { my @r = (7, 8, 9); return @r }
my $cnt = arr();
print "array return in scalar: $cnt\n";
print "reverse list: ", join(",", reverse 1 .. 4), " scalar: ", scalar reverse("abc", "def"), "\n";
my @sorted = sort { $a <=> $b } (3, 1, 2);
my $sorted_count = @sorted;
print "sorted count $sorted_count\n";
if ((my @found = grep { $_ > 1 } @a) > 1) { print "found ", scalar(@found), "\n" }
my $str = "x" . @a;
print "concat array: $str\n";
my @empty;
print "empty array in string: '@empty' num ", @empty + 0, "\n";
my $aref = [1, 2, 3, 4];
print "deref count: ", scalar(@$aref), " last idx: $#$aref $#{$aref}\n";
print "hash slice count: ", scalar(my @v = @h{qw(a b)}), "\n";
print "localtime fields: ", scalar(my @t = localtime(0)), "\n";
print "each pair: ", join(";", map { "$_=$h{$_}" } sort keys %h), "\n";
