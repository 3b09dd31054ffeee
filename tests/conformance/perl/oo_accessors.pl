# Accessor generation through typeglobs, class data, can() returning code,
# DESTROY defined but not called by AUTOLOAD, SUPER chains and re-blessing.
use strict;
use warnings;
package Base;
my $count = 0;
sub new { my ($class, %a) = @_; $count++; my $self = bless { %a }, $class; return $self }
sub count { $count }
for my $f (qw(name size color)) {
    no strict 'refs';
    *{"Base::$f"} = sub { my $s = shift; $s->{$f} = shift if @_; $s->{$f} };
}
sub describe { my $s = shift; join(", ", map { "$_=" . ($s->$_ // 'undef') } qw(name size color)) }
sub DESTROY { }
package Derived;
use parent -norequire, 'Base';
sub describe { my $s = shift; "Derived(" . $s->SUPER::describe() . ")" }
sub size { my $s = shift; my $v = $s->SUPER::size(@_); defined $v ? $v * 10 : undef }
package main;
my $b = Base->new(name => 'box', size => 3);
my $d = Derived->new(name => 'crate', size => 4, color => 'red');
print $b->describe, "\n", $d->describe, "\n";
$d->size(5);
print "size now: ", $d->size, " raw ", $d->{size}, "\n";
print "count: ", Base->count, " ", Derived->count, "\n";
my $m = Derived->can('color');
print "can color: ", $m->($d), "\n";
bless $b, 'Derived';
print "reblessed: ", ref $b, " ", $b->describe, "\n";
print "methods: ", join(",", grep { Derived->can($_) } qw(name size color weight describe)), "\n";
