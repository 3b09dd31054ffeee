# What happens when method resolution fails or is redirected: calling a
# missing method, SUPER from a class with no parent method, AUTOLOAD
# declining, can returning false, and fully qualified method names.
use strict;
use warnings;
package Root; sub new { bless {}, shift } sub speak { "root speaks" } sub name { "Root" }
package Leaf; our @ISA = ('Root'); sub speak { my $s = shift; "leaf then " . $s->SUPER::speak() } sub only_leaf { "leaf only" }
sub missing_super { my $s = shift; $s->SUPER::nothing_here() }
package Lazy; our $AUTOLOAD; sub new { bless {}, shift }
sub AUTOLOAD { my $n = $AUTOLOAD; $n =~ s/.*:://; return if $n eq 'DESTROY'; die "Lazy cannot $n\n" unless $n =~ /^get_/; return "got " . substr($n, 4) }
package main;
my $l = Leaf->new;
print $l->speak, "\n";
print "qualified: ", $l->Root::speak(), " ", $l->Leaf::only_leaf(), "\n";
for my $call (sub { $l->fly }, sub { $l->missing_super }, sub { Lazy->new->jump }) {
    eval { $call->() };
    (my $e = $@) =~ s/ at \S+ line \d+\.//;
    print "error: $e";
}
print Lazy->new->get_value, "\n";
print "can missing: ", (Leaf->can('fly') ? "yes" : "no"), " can inherited: ", (Leaf->can('name') ? "yes" : "no"), "\n";
