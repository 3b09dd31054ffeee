# SUPER:: with multiple inheritance: resolved against the package the
# sub was compiled in, searching its @ISA left to right.
use strict;
use warnings;

package Logger; sub log_it { my ($s, $m) = @_; return "[log] $m" } sub init { "Logger::init" }
package Store;  sub save { "Store::save" } sub init { "Store::init" }
package Service;
our @ISA = ('Logger', 'Store');
sub new { bless { n => 0 }, shift }
sub init { my $self = shift; return "Service::init then " . $self->SUPER::init() }
sub save { my $self = shift; $self->{n}++; return $self->SUPER::save() . " #" . $self->{n} }
package Special;
our @ISA = ('Service');
sub init { my $self = shift; return "Special::init then " . $self->SUPER::init() }

package main;
my $s = Special->new;
print $s->init, "\n";
print $s->save, "\n";
print $s->save, "\n";
print $s->log_it("done"), "\n";
print "Service isa Store: ", (Service->isa('Store') ? 1 : 0), "\n";
print "Special DOES Logger: ", (Special->DOES('Logger') ? 1 : 0), "\n";
