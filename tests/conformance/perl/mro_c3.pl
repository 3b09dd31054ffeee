use strict;
use warnings;

package A;
use mro 'c3';
sub new { bless {}, shift }
sub hello { "A::hello" }
sub chain { "A" }

package B;
use mro 'c3';
use parent -norequire, 'A';
sub chain { my $self = shift; return "B>" . $self->next::method() }

package C;
use mro 'c3';
use parent -norequire, 'A';
sub hello { "C::hello" }
sub chain { my $self = shift; return "C>" . $self->next::method() }

package D;
use mro 'c3';
use parent -norequire, 'B', 'C';
sub chain { my $self = shift; return "D>" . $self->next::method() }

package main;

my $d = D->new;
print "hello: ", $d->hello, "\n";
print "chain: ", $d->chain, "\n";
print "linear: @{ mro::get_linear_isa('D') }\n";
print "mro of D: ", mro::get_mro('D'), "\n";
print "can next: ", (D->can('chain') == \&D::chain ? "same" : "different"), "\n";
