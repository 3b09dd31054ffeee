# %SIG{__WARN__} and %SIG{__DIE__} handlers (localised).
use strict; use warnings;
my @warnings;
{
    local $SIG{__WARN__} = sub { push @warnings, $_[0] };
    warn "first\n";
    warn "second";
}
print "caught ", scalar(@warnings), ": $warnings[0]";
print "second has line: ", ($warnings[1] =~ /^second at .* line \d+\.$/ ? "yes" : "no"), "\n";
my $seen = '';
local $SIG{__DIE__} = sub { $seen = "handler saw: $_[0]" };
eval { die "oops\n" };
print $seen, "error: $@";
