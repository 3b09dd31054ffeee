# The texts of perl's runtime errors, caught with eval: method on undef,
# unknown method, unblessed reference, not a reference of a kind,
# undefined sub, division by zero, die with objects and line numbers.
use strict;
use warnings;
package Animal; sub new { bless {}, shift }
package main;
my @cases = (
    sub { my $x; $x->method },
    sub { Animal->new->fly },
    sub { Animal->fly },
    sub { my $h = {}; $h->method },
    sub { nosuch_function(1) },
    sub { my $z = 0; my $r = 1 / $z },
    sub { my $z = 0; my $r = 5 % $z },
    sub { die "custom\n" },
    sub { die { code => 42 } },
    sub { die [1, 2] },
    sub { NoClass->new },
);
for my $i (0 .. $#cases) {
    eval { $cases[$i]->() };
    my $e = $@;
    if (ref $e eq 'HASH') { print "$i: hash with code $e->{code}\n" }
    elsif (ref $e) { print "$i: ", ref($e), " ref\n" }
    else { $e =~ s/ at \S+ line \d+\.\n//; print "$i: $e\n" }
}
