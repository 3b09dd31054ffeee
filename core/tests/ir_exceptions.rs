//! IR exceptions built by hand: try/catch/finally, throw and rethrow,
//! finally on return, break and continue, errors of operations and of
//! natives, unwinding across a native continuation.

mod common;

use common::*;
use omx_core::ir::*;
use omx_core::Lang;

/// `log = log .. x`
fn log(x: Expr) -> Stmt {
    glob_set("log", concat(global("log"), x))
}

#[test]
fn a_thrown_value_is_caught_with_its_value() {
    let mut f = main_fn(Lang::Lua);
    let (r, err) = (f.local("r"), f.local("e"));
    f.body = vec![
        local(vec![r], vec![nil()]),
        try_(
            vec![throw(int(42))],
            Some((Some(err), vec![set(r, add(loc(err), int(1)))])),
            None,
        ),
        ret(vec![loc(r)]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["43"]);
}

#[test]
fn an_operation_error_is_a_value_of_the_language() {
    let mut f = main_fn(Lang::Lua);
    let (r, err) = (f.local("r"), f.local("e"));
    f.body = vec![
        local(vec![r], vec![nil()]),
        try_(
            vec![set(r, add(nil(), int(1)))],
            Some((Some(err), vec![set(r, loc(err))])),
            None,
        ),
        ret(vec![loc(r)]),
    ];
    let out = run(&f).unwrap();
    assert_eq!(
        out,
        vec!["test:1: attempt to perform arithmetic on a nil value"]
    );
}

#[test]
fn finally_runs_on_the_way_out_of_a_normal_body_and_of_an_error() {
    let mut f = main_fn(Lang::Lua);
    let err = f.local("e");
    f.body = vec![
        glob_set("log", str_("")),
        try_(vec![log(str_("b"))], None, Some(vec![log(str_("f"))])),
        // The error goes on after the finally block.
        try_(
            vec![try_(
                vec![throw(str_("x"))],
                None,
                Some(vec![log(str_("F"))]),
            )],
            Some((Some(err), vec![log(concat(str_("c"), loc(err)))])),
            None,
        ),
        ret(vec![global("log")]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["bfFcx"]);
}

#[test]
fn finally_runs_on_return_after_the_values_are_evaluated() {
    // g() { local x = 1; try { return x } finally { x = 2; log = "f" } }
    let mut g = inner_fn("g", Lang::Lua);
    let x = g.local("x");
    g.body = vec![
        local(vec![x], vec![int(1)]),
        try_(
            vec![ret(vec![loc(x)])],
            None,
            Some(vec![set(x, int(2)), glob_set("log", str_("f"))]),
        ),
    ];
    let mut f = main_fn(Lang::Lua);
    let v = f.local("v");
    f.body = vec![
        local(vec![v], vec![call(func_expr(g), vec![])]),
        ret(vec![loc(v), global("log")]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["1", "f"]);
}

#[test]
fn nested_finally_blocks_run_innermost_first_on_return() {
    let mut g = inner_fn("g", Lang::Lua);
    g.body = vec![
        glob_set("log", str_("")),
        try_(
            vec![try_(
                vec![ret(vec![str_("r")])],
                None,
                Some(vec![log(str_("1"))]),
            )],
            None,
            Some(vec![log(str_("2"))]),
        ),
    ];
    let mut f = main_fn(Lang::Lua);
    let v = f.local("v");
    f.body = vec![
        local(vec![v], vec![call(func_expr(g), vec![])]),
        ret(vec![loc(v), global("log")]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["r", "12"]);
}

#[test]
fn finally_runs_on_break_and_continue() {
    let mut f = main_fn(Lang::Lua);
    let i = f.local("i");
    f.body = vec![
        glob_set("log", str_("")),
        // while true { try { break } finally { log ..= "f" } } log ..= "a"
        while_(
            e(ExprKind::Bool(true)),
            vec![try_(
                vec![s(StmtKind::Break { label: None })],
                None,
                Some(vec![log(str_("f"))]),
            )],
        ),
        log(str_("a")),
        // while i < 3 { i = i + 1; try { continue } finally { log ..= i } }
        local(vec![i], vec![int(0)]),
        while_(
            cmp(CompareOp::Lt, loc(i), int(3)),
            vec![
                set(i, add(loc(i), int(1))),
                try_(
                    vec![s(StmtKind::Continue { label: None }), log(str_("never"))],
                    None,
                    Some(vec![log(loc(i))]),
                ),
            ],
        ),
        ret(vec![global("log")]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["fa123"]);
}

#[test]
fn a_caught_error_can_be_rethrown_and_an_error_in_catch_still_runs_finally() {
    let mut f = main_fn(Lang::Lua);
    let (e1, e2, e3, r) = (f.local("e1"), f.local("e2"), f.local("e3"), f.local("r"));
    f.body = vec![
        glob_set("log", str_("")),
        local(vec![r], vec![nil()]),
        try_(
            vec![try_(
                vec![throw(int(1))],
                Some((Some(e1), vec![throw(add(loc(e1), int(1)))])),
                Some(vec![log(str_("f"))]),
            )],
            Some((Some(e2), vec![set(r, loc(e2))])),
            None,
        ),
        // An uncaught throw inside a catch-less try with only finally.
        try_(
            vec![try_(vec![throw(str_("z"))], None, None)],
            Some((Some(e3), vec![log(loc(e3))])),
            None,
        ),
        ret(vec![loc(r), global("log")]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["2", "fz"]);
}

#[test]
fn errors_unwind_across_native_continuations_to_a_handler() {
    let mut thrower = inner_fn("thrower", Lang::Lua);
    thrower.body = vec![expr_stmt(call(global("lua_error"), vec![str_("deep")]))];
    let mut f = main_fn(Lang::Lua);
    let (r, err) = (f.local("r"), f.local("e"));
    f.body = vec![
        local(vec![r], vec![nil()]),
        try_(
            vec![expr_stmt(call(
                global("through_native"),
                vec![func_expr(thrower)],
            ))],
            Some((Some(err), vec![set(r, loc(err))])),
            None,
        ),
        ret(vec![loc(r)]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["deep"]);
}

#[test]
fn an_uncaught_throw_ends_the_program_with_the_value() {
    let mut f = main_fn(Lang::Lua);
    f.body = vec![throw(str_("out"))];
    assert_eq!(run(&f).unwrap_err(), "out");
}
