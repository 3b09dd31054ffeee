# A toy stack machine interpreter in Perl: tokenizing with split, a
# dispatch hash of closures, labels and jumps, and output collection.
use strict;
use warnings;
my $program = <<'END';
push 1
store i
label loop
load i
print
load i
push 1
add
store i
load i
push 6
lt
jnz loop
push 42
print
END
my @code = map { [split ' '] } grep { /\S/ } split /\n/, $program;
my %labels; for my $pc (0 .. $#code) { $labels{ $code[$pc][1] } = $pc if $code[$pc][0] eq 'label' }
my (@stack, %mem, @out);
my $pc = 0;
my %op = (
    push  => sub { push @stack, $_[0] },
    store => sub { $mem{ $_[0] } = pop @stack },
    load  => sub { push @stack, $mem{ $_[0] } },
    add   => sub { my $b = pop @stack; my $a = pop @stack; push @stack, $a + $b },
    lt    => sub { my $b = pop @stack; my $a = pop @stack; push @stack, $a < $b ? 1 : 0 },
    print => sub { push @out, pop @stack },
    label => sub { },
    jnz   => sub { $pc = $labels{ $_[0] } if pop @stack },
);
my $steps = 0;
while ($pc < @code) {
    my ($name, $arg) = @{ $code[$pc++] };
    $op{$name}->($arg);
    last if ++$steps > 1000;
}
print "output: @out\n";
print "steps: $steps, i = $mem{i}\n";
