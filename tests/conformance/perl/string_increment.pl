# The magic string increment and ranges over strings (perlop
# "Auto-increment and Auto-decrement", "Range Operators").
use strict;
use warnings;
for my $start (qw(a z Az zz a9 Zz zZ9 aaa99)) {
    my $v = $start;
    $v++;
    print "$start -> $v\n";
}
my $id = "id000";
$id++ for 1 .. 12;
print "counter: $id\n";
print "range: ", join(",", 'aa' .. 'ad'), " ", join(",", 'x' .. 'ab'), " ", join(",", '7' .. '11'), "\n";
my $num = "9"; $num++; print "numeric string: $num\n";
my $float = "1.5"; $float++; print "float string: $float\n";
my $neg = -1; $neg++; $neg++; print "negative: $neg\n";
my $u; { no warnings; $u++; } print "undef++: $u\n";
my $d = "aa"; $d--; print "decrement of string: $d\n";
my @cols = ('A' .. 'E');
print "columns: @cols\n";
my $pre = "b"; my $r = ++$pre; print "pre: $r $pre\n";
my $post = "y"; my $o = $post++; print "post: $o $post\n";
