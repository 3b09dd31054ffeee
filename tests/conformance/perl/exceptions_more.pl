# Exceptions: die with objects and classes, rethrow, nested eval, $@
# cleared on success, local $@, die in DESTROY-free cleanup via local.
use strict;
use warnings;
package MyErr;
sub new { my ($class, %a) = @_; bless {%a}, $class }
sub throw { my $class = shift; die $class->new(@_) }
sub message { $_[0]{message} }
package NotFound; our @ISA = ('MyErr');
package main;
for my $case (1 .. 4) {
    my $r = eval {
        NotFound->throw(message => "no such thing") if $case == 1;
        MyErr->throw(message => "generic") if $case == 2;
        die "plain string\n" if $case == 3;
        "ok $case";
    };
    if (my $err = $@) {
        if (ref $err && $err->isa('NotFound')) { print "case $case: not found: ", $err->message, "\n" }
        elsif (ref $err && $err->isa('MyErr')) { print "case $case: my error: ", $err->message, "\n" }
        else { print "case $case: string: $err" }
    } else {
        print "case $case: result $r, \$@ is empty: ", ($@ eq '' ? 1 : 0), "\n";
    }
}
my $v = eval { eval { die "inner\n" }; print "inner: $@"; die "outer: $@" };
print "outer: $@";
eval { eval { die "deep\n" }; die $@ if $@ };
print "rethrown: $@";
my $line_msg = eval { die "no newline" } // $@;
print "with line: ", ($line_msg =~ /^no newline at \S+ line \d+\.$/ ? "yes" : "no"), "\n";
our $state = "clean";
sub risky { local $state = "dirty"; die "fail\n" }
eval { risky() };
print "state restored: $state\n";
my $ok = eval { 1 };
print "eval value: $ok, error empty: ", (length($@) == 0 ? 1 : 0), "\n";
{
    local $@ = "kept";
    eval { 1 };
    print "inside local: '$@'\n";
}
print "unwind through loop: ";
for my $i (1 .. 5) { eval { die "skip\n" if $i % 2; print $i }; }
print "\n";
