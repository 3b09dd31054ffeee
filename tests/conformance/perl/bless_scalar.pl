use strict;
use warnings;

package Temperature;

sub new {
    my ($class, $celsius) = @_;
    my $value = $celsius;
    return bless \$value, $class;
}
sub celsius { ${ $_[0] } }
sub fahrenheit { my $self = shift; return $$self * 9 / 5 + 32 }
sub set { my ($self, $v) = @_; $$self = $v; return }

package main;

my $t = Temperature->new(100);
print "ref: ", ref($t), "\n";
print "C: ", $t->celsius, "\n";
print "F: ", $t->fahrenheit, "\n";
$t->set(-40);
print "C: ", $t->celsius, " F: ", $t->fahrenheit, "\n";
print "reftype looks scalar: ", ("$t" =~ /=SCALAR\(/ ? "yes" : "no"), "\n";
for my $c (0, 37, 21.5) {
    my $x = Temperature->new($c);
    printf "%5.1f C = %5.1f F\n", $x->celsius, $x->fahrenheit;
}
