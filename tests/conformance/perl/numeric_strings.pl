# Strings used as numbers and numbers as strings: leading numeric parts,
# whitespace, exponents, hex-looking strings, == vs eq, sorting numbers as
# strings, and string multiplication results.
use strict;
no warnings;
my @vals = ("42", " 42 ", "42abc", "abc", "3.14xyz", "1e3", ".5", "-7", "+8", "0x1A", "0 but true", "");
print join(" ", map { $_ + 0 } @vals), "\n";
print "eq vs ==: ", ("1.0" == 1 ? "num-equal" : "num-diff"), " ", ("1.0" eq 1 ? "str-equal" : "str-diff"), "\n";
print "string sort: ", join(",", sort (10, 9, 100, 1)), " numeric sort: ", join(",", sort { $a <=> $b } (10, 9, 100, 1)), "\n";
print "concat numbers: ", 1 . 2 + 3, " ", "5" * "4", " ", "10" / "4", "\n";
print "increment numeric string: ", do { my $v = "41"; $v++; $v }, " ", do { my $v = "4.5"; $v++; $v }, "\n";
print "boolean strings: ", join(",", map { $_ ? "T" : "F" } ("0", "0.0", "00", "", " ", "a", 0, 0.0)), "\n";
print "int of strings: ", int("42.9xyz"), " ", int("-3.7"), "\n";
