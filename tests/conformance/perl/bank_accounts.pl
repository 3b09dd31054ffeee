# Inheritance with overridden validation: accounts with deposit/withdraw,
# a savings subclass with interest and limits calling SUPER, an overdraft
# subclass, polymorphic processing of a transaction list with eval.
use strict;
use warnings;
package Account;
my $next_id = 1;
sub new { my ($c, %a) = @_; bless { id => $next_id++, balance => 0, owner => $a{owner} }, $c }
sub deposit { my ($s, $amt) = @_; die "bad amount\n" unless $amt > 0; $s->{balance} += $amt; $s }
sub withdraw { my ($s, $amt) = @_; die "insufficient funds\n" if $amt > $s->available; $s->{balance} -= $amt; $s }
sub available { $_[0]{balance} }
sub describe { my $s = shift; sprintf "#%d %-5s %-9s %8.2f", $s->{id}, $s->{owner}, ref $s, $s->{balance} }
package Savings; our @ISA = ('Account');
sub withdraw { my ($s, $amt) = @_; die "limit exceeded\n" if $amt > 100; $s->SUPER::withdraw($amt) }
sub add_interest { my ($s, $rate) = @_; $s->{balance} *= 1 + $rate; $s }
package Overdraft; our @ISA = ('Account');
sub available { $_[0]{balance} + 50 }
package main;
my %acct = (ann => Account->new(owner => 'ann'), bob => Savings->new(owner => 'bob'), cy => Overdraft->new(owner => 'cy'));
my @tx = ([ann => deposit => 100], [bob => deposit => 500], [cy => deposit => 10], [ann => withdraw => 150],
          [bob => withdraw => 150], [bob => withdraw => 80], [cy => withdraw => 55], [ann => deposit => -5]);
for my $t (@tx) {
    my ($who, $op, $amt) = @$t;
    eval { $acct{$who}->$op($amt); 1 } or print "$who $op $amt failed: $@";
}
$acct{bob}->add_interest(0.05);
print $acct{$_}->describe, "\n" for sort keys %acct;
