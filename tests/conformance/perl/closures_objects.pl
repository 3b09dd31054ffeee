# Objects made of closures (inside-out style state, private methods via
# lexical subs in variables), an event emitter with callbacks stored in a
# hash of arrays, and callbacks receiving the emitter.
use strict;
use warnings;
sub make_account {
    my $balance = shift;
    my $log = [];
    my $record = sub { push @$log, join(" ", @_) };
    return {
        deposit  => sub { $balance += $_[0]; $record->("in", $_[0]); $balance },
        withdraw => sub { die "insufficient\n" if $_[0] > $balance; $balance -= $_[0]; $record->("out", $_[0]); $balance },
        balance  => sub { $balance },
        history  => sub { @$log },
    };
}
my $acct = make_account(100);
$acct->{deposit}->(50);
$acct->{withdraw}->(30);
eval { $acct->{withdraw}->(1000) };
print "error: $@";
print "balance: ", $acct->{balance}->(), " history: ", join("; ", $acct->{history}->()), "\n";
package Emitter;
sub new { bless { handlers => {} }, shift }
sub on { my ($s, $ev, $cb) = @_; push @{ $s->{handlers}{$ev} }, $cb; return $s }
sub emit { my ($s, $ev, @args) = @_; return map { $_->($s, @args) } @{ $s->{handlers}{$ev} || [] } }
package main;
my $e = Emitter->new;
my $seen = 0;
$e->on(greet => sub { my ($self, $who) = @_; $seen++; "hello $who" })
  ->on(greet => sub { "hi $_[1] from " . ref $_[0] })
  ->on(count => sub { $seen });
print join(" | ", $e->emit('greet', 'ann')), "\n";
print "count: ", $e->emit('count'), " none: ", scalar(my @n = $e->emit('nothing')), "\n";
