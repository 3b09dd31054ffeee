# A set class: overloaded + (union), - (difference), * (intersection),
# == and eq, "" and bool, <=> by size for sorting, and iteration.
use strict;
use warnings;
package Set;
use overload
    '+' => sub { Set->new(keys %{ $_[0] }, keys %{ $_[1] }) },
    '-' => sub { my ($a, $b, $sw) = @_; ($a, $b) = ($b, $a) if $sw; Set->new(grep { !$b->{$_} } keys %$a) },
    '*' => sub { my ($a, $b) = @_; Set->new(grep { $b->{$_} } keys %$a) },
    '==' => sub { "$_[0]" eq "$_[1]" },
    '<=>' => sub { my ($a, $b, $sw) = @_; my $r = $a->size <=> $b->size; $sw ? -$r : $r },
    '""' => sub { "{" . join(",", sort keys %{ $_[0] }) . "}" },
    'bool' => sub { scalar %{ $_[0] } };
sub new { my $class = shift; my %h = map { $_ => 1 } @_; return bless \%h, $class }
sub size { scalar keys %{ $_[0] } }
sub members { sort keys %{ $_[0] } }
package main;
my $s1 = Set->new(qw(a b c));
my $s2 = Set->new(qw(b c d e));
print "s1=$s1 s2=$s2\n";
print "union: ", $s1 + $s2, " diff: ", $s1 - $s2, " rdiff: ", $s2 - $s1, " inter: ", $s1 * $s2, "\n";
print "equal: ", ($s1 * $s2 == Set->new(qw(c b)) ? "yes" : "no"), "\n";
print "empty is false: ", (Set->new ? "true" : "false"), " nonempty: ", ($s1 ? "true" : "false"), "\n";
my @sets = sort { $a <=> $b } (Set->new(1 .. 5), Set->new('x'), $s1);
print "by size: @sets\n";
print "members: ", join(" ", $s2->members), "\n";
