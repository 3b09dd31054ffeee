//! The explain facility's cost (DESIGN.md invariant 5): a lookup-heavy
//! Lua program (method calls through `__index`, operators through
//! metamethods) run with no tracer ever installed, with a tracer
//! installed then removed (the VM must be back on its inline fast paths:
//! the same time). (With a tracer installed every operation is described
//! and named: tens of times slower, the price of `:trace on`; not a
//! benchmark here.)

use criterion::{criterion_group, criterion_main, Criterion};
use omx::{Lang, Runtime, TraceEvent, Tracer};
use omx_benches::SinkHost;

const PROGRAM: &[u8] = br#"
local Point = {}
Point.__index = Point
Point.__add = function(a, b) return setmetatable({x = a.x + b.x, y = a.y + b.y}, Point) end
function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
function Point:norm1() return math.abs(self.x) + math.abs(self.y) end
local acc, total = Point.new(0, 0), 0
for i = 1, 20000 do
  acc = acc + Point.new(i, -i)
  total = total + acc:norm1()
end
print(total)
"#;

/// A tracer that drops every event.
struct Discard;

impl Tracer for Discard {
    fn event(&mut self, _: TraceEvent) {}
}

fn run(rt: &mut Runtime) -> usize {
    let mut host = SinkHost::default();
    rt.run(Lang::Lua, "tracer.lua", PROGRAM, &mut host)
        .expect("benchmark runs");
    host.bytes
}

fn tracer_cost(c: &mut Criterion) {
    let mut group = c.benchmark_group("tracer");
    group.sample_size(20);
    group.bench_function("never_installed", |b| b.iter(|| run(&mut Runtime::new())));
    group.bench_function("installed_then_removed", |b| {
        b.iter(|| {
            let mut rt = Runtime::new();
            rt.set_tracer(Some(Box::new(Discard)));
            rt.set_tracer(None);
            run(&mut rt)
        })
    });
    group.finish();
}

criterion_group!(benches, tracer_cost);
criterion_main!(benches);
