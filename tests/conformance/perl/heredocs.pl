use strict;
use warnings;

my $name = "Perl";
my %info = (version => "5.36");

print <<"EOT";
Hello, $name!
Version: $info{version}
EOT

print <<'RAW';
No $interpolation here\n
RAW

print <<EOT;
Bare heredoc for $name
EOT

print <<~INDENTED;
    Indented heredoc
      keeps relative indent
    for $name
    INDENTED

print <<A, <<B;
first A
A
second B
B

my $text = lc(<<END) . "tail\n";
SHOUT
END
print $text;

my @lines = split /\n/, <<~LIST;
  one
  two
  three
  LIST
print scalar(@lines), ": @lines\n";

sub show { my ($label, $body) = @_; print "[$label] $body" }
show("doc", <<"DOC");
inside a call: @{[ 1 + 2 ]}
DOC
