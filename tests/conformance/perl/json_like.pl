# A tiny serializer: nested data to a JSON-like string with sorted keys,
# quoting and escaping, numbers vs strings decided by looks_like_number,
# and a recursive pretty printer with indentation.
use strict;
use warnings;
use Scalar::Util qw(looks_like_number blessed);
sub to_json {
    my $d = shift;
    return 'null' unless defined $d;
    if (ref $d eq 'HASH') { return '{' . join(',', map { to_json("$_") . ':' . to_json($d->{$_}) } sort keys %$d) . '}' }
    if (ref $d eq 'ARRAY') { return '[' . join(',', map { to_json($_) } @$d) . ']' }
    return $d if looks_like_number($d);
    (my $s = $d) =~ s/(["\\])/\\$1/g;
    $s =~ s/\n/\\n/g;
    return qq{"$s"};
}
my $data = { name => 'omx', version => 1.5, tags => ['vm', 'gc', "quote\"d"], nested => { empty => [], none => undef, text => "two\nlines" }, count => 3 };
print to_json($data), "\n";
sub pretty {
    my ($d, $ind) = @_;
    $ind //= 0;
    my $pad = '  ' x $ind;
    if (ref $d eq 'HASH') { return "{\n" . join(",\n", map { "$pad  $_: " . pretty($d->{$_}, $ind + 1) } sort keys %$d) . "\n$pad}" }
    if (ref $d eq 'ARRAY') { return '[' . join(', ', map { pretty($_, $ind + 1) } @$d) . ']' }
    return defined $d ? $d : 'null';
}
print pretty({ a => 1, b => [1, 2], c => { d => 'x' } }), "\n";
print "numbers: ", join(",", map { looks_like_number($_) ? 'num' : 'str' } (1, '2.5', 'abc', '1e5', ' 3 ', '')), "\n";
