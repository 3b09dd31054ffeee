//! Parsing speed on a generated 10,000-line Lua program.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A program of `lines` lines mixing the usual statements: functions,
/// loops, table constructors, method calls, strings and arithmetic.
fn program(lines: usize) -> String {
    let mut out = String::new();
    let mut n = 0;
    while out.lines().count() < lines {
        out.push_str(&format!(
            "local function f{n}(a, b, ...)\n\
             \x20 local t = {{x = a, y = b, [\"k{n}\"] = {n}, 1.5, 0x{n:x}, ...}}\n\
             \x20 for i = 1, #t do\n\
             \x20   if t[i] and i % 2 == 0 then t[i] = t[i] * 2 + (a or 0) ^ 2 end\n\
             \x20 end\n\
             \x20 while a < b do a = a + 1 end\n\
             \x20 local s = (\"item %d\"):format(a) .. 'x' .. [[long]]\n\
             \x20 obj:method(s, t.x, function(v) return v // 3 end)\n\
             \x20 return t, s -- a comment\n\
             end\n"
        ));
        n += 1;
    }
    out
}

fn bench_parse(c: &mut Criterion) {
    let source = program(10_000);
    let mut group = c.benchmark_group("lua_parse");
    group.throughput(Throughput::Bytes(source.len() as u64));
    group.bench_function("10k_lines", |b| {
        b.iter(|| {
            omx_lua_syntax::parse(source.as_bytes(), "bench").map(|chunk| chunk.block.stats.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
