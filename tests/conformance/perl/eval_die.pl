use strict;
use warnings;

my $r = eval { die "plain error\n"; 1 };
print "r undefined\n" unless defined $r;
print "caught: $@";

eval { my $x = 1; my $y = 0; my $z = $x / $y; };
print "div: ", ($@ =~ /division by zero/ ? "yes" : "no"), "\n";

eval { die { code => 404, msg => "not found" } };
print "hash error: $@->{code} $@->{msg}\n";

package MyError;
sub new { my ($class, %a) = @_; return bless {%a}, $class }
sub throw { my $class = shift; die $class->new(@_) }
sub message { $_[0]{message} }

package NotFound;
our @ISA = ('MyError');

package main;

for my $class (qw(MyError NotFound)) {
    eval { $class->throw(message => "from $class") };
    if (my $err = $@) {
        if (ref $err && $err->isa('NotFound')) {
            print "NotFound: ", $err->message, "\n";
        } elsif (ref $err && $err->isa('MyError')) {
            print "MyError: ", $err->message, "\n";
        }
    }
}

my $ok = eval { 42 };
print "ok: $ok, error empty: ", ($@ eq '' ? "yes" : "no"), "\n";

sub risky { my $n = shift; die "negative\n" if $n < 0; return sqrt($n) }
for my $n (16, -1, 9) {
    my $v = eval { risky($n) } // "failed: $@";
    chomp $v;
    print "risky($n) = $v\n";
}

eval { eval { die "inner\n" }; print "inner caught: $@"; die "outer\n" };
print "outer caught: $@";

local $@;
my $res = eval "1 + 2 * 3";
print "string eval: $res\n";
eval "die 'in string'";
print "string eval error: ", ($@ =~ /^in string/ ? "yes" : "no"), "\n";
eval { warn "to stderr\n"; };
print "done\n";
