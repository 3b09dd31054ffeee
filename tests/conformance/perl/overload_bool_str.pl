use strict;
use warnings;

package Flag;
use overload
    'bool' => sub { $_[0]{on} },
    '!'    => sub { !$_[0]{on} },
    '""'   => sub { $_[0]{on} ? "ON" : "OFF" },
    '0+'   => sub { $_[0]{on} ? 1 : 0 },
    fallback => 1,
    'eq'   => sub { "$_[0]" eq "$_[1]" },
    '.'    => sub {
        my ($x, $y, $swap) = @_;
        my $s = $x->{on} ? "ON" : "OFF";
        return $swap ? $y . "[$s]" : "[$s]" . $y;
    };

sub new { my ($c, $on) = @_; bless { on => $on }, $c }

package main;

my $on = Flag->new(1);
my $off = Flag->new(0);
for my $f ($on, $off) {
    print "flag $f: ", ($f ? "true" : "false"), ", negated: ", (!$f ? "true" : "false"), ", numeric: ", $f + 0, "\n";
}
print "concat: " . $on . "\n";
print $off . " suffix\n";
print "eq: ", ($on eq "ON" ? "yes" : "no"), "\n";
my @flags = map { Flag->new($_ % 2) } 1 .. 5;
print "count on: ", scalar(grep { $_ } @flags), "\n";
print "sum: ", eval { my $s = 0; $s += $_ for @flags; $s }, "\n";
print "in string: @flags[0,1]\n";
print "overloaded? ", (overload::Overloaded($on) ? "yes" : "no"), "\n";
print "has str method: ", (overload::Method($on, '""') ? "yes" : "no"), "\n";
