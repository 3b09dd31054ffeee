# Overloaded dereference (@{} %{} &{}), "" and eq on the same class, and
# overloading inherited by a subclass that adds its own key.
use strict;
use warnings;
package Bag;
use overload
    '@{}' => sub { $_[0]->() ->{items} },
    '%{}' => sub { $_[0]->()->{meta} },
    '""'  => sub { "Bag of " . scalar(@{ $_[0] }) },
    fallback => 1;
sub new { my ($class, @items) = @_; my $data = { items => [@items], meta => { size => scalar @items } }; return bless sub { $data }, $class }
sub add { my $s = shift; push @{ $s->()->{items} }, @_; $s->()->{meta}{size} += @_; $s }
package LabelBag;
our @ISA = ('Bag');
use overload '+' => sub { my ($a, $b) = @_; LabelBag->new(@$a, @$b) }, fallback => 1;
package main;
my $bag = Bag->new(qw(x y));
$bag->add('z');
print "items: @$bag, first $bag->[0], size $bag->{size}\n";
print "string: $bag\n";
my $l = LabelBag->new(1, 2);
my $sum = $l + LabelBag->new(3);
print "sum: $sum items @$sum ref ", ref($sum), "\n";
print "eq via fallback: ", ("$l" eq "Bag of 2" ? "yes" : "no"), "\n";
