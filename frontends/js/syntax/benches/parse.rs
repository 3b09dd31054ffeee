//! Parse a generated 10,000-line program (classes, functions, loops,
//! expressions, half of it without semicolons).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn program(lines: usize) -> String {
    let mut out = String::new();
    let mut i = 0;
    while out.lines().count() < lines {
        out.push_str(&format!(
            r#"class Shape{i} extends Base {{
  #id = {i};
  static count = 0;
  constructor(w, h = 2) {{
    super("shape{i}");
    this.w = w; this.h = h;
  }}
  get area() {{ return this.w * this.h + this.#id ** 2 / 3; }}
  *corners() {{ yield* [[0, 0], [this.w, 0], [this.w, this.h]]; }}
}}
function process{i}(items, {{ limit = 10, label }} = {{}}) {{
  let total = 0
  const seen = new Map()
  for (let j = 0; j < items.length && j < limit; j++) {{
    const item = items[j]
    if (item?.value ?? false) total += item.value * 2
    else if (typeof item === "string") seen.set(item, (seen.get(item) || 0) + 1)
  }}
  for (const [k, v] of seen) console.log(`${{label}}: ${{k}} = ${{v}}`)
  const re = /^[a-z]+\d*$/i
  return items.filter((x) => re.test(String(x))).map((x, n) => ({{ x, n }})).length + total
}}
const result{i} = process{i}([1, "a", {{ value: 3 }}, null], {{ label: "run{i}" }})
switch (result{i} % 3) {{ case 0: console.log("zero"); break; default: console.log("other") }}
try {{ new Shape{i}(3).area }} catch (e) {{ console.error(e.message) }} finally {{ Shape{i}.count++ }}
"#
        ));
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let src = program(10_000);
    let lines = src.lines().count();
    assert!(omx_js_syntax::parse(&src, "bench.js").is_ok());
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(lines as u64));
    group.bench_function(format!("js_{lines}_lines"), |b| {
        b.iter(|| omx_js_syntax::parse(&src, "bench.js"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
