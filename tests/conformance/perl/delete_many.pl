# Deleting hash keys: many deletions stay cheap, and every view agrees
# (scalar keys, exists, sorted keys, values, each, slices, delete's value).
use strict;
use warnings;
my %h = map { ($_ => $_ * 2) } 1 .. 50000;
for (my $i = 2; $i <= 50000; $i += 2) { delete $h{$i}; }
my @k = sort { $a <=> $b } keys %h;
print scalar(keys %h), " ", exists $h{2} ? "yes" : "no", " ", exists $h{3} ? "yes" : "no", " @k[0..4]\n";
my @gone = delete @h{1, 3, 5};
print "@gone ", scalar(keys %h), "\n";
for my $k (keys %h) { delete $h{$k}; }
print scalar(keys %h), " ", (%h ? "true" : "false"), "\n";
$h{again} = 1;
print join(",", keys %h), "\n";

my %words = map { ("w$_" => $_) } 0 .. 2999;
delete $words{"w$_"} for grep { $_ % 3 == 0 } 0 .. 2999;
$words{w0} = "back";
my $sum = 0;
while (my ($k, $v) = each %words) { $sum += $v =~ /^\d+$/ ? $v : 1000000; }
print scalar(keys %words), " $sum ", join(",", (sort keys %words)[0 .. 3]), "\n";

my $obj = bless { map { ("f$_" => $_) } 0 .. 99 }, "Bag";
delete $obj->{"f$_"} for grep { $_ % 2 == 0 } 0 .. 99;
print scalar(keys %$obj), " ", ref($obj), " ", exists $obj->{f2} ? 1 : 0, " $obj->{f1}\n";
