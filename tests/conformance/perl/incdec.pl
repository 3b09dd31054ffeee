# ++ and -- (perlop "Auto-increment and Auto-decrement"): numbers,
# integer overflow into floats, undef, the magic string increment,
# elements of containers, pre and post forms, and overloading.
use strict;
use warnings;

my @show;
for my $v (0, -1, 41, 2.5, -0.5, 9223372036854775806) {
    my ($a, $b) = ($v, $v);
    $a++;
    $b--;
    push @show, "$v: $a $b";
}
print join("\n", @show), "\n";

my $min = -9223372036854775807;
$min--;
print "down to min: $min\n";
my $big = 1e300;
$big++;
print "float: $big\n";

my ($u, $w);
$u++;
$w--;
print "undef: $u $w\n";

{
    no warnings;
    for my $s ("aa", "Az", "zz", "a9", "Zz", "zZ9", "9", "09", "", " 12", "1.5", "abc-", "a1b", "1e3", "0 but true") {
        my $t = $s;
        $t++;
        my $d = $s;
        $d--;
        print "'$s' -> '$t' / '$d'\n";
    }
}

my $s = "a";
$s++ for 1 .. 30;
print "thirty after a: $s\n";

my %h;
$h{count}++ for 1 .. 5;
$h{down}--;
my @a = (1, 2, 3);
$a[1]++;
$a[5]++;
{ no warnings; print "h: $h{count} $h{down} a: @a[0..2] ", (defined $a[4] ? "def" : "undef"), " $a[5]\n"; }

my $i = 5;
my $x = $i++ + 10;
my $y = ++$i + 10;
my $z = $i-- . "/" . --$i;
print "pre/post: $x $y $z $i\n";

my $k = "az";
my $old = $k++;
print "post returns old: $old $k\n";
my $f = 1.5;
my $g = $f--;
print "float post: $g $f\n";

package Counter;
use overload
    '++' => sub { $_[0]->{n} += 10; $_[0] },
    '--' => sub { $_[0]->{n} -= 100; $_[0] },
    '""' => sub { "Counter(" . $_[0]->{n} . ")" };
sub new { my ($c, $n) = @_; bless { n => $n }, $c }

package Plus;
use overload
    '+' => sub { Plus->new($_[0]->{n} + $_[1]) },
    '-' => sub { Plus->new($_[2] ? $_[1] - $_[0]->{n} : $_[0]->{n} - $_[1]) },
    '""' => sub { "Plus(" . $_[0]->{n} . ")" };
sub new { my ($c, $n) = @_; bless { n => $n }, $c }

package main;
my $c = Counter->new(1);
$c++;
print "overloaded ++: $c\n";
$c--;
print "overloaded --: $c\n";
my $p = Plus->new(7);
$p++;
print "++ through +: $p\n";
$p--;
$p--;
print "-- through -: $p\n";

my $n = 0;
for (my $j = 0; $j < 1000; $j++) { $n++ if $j % 3 == 0; }
print "loop: $n\n";
