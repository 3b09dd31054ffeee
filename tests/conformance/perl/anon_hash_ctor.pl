# { KEY => VALUE, ... } with constant keys: the hash is built in one step
# in omx; duplicates, undef values, numeric keys, evaluation order, nested
# constructors and later growth must all match perl.
use strict;
use warnings;

my @order;
sub note { push @order, $_[0]; return $_[0]; }
sub dump_hash {
    my ($h) = @_;
    return join(", ", map { "$_=" . (defined $h->{$_} ? (ref $h->{$_} || $h->{$_}) : 'undef') } sort keys %$h);
}

my $x = 5;
my @list = (1, 2, 3);
my %src = (k => 'v');
my $h1 = { a => 1, b => 'two', c => 3.5, d => undef, e => $x, f => "x=$x" };
print dump_hash($h1), "\n";
my $dup = { a => 1, b => 2, a => 3 };
print dump_hash($dup), " (", scalar(keys %$dup), " keys)\n";
my $num = { 1 => 'one', 2 => 'two', 10 => 'ten' };
print join(",", sort { $a <=> $b } keys %$num), " $num->{10}\n";
my $nested = { inner => { deep => [1, 2] }, code => sub { 'called' }, elem => $src{k}, item => $list[1] };
print dump_hash($nested), " ", $nested->{inner}{deep}[1], " ", $nested->{code}->(), " $nested->{elem} $nested->{item}\n";
my $ordered = { first => note('a'), second => note('b'), third => note('c') };
print "@order\n";
# Not constant: a list value, a computed key; the pairs still line up as perl's.
my $listy = { a => @list };
print dump_hash($listy), "\n";
my $k = 'key';
my $computed = { $k => 1, "${k}2" => 2 };
print dump_hash($computed), "\n";
# Each constructor makes a new hash; growing one does not touch another.
my @made = map { { id => $_, name => "n$_" } } 1 .. 3;
$made[0]{extra} = 'x';
delete $made[1]{name};
print join(" | ", map { dump_hash($_) } @made), "\n";
# Blessed straight from the constructor, then grown past a few keys.
package Thing;
sub new { my ($class, $v) = @_; return bless { v => $v, w => undef }, $class; }
package main;
my $t = Thing->new(4);
$t->{"k$_"} = $_ for 1 .. 40;
print ref($t), " ", scalar(keys %$t), " $t->{v} $t->{k40} ", (exists $t->{w} ? 'w exists' : 'no w'), "\n";
# In boolean and scalar context.
my $empty = {};
print((%$empty ? 'full' : 'empty'), " ", (%$h1 ? 'full' : 'empty'), "\n");
