# A fluent builder: methods returning $self, class methods as factories,
# accessors with defaults, a to_string through overload, and DOES/can
# checks on roles implemented by hand.
use strict;
use warnings;
package Query;
use overload '""' => \&to_string;
sub new { my ($class, $table) = @_; return bless { table => $table, where => [], order => undef, limit => undef }, $class }
sub from { my ($class, $t) = @_; return $class->new($t) }
sub where { my ($self, $cond) = @_; push @{ $self->{where} }, $cond; return $self }
sub order_by { $_[0]{order} = $_[1]; $_[0] }
sub limit { $_[0]{limit} = $_[1]; $_[0] }
sub to_string {
    my $self = shift;
    my $sql = "SELECT * FROM $self->{table}";
    $sql .= " WHERE " . join(" AND ", @{ $self->{where} }) if @{ $self->{where} };
    $sql .= " ORDER BY $self->{order}" if defined $self->{order};
    $sql .= " LIMIT $self->{limit}" if defined $self->{limit};
    return $sql;
}
sub DOES { my ($self, $role) = @_; return 1 if $role eq 'Stringable'; return $self->SUPER::DOES($role) }
package main;
my $q = Query->from('users')->where('age > 18')->where("name LIKE 'a%'")->order_by('name')->limit(10);
print "$q\n";
print Query->new('t'), "\n";
print "does Stringable: ", (Query->new('x')->DOES('Stringable') ? 1 : 0), " does Query: ", (Query->new('x')->DOES('Query') ? 1 : 0), " does Other: ", (Query->new('x')->DOES('Other') ? 1 : 0), "\n";
my @queries = map { Query->from($_)->limit($_ eq 'a' ? 1 : 2) } qw(a b);
print join("; ", @queries), "\n";
print "length: ", length($q), "\n";
