//! The no-op tracer leaves the VM's fast paths as they are (issue 8,
//! issue 14 for JavaScript's plans, issue 7 for Python's,
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

/// PROGRAM in JavaScript: own fields, a method and a getter on a class
/// prototype, writes to own fields and an added one (node 20 prints
/// 5555300).
const JS_PROGRAM: &str = r#"
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  get len2() { return this.x * this.x + this.y * this.y; }
  plus(q) { return new Point(this.x + q.x, this.y + q.y); }
}
function work(p, q) { const r = p.plus(q); return r.len2 + p.x + q.y; }
function store(p, v) { p.x = v; p.y = v + 1; p.z = v; return p.x; }
let total = 0;
for (let i = 1; i <= 200; i++) {
  const p = new Point(i, 2), q = new Point(1, i);
  total += work(p, q) + store(p, i);
}
console.log(total);
globalThis.work = work;
globalThis.store = store;
"#;

/// PROGRAM in Python: instance attributes, a method and a property on a
/// class, writes to instance attributes and an added one, a global
/// function (python3 prints 5555300).
const PY_PROGRAM: &str = r#"
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def len2(self):
        return self.x * self.x + self.y * self.y

    def plus(self, q):
        return Point(self.x + q.x, self.y + q.y)


def work(p, q):
    r = p.plus(q)
    return r.len2 + p.x + q.y


def store(p, v):
    p.x = v
    p.y = v + 1
    p.z = v
    return p.x


total = 0
for i in range(1, 201):
    p = Point(i, 2)
    q = Point(1, i)
    total += work(p, q) + store(p, i)
print(total)
"#;

#[derive(Clone, Copy, Debug)]
enum Language {
    Lua,
    JavaScript,
    Python,
}

/// Where the Python program's module namespace is kept (in the registry).
const PY_MODULE: &[u8] = b"tracer_fast_paths module";

/// How the run is traced.
#[derive(Clone, Copy, Debug)]
enum Tracer {
    Never,
    InstalledThenRemoved,
    Installed,
}

/// Run PROGRAM; return its output, the number of filled inline caches of
/// `work` and `store`, and the number of trace events recorded.
fn run(tracer: Tracer, lang: Language) -> (String, usize, usize) {
    let mut engine = Engine::new();
    let mut host = BufferHost::default();
    let proto = match lang {
        Language::Lua => {
            engine.with_state(omx_lua::install);
            omx_lua::compile(PROGRAM.as_bytes(), "fast.lua").expect("compiles")
        }
        Language::JavaScript => {
            engine.with_state(omx_js::install);
            engine.with_state(|_, rt| rt.default_ops = &omx_core::protocol::js::JS);
            let prelude = omx_js::compile(omx_js::builtins::PRELUDE, "prelude", true);
            engine.load(&prelude.expect("compiles")).expect("loads");
            finish(&mut engine, &mut host, tracer);
            omx_js::compile(JS_PROGRAM, "fast.js", false).expect("compiles")
        }
        Language::Python => {
            engine.with_state(omx_python::install);
            engine.with_state(|_, rt| rt.default_ops = &omx_core::protocol::python::PYTHON);
            let prelude = omx_python::compile(omx_python::builtins::PRELUDE, "<prelude>");
            engine
                .load_with_env(&prelude.expect("compiles"), |_, rt| {
                    Value::Object(rt.python.builtins)
                })
                .expect("loads");
            finish(&mut engine, &mut host, tracer);
            engine.with_state(omx_python::builtins::finish_prelude);
            omx_python::compile(PY_PROGRAM, "fast.py").expect("compiles")
        }
    };
    let log = TraceLog::default();
    match tracer {
        Tracer::Never => {}
        Tracer::InstalledThenRemoved => {
            engine.set_tracer(Some(Box::new(log.clone())));
            engine.set_tracer(None);
        }
        Tracer::Installed => engine.set_tracer(Some(Box::new(log.clone()))),
    }
    match lang {
        Language::Python => engine.load_with_env(&proto, |mc, rt| {
            let m = omx_python::new_module(mc, rt);
            let key = Value::Str(rt.intern(mc, PY_MODULE));
            rt.registry.set_key(mc, key, m);
            m
        }),
        _ => engine.load(&proto),
    }
    .expect("loads");
    finish(&mut engine, &mut host, tracer);
    engine.set_tracer(None);
    let filled = engine.with_state(|mc, rt| {
        ["work", "store"]
            .iter()
            .map(|name| {
                let key = Value::Str(rt.intern(mc, name.as_bytes()));
                let f = match lang {
                    Language::Lua => rt.globals.get_key(key),
                    Language::Python => {
                        let m = rt.registry.get_key(Value::Str(rt.intern(mc, PY_MODULE)));
                        match m.as_object().map(|m| m.get_key(key)) {
                            Some(f) => f,
                            None => panic!("{name}: no module namespace"),
                        }
                    }
                    Language::JavaScript => {
                        use omx_core::protocol::js::{model::fslot, realm};
                        let global = realm::intrinsic(rt, realm::Slot::Global);
                        match global.as_object().map(|g| g.get_key(key)) {
                            Some(Value::Object(f)) => f.internal(fslot::CALL),
                            other => panic!("{name}: {other:?}"),
                        }
                    }
                };
                match f {
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

/// Run the loaded program to its end.
fn finish(engine: &mut Engine, host: &mut BufferHost, tracer: Tracer) {
    loop {
        match engine.step(host, 100_000) {
            StepResult::Finished => break,
            StepResult::Paused => {}
            StepResult::Error(e) => panic!("{tracer:?}: {}", e.message),
            StepResult::MemoryLimit { .. } => panic!("{tracer:?}: memory limit"),
            StepResult::SizeLimit(_) => panic!("{tracer:?}: size limit"),
        }
    }
}

#[test]
fn no_op_tracer_keeps_the_inline_caches() {
    check(Language::Lua);
}

#[test]
fn no_op_tracer_keeps_the_javascript_inline_caches() {
    check(Language::JavaScript);
}

#[test]
fn no_op_tracer_keeps_the_python_inline_caches() {
    check(Language::Python);
}

fn check(lang: Language) {
    let (out, never, _) = run(Tracer::Never, lang);
    let (out_removed, removed, events_removed) = run(Tracer::InstalledThenRemoved, lang);
    let (out_traced, traced, events_traced) = run(Tracer::Installed, lang);
    // lua5.4 prints 5555300 for PROGRAM, node 20 for JS_PROGRAM, python3
    // for PY_PROGRAM.
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
