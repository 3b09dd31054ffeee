# Special variables: $, $" $\ $_ $@ $0-free; @{[ ]} interpolation of
# expressions and method calls; local on special variables.
use strict;
use warnings;
package P; sub new { bless { n => 'pat' }, shift } sub name { $_[0]{n} }
package main;
my @list = (1, 2, 3);
{
    local $, = "-";
    local $\ = "!\n";
    print "a", "b", "c";
}
{
    local $" = ":";
    print "joined: @list\n";
}
print "default sep: @list\n";
my $p = P->new;
print "method in string: @{[ $p->name ]} and expr @{[ 2 * 21 ]}\n";
print <<"EOT";
Heredoc with ${\ $p->name} and $list[1] and @list[0,1] and $#list
EOT
for (qw(a b)) { print "topic $_\n" }
my @copy = map { uc } qw(x y);
print "map topic: @copy\n";
$_ = "global topic";
print "length of topic: ", length, "\n";
{
    local $_ = "localised";
    print "inside: $_\n";
}
print "after: $_\n";
my %h = (k => 'v');
print "hash in string: $h{k} $h{'k'} @h{'k'}\n";
my $ref = { list => [10, 20], inner => { x => 'deep' } };
print "deref in string: $ref->{list}[1] $$ref{inner}{x} @{$ref->{list}}\n";
my $email = 'user@example.com';
print "literal at: $email\n";
print 'single $quoted @not', "\n";
printf("%s=%d\n", "answer", 42);
print "escaped: \$x \@y \\ \t|\n";
