# Cleanup on every exit: a guard pattern with local and eval, try/catch
# emulation with rethrow filtering by class, die in nested subs unwinding
# loops, and $@ after a successful eval inside an error handler.
use strict;
use warnings;
package E::Base; sub new { my ($c, $m) = @_; bless { m => $m }, $c } sub m { $_[0]{m} } sub throw { die $_[0]->new($_[1]) }
package E::IO; our @ISA = ('E::Base');
package E::Parse; our @ISA = ('E::Base');
package main;
our $depth = 0;
sub try_catch {
    my ($try, %catch) = @_;
    my @r = eval { $try->() };
    my $err = $@;
    return @r unless $err;
    for my $class (sort keys %catch) {
        return $catch{$class}->($err) if ref $err && $err->isa($class);
    }
    die $err;
}
sub parse { local $depth = $depth + 1; E::Parse->throw("bad token at depth $depth") }
sub read_file { local $depth = $depth + 1; E::IO->throw("cannot read") }
print try_catch(sub { parse() }, 'E::Parse' => sub { "caught parse: " . $_[0]->m }), "\n";
print try_catch(sub { read_file() }, 'E::Base' => sub { "caught base: " . ref($_[0]) }), "\n";
print "depth after: $depth\n";
my $ok = eval { try_catch(sub { read_file() }, 'E::Parse' => sub { "wrong" }); 1 };
print "rethrown: ", ($ok ? "no" : ref($@) . " " . $@->m), "\n";
my @done;
for my $i (1 .. 5) {
    eval { die "odd\n" if $i % 2; push @done, $i; 1 } or push @done, "e$i";
}
print "loop: @done\n";
my $r = eval { eval { die "inner\n" }; "outer ok after: $@" };
print "$r";
print "final \$\@ empty: ", ($@ eq '' ? 1 : 0), "\n";
