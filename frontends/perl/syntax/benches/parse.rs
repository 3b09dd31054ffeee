//! Parse a generated 10,000-line Perl program (packages, subs, loops,
//! strings with interpolation, regexes, hashes, method calls).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// One generated class: about 50 lines of everyday Perl.
fn class_source(i: usize) -> String {
    format!(
        r#"package Shape{i};
use parent -norequire, 'Base';

sub new {{
    my ($class, %args) = @_;
    my $self = bless {{ name => $args{{name}} // "shape{i}", sides => $args{{sides}} || {i} % 7 + 3 }}, $class;
    $self->{{points}} = [ map {{ [$_, $_ * 2] }} 1 .. $self->{{sides}} ];
    return $self;
}}

sub area ($self, $scale = 1) {{
    my $total = 0;
    for my $p (@{{ $self->{{points}} }}) {{
        $total += $p->[0] * $p->[1] * $scale;
    }}
    return $total / 2;
}}

sub describe {{
    my $self = shift;
    my @parts = grep {{ defined }} ($self->{{name}}, $self->{{sides}});
    return sprintf("%s has %d sides (area %.2f)", @parts, $self->area);
}}

sub report {{
    my ($self, $fh) = @_;
    my %seen;
    foreach my $k (sort keys %$self) {{
        next if $seen{{$k}}++;
        print {{$fh}} "$k => $self->{{$k}}\n" if ref $self->{{$k}} eq '';
    }}
    my $text = join ', ', map {{ "<$_>" }} qw(a b c);
    if ($text =~ /<(\w)>/ && length $text > 3) {{
        $text =~ s/<(\w)>/[$1]/g;
    }} elsif (!defined $text) {{
        die "no text\n";
    }} else {{
        warn "odd\n" unless $text;
    }}
    my $i = 0;
    while ($i < 10) {{ $i++; last if $i > 5 }}
    return wantarray ? ($text, $i) : $text;
}}

package main;
my $s{i} = Shape{i}->new(name => 'n{i}', sides => {i});
print $s{i}->describe, "\n" if $s{i}->can('describe');

"#
    )
}

fn program(lines: usize) -> String {
    let mut out = String::from("use strict;\nuse warnings;\n");
    let mut i = 0;
    while out.lines().count() < lines {
        out.push_str(&class_source(i));
        i += 1;
    }
    out
}

fn bench_parse(c: &mut Criterion) {
    let source = program(10_000);
    let lines = source.lines().count();
    if let Err(error) = omx_perl_syntax::parse(&source, "bench.pl") {
        panic!("generated program does not parse: {error:?}");
    }
    let mut group = c.benchmark_group("perl");
    group.throughput(Throughput::Elements(lines as u64));
    group.bench_function(format!("parse {lines} lines"), |b| {
        b.iter(|| omx_perl_syntax::parse(std::hint::black_box(&source), "bench.pl"))
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
