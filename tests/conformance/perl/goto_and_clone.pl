use strict;
use warnings;

package Base;
sub new {
    my $proto = shift;
    my $class = ref($proto) || $proto;
    my $self = bless { level => 0, @_ }, $class;
    return $self;
}
sub clone { my $self = shift; return $self->new(%$self, @_) }
sub level { $_[0]{level} }

package Derived;
our @ISA = ('Base');
sub new { my $class = shift; my $self = Base::new($class, kind => 'derived', @_); $self->{level}++; $self }
sub kind { $_[0]{kind} }

package main;

my $d = Derived->new(level => 5);
print "class: ", ref $d, " level: ", $d->level, " kind: ", $d->kind, "\n";
my $c = $d->clone(extra => 1);
print "clone class: ", ref $c, " level: ", $c->level, " extra: $c->{extra}\n";
print "distinct: ", ($c != $d ? "yes" : "no"), "\n";

sub real_work { return "real_work(" . join(",", @_) . ")" }
sub trampoline { unshift @_, "via-goto"; goto &real_work }
print trampoline(1, 2), "\n";
my $target = \&real_work;
sub dynamic_goto { goto &$target }
print dynamic_goto("x"), "\n";
sub counted { our $depth; local $depth = ($depth // 0) + 1; return $depth >= 3 ? "depth $depth" : counted() }
print counted(), "\n";
my @objs = map { Base->new(level => $_) } 3, 1, 2;
print "levels: ", join(" ", map { $_->level } sort { $a->level <=> $b->level } @objs), "\n";
print "can clone: ", (Derived->can('clone') ? "inherited" : "missing"), "\n";
