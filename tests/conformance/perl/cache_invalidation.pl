# Method lookups, sub calls and hash element reads inside loops while the
# things they depend on change: a sub redefined, @ISA changed, a glob
# assigned, AUTOLOAD appearing, `local *name`, hash keys added and removed
# (omx caches each of these; perl's answers are the reference).
use strict;
use warnings;
no warnings 'redefine';

package Base;
sub new { my ($class, %args) = @_; return bless {%args}, $class; }
sub speak { return "base" }

package Other;
sub speak { return "other" }

package Kid;
our @ISA = ('Base');

package main;

my $k = Kid->new(name => 'k');
my @seen;
for my $i (1 .. 6) {
    push @seen, $k->speak;
    if ($i == 2) {
        no strict 'refs';
        *{"Base::speak"} = sub { return "base2" };
    }
    if ($i == 3) { @Kid::ISA = ('Other') }
    if ($i == 4) { no strict 'refs'; *{"Kid::speak"} = sub { return "kid" } }
    if ($i == 5) { @Kid::ISA = ('Base') }
}
print "@seen\n";

# A method that only AUTOLOAD answers, then a real one defined later.
package Auto;
our $AUTOLOAD;
sub new { return bless {}, shift }
sub AUTOLOAD {
    my $n = $AUTOLOAD;
    $n =~ s/.*:://;
    return if $n eq 'DESTROY';
    return "auto($n)";
}
package main;
my $a = Auto->new;
my @auto;
for my $i (1 .. 3) {
    push @auto, $a->thing;
    if ($i == 1) { no strict 'refs'; *{"Auto::thing"} = sub { "real" } }
}
print "@auto\n";

# A sub replaced through its glob, then put back.
sub greet { return "hello" }
sub call_greet { return greet() }
my @g;
push @g, call_greet();
{
    my $saved = \&greet;
    *greet = sub { "hi" };
    push @g, call_greet();
    *greet = $saved;
}
push @g, call_greet();
print "@g\n";

# Hash element reads while the hash's keys change around them.
my %h = (a => 1, b => 2);
my @vals;
for my $i (1 .. 5) {
    push @vals, defined $h{a} ? $h{a} : 'undef', defined $h{c} ? $h{c} : 'undef';
    $h{c} = $i * 10 if $i == 1;
    delete $h{a} if $i == 2;
    $h{a} = 'again' if $i == 3;
    %h = (c => 'only') if $i == 4;
}
print "@vals\n";
my @objs = (Base->new(x => 1), Base->new(y => 2, x => 3), { x => 4 }, Base->new());
print join(",", map { defined $_->{x} ? $_->{x} : 'u' } @objs), "\n";

# Unpacking @_ at the start of a sub, with too few and too many
# arguments, then @_ read later, shifted, passed on with &name.
sub pair { my ($x, $y) = @_; return (defined $x ? $x : 'u') . '/' . (defined $y ? $y : 'u') }
print pair(), " ", pair(1), " ", pair(1, 2), " ", pair(1, 2, 3), "\n";
sub count_rest { my ($first) = @_; return scalar(@_) . ":$first" }
print count_rest(7, 8, 9), "\n";
sub shifter { my ($x) = @_; shift; return "$x " . join(",", @_) }
print shifter(1, 2, 3), "\n";
sub inner { return "inner(@_)" }
sub outer { my ($x) = @_; return &inner }
print outer('p', 'q'), "\n";
sub closure_args { my ($x) = @_; my $f = sub { return "$x @_" }; return $f->('in') }
print closure_args('out'), "\n";
sub no_args_used { my $n = 0; $n++ for 1 .. 3; return $n }
print no_args_used(1, 2), "\n";

# `++` and `--` on strings, undef and numbers inside expressions.
my $s = "az";
my $t = $s++;
print "$t $s ", ++$s, "\n";
my $u;
my $old = $u++;
print defined $old ? "def" : "undef", " $u\n";
my $n = 9;
print $n++ + ++$n, " $n ", $n--, " ", --$n, "\n";
