//! What the engine offers an embedder beyond running programs: hearing
//! that a watched object was collected, and setting a paused program
//! aside to run another one (a callback) in its own execution context.

mod common;

use common::*;
use omx_core::compiler::compile;
use omx_core::ir::*;
use omx_core::protocol::lua::table::{new_table, raw_set_str};
use omx_core::string::Str;
use omx_core::{BufferHost, Engine, Lang, StepResult, Value};

#[test]
fn watched_objects_report_their_collection_once() {
    let mut engine = Engine::new();
    engine.with_state(|mc, rt| {
        for token in 0..1000u64 {
            let t = new_table(mc, rt.root_shape, 0, 0);
            rt.watch_collection(t, token);
            if token == 7 {
                // One stays reachable from the globals.
                raw_set_str(mc, rt.globals, Str::new(mc, b"kept"), Value::Object(t));
            }
        }
    });
    engine.collect_garbage();
    let mut gone = engine.with_state(|_, rt| rt.take_collected());
    gone.sort_unstable();
    let expected: Vec<u64> = (0..1000).filter(|&t| t != 7).collect();
    assert_eq!(gone, expected);
    // Reported once: a second collection finds nothing new.
    engine.collect_garbage();
    assert!(engine.with_state(|_, rt| rt.take_collected()).is_empty());
    // The kept one when it goes.
    engine.with_state(|mc, rt| raw_set_str(mc, rt.globals, Str::new(mc, b"kept"), Value::Nil));
    engine.collect_garbage();
    assert_eq!(engine.with_state(|_, rt| rt.take_collected()), vec![7]);
}

/// `local i = 0; while i < n do i = i + 1 end; return i`
fn count_to(n: i64) -> Function {
    let mut m = main_fn(Lang::Lua);
    let i = m.local("i");
    m.body = vec![
        local(vec![i], vec![int(0)]),
        while_(
            cmp(CompareOp::Lt, loc(i), int(n)),
            vec![set(i, add(loc(i), int(1)))],
        ),
        ret(vec![loc(i)]),
    ];
    m
}

fn results(engine: &mut Engine) -> Vec<String> {
    engine.with_results(|_, _, values| values.iter().map(|v| show(*v)).collect())
}

#[test]
fn a_parked_program_resumes_where_it_was_after_another_one_ran() {
    let mut engine = Engine::new();
    let mut host = BufferHost::default();
    engine.load(&compile(&count_to(10_000)).unwrap()).unwrap();
    assert!(matches!(engine.step(&mut host, 500), StepResult::Paused));
    let steps = engine.steps;
    assert!(engine.program_running());
    engine.park_program();
    assert!(!engine.program_running());
    // The callback runs in a context of its own.
    engine.load(&compile(&count_to(3)).unwrap()).unwrap();
    engine.run(&mut host, None).unwrap();
    assert_eq!(results(&mut engine), vec!["3"]);
    assert!(engine.unpark_program());
    assert!(!engine.unpark_program(), "only one was parked");
    assert_eq!(engine.steps, steps);
    assert!(engine.program_running());
    engine.run(&mut host, None).unwrap();
    assert_eq!(results(&mut engine), vec!["10000"]);
}

#[test]
fn a_finished_program_keeps_no_temporaries_alive() {
    // local t = {}; G = t; return 1 — then G is cleared: the table was
    // only in the finished program's registers (and the main thread stays
    // reachable from the registry until the next program loads).
    let mut m = main_fn(Lang::Lua);
    let t = m.local("t");
    m.body = vec![
        local(vec![t], vec![table(vec![])]),
        s(StmtKind::Assign {
            targets: vec![Place::Attr {
                obj: up(0),
                name: b"G".to_vec(),
            }],
            values: vec![loc(t)],
        }),
        ret(vec![int(1)]),
    ];
    let mut engine = Engine::new();
    let mut host = BufferHost::default();
    engine.load(&compile(&m).unwrap()).unwrap();
    engine.run(&mut host, None).unwrap();
    assert_eq!(results(&mut engine), vec!["1"]);
    engine.with_state(|mc, rt| {
        let key = Str::new(mc, b"G");
        let g = omx_core::protocol::lua::table::raw_get_str(rt.globals, key);
        let Value::Object(o) = g else {
            panic!("G is not a table");
        };
        rt.watch_collection(o, 1);
        raw_set_str(mc, rt.globals, key, Value::Nil);
    });
    engine.collect_garbage();
    assert_eq!(engine.with_state(|_, rt| rt.take_collected()), vec![1]);
    // The results are kept.
    assert_eq!(results(&mut engine), vec!["1"]);
}
