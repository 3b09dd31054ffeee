# Polymorphism: an abstract base whose method dies unless overridden,
# subclasses computing area/perimeter, sorting shapes by area, class
# counts with a package hash, and stringification through a method.
use strict;
use warnings;
package Shape;
my %made;
sub new { my ($class, %a) = @_; $made{$class}++; return bless {%a}, $class }
sub area { my $s = shift; die ref($s) . " must implement area\n" }
sub name { lc ref shift }
sub to_string { my $s = shift; sprintf "%s(area=%.2f)", $s->name, $s->area }
sub made { join ",", map { "$_=$made{$_}" } sort keys %made }
package Circle; our @ISA = ('Shape'); sub area { 3.14159265358979 * $_[0]{r} ** 2 }
package Rect; our @ISA = ('Shape'); sub area { $_[0]{w} * $_[0]{h} }
package Square; our @ISA = ('Rect'); sub new { my ($c, %a) = @_; Shape::new($c, w => $a{side}, h => $a{side}) }
package Blob; our @ISA = ('Shape');
package main;
my @shapes = (Circle->new(r => 1), Rect->new(w => 2, h => 5), Square->new(side => 3), Circle->new(r => 0.5));
print join(" ", map { $_->to_string } sort { $a->area <=> $b->area } @shapes), "\n";
my $total = 0; $total += $_->area for @shapes;
printf "total area: %.3f\n", $total;
print "made: ", Shape::made(), "\n";
eval { Blob->new->area };
print "abstract: $@";
print "square isa rect: ", (Square->new(side => 1)->isa('Rect') ? 1 : 0), "\n";
