use strict;
use warnings;

package Employee;
my $count = 0;
sub new {
    my ($class, %args) = @_;
    my $self = bless { name => $args{name}, salary => $args{salary} || 1000 }, $class;
    $count++;
    return $self;
}
sub count { $count }
sub pay { $_[0]{salary} }
sub title { "Employee" }
sub describe { my $s = shift; sprintf("%-8s %-10s %6d", $s->title, $s->{name}, $s->pay) }

package Manager;
use parent -norequire, 'Employee';
sub new {
    my ($class, %args) = @_;
    my $self = Employee::new($class, %args);
    $self->{reports} = $args{reports} || [];
    return $self;
}
sub title { "Manager" }
sub pay { my $s = shift; $s->SUPER::pay() + 100 * @{ $s->{reports} } }

package Director;
use parent -norequire, 'Manager';
sub title { "Director" }
sub pay { my $s = shift; int($s->SUPER::pay() * 1.5) }

package main;

my @staff = (
    Employee->new(name => "ann", salary => 1200),
    Employee->new(name => "bo"),
);
my $m = Manager->new(name => "cy", salary => 2000, reports => [@staff]);
my $d = Director->new(name => "di", salary => 3000, reports => [$m]);
print $_->describe, "\n" for @staff, $m, $d;
print "headcount: ", Employee->count, "\n";
my $total = 0;
$total += $_->pay for @staff, $m, $d;
print "payroll: $total\n";
print "ref chain: ", join(" -> ", ref($d), @Director::ISA, @Manager::ISA), "\n";
