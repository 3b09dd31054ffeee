# A module for modules_require.pl: a class, and functions for Exporter.
package Omx::Shapes;
use strict;
use warnings;
use Exporter 'import';
our @EXPORT_OK = qw(area_of perimeter_of);
our @EXPORT = qw(area_of);
our $VERSION = '1.02';
sub new { my ($class, %a) = @_; return bless {%a}, $class }
sub area { my $s = shift; return $s->{w} * $s->{h} }
sub area_of { my ($w, $h) = @_; return $w * $h }
sub perimeter_of { my ($w, $h) = @_; return 2 * ($w + $h) }
1;
