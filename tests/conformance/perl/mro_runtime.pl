# Method resolution seen from the program: mro::get_linear_isa for DFS
# and C3 on a larger graph, mro::set_mro switching a class, can() after
# @ISA changes, next::can, AUTOLOAD found through inheritance.
use strict;
use warnings;
use mro;
package O;  sub new { bless {}, shift } sub id { 'O' }
package A1; our @ISA = ('O'); sub id { 'A1' }
package B1; our @ISA = ('O');
package C1; our @ISA = ('A1', 'B1'); sub id { 'C1>' . $_[0]->next::method }
package D1; our @ISA = ('B1', 'A1');
package E1; our @ISA = ('C1', 'D1');
package Extra; sub extra { 'extra' }
package Auto; our $AUTOLOAD; sub AUTOLOAD { my $n = $AUTOLOAD; $n =~ s/.*:://; return if $n eq 'DESTROY'; "auto($n)" }
package Kid; our @ISA = ('Auto'); sub new { bless {}, shift }
package main;
print "E1 dfs: @{ mro::get_linear_isa('E1') }\n";
my $ok = eval { mro::get_linear_isa('E1', 'c3'); 1 };
print "E1 c3: ", ($ok ? "consistent" : "inconsistent: " . ($@ =~ /^(Inconsistent hierarchy[^\n']*'E1')/ ? $1 : $@)), "\n";
print "C1 c3: @{ mro::get_linear_isa('C1', 'c3') }\n";
mro::set_mro('C1', 'c3');
print "mro C1: ", mro::get_mro('C1'), " id: ", C1->new->id, "\n";
print "can id on B1: ", (B1->can('id') == O->can('id') ? "O's" : "other"), "\n";
push @B1::ISA, 'Extra';
print "B1 after push: @{ mro::get_linear_isa('B1') } ", B1->new->extra, "\n";
print "Kid autoload: ", Kid->new->anything, " ", Kid->new->other_thing, "\n";
print "can through AUTOLOAD: ", (Kid->can('anything') ? "yes" : "no"), "\n";
