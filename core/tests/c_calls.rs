//! The nested C-call limit (`vm/ccalls.rs`, lua5.4's `LUAI_MAXCCALLS`):
//! recursion through a native that calls back into the program stops at
//! 200 nested native calls with "C stack overflow", however deep the
//! frame limit is, and the count goes back down as those calls end.

mod common;

use common::*;
use omx_core::ir::*;
use omx_core::Lang;

/// `function rec() count = count + 1; through_native(rec) end`
fn recurse_through_native() -> Expr {
    let mut rec = inner_fn("rec", Lang::Lua);
    rec.body = vec![
        glob_set("count", add(global("count"), int(1))),
        expr_stmt(call(global("through_native"), vec![global("rec")])),
    ];
    func_expr(rec)
}

/// `count = 0; try rec() catch e: log = log .. count .. " " .. e .. ";"`
fn one_overflow(main: &mut Function) -> Vec<Stmt> {
    let err = main.local("e");
    vec![
        glob_set("count", int(0)),
        try_(
            vec![expr_stmt(call(global("rec"), vec![]))],
            Some((
                Some(err),
                vec![glob_set(
                    "log",
                    concat(
                        concat(global("log"), global("count")),
                        concat(concat(str_(" "), loc(err)), str_(";")),
                    ),
                )],
            )),
            None,
        ),
    ]
}

#[test]
fn recursion_through_a_native_stops_at_200_nested_calls() {
    let mut f = main_fn(Lang::Lua);
    let mut body = vec![
        glob_set("log", str_("")),
        glob_set("rec", recurse_through_native()),
    ];
    // Twice: the count of the first overflow's native frames is gone
    // once the error unwound them.
    body.extend(one_overflow(&mut f));
    body.extend(one_overflow(&mut f));
    body.push(ret(vec![global("log")]));
    f.body = body;
    assert_eq!(
        run(&f).unwrap(),
        vec!["200 C stack overflow;200 C stack overflow;"]
    );
}

#[test]
fn native_calls_that_returned_do_not_count() {
    // for 1000 times: through_native(function () n = n + 1 end)
    let mut inc = inner_fn("inc", Lang::Lua);
    inc.body = vec![glob_set("n", add(global("n"), int(1)))];
    let mut f = main_fn(Lang::Lua);
    let i = f.local("i");
    f.body = vec![
        glob_set("n", int(0)),
        local(vec![i], vec![int(0)]),
        while_(
            cmp(CompareOp::Lt, loc(i), int(1000)),
            vec![
                expr_stmt(call(global("through_native"), vec![func_expr(inc)])),
                set(i, add(loc(i), int(1))),
            ],
        ),
        ret(vec![global("n")]),
    ];
    assert_eq!(run(&f).unwrap(), vec!["1000"]);
}
