# A small application: an inventory with classes for items and a store,
# price formatting, discounts by category through a dispatch table,
# sorting reports, and error handling for unknown items.
use strict;
use warnings;
package Item;
sub new { my ($c, %a) = @_; bless { qty => 0, %a }, $c }
sub total { $_[0]{price} * $_[0]{qty} }
sub label { sprintf "%-8s %3d x %6.2f", @{ $_[0] }{qw(name qty price)} }
package Store;
my %discount = (fruit => sub { $_[0] * 0.9 }, tool => sub { $_[0] > 50 ? $_[0] - 5 : $_[0] });
sub new { bless { items => {} }, shift }
sub add { my ($s, %a) = @_; $s->{items}{ $a{name} } = Item->new(%a); $s }
sub item { my ($s, $n) = @_; $s->{items}{$n} or die "no such item: $n\n" }
sub value { my $s = shift; my $v = 0; for my $i (values %{ $s->{items} }) { my $t = $i->total; my $d = $discount{ $i->{cat} }; $v += $d ? $d->($t) : $t } $v }
sub report { my $s = shift; map { $_->label } sort { $b->total <=> $a->total || $a->{name} cmp $b->{name} } values %{ $s->{items} } }
package main;
my $store = Store->new
    ->add(name => 'apple', cat => 'fruit', price => 0.5, qty => 40)
    ->add(name => 'hammer', cat => 'tool', price => 25, qty => 3)
    ->add(name => 'pear', cat => 'fruit', price => 0.75, qty => 10)
    ->add(name => 'nail', cat => 'other', price => 0.05, qty => 200);
print "$_\n" for $store->report;
printf "value: %.2f\n", $store->value;
$store->item('pear')->{qty} += 5;
printf "pear total now: %.2f\n", $store->item('pear')->total;
eval { $store->item('saw') };
print "error: $@";
