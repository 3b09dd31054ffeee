# Interpolation details: arrays with $", slices, method calls via @{[]},
# nested data, escapes, case modifiers, email-like @ in strings.
use strict;
use warnings;
my @a = (1, 2, 3);
my %h = (key => 'value', list => [4, 5]);
my $r = { name => 'omx', tags => ['vm', 'gc'], nested => { deep => 'yes' } };
print "array: @a, slice: @a[0,1], last: $a[-1], $a[$#a]\n";
print "hash: $h{key} $h{'key'} @{$h{list}} $h{list}[1] $h{list}->[0]\n";
print "ref: $r->{name} $$r{name} @{$r->{tags}} $r->{tags}[0] $r->{nested}{deep}\n";
print "expr: @{[ scalar(@a) * 2 ]} ${\ join('-', @a)}\n";
{ local $" = '+'; print "custom sep: @a\n" }
my $name = "world";
print "case: \U$name\E \u$name \L HELLO \E \Qa.b\E\n";
print "escapes: tab[\t] newline-free [\x41\x{42}] octal[\101] dollar[\$name] at[\@a]\n";
my @empty = ();
print "empty: [@empty]\n";
my $n = 3;
print "${n}rd and ${\ ($n + 1)}th\n";
print "method: @{[ Foo->greet ]}\n";
package Foo; sub greet { "hi from Foo" }
