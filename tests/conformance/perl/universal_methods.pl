# UNIVERSAL: can/isa/DOES/VERSION as methods and functions, methods added
# to UNIVERSAL reaching every class, can() returning a callable, isa on
# unblessed references, VERSION from $VERSION.
use strict;
use warnings;
package Base; our $VERSION = '2.5'; sub new { bless {}, shift } sub hello { "hello from " . ref(shift) }
package Derived; our @ISA = ('Base'); our $VERSION = '3.0';
package UNIVERSAL; sub describe { my $s = shift; return "I am " . (ref($s) || $s) }
package main;
my $d = Derived->new;
print "can hello: ", ($d->can('hello') ? 1 : 0), " can fly: ", ($d->can('fly') ? 1 : 0), "\n";
print "call via can: ", $d->can('hello')->($d), "\n";
print "isa: ", ($d->isa('Base') ? 1 : 0), ($d->isa('Derived') ? 1 : 0), ($d->isa('Other') ? 1 : 0), "\n";
print "class isa: ", (Derived->isa('Base') ? 1 : 0), " DOES: ", (Derived->DOES('Base') ? 1 : 0), "\n";
print "versions: ", Base->VERSION, " ", Derived->VERSION, " ", $d->VERSION, "\n";
print "UNIVERSAL::isa on refs: ", (UNIVERSAL::isa([], 'ARRAY') ? 1 : 0), (UNIVERSAL::isa({}, 'HASH') ? 1 : 0), (UNIVERSAL::isa($d, 'HASH') ? 1 : 0), "\n";
print "UNIVERSAL::can function: ", (UNIVERSAL::can($d, 'hello') ? 1 : 0), (UNIVERSAL::can('Derived', 'nothing') ? 1 : 0), "\n";
print "added to UNIVERSAL: ", $d->describe, " / ", Base->describe, "\n";
print "can on UNIVERSAL method: ", (Derived->can('describe') ? 1 : 0), "\n";
