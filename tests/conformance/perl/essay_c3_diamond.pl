# DFS against C3 on a diamond: D inherits from B and C, both from A.
use strict;
use warnings;

package A; sub new { bless {}, shift } sub hello { "A::hello" } sub who { "A" }
package B; our @ISA = ('A'); sub who { "B" }
package C; our @ISA = ('A'); sub hello { "C::hello" } sub who { "C" }
package D; our @ISA = ('B', 'C');

package E; use mro 'c3'; our @ISA = ('B', 'C');

package main;

my $d = D->new;
my $e = E->new;
print "DFS order: ", join(" ", @{ mro::get_linear_isa('D') }), "\n";
print "C3 order: ", join(" ", @{ mro::get_linear_isa('E') }), "\n";
print "D->hello (DFS finds A first): ", $d->hello, "\n";
print "E->hello (C3 finds C first): ", $e->hello, "\n";
print "D->who: ", $d->who, " E->who: ", $e->who, "\n";
print "mro of D: ", mro::get_mro('D'), ", of E: ", mro::get_mro('E'), "\n";

package Base; sub new { bless {}, shift } sub greet { "Base" }
package Left; use mro 'c3'; our @ISA = ('Base');
sub greet { my $s = shift; "Left>" . $s->next::method() }
package Right; use mro 'c3'; our @ISA = ('Base');
sub greet { my $s = shift; "Right>" . $s->next::method() }
package Bottom; use mro 'c3'; our @ISA = ('Left', 'Right');
sub greet { my $s = shift; "Bottom>" . $s->next::method() }

package main;
print "next::method chain: ", Bottom->new->greet, "\n";
