//! The no-op tracer leaves the VM's fast paths as they are (issue 8,
//! DESIGN.md invariant 5): with no tracer installed, or one installed and
//! removed again, a program's field instructions fill their inline caches
//! exactly as in a runtime that never had a tracer; while a tracer is
//! installed they fill none (every lookup goes to the protocol rule that
//! reports its steps), which shows the count observes the fast path. The
//! count is read from the functions' inline caches (`Proto::caches`), not
//! from timing.

use omx_core::trace::TraceLog;
use omx_core::{BufferHost, Engine, StepResult, Value};

/// Field lookups on same-shaped tables, a method through `__index`, and an
/// `__add` metamethod, in two functions run many times.
const PROGRAM: &str = r#"
local Point = {}
Point.__index = Point
Point.__add = function(a, b) return setmetatable({x = a.x + b.x, y = a.y + b.y}, Point) end
function Point.len2(p) return p.x * p.x + p.y * p.y end
function work(p, q)
  local r = p + q
  return r:len2() + p.x + q.y
end
function store(p, v) p.x = v; p.y = v + 1; return p.x end
local total = 0
for i = 1, 200 do
  local p = setmetatable({x = i, y = 2}, Point)
  local q = setmetatable({x = 1, y = i}, Point)
  total = total + work(p, q) + store(p, i)
end
print(total)
"#;

/// How the run is traced.
#[derive(Clone, Copy, Debug)]
enum Tracer {
    Never,
    InstalledThenRemoved,
    Installed,
}

/// Run PROGRAM; return its output, the number of filled inline caches of
/// `work` and `store`, and the number of trace events recorded.
fn run(tracer: Tracer) -> (String, usize, usize) {
    let mut engine = Engine::new();
    engine.with_state(omx_lua::install);
    let log = TraceLog::default();
    match tracer {
        Tracer::Never => {}
        Tracer::InstalledThenRemoved => {
            engine.set_tracer(Some(Box::new(log.clone())));
            engine.set_tracer(None);
        }
        Tracer::Installed => engine.set_tracer(Some(Box::new(log.clone()))),
    }
    let proto = omx_lua::compile(PROGRAM.as_bytes(), "fast.lua").expect("compiles");
    engine.load(&proto).expect("loads");
    let mut host = BufferHost::default();
    loop {
        match engine.step(&mut host, 100_000) {
            StepResult::Finished => break,
            StepResult::Paused => {}
            StepResult::Error(e) => panic!("{tracer:?}: {}", e.message),
            StepResult::MemoryLimit { .. } => panic!("{tracer:?}: memory limit"),
        }
    }
    engine.set_tracer(None);
    let filled = engine.with_state(|mc, rt| {
        ["work", "store"]
            .iter()
            .map(|name| {
                let key = Value::Str(rt.intern(mc, name.as_bytes()));
                match rt.globals.get_key(key) {
                    Value::Closure(c) => {
                        c.0.proto
                            .caches
                            .iter()
                            .filter(|c| c.get().shape.is_some())
                            .count()
                    }
                    other => panic!("{name} is not a function: {other:?}"),
                }
            })
            .sum::<usize>()
    });
    let events = log.0.borrow().len();
    (
        String::from_utf8_lossy(&host.stdout).into_owned(),
        filled,
        events,
    )
}

#[test]
fn no_op_tracer_keeps_the_inline_caches() {
    let (out, never, _) = run(Tracer::Never);
    let (out_removed, removed, events_removed) = run(Tracer::InstalledThenRemoved);
    let (out_traced, traced, events_traced) = run(Tracer::Installed);
    // lua5.4 prints 5555300 for PROGRAM.
    assert_eq!(out, "5555300\n");
    assert_eq!(out_removed, out);
    assert_eq!(out_traced, out);
    assert!(
        never >= 4,
        "the field instructions fill their caches: {never}"
    );
    assert_eq!(removed, never, "a removed tracer leaves the fast paths");
    assert_eq!(events_removed, 0);
    assert_eq!(traced, 0, "a tracer sends every lookup to its rule");
    assert!(events_traced > 0);
}
