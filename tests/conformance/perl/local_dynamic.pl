# local is dynamic scope: called subs see the temporary value; elements
# of hashes and arrays can be localised; the value returns on every exit.
use strict;
use warnings;
our $indent = 0;
our %opt = (verbose => 0, name => 'main');
our @stack = (1, 2, 3);
sub show { return ("  " x $indent) . "verbose=$opt{verbose} name=$opt{name} stack=@stack" }
sub nested {
    local $indent = $indent + 1;
    local $opt{verbose} = 1;
    local $stack[0] = 'top';
    my @lines = (show());
    if ($indent < 3) { push @lines, nested() }
    return @lines;
}
print "$_\n" for nested();
print show(), "\n";
sub with_new_key { local $opt{extra} = 'x'; return join(",", sort keys %opt) }
print "inside: ", with_new_key(), " after: ", join(",", sort keys %opt), "\n";
sub early { local $opt{name} = 'early'; return "returned with $opt{name}" if 1; "not reached" }
print early(), "; now $opt{name}\n";
eval { local $opt{name} = 'dying'; die "boom\n" };
print "after die: $opt{name}\n";
for my $i (1 .. 2) { local $indent = $i * 10; print "loop $indent\n" }
print "after loop: $indent\n";
{
    local @stack = ('only');
    print "block: @stack\n";
}
print "restored: @stack\n";
