use strict;
use warnings;

our $x = "global";
sub show_x { return $x }
sub test_local { local $x = "localized"; return show_x() }
sub test_my { my $x = "lexical"; return show_x() }
print "local: ", test_local(), "\n";
print "my: ", test_my(), "\n";
print "after: ", show_x(), "\n";

our @stack = (1, 2, 3);
sub with_local_array {
    local @stack = (9);
    return "inside: @stack";
}
print with_local_array(), " outside: @stack\n";

my %h = (a => 1, b => 2);
{
    local $h{a} = 100;
    local $h{c} = 300;
    print "local elems: ", join(",", map { "$_=$h{$_}" } sort keys %h), "\n";
}
print "restored: ", join(",", map { "$_=$h{$_}" } sort keys %h), "\n";

for my $sep (",", "-") {
    local $" = $sep;
    my @a = (1, 2, 3);
    print "joined: @a\n";
}
{
    local $_ = "topic";
    print "topic: $_\n";
    s/t/T/;
    print "changed: $_\n";
}
sub counter { our $calls; local $calls = ($calls // 0) + 1; return $calls > 3 ? $calls : counter() }
print "recursion depth: ", counter(), "\n";
my $res = do { local $@; eval { die "boom\n" }; $@ };
print "captured: $res";
