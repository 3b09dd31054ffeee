# A small simulation: a priority queue kept sorted, events processed in
# order with a hash of handlers, statistics at the end.
use strict;
use warnings;
my @queue;
sub schedule { my ($t, $what) = @_; @queue = sort { $a->[0] <=> $b->[0] || $a->[1] cmp $b->[1] } (@queue, [$t, $what]) }
my %stats;
my %handlers = (
    arrive => sub { my $t = shift; $stats{arrived}++; schedule($t + 3, 'serve') if $stats{arrived} <= 3 },
    serve  => sub { my $t = shift; $stats{served}++; schedule($t + 1, 'leave') },
    leave  => sub { $stats{left}++ },
);
schedule($_, 'arrive') for (0, 1, 2, 5);
my @log;
while (my $ev = shift @queue) {
    my ($t, $what) = @$ev;
    push @log, "$t:$what";
    $handlers{$what}->($t);
}
print "log: @log\n";
print "stats: ", join(", ", map { "$_=$stats{$_}" } sort keys %stats), "\n";
