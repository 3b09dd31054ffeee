# One `$obj->name(...)` call site seeing the method change under it
# (perlobj "Method Call Resolution"): a sub redefined, an `@ISA` changed,
# an object re-blessed, methods answered by AUTOLOAD, other
# objects and class names in a variable at the same site, UNIVERSAL
# methods, and the errors for unblessed and undefined invocants.
use strict;
use warnings;

package Base;
sub new   { my ($c, %a) = @_; return bless {%a}, $c }
sub who   { return "Base::who(" . ref($_[0]) . ")" }
sub greet { my ($self, $x) = @_; return "Base greets $x" }

package Left;
our @ISA = ('Base');
sub who { return "Left::who" }

package Right;
our @ISA = ('Base');

package Auto;
our $AUTOLOAD;
sub new { return bless [], shift }
sub AUTOLOAD {
    my $n = $AUTOLOAD;
    $n =~ s/.*:://;
    return if $n eq 'DESTROY';
    return "autoloaded $n(" . scalar(@_) . ")";
}

package main;

sub site { my ($o, $x) = @_; return $o->who($x) }
sub greet_site { my ($o, $x) = @_; return $o->greet($x, $x + 1) }

my $l = Left->new(k => 1);
my $r = Right->new;
print site($l, 1), " | ", site($r, 2), " | ", site($l, 3), "\n";
{
    no warnings 'redefine';
    *Left::who = sub { "Left::who v2" };
}
print site($l, 4), "\n";
@Right::ISA = ('Left');
print site($r, 5), "\n";
bless $r, 'Base';
print site($r, 6), "\n";
bless $r, 'Right';
print site($r, 7), "\n";
{
    no warnings 'redefine';
    *Left::who = \&Base::who;
}
print site($l, 8), "\n";
my $a = Auto->new;
print site($a, 9), " | ", greet_site($a, 1), " | ", greet_site($l, 2), "\n";
my $class = 'Left';
print site($class, 10), " | ", site('Auto', 11), "\n";
for my $o ($l, $r, $a, $class) {
    print ref($o) || $o, ": ", ($o->can('greet') ? "can" : "cannot"), " ", ($o->isa('Base') ? "isa" : "not"), "\n";
}
$l->{k}++;
$l->{new_key} = 2;
print site($l, 12), " ", $l->{k}, "\n";
eval { site({}, 13) };
print "unblessed: $@";
eval { site(undef, 14) };
print "undef: $@";
eval { my $n = 'Nowhere'; site(Left->new, 15); Left->new->nothing_here(1) };
print "missing: $@";
sub Left::count { my ($self, @rest) = @_; return scalar(@rest) }
my @list = (1, 2, 3);
print $l->count(@list), " ", $l->count(@list, @list), " ", $l->count(), "\n";
sub Left::ctx { return wantarray ? "list" : defined(wantarray) ? "scalar" : "void" }
my @c = $l->ctx(1);
my $c = $l->ctx(1);
print "$c[0] $c\n";
for my $c ('Left', 'Right', 'Auto', 'NoSuch', '') {
    my $r = eval { site($c, 16) };
    print defined $r ? "$c: $r\n" : "$c: $@";
}
# Class names written as barewords take the same path.
package Foo;
sub new  { my ($c, %a) = @_; return bless {%a}, $c }
sub name { return "Foo" }
package Foo::Bar;
our @ISA = ('Foo');
sub name { return "Foo::Bar" }
package main;
print Foo->new(a => 1)->name, " ", Foo::Bar->new->name, " ", Foo::Bar->name, "\n";
print Foo->can('name') ? "can" : "cannot", " ", Foo::Bar->isa('Foo') ? "isa" : "not", "\n";
eval { Nope->new(1) };
print $@;
eval { Foo->nope(1) };
print $@;
{
    no warnings 'redefine';
    *Foo::Bar::name = sub { "Foo::Bar v2" };
}
print Foo::Bar->name, " ", Foo::Bar->new->name, "\n";
