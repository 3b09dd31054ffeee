use strict;
use warnings;

print "before end\n";
my @x = (1, 2, 3);
print "sum: ", eval { my $s = 0; $s += $_ for @x; $s }, "\n";

=head1 NAME

end_marker - shows that POD and __END__ are skipped

=head1 DESCRIPTION

Anything here, even print "not run";

=cut

print "after pod\n";
__END__
print "never printed\n";
This is free text: { unbalanced ( brackets
