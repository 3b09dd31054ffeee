# References: refs to refs (REF), code refs in data, ref equality,
# arrays of refs modified through aliases, \ on a list, anonymous nested
# structures copied deeply, ref() of each kind.
use strict;
use warnings;
my $x = 10;
my $r = \$x;
my $rr = \$r;
print "ref kinds: ", join(" ", ref(\1), ref($r), ref($rr), ref([]), ref({}), ref(sub {}), ref(\my @a), ref(\my %h)), "\n";
$$$rr = 20;
print "through ref to ref: $x\n";
my @refs = \(my $p, my $q);
${ $refs[0] } = 'P'; ${ $refs[1] } = 'Q';
print "list of refs: $p $q\n";
my $same = $r;
print "equal refs: ", ($same == $r ? "yes" : "no"), " different: ", (\$x == \my $y ? "yes" : "no"), "\n";
my %dispatch = (double => sub { 2 * shift }, square => sub { $_[0] ** 2 });
print "table: ", join(",", map { "$_:" . $dispatch{$_}->(7) } sort keys %dispatch), "\n";
sub deep_copy { my $d = shift; ref $d eq 'HASH' ? { map { $_ => deep_copy($d->{$_}) } keys %$d } : ref $d eq 'ARRAY' ? [ map { deep_copy($_) } @$d ] : $d }
my $orig = { list => [1, [2, 3]], name => 'o' };
my $copy = deep_copy($orig);
$copy->{list}[1][0] = 99;
print "deep copy independent: $orig->{list}[1][0] vs $copy->{list}[1][0]\n";
my @matrix = map { [ (0) x 3 ] } 1 .. 2;
$matrix[1][2] = 5;
print "rows independent: ", join(" ", map { join("", @$_) } @matrix), "\n";
my $code = \&deep_copy;
print "named code ref: ", ref($code), " ", scalar(@{ $code->([4, 5, 6]) }), "\n";
my $aref = [1, 2, 3];
my @alias = @$aref;
push @alias, 4;
print "copy vs ref: ", scalar(@$aref), " ", scalar(@alias), "\n";
