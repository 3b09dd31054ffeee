# A module with its own import (for modules_require.pl).
package Omx::Greeter;
use strict;
use warnings;
my @imported;
sub import { my ($class, @args) = @_; push @imported, @args; no strict 'refs'; my $caller = 'main'; *{"${caller}::greet"} = sub { "hello, $_[0]" }; }
sub imported { join ",", @imported }
1;
