# Filehandles on strings: reading line by line and in list context, printf to one.
my $text = "a\nb\nc\n";
open(my $fh, '<', \$text) or die;
my $first = <$fh>;
my @rest = <$fh>;
print "first=$first rest=", scalar(@rest), "\n";
my $out = '';
open(my $o, '>', \$out) or die;
printf $o "%03d|", $_ for 1..3;
close $o;
print "$out\n";
