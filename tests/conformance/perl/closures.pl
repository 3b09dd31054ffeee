use strict;
use warnings;

sub make_counter {
    my $n = shift // 0;
    return {
        inc => sub { return ++$n },
        dec => sub { return --$n },
        get => sub { $n },
    };
}

my $c1 = make_counter(10);
my $c2 = make_counter();
$c1->{inc}->() for 1 .. 3;
$c2->{dec}->();
print "c1: ", $c1->{get}->(), "\n";
print "c2: ", $c2->{get}(), "\n";

my @subs;
for my $i (1 .. 3) {
    push @subs, sub { return $i * 10 };
}
print join(",", map { $_->() } @subs), "\n";

sub adder { my $x = shift; return sub { my $y = shift; return $x + $y } }
my $add5 = adder(5);
print "add5(3) = ", $add5->(3), "\n";

sub compose {
    my @fns = reverse @_;
    return sub {
        my @args = @_;
        @args = $_->(@args) for @fns;
        return wantarray ? @args : $args[0];
    };
}
my $inc = sub { $_[0] + 1 };
my $dbl = sub { $_[0] * 2 };
my $f = compose($dbl, $inc);
print "compose: ", $f->(5), "\n";

my $fib;
$fib = sub { my $n = shift; $n < 2 ? $n : $fib->($n - 1) + $fib->($n - 2) };
print "fib: ", join(" ", map { $fib->($_) } 0 .. 10), "\n";

use feature 'state';
sub next_id { state $id = 100; return $id++ }
print "ids: ", join(",", next_id(), next_id(), next_id()), "\n";
