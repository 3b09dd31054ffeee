//! The explain facility's events (DESIGN.md invariant 5): with a tracer
//! installed, the Lua index rule reports each step, in order, as
//! shared/EXPLORER.md shows for `mydog.barks`.

use std::cell::RefCell;
use std::rc::Rc;

use omx::{BufferHost, Lang, Runtime, TraceEvent, Tracer};

struct Recorder(Rc<RefCell<Vec<TraceEvent>>>);

impl Tracer for Recorder {
    fn event(&mut self, event: TraceEvent) {
        self.0.borrow_mut().push(event);
    }
}

#[test]
fn an_index_through_a_class_table_is_explained_step_by_step() {
    let events = Rc::new(RefCell::new(Vec::new()));
    let mut rt = Runtime::new();
    let src = br#"
        local Dog = {barks = 0}
        local mydog = setmetatable({}, {__index = Dog})
        local n = mydog.barks
        local k = setmetatable({}, {__index = function(t, key) return key end}).anything
    "#;
    rt.load(Lang::Lua, "dog.lua", src).unwrap();
    rt.set_tracer(Some(Box::new(Recorder(events.clone()))));
    let mut host = BufferHost::default();
    while !rt.step(&mut host, 1000).unwrap() {}
    let steps: Vec<String> = events.borrow().iter().map(|e| e.step.clone()).collect();
    let want = [
        "rawget(a table, \"barks\") → nil",
        "__index is a table: index it",
        "rawget(a table, \"barks\") → 0",
        "rawget(a table, \"anything\") → nil",
        "__index is a function: call it with (a table, \"anything\")",
    ];
    // The wanted steps appear in this order (global lookups of
    // `setmetatable` are traced too).
    let mut at = 0;
    for w in want {
        match steps[at..].iter().position(|s| s == w) {
            Some(i) => at += i + 1,
            None => panic!("missing step {w:?} after position {at} in {steps:#?}"),
        }
    }
    assert!(events
        .borrow()
        .iter()
        .all(|e| e.protocol == "Lua index event" || e.protocol == "Lua newindex event"));
}

#[test]
fn without_a_tracer_nothing_is_recorded_and_results_are_the_same() {
    let events = Rc::new(RefCell::new(Vec::new()));
    let mut rt = Runtime::new();
    rt.set_tracer(Some(Box::new(Recorder(events.clone()))));
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
    assert!(events.borrow().is_empty());
}

#[test]
fn an_assignment_through_newindex_is_explained() {
    let events = Rc::new(RefCell::new(Vec::new()));
    let mut rt = Runtime::new();
    let src = br#"
        local log = {}
        local proxy = setmetatable({}, {__newindex = log})
        proxy.x = 1
        local seen = setmetatable({y = 0}, {__newindex = function() end})
        seen.y = 2
    "#;
    rt.load(Lang::Lua, "set.lua", src).unwrap();
    rt.set_tracer(Some(Box::new(Recorder(events.clone()))));
    let mut host = BufferHost::default();
    while !rt.step(&mut host, 1000).unwrap() {}
    let steps: Vec<String> = events
        .borrow()
        .iter()
        .filter(|e| e.protocol == "Lua newindex event")
        .map(|e| e.step.clone())
        .collect();
    let want = [
        "__newindex is a table: assign there",
        "no metatable: rawset(a table, \"x\", 1)",
        "the key is present: rawset(a table, \"y\", 2)",
    ];
    let mut at = 0;
    for w in want {
        match steps[at..].iter().position(|s| s == w) {
            Some(i) => at += i + 1,
            None => panic!("missing step {w:?} after position {at} in {steps:#?}"),
        }
    }
}

#[test]
fn operator_metamethods_and_call_are_explained() {
    let events = Rc::new(RefCell::new(Vec::new()));
    let mut rt = Runtime::new();
    let src = br#"
        local V = {}
        V.__add = function(a, b) return a end
        V.__call = function(self, x) return x end
        local v = setmetatable({}, V)
        local r1 = v + 1
        local r2 = 1 + v
        local r3 = v(5)
    "#;
    rt.load(Lang::Lua, "ops.lua", src).unwrap();
    rt.set_tracer(Some(Box::new(Recorder(events.clone()))));
    let mut host = BufferHost::default();
    while !rt.step(&mut host, 1000).unwrap() {}
    let lines: Vec<String> = events.borrow().iter().map(|e| e.to_string()).collect();
    let want = [
        "Lua arithmetic event: the left operand (a table) has __add: call it with both operands",
        "Lua arithmetic event: the left operand (1) has no __add; the right operand (a table) has one: call it",
        "Lua call event: a table is not a function: its metatable's __call is called with it as the first argument",
    ];
    let mut at = 0;
    for w in want {
        match lines[at..].iter().position(|s| s == w) {
            Some(i) => at += i + 1,
            None => panic!("missing {w:?} after position {at} in {lines:#?}"),
        }
    }
}
