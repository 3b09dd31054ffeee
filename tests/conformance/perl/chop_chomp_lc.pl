# chomp/chop on scalars, arrays and assignments; lc/uc/lcfirst/ucfirst;
# length on undef-free strings; repeat and reverse; index/rindex with
# positions; substr with negative arguments.
use strict;
use warnings;
my $line = "text\n";
my $n = chomp($line);
print "chomp removed $n: [$line]\n";
my $none = "text";
print "chomp nothing: ", chomp($none), "\n";
my @lines = ("a\n", "b\n", "c");
my $count = chomp(@lines);
print "chomp array: $count [@lines]\n";
chomp(my $assigned = "value\n");
print "chomp assignment: [$assigned]\n";
my $word = "hello";
my $ch = chop($word);
print "chop: $ch [$word]\n";
print "cases: ", lc("MiXeD"), " ", uc("MiXeD"), " ", lcfirst("ABC"), " ", ucfirst("abc"), "\n";
my $s = "hello world hello";
print "index: ", index($s, "hello"), " ", index($s, "hello", 1), " ", index($s, "nope"), "\n";
print "rindex: ", rindex($s, "hello"), " ", rindex($s, "hello", 11), " ", rindex($s, "o"), "\n";
print "substr negative: ", substr($s, -5), " ", substr($s, -11, 5), " ", substr($s, 0, -6), "\n";
print "repeat: ", "ab" x 3, " ", "-" x 0, "|\n";
print "reverse: ", scalar(reverse("abc")), " ", join("", reverse(split //, "xyz")), "\n";
print "sprintf lc: ", sprintf("%s", lc "ABC"), "\n";
print "length: ", length("four"), " ", length(""), " ", length(12345), "\n";
