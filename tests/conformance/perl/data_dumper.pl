# Data::Dumper with Sortkeys, Indent 2 and 1, Terse, blessed referents.
use Data::Dumper;
$Data::Dumper::Sortkeys = 1;
my $d = { name => 'x', list => [1, 2, [3, 'four']], n => 1.5, u => undef, h => {} , neg => -3};
print Dumper($d);
print Dumper([1, 'a'], "str");
{ local $Data::Dumper::Indent = 1; print Dumper($d); }
$Data::Dumper::Terse = 1;
print Dumper(bless({a => 1}, 'Foo'));
print Dumper("plain"), Dumper(42);
