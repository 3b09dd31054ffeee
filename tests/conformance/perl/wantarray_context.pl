use strict;
use warnings;

sub ctx { wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @r = (ctx(), scalar(ctx()));
print "@r\n";
my %h = (k => ctx());
print "hash value: $h{k}\n";
my $s = [ctx()];
print "in anon array: $s->[0]\n";
print "in condition: ", (ctx() ? ctx() : "x"), "\n";
sub minmax {
    my @s = sort { $a <=> $b } @_;
    return wantarray ? ($s[0], $s[-1]) : "$s[0]..$s[-1]";
}
my ($min, $max) = minmax(5, 3, 9);
my $range = minmax(5, 3, 9);
print "min=$min max=$max range=$range\n";
my $count = () = minmax(1, 2);
print "count: $count\n";
my @arr = (4, 5, 6);
my $n = @arr;
my ($first) = @arr;
print "n=$n first=$first last=$arr[-1] scalar=${\ scalar(@arr)}\n";
my $str = "@arr[0,1]";
print "str: $str\n";
print "reverse scalar: ", scalar(reverse("hello", "world")), "\n";
print "localtime-free: ", scalar(my @x = (1) x 3), "\n";
