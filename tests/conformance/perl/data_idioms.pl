# Everyday data idioms: push through autovivification, slices, do-while, heredocs (<<~ too), sprintf, number formatting, sort with or.
use strict; use warnings;
my %h;
push @{ $h{list} }, 1, 2;
print "list: @{$h{list}}\n";
my @a = (3,1,2);
my @s = sort { $a <=> $b } @a;
print "@s\n";
my $r = \@a;
print "last: $$r[-1] $#{$r} ", scalar(@$r), "\n";
for my $i (0..$#a) { next if $i == 1; print "i=$i " } print "\n";
my $i = 0;
do { $i++ } while ($i < 5);
print "i=$i\n";
my $str = sprintf("%-10s|", "hi");
print "$str\n";
local $_ = "topic";
print "topic: $_\n";
for (qw(a b)) { print; } print "\n";
my @arr = map { [$_, $_ * 2] } 1..3;
print join(",", map { $_->[1] } @arr), "\n";
my %hh = map { $_ => 1 } qw(x y);
print join(",", sort keys %hh), "\n";
print "chained ternary: ", (5 > 3 ? "a" : 5 > 1 ? "b" : "c"), "\n";
my $text = <<"END";
Hello $a[0]
  indented
END
print $text;
print <<~EOT;
    stripped
      two
    EOT
my ($x, $y) = (10, 3);
printf "%d %d %.2f %d\n", $x / $y, $x % $y, $x / $y, -$x / $y;
print "int: ", int(-3.7), " ", int(3.7), "\n";
print "join nums: ", join(",", 1.0, 2.50, 1e3, 0.1*3, 1/7), "\n";
my @e = (1) x 3; print "@e\n";
my $s2 = "abc"; $s2 .= "def" for 1..2; print "$s2\n";
print "ucwords: ", join(" ", map { ucfirst lc } qw(hELLO wORLD)), "\n";
my @sorted = sort { $a->{n} <=> $b->{n} or $a->{s} cmp $b->{s} } ({n=>2,s=>"b"},{n=>1,s=>"z"},{n=>2,s=>"a"});
print join(" ", map { "$_->{n}$_->{s}" } @sorted), "\n";
my $cnt = grep { /a/ } qw(apple banana cherry);
print "cnt=$cnt\n";
print "nested: ", join("|", map { join(",", @$_) } ([1,2],[3])), "\n";
my %deep = (a => {b => {c => 42}});
print "deep: $deep{a}{b}{c} $deep{a}->{b}->{c}\n";
my @keys = sort { $deep{$a} cmp $deep{$b} } keys %deep;
print "string cmp chain ok\n" if "abc" lt "abd" and "b" gt "a";
print "num eq: ", (1.0 == 1 ? "y" : "n"), " str ne: ", ("1.0" ne "1" ? "y" : "n"), "\n";
