//! Parses a generated 10,000-line Python program.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// About 10,000 lines of varied, realistic statements.
fn program() -> String {
    let mut out = String::new();
    let mut block = 0;
    while out.lines().count() < 10_000 {
        out.push_str(&format!(
            r#"class Shape{block}(Base, metaclass=Meta):
    """A shape, number {block}."""
    sides = {block} % 7 + 3

    def __init__(self, width, height=1.5, *args, scale=1, **options):
        self.width = width
        self.height = height
        self.tags = [t.upper() for t in options.get("tags", []) if t]

    @property
    def area(self):
        return self.width * self.height * (1 + self.sides ** 2) / 2

    def describe(self, verbose=False):
        if verbose and self.area > 10:
            return f"{{type(self).__name__}}: {{self.area:.2f}} ({{self.sides!r}})"
        elif self.area <= 0:
            raise ValueError("empty shape")
        else:
            return "shape %d" % self.sides


def compute{block}(items, limit=0x{block:x}):
    total = 0
    for i, item in enumerate(items):
        if i % 2 == 0 and item not in (None, 0):
            total += item * i
        elif item is None:
            continue
        else:
            total -= item // 3
    while total > limit:
        total >>= 1
    try:
        ratio = total / len(items)
    except ZeroDivisionError as exc:
        ratio = float("nan")
    finally:
        done = True
    squares = {{k: v ** 2 for k, v in zip(range(10), items)}}
    evens = [x for x in items if x % 2 == 0]
    pairs = sorted(squares.items(), key=lambda kv: (-kv[1], kv[0]))
    return total, ratio, evens, pairs[:3]


result{block} = compute{block}([1, 2, 3, 4, 5, {block}], limit=1_000)
print(result{block}, Shape{block}(2, 3).describe(verbose=True))

"#
        ));
        block += 1;
    }
    out
}

fn bench_parse(c: &mut Criterion) {
    let source = program();
    let lines = source.lines().count() as u64;
    assert!(omx_python_syntax::parse(&source, "bench.py").is_ok());
    let mut group = c.benchmark_group("python");
    group.throughput(Throughput::Elements(lines));
    group.bench_function(format!("parse {lines} lines"), |b| {
        b.iter(|| omx_python_syntax::parse(&source, "bench.py"))
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
