# A four-level chain with SUPER at every level, method overriding, class
# methods, can/isa/ref on each level, and an @ISA changed at run time
# (the method cache must notice).
use strict;
use warnings;
package L1; sub new { my $c = shift; bless { trail => [] }, $c } sub hello { my $s = shift; push @{ $s->{trail} }, 'L1'; 'L1' } sub kind { 'base' }
package L2; our @ISA = ('L1'); sub hello { my $s = shift; push @{ $s->{trail} }, 'L2'; 'L2>' . $s->SUPER::hello() }
package L3; our @ISA = ('L2'); sub hello { my $s = shift; push @{ $s->{trail} }, 'L3'; 'L3>' . $s->SUPER::hello() } sub kind { 'three' }
package L4; our @ISA = ('L3'); sub hello { my $s = shift; 'L4>' . $s->SUPER::hello() }
package Other; sub kind { 'other' } sub hello { 'other hello' }
package main;
my $o = L4->new;
print $o->hello, " trail: @{ $o->{trail} }\n";
print "kind: ", $o->kind, " ", L2->new->kind, "\n";
for my $c (qw(L1 L2 L3 L4)) {
    printf "%s isa L1:%d isa L3:%d can kind:%s\n", $c, $c->isa('L1') ? 1 : 0, $c->isa('L3') ? 1 : 0, $c->can('kind') ? 'y' : 'n';
}
print "kind before: ", L2->kind, "\n";
@L2::ISA = ('Other');
print "kind after \@ISA change: ", L2->kind, " ", L4->kind, "\n";
{
    no strict 'refs';
    *{"L1::kind"} = sub { 'patched' };
}
@L2::ISA = ('L1');
print "after patch: ", L2->kind, " ", L4->kind, "\n";
