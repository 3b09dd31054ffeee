//! Criterion benchmarks: each program of benches/lua/ (shared/bench and our own)
//! run to completion through the embedding API. Compare with lua5.4 using
//! `benches/compare.sh lua`.

use criterion::{criterion_group, criterion_main, Criterion};
use omx::{Lang, Runtime};
use omx_benches::{programs, SinkHost};

fn lua_programs(c: &mut Criterion) {
    let mut group = c.benchmark_group("lua");
    group.sample_size(10);
    for (name, path) in programs("lua", "lua") {
        let source = std::fs::read(&path).expect("benchmark program");
        let file = format!("{name}.lua");
        group.bench_function(&name, |b| {
            b.iter(|| {
                let mut host = SinkHost::default();
                Runtime::new()
                    .run(Lang::Lua, &file, &source, &mut host)
                    .expect("benchmark runs");
                host.bytes
            })
        });
    }
    group.finish();
}

criterion_group!(benches, lua_programs);
criterion_main!(benches);
