//! The explain facility (DESIGN.md invariant 5, shared/EXPLORER.md): the
//! steps each Lua rule reports, as `omx explain` and the REPL's `:explain`
//! show them. One snapshot per rule; every value the programs use is a
//! global so the text names it (no addresses).

use omx::{BufferHost, Lang, Runtime, TraceEvent, TraceLog};

/// Run `setup`, then explain `expr` in its globals.
fn explain(setup: &str, expr: &str) -> String {
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(Lang::Lua, "setup.lua", setup.as_bytes(), &mut host)
        .expect("setup runs");
    rt.explain(Lang::Lua, expr, &mut host)
        .expect("explains")
        .text()
}

const DOG: &str = r#"
    Dog = {barks = 0, sound = "woof"}
    Dog.__index = Dog
    mt = {__index = Dog}
    mydog = setmetatable({name = "Rex"}, mt)
    Puppy = setmetatable({}, {__index = Dog})
    Puppy.__index = Puppy
    pup = setmetatable({}, Puppy)
    Lazy = setmetatable({}, {__index = function(t, k) return Dog[k] end})
    Loop = setmetatable({}, {})
    getmetatable(Loop).__index = Loop
"#;

#[test]
fn index_through_a_table_as_explorer_md_shows_it() {
    assert_eq!(
        explain(DOG, "mydog.barks"),
        "mydog.barks — Lua index event\n\
         \x20 1. rawget(mydog, \"barks\") → nil\n\
         \x20 2. getmetatable(mydog).__index is a table (Dog): index it\n\
         \x20 3. rawget(Dog, \"barks\") → 0\n\
         = 0\n"
    );
}

#[test]
fn index_rules() {
    insta::assert_snapshot!("own_field", explain(DOG, "mydog.name"));
    insta::assert_snapshot!("chain_two_deep", explain(DOG, "pup.sound"));
    insta::assert_snapshot!("index_function_nests", explain(DOG, "Lazy.sound"));
    insta::assert_snapshot!("absent", explain(DOG, "Dog.missing"));
    insta::assert_snapshot!("index_error", explain(DOG, "nothing.x"));
    insta::assert_snapshot!("string_method", explain(DOG, "('x'):rep(3)"));
}

#[test]
fn newindex_rules() {
    let setup = r#"
        log = {}
        proxy = setmetatable({}, {__newindex = log})
        seen = setmetatable({y = 0}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end})
        plain = {}
    "#;
    insta::assert_snapshot!("newindex_table", explain(setup, "proxy.x = 1"));
    insta::assert_snapshot!("newindex_present_key", explain(setup, "seen.y = 2"));
    insta::assert_snapshot!("newindex_function", explain(setup, "seen.z = 3"));
    insta::assert_snapshot!("newindex_plain", explain(setup, "plain.k = true"));
}

#[test]
fn operator_rules() {
    let setup = r#"
        V = {}
        V.__add = function(a, b) return "added" end
        V.__concat = function(a, b) return "joined" end
        V.__eq = function(a, b) return true end
        V.__lt = function(a, b) return true end
        V.__len = function(a) return 99 end
        V.__unm = function(a) return "negated" end
        V.__call = function(self, x) return x end
        V.__tostring = function() return "a V" end
        v = setmetatable({}, V)
        w = setmetatable({}, V)
        plain = {}
    "#;
    insta::assert_snapshot!("add_left", explain(setup, "v + 1"));
    insta::assert_snapshot!("add_right", explain(setup, "1 + v"));
    insta::assert_snapshot!("concat", explain(setup, "v .. 'x'"));
    insta::assert_snapshot!("eq", explain(setup, "v == w"));
    insta::assert_snapshot!("lt", explain(setup, "v < w"));
    insta::assert_snapshot!("le_by_lt", explain(setup, "v <= w"));
    insta::assert_snapshot!("len", explain(setup, "#v"));
    insta::assert_snapshot!("unm", explain(setup, "-v"));
    insta::assert_snapshot!("call", explain(setup, "v(5)"));
    insta::assert_snapshot!("arith_error", explain(setup, "plain + 1"));
}

#[test]
fn explain_json_has_the_schema_and_the_steps() {
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(Lang::Lua, "setup.lua", DOG.as_bytes(), &mut host)
        .unwrap();
    let json = rt
        .explain(Lang::Lua, "mydog.barks", &mut host)
        .unwrap()
        .json();
    assert!(
        json.starts_with("{\"schema\":\"omx-trace/1\",\"operations\":[{"),
        "{json}"
    );
    for part in [
        "\"kind\":\"get\"",
        "\"title\":\"mydog.barks\"",
        "\"rule\":\"lua.index.rawget\"",
        "\"rule\":\"lua.index.chain\"",
        "\"outcome\":{\"value\":{\"kind\":\"number\"",
        "\"position\":{\"chunk\":\"explain\",\"line\":1}",
    ] {
        assert!(json.contains(part), "{part} missing in {json}");
    }
    let depth = json.chars().fold(0i32, |d, c| match c {
        '{' | '[' => d + 1,
        '}' | ']' => d - 1,
        _ => d,
    });
    assert_eq!(depth, 0, "balanced: {json}");
}

#[test]
fn events_begin_step_and_end_in_order_and_nest_under_a_call() {
    let log = TraceLog::default();
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(Lang::Lua, "setup.lua", DOG.as_bytes(), &mut host)
        .unwrap();
    rt.load(Lang::Lua, "q.lua", b"return Lazy.barks").unwrap();
    rt.set_tracer(Some(Box::new(log.clone())));
    while !rt.step(&mut host, 1000).unwrap() {}
    rt.set_tracer(None);
    let events = log.0.borrow();
    // Every operation that begins ends, after it began.
    let mut open = Vec::new();
    for e in events.iter() {
        match e {
            TraceEvent::Begin(b) => {
                if let Some(p) = b.parent {
                    assert!(open.contains(&p), "parent {p} of {} is open", b.id);
                }
                open.push(b.id);
            }
            TraceEvent::Step(s) => assert!(open.contains(&s.op), "step of an open op"),
            TraceEvent::End(end) => {
                assert_eq!(open.pop(), Some(end.op), "ends innermost first");
            }
        }
    }
    assert!(open.is_empty());
    let ops = log.operations();
    let lazy = ops.last().unwrap();
    assert_eq!(omx_core::trace::render::title(lazy), "Lazy.barks");
    let nested: Vec<String> = lazy
        .items
        .iter()
        .filter_map(|i| match i {
            omx_core::trace::Item::Nested(op) => Some(omx_core::trace::render::title(op)),
            _ => None,
        })
        .collect();
    assert_eq!(nested, ["_ENV.Dog", "Dog.barks"]);
}

#[test]
fn without_a_tracer_nothing_is_recorded_and_results_are_the_same() {
    let log = TraceLog::default();
    let mut rt = Runtime::new();
    rt.set_tracer(Some(Box::new(log.clone())));
    rt.set_tracer(None);
    let mut host = BufferHost::default();
    rt.run(
        Lang::Lua,
        "t.lua",
        b"local C = {v = 7} print(setmetatable({}, {__index = C}).v)",
        &mut host,
    )
    .unwrap();
    assert_eq!(host.stdout, b"7\n");
    assert!(log.0.borrow().is_empty());
}
