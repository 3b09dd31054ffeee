use strict;
use warnings;
use mro;

# Diamond inheritance with the default depth-first search.
package A; sub new { bless {}, shift } sub hello { "A::hello" } sub who { "A" }
package B; our @ISA = ('A'); sub who { "B" }
package C; our @ISA = ('A'); sub hello { "C::hello" } sub who { "C" }
package D; our @ISA = ('B', 'C');

package main;

my $d = D->new;
print "who: ", $d->who, "\n";
print "hello: ", $d->hello, "\n";
print "mro: ", join(" ", @{ mro::get_linear_isa('D') }), "\n";
for my $class (qw(A B C D)) {
    printf "%s: %s\n", $class, join(",", @{ mro::get_linear_isa($class) });
}
