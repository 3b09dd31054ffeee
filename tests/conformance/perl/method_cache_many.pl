# Many classes and method names through one call site, while subs and
# @ISA change under it: omx keeps a small runtime-wide method cache in
# front of each package's own (collisions, negative answers, push onto
# @ISA, eval-defined subs, can()); perl's answers are the reference.
use strict;
use warnings;
no warnings 'redefine';

my @classes = map { "C$_" } 1 .. 40;
for my $i (0 .. $#classes) {
    my $c = $classes[$i];
    no strict 'refs';
    *{"${c}::new"} = sub { return bless { n => $i }, shift };
    *{"${c}::who"} = sub { return "$c:$_[0]{n}" };
    @{"${c}::ISA"} = ('Root') if $i % 3 == 0;
}
package Root;
sub shared { return "root-shared(" . ref($_[0]) . ")" }
sub AUTOLOAD { our $AUTOLOAD; my $n = $AUTOLOAD; $n =~ s/.*:://; return if $n eq 'DESTROY'; return "auto-$n" }
package main;

my @objs = map { $_->new } @classes;
for my $round (1 .. 3) {
    my @got;
    for my $o (@objs) {
        for my $m (qw(who shared)) {
            my $r = eval { $o->$m() };
            push @got, defined $r ? $r : "error";
        }
    }
    print "round $round: @got\n";
    if ($round == 1) {
        # A sub defined on Root by eval, and every class made a Root child.
        eval 'sub Root::who { return "root-who" } 1' or die $@;
        no strict 'refs';
        push @{"${_}::ISA"}, 'Root' for grep { !@{"${_}::ISA"} } @classes;
    }
    if ($round == 2) {
        no strict 'refs';
        *{"C2::who"} = sub { return "C2 again" };
        eval 'sub C3::shared { return "C3 shared" } 1' or die $@;
    }
}

# The same name in two unrelated classes, called alternately.
package Left;  sub new { bless {}, shift } sub ping { "left" }
package Right; sub new { bless {}, shift } sub ping { "right" }
package main;
my ($l, $r) = (Left->new, Right->new);
print join(",", map { ($_ % 2 ? $l : $r)->ping } 1 .. 6), "\n";
{
    no strict 'refs';
    *{"Right::ping"} = sub { "right2" };
}
print join(",", map { ($_ % 2 ? $l : $r)->ping } 1 .. 4), "\n";
print Left->can('ping') ? "can\n" : "cannot\n";
print Left->can('pong') ? "can\n" : "cannot\n";
eval 'sub Left::pong { "pong" } 1' or die $@;
print Left->can('pong') ? "can " . Left->pong . "\n" : "cannot\n";
