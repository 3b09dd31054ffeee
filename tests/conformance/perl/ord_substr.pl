# `ord(substr(EXPR, OFFSET, LENGTH))` is answered in one step: it must say
# what ord says of the part substr returns (perlfunc substr, ord), for
# negative offsets and lengths, out-of-range offsets (substr's undef is
# ord's 0), the empty part, numbers and overloaded objects.
use strict;
no warnings;

my $s = "Hello, world";
print join(",", map { ord(substr($s, $_, 1)) } 0 .. 3), "\n";
print ord(substr($s, -1, 1)), " ", ord(substr($s, -5)), " ", ord(substr($s, 2)), "\n";
print ord(substr($s, 1, -3)), " ", ord(substr($s, 3, 0)), " ", ord(substr($s, 12, 1)), "\n";
print ord(substr($s, 13, 1)), " ", ord(substr($s, -13, 1)), " ", ord(substr($s, -12, 1)), "\n";
print ord(substr($s, "4", "1")), " ", ord(substr($s, 4.7, 1)), " ", ord(substr($s, undef, 1)), "\n";
print ord(substr(12345, 2, 1)), " ", ord(substr(-3.5, 0, 1)), " ", ord(substr(undef, 0, 1)), "\n";
my $i = 0;
my @order;
sub pos_of { push @order, "off"; return $i++ }
sub str_of { push @order, "str"; return "xyz" }
sub len_of { push @order, "len"; return 1 }
print ord(substr(str_of(), pos_of(), len_of())), " @order\n";
my $n = 0;
for my $k (0 .. length($s) - 1) {
    my $c = ord(substr($s, $k, 1));
    $n++ if $c >= 97 && $c <= 122;
}
print "lower $n\n";

package Text;
use overload '""' => sub { "<" . $_[0]{v} . ">" };
sub new { my ($c, $v) = @_; return bless { v => $v }, $c }

package main;
my $t = Text->new("abc");
print ord(substr($t, 0, 1)), " ", ord(substr($t, 1, 1)), " ", ord(substr($t, -1)), "\n";
my $copy = $s;
substr($copy, 0, 1) = "J";
print ord(substr($copy, 0, 1)), " ", ord(substr($s, 0, 1)), "\n";
