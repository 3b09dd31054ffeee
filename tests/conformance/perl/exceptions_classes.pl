use strict;
use warnings;

package Exception;
use overload '""' => sub { $_[0]->as_string }, fallback => 1;
sub new { my ($class, %args) = @_; return bless { message => $args{message} // "unknown", code => $args{code} // 0 }, $class }
sub throw { my $class = shift; die $class->new(@_) }
sub message { $_[0]{message} }
sub as_string { my $s = shift; return ref($s) . ": " . $s->message }

package IOError; our @ISA = ('Exception');
package ParseError; our @ISA = ('Exception');
sub as_string { my $s = shift; "Parse failed (code $s->{code}): $s->{message}" }

package main;

sub try_it {
    my ($code) = @_;
    my $ok = eval { $code->(); 1 };
    return "ok" if $ok;
    my $e = $@;
    return "caught " . (ref $e ? ref $e : "string") . " => $e";
}

print try_it(sub { IOError->throw(message => "disk full") }), "\n";
print try_it(sub { ParseError->throw(message => "bad token", code => 7) }), "\n";
print try_it(sub { die "plain\n" });
print try_it(sub { 1 }), "\n";
for my $class (qw(IOError ParseError Exception)) {
    eval { $class->throw(message => "test") };
    my $err = $@;
    my $kind = $err->isa('ParseError') ? "parse" : $err->isa('IOError') ? "io" : "generic";
    print "$class -> $kind\n";
}
my $nested = eval {
    eval { IOError->throw(message => "inner") };
    my $inner = $@;
    ParseError->throw(message => "wrapped " . $inner->message, code => 99);
};
print "nested: $@\n";
local $@ = "";
print "die with hash: ", (eval { die { reason => "hashy" } } // $@->{reason}), "\n";
