use strict;
use warnings;

package Base;
sub new { my $c = shift; bless {@_}, $c }
sub greet { "Base::greet" }
sub only_base { "only in base" }

package Mid;
use parent -norequire, 'Base';
sub greet { my $s = shift; "Mid>" . $s->SUPER::greet() }

package Leaf;
use parent -norequire, 'Mid';
sub greet { my $s = shift; "Leaf>" . $s->SUPER::greet() }

package main;

my $leaf = Leaf->new(x => 1);
print $leaf->greet, "\n";
print $leaf->only_base, "\n";
for my $class (qw(Base Mid Leaf)) {
    for my $target (qw(Base Mid Leaf)) {
        print "$class isa $target: ", ($class->isa($target) ? 1 : 0), "\n";
    }
}
for my $m (qw(greet only_base missing new)) {
    my $code = Leaf->can($m);
    print "Leaf can $m: ", ($code ? "yes" : "no"), "\n";
}
my $greet = $leaf->can('greet');
print "call via can: ", $leaf->$greet(), "\n";
print "UNIVERSAL::isa: ", (UNIVERSAL::isa($leaf, 'Base') ? 1 : 0), "\n";
print "UNIVERSAL::can on hash: ", (UNIVERSAL::can({}, 'greet') ? 1 : 0), "\n";
print "isa HASH: ", (UNIVERSAL::isa($leaf, 'HASH') ? 1 : 0), "\n";
print "DOES: ", ($leaf->DOES('Mid') ? 1 : 0), "\n";
my $m = "greet";
print "string method: ", Leaf->can($m)->($leaf), "\n";
print "class method via string: ", "Leaf"->greet, "\n";
print "ref(\$leaf): ", ref($leaf), "\n";
use Scalar::Util qw(blessed reftype);
print "blessed: ", blessed($leaf), " reftype: ", reftype($leaf), "\n";
print "blessed plain: ", (defined blessed({}) ? "yes" : "no"), "\n";
