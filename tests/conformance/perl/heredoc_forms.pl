# Here-documents: quoted and unquoted terminators, indented (<<~), several
# on one line, interpolation of expressions, and as function arguments.
use strict;
use warnings;
my $name = "omx";
my @items = qw(one two);
print <<EOT;
Plain $name with @items
  and $items[1]
EOT
print <<'RAW';
Raw $name @items \n stays
RAW
print <<"QQ" . "after\n";
Quoted "$name"
QQ
print lc(<<A), uc(<<B);
First HEREDOC
A
second heredoc
B
my $indented = <<~INDENT;
    level one
      level two
    back
    INDENT
print $indented;
sub wrap { my $t = shift; chomp $t; return "[$t]\n" }
print wrap(<<X);
wrapped text
X
my %h = (k => 'v');
print <<EOT;
hash $h{k} expr @{[ scalar(@items) + 1 ]} method-free
EOT
