//! IR generators built by hand: `yield` as an expression, send, throw and
//! return (close) into a suspended generator, all stackless.

mod common;

use common::*;
use omx_core::ir::*;
use omx_core::Lang;

fn yield_(v: Expr) -> Expr {
    e(ExprKind::Yield(Box::new(v)))
}

/// `local a, b = resume(g, mode, value)` and collect both in `out`.
fn resume_into(
    out: &mut Vec<Stmt>,
    f: &mut Function,
    g: LocalId,
    mode: &str,
    v: Expr,
) -> (LocalId, LocalId) {
    let (tag, val) = (f.local("tag"), f.local("val"));
    out.push(local(
        vec![tag, val],
        vec![call(global("resume"), vec![loc(g), str_(mode), v])],
    ));
    (tag, val)
}

#[test]
fn yield_is_an_expression_and_send_resumes_with_a_value() {
    // gen(a) { local x = yield a; local y = yield x + 1; return y * 10 }
    let mut gen = inner_fn("gen", Lang::Lua);
    gen.is_generator = true;
    let (a, x, y) = (gen.local("a"), gen.local("x"), gen.local("y"));
    gen.params = vec![a];
    gen.body = vec![
        local(vec![x], vec![yield_(loc(a))]),
        local(vec![y], vec![yield_(add(loc(x), int(1)))]),
        ret(vec![arith(BinOp::Mul, loc(y), int(10))]),
    ];
    let mut f = main_fn(Lang::Lua);
    let g = f.local("g");
    let mut body = vec![local(vec![g], vec![call(func_expr(gen), vec![int(5)])])];
    let r1 = resume_into(&mut body, &mut f, g, "send", nil());
    let r2 = resume_into(&mut body, &mut f, g, "send", int(7));
    let r3 = resume_into(&mut body, &mut f, g, "send", int(3));
    body.push(ret(vec![
        loc(r1.0),
        loc(r1.1),
        loc(r2.0),
        loc(r2.1),
        loc(r3.0),
        loc(r3.1),
    ]));
    f.body = body;
    assert_eq!(
        run(&f).unwrap(),
        vec!["yield", "5", "yield", "8", "done", "30"]
    );
}

#[test]
fn a_value_thrown_into_a_generator_is_raised_at_its_yield() {
    // gen() { try { yield 1 } catch (e) { yield "caught " .. e } }
    let mut gen = inner_fn("gen", Lang::Lua);
    gen.is_generator = true;
    let err = gen.local("e");
    gen.body = vec![try_(
        vec![expr_stmt(yield_(int(1)))],
        Some((
            Some(err),
            vec![expr_stmt(yield_(concat(str_("caught "), loc(err))))],
        )),
        None,
    )];
    let mut f = main_fn(Lang::Lua);
    let g = f.local("g");
    let mut body = vec![local(vec![g], vec![call(func_expr(gen), vec![])])];
    let r1 = resume_into(&mut body, &mut f, g, "send", nil());
    let r2 = resume_into(&mut body, &mut f, g, "throw", str_("boom"));
    // Uncaught inside: the generator dies and the resumer sees the error.
    let r3 = resume_into(&mut body, &mut f, g, "throw", str_("again"));
    body.push(ret(vec![
        loc(r1.1),
        loc(r2.0),
        loc(r2.1),
        loc(r3.0),
        loc(r3.1),
    ]));
    f.body = body;
    assert_eq!(
        run(&f).unwrap(),
        vec!["1", "yield", "caught boom", "error", "again"]
    );
}

#[test]
fn return_closes_a_generator_running_finally_but_not_catch() {
    // gen() { try { try { yield 1; yield 2 } catch (e) { log = "wrong" } }
    //         finally { log = "closed" } }
    let mut gen = inner_fn("gen", Lang::Lua);
    gen.is_generator = true;
    let err = gen.local("e");
    gen.body = vec![try_(
        vec![try_(
            vec![expr_stmt(yield_(int(1))), expr_stmt(yield_(int(2)))],
            Some((Some(err), vec![glob_set("log", str_("wrong"))])),
            None,
        )],
        None,
        Some(vec![glob_set("log", str_("closed"))]),
    )];
    let mut f = main_fn(Lang::Lua);
    let g = f.local("g");
    let mut body = vec![local(vec![g], vec![call(func_expr(gen), vec![])])];
    let r1 = resume_into(&mut body, &mut f, g, "send", nil());
    let r2 = resume_into(&mut body, &mut f, g, "return", int(99));
    body.push(ret(vec![loc(r1.1), loc(r2.0), loc(r2.1), global("log")]));
    f.body = body;
    assert_eq!(run(&f).unwrap(), vec!["1", "done", "99", "closed"]);
}

#[test]
fn a_generator_binds_its_arguments_when_called_and_runs_when_resumed() {
    // gen(a, b) { glob = a + b; yield glob }: nothing runs until resumed.
    let mut gen = inner_fn("gen", Lang::Lua);
    gen.is_generator = true;
    let (a, b) = (gen.local("a"), gen.local("b"));
    gen.params = vec![a, b];
    gen.body = vec![
        glob_set("ran", add(loc(a), loc(b))),
        expr_stmt(yield_(global("ran"))),
    ];
    let mut f = main_fn(Lang::Lua);
    let (g, before) = (f.local("g"), f.local("before"));
    let mut body = vec![
        local(vec![g], vec![call(func_expr(gen), vec![int(2), int(3)])]),
        local(vec![before], vec![global("ran")]),
    ];
    let r1 = resume_into(&mut body, &mut f, g, "send", nil());
    body.push(ret(vec![loc(before), loc(r1.1)]));
    f.body = body;
    assert_eq!(run(&f).unwrap(), vec!["nil", "5"]);
}
