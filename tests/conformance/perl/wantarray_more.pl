# wantarray in every calling position: assignment, interpolation,
# arguments, conditions, return of a call, hash values, boolean tests.
use strict;
use warnings;
sub ctx { my $w = wantarray; return defined $w ? ($w ? "list" : "scalar") : "void" }
my @r;
my $s = ctx();           push @r, "scalar assign: $s";
my ($l) = ctx();         push @r, "list assign: $l";
my @a = (ctx(), ctx());  push @r, "list of calls: @a";
push @r, "interpolated: @{[ ctx() ]}";
push @r, "concat: " . ctx();
push @r, "in arguments: " . join(",", ctx());
push @r, "ternary cond: " . (ctx() eq 'scalar' ? "scalar" : "other");
my %h = (k => ctx());    push @r, "hash value: $h{k}";
my $aref = [ctx()];      push @r, "anon array: $aref->[0]";
sub pass_through { return ctx() }
my $p = pass_through();  push @r, "returned call in scalar: $p";
my @pl = pass_through(); push @r, "returned call in list: @pl";
ctx();
sub void_check { my $w = wantarray; push @r, "void call: " . (defined $w ? "defined" : "undef") }
void_check();
if (ctx()) { push @r, "if condition: called" }
print "$_\n" for @r;
sub counts { return wantarray ? (1, 2, 3) : "one value" }
my $c = counts(); my @cs = counts();
print "scalar: $c list: @cs count: ", scalar(@cs), "\n";
