use strict;
use warnings;

sub make_iterator {
    my @items = @_;
    my $i = 0;
    return sub {
        return if $i >= @items;
        return $items[$i++];
    };
}
my $it = make_iterator(qw(a b c));
while (defined(my $v = $it->())) { print "item $v\n" }

sub make_accumulator {
    my %acc = (sum => 0, count => 0);
    return (
        sub { my $n = shift; $acc{sum} += $n; $acc{count}++; return },
        sub { return $acc{count} ? $acc{sum} / $acc{count} : 0 },
    );
}
my ($add, $avg) = make_accumulator();
$add->($_) for 2, 4, 9;
print "avg: ", $avg->(), "\n";

my %dispatch = (
    add => sub { $_[0] + $_[1] },
    sub => sub { $_[0] - $_[1] },
    mul => sub { $_[0] * $_[1] },
    div => sub { $_[1] ? $_[0] / $_[1] : "NaN" },
);
for my $op (sort keys %dispatch) {
    print "$op(12, 4) = ", $dispatch{$op}->(12, 4), "\n";
}
my @pipeline = (sub { $_[0] + 1 }, sub { $_[0] * 10 }, sub { "<$_[0]>" });
my $val = 4;
$val = $_->($val) for @pipeline;
print "pipeline: $val\n";
sub curry { my $f = shift; my @pre = @_; return sub { $f->(@pre, @_) } }
my $add3 = curry($dispatch{add}, 3);
print "curried: ", $add3->(39), "\n";
my $memo = do {
    my %cache;
    my $fib;
    $fib = sub { my $n = shift; $cache{$n} //= $n < 2 ? $n : $fib->($n - 1) + $fib->($n - 2) };
};
print "fib(50): ", $memo->(50), "\n";
