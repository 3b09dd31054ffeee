# Lexical scope: shadowing in nested blocks, my in loop headers, our
# aliases, closures over loop variables, variables declared in
# conditions visible in else branches, string eval seeing package vars.
use strict;
use warnings;
my $x = "outer";
{
    my $x = "inner";
    print "block: $x\n";
    {
        my $x = "innermost";
        print "nested: $x\n";
    }
    print "back: $x\n";
}
print "file: $x\n";
for my $x (1 .. 2) { print "loop var: $x\n" }
print "after loop: $x\n";
if ((my $n = 5) > 3) { print "in if: $n\n" } else { print "in else: $n\n" }
our $pkg = "package var";
{
    local $pkg = "localised";
    print "eval sees: ", eval('$main::pkg'), "\n";
}
print "restored: $pkg\n";
my @subs;
for my $i (1 .. 3) { my $sq = $i * $i; push @subs, sub { "$i^2=$sq" } }
print join(" ", map { $_->() } @subs), "\n";
my $counter = do { my $c = 10; sub { $c++ } };
$counter->() for 1 .. 3;
print "counter: ", $counter->(), "\n";
