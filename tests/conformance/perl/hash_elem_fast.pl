# $h{KEY} and $r->{KEY} with a constant key (a cached field access in omx):
# every kind of value on the left, at one site, must behave as perl says.
use strict;
use warnings;

package Counter;
sub new { my ($class, %a) = @_; return bless { count => 0, %a }, $class; }
sub add { my ($self, $x) = @_; $self->{count} += $x; return $self->{count}; }

package Swapped;
use overload '%{}' => sub { return { count => 'from overload' } }, fallback => 1;
sub new { return bless [], shift }

package main;

sub get_count { my ($r) = @_; return $r->{count}; }
sub set_count { my ($r, $v) = @_; $r->{count} = $v; return; }
sub show { my ($x) = @_; return defined $x ? "<$x>" : 'undef'; }

# Hashes of different shapes through one site.
my @hashes = (
    { count => 1 },
    { other => 2, count => 3 },
    { a => 1, b => 2, c => 3, count => 4 },
    {},
    Counter->new,
    Counter->new(extra => 1),
);
for my $h (@hashes) {
    print show(get_count($h)), "\n";
}
# Writes: existing keys, new keys (shape changes), undef values.
for my $h (@hashes) {
    set_count($h, 7);
    print show(get_count($h)), " ", join(",", sort keys %$h), "\n";
}
set_count($hashes[0], undef);
print show(get_count($hashes[0])), " ", (exists $hashes[0]{count} ? "exists" : "gone"), "\n";
delete $hashes[1]{count};
print show(get_count($hashes[1])), " ", join(",", sort keys %{ $hashes[1] }), "\n";
set_count($hashes[1], 'back');
print show(get_count($hashes[1])), "\n";

# A method that updates a field, many times (the cache warms up).
my $c = Counter->new;
$c->add($_) for 1 .. 100;
print "count $c->{count}\n";

# %{} overloading on a blessed array: the handler's hash.
my $s = Swapped->new;
print show(get_count($s)), "\n";

# Not a hash reference: the error names it, at the same site.
for my $bad ([1, 2], \"x", sub { 1 }, \my @arr) {
    my $ok = eval { get_count($bad); 1 };
    my $err = $@;
    $err =~ s/ at .*//s;
    print "error: $err\n" unless $ok;
}
my $ok = eval { set_count([1], 2); 1 };
(my $err = $@) =~ s/ at .*//s;
print "set error: $err\n" unless $ok;

# undef: an rvalue read gives undef; a write autovivifies.
my $u;
print show($u->{count}), "\n";
$u->{count} = 5;
print ref($u), " ", $u->{count}, "\n";
my %plain = (count => 9);
print "plain $plain{count}\n";
$plain{count} += 1;
$plain{new} .= "x";
$plain{new} .= "y";
print "plain $plain{count} $plain{new}\n";

# Keys that look like numbers, and quoted keys.
my %n = ('1' => 'one', '01' => 'zero-one');
print "$n{1} $n{'01'} $n{01}\n";

# A hash changed to many keys (past the shaped size) through one site.
my %big;
$big{"k$_"} = $_ for 1 .. 100;
$big{count} = 'big';
print show(get_count(\%big)), "\n";

# Nested autovivification in an lvalue; rvalue chains on missing levels.
my %deep;
$deep{a}{b}{count} = 1;
print join(",", keys %{ $deep{a} }), " ", $deep{a}{b}{count}, "\n";
my $missing = $deep{x}{y};
print show($missing), "\n";

# local on an element read through the cached site.
our %g = (count => 'global');
sub read_g { return $g{count} }
sub with_local { local $g{count} = 'local'; return read_g(); }
print with_local(), " ", read_g(), "\n";

# defined is a test of undef only: 0, "" and "0" are defined.
for my $v (undef, 0, '', '0', 'x', []) {
    print defined($v) ? 1 : 0;
}
print "\n";
my %d = (u => undef, z => 0);
print defined $d{u} ? "d" : "u", defined $d{z} ? "d" : "u", defined $d{none} ? "d" : "u", "\n";
print "defined value: '", defined(undef), "' '", defined(1), "'\n";

# Symbolic references (no strict 'refs'): the package hash of that name.
{
    no strict 'refs';
    our %sym = (count => 'symbolic');
    sub sym_get { my ($r) = @_; return $r->{count}; }
    sub sym_set { my ($r, $v) = @_; $r->{count} = $v; return; }
    print show(sym_get('main::sym')), " ", show(sym_get({ count => 'real' })), "\n";
    sym_set('main::sym', 'written');
    print "$sym{count}\n";
}
