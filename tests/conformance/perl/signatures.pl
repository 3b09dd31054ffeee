use v5.36;

sub add ($x, $y) { return $x + $y }
sub greet ($name, $greeting = "Hello") { return "$greeting, $name!" }
sub total ($first, @rest) { my $t = $first; $t += $_ for @rest; return $t }
sub opts ($self, %o) { return join(",", map { "$_=$o{$_}" } sort keys %o) }
sub noargs () { return "none" }

say add(2, 3);
say greet("Ada");
say greet("Bob", "Hi");
say total(1, 2, 3, 4);
say opts(undef, b => 2, a => 1);
say noargs();
my $anon = sub ($n) { $n * 2 };
say $anon->(21);
eval { add(1) };
say "arity error: ", ($@ =~ /Too few arguments/ ? "yes" : "no");
sub with_proto :prototype($$) { return $_[0] . $_[1] }
say with_proto("a", "b");
my @list = map { $_ * 3 } 1 .. 3;
say "@list";
say for qw(x y);
package Pt {
    sub new ($class, %args) { return bless { x => $args{x} // 0, y => $args{y} // 0 }, $class }
    sub str ($self) { return "($self->{x},$self->{y})" }
}
say Pt->new(x => 1, y => 2)->str;
say Pt->new->str;
