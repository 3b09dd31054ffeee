# Everyday class idioms: constructors via ref($class) || $class, can() before calling, sort by a method, dynamic method names, glob-installed subs, errors of method calls.
package Counter;
use strict; use warnings;
my $instances = 0;
sub new { my $class = shift; my $self = bless { count => 0, @_ }, ref($class) || $class; $instances++; return $self }
sub instances { $instances }
sub inc { my $self = shift; $self->{count} += shift // 1; $self }
sub count { $_[0]{count} }
package Shape;
sub new { my ($class, %a) = @_; my $self = bless {%a}, $class; $self->init if $self->can('init'); $self }
sub area { 0 }
sub describe { my $s = shift; sprintf("%s with area %.2f", ref $s, $s->area) }
package Circle;
use parent -norequire, 'Shape';
sub init { $_[0]{r} //= 1 }
sub area { 3.14159265 * $_[0]{r} ** 2 }
package Square;
our @ISA = ('Shape');
sub area { $_[0]{side} ** 2 }
package main;
my $c = Counter->new;
$c->inc->inc(5);
print $c->count, " ", Counter->instances, " ", Counter::instances(), "\n";
my $c2 = $c->new(count => 10);
print ref($c2), " ", $c2->count, "\n";
for my $s (Circle->new(r => 2), Square->new(side => 3), Circle->new) {
    print $s->describe, "\n";
}
my @shapes = sort { $a->area <=> $b->area } (Circle->new(r => 2), Square->new(side => 3));
print join(",", map { ref } @shapes), "\n";
my $m = "area";
print "dyn: ", Square->new(side => 2)->$m, "\n";
my $cr = Square->can('area');
print "can call: ", $cr->(Square->new(side => 5)), "\n";
print "isa: ", (Circle->new->isa('Shape') ? 1 : 0), "\n";
eval { Square->new->nosuch };
print "err: $@";
eval { my $u; $u->foo };
print "err2: $@";
print "class method string: ", "Circle"->can('init') ? "yes\n" : "no\n";
{
    no strict 'refs';
    *{"Square::perimeter"} = sub { 4 * $_[0]{side} };
}
print "perimeter: ", Square->new(side => 2)->perimeter, "\n";
print "stringify: ", (Counter->new =~ /^Counter=HASH/ ? "ok" : "bad"), "\n";
my $data = { name => 'x', items => [1,2,3] };
my $copy = { %$data, items => [ @{ $data->{items} } ] };
push @{ $copy->{items} }, 4;
print scalar(@{ $data->{items} }), " ", scalar(@{ $copy->{items} }), "\n";
