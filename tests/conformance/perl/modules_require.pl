# use of .pm files (found through @INC: `use lib 'lib'`), Exporter-style
# imports (@EXPORT and @EXPORT_OK), a module with its own import, a
# module's class and package variables.
use strict;
use warnings;
use lib 'lib';
use Omx::Shapes qw(area_of perimeter_of);
use Omx::Greeter qw(one two);
print "area_of: ", area_of(3, 4), " perimeter_of: ", perimeter_of(3, 4), "\n";
my $s = Omx::Shapes->new(w => 2, h => 5);
print "method: ", $s->area, " ref: ", ref($s), "\n";
print "version: $Omx::Shapes::VERSION ", Omx::Shapes->VERSION, "\n";
print greet("perl"), " imported: ", Omx::Greeter::imported(), "\n";
my $ok = eval "use Omx::Missing; 1";
print "missing module: ", ($ok ? "loaded" : ($@ =~ /^Can't locate Omx\/Missing\.pm in \@INC/ ? "not found" : "other: $@")), "\n";
