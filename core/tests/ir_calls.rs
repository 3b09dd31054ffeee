//! IR call signatures built by hand: defaults, keyword and keyword-only
//! arguments, `*args`, `**kwargs`, spread arguments, a receiver `this`,
//! the extra arguments as a list and the call's context (Perl's `@_` and
//! `wantarray`), and a strict language's arity errors.

mod common;

use common::*;
use omx_core::ir::*;
use omx_core::model::LangOps;
use omx_core::protocol::lua::LUA_OPS;
use omx_core::Lang;

fn closure(func: Function, defaults: Vec<Option<Expr>>) -> Expr {
    e(ExprKind::Closure {
        func: Box::new(func),
        defaults,
    })
}

fn pos(x: Expr) -> Arg {
    Arg::Positional(x)
}

fn kw(name: &str, x: Expr) -> Arg {
    Arg::Keyword(name.as_bytes().to_vec(), x)
}

fn callv(f: LocalId, args: Vec<Arg>) -> Expr {
    invoke(Callee::Value(Box::new(loc(f))), args)
}

/// f(a, b=10) -> a * 100 + b
fn with_default() -> Expr {
    let mut f = inner_fn("f", Lang::Lua);
    let (a, b) = (f.local("a"), f.local("b"));
    f.params = vec![a, b];
    f.signature.defaults = 1;
    f.body = vec![ret(vec![add(arith(BinOp::Mul, loc(a), int(100)), loc(b))])];
    closure(f, vec![Some(int(10))])
}

#[test]
fn defaults_and_keywords_bind_by_position_and_name() {
    let mut m = main_fn(Lang::Lua);
    let f = m.local("f");
    m.body = vec![
        local(vec![f], vec![with_default()]),
        ret(vec![
            callv(f, vec![pos(int(1))]),
            callv(f, vec![pos(int(1)), pos(int(2))]),
            callv(f, vec![kw("b", int(3)), kw("a", int(4))]),
            callv(f, vec![pos(int(5)), kw("b", int(6))]),
        ]),
    ];
    assert_eq!(run(&m).unwrap(), vec!["110", "102", "403", "506"]);
}

#[test]
fn keyword_only_rest_and_kwrest_parameters() {
    // g(a, *rest, k=7, req, **kw) -> a, rest, k, req, kw
    let mut g = inner_fn("g", Lang::Lua);
    let (a, rest, k, req, kwd) = (
        g.local("a"),
        g.local("rest"),
        g.local("k"),
        g.local("req"),
        g.local("kw"),
    );
    g.params = vec![a];
    g.signature.rest = Some(rest);
    g.signature.kwonly = vec![k, req];
    g.signature.kwonly_defaults = vec![true, false];
    g.signature.kwrest = Some(kwd);
    g.body = vec![ret(vec![loc(a), loc(rest), loc(k), loc(req), loc(kwd)])];
    let mut m = main_fn(Lang::Lua);
    let f = m.local("g");
    m.body = vec![
        local(vec![f], vec![closure(g, vec![Some(int(7)), None])]),
        ret(vec![callv(
            f,
            vec![
                pos(int(1)),
                pos(int(2)),
                pos(int(3)),
                kw("req", str_("r")),
                kw("extra", str_("x")),
            ],
        )]),
    ];
    assert_eq!(
        run(&m).unwrap(),
        vec!["1", "{1=2, 2=3}", "7", "r", "{extra=x}"]
    );
}

#[test]
fn spread_arguments_expand_a_list_and_a_keyword_object() {
    let mut m = main_fn(Lang::Lua);
    let f = m.local("f");
    let args = table(vec![TableItem::Positional(int(8))]);
    let kwargs = table(vec![TableItem::Keyed(str_("b"), int(9))]);
    m.body = vec![
        local(vec![f], vec![with_default()]),
        ret(vec![callv(
            f,
            vec![Arg::Spread(args), Arg::KeywordSpread(kwargs)],
        )]),
    ];
    assert_eq!(run(&m).unwrap(), vec!["809"]);
}

#[test]
fn this_is_the_receiver_of_a_method_call_and_nil_for_a_plain_call() {
    // f = function(this, x) return this, x end; t = {f = f}
    let mut fun = inner_fn("f", Lang::Lua);
    let (this, x) = (fun.local("this"), fun.local("x"));
    fun.signature.this = Some(this);
    fun.params = vec![x];
    fun.body = vec![ret(vec![loc(this), loc(x)])];
    let mut m = main_fn(Lang::Lua);
    let (f, t, a, b) = (m.local("f"), m.local("t"), m.local("a"), m.local("b"));
    m.body = vec![
        local(vec![f], vec![func_expr(fun)]),
        local(
            vec![t],
            vec![table(vec![TableItem::Keyed(str_("name"), str_("T"))])],
        ),
        local(
            vec![a],
            vec![invoke(Callee::Value(Box::new(loc(f))), vec![pos(int(1))])],
        ),
        s(StmtKind::Assign {
            targets: vec![Place::Attr {
                obj: loc(t),
                name: b"f".to_vec(),
            }],
            values: vec![loc(f)],
        }),
        local(
            vec![b],
            vec![e(ExprKind::Attr {
                obj: Box::new(e(ExprKind::Paren(Box::new(invoke(
                    Callee::Method {
                        obj: Box::new(loc(t)),
                        name: b"f".to_vec(),
                        load: MethodLoad::Receiver,
                    },
                    vec![pos(int(2))],
                ))))),
                name: b"name".to_vec(),
            })],
        ),
        ret(vec![loc(a), loc(b)]),
    ];
    assert_eq!(run(&m).unwrap(), vec!["nil", "T"]);
}

#[test]
fn the_extra_arguments_as_a_list_and_the_calls_context() {
    // p(...) { ctx = CallContext; return ArgList }
    let mut p = inner_fn("p", Lang::Lua);
    p.is_vararg = true;
    p.body = vec![
        s(StmtKind::Assign {
            targets: vec![Place::Attr {
                obj: up(0),
                name: b"ctx".to_vec(),
            }],
            values: vec![e(ExprKind::CallContext)],
        }),
        ret(vec![e(ExprKind::ArgList)]),
    ];
    let mut m = main_fn(Lang::Lua);
    let (f, list, c0, c1, c2) = (
        m.local("p"),
        m.local("list"),
        m.local("c0"),
        m.local("c1"),
        m.local("c2"),
    );
    m.body = vec![
        local(vec![f], vec![func_expr(p)]),
        // void context: a call statement
        expr_stmt(call(loc(f), vec![])),
        local(vec![c0], vec![global("ctx")]),
        // scalar context: one value wanted
        local(vec![list], vec![call(loc(f), vec![int(4), int(5)])]),
        local(vec![c1], vec![global("ctx")]),
        // list context: all values wanted
        expr_stmt(table(vec![TableItem::Positional(call(loc(f), vec![]))])),
        local(vec![c2], vec![global("ctx")]),
        ret(vec![loc(list), loc(c0), loc(c1), loc(c2)]),
    ];
    assert_eq!(run(&m).unwrap(), vec!["{1=4, 2=5}", "0", "1", "2"]);
}

/// Lua's operators with Python's arity rule, installed as the operator
/// table of "Python" functions.
static STRICT: LangOps = LangOps {
    lang: Lang::Python,
    strict_arity: true,
    ..LUA_OPS
};

#[test]
fn a_strict_language_reports_arity_errors_and_a_lax_one_does_not() {
    let strict = |args: Vec<Arg>| {
        let mut f = inner_fn("two", Lang::Python);
        let (a, b) = (f.local("a"), f.local("b"));
        f.params = vec![a, b];
        f.signature.kwonly_defaults = vec![];
        f.signature.defaults = 0;
        f.signature.kwrest = None;
        // A keyword-capable signature makes the call go through binding.
        let kwd = f.local("kw");
        f.signature.kwrest = Some(kwd);
        f.body = vec![ret(vec![loc(a)])];
        let mut m = main_fn(Lang::Lua);
        let g = m.local("g");
        m.body = vec![
            local(vec![g], vec![func_expr(f)]),
            ret(vec![callv(g, args)]),
        ];
        run_with_ops(&m, &STRICT)
    };
    let many = strict(vec![pos(int(1)), pos(int(2)), pos(int(3))]).unwrap_err();
    assert!(
        many.contains("two() takes 2 positional arguments but 3 were given"),
        "{many}"
    );
    let few = strict(vec![pos(int(1))]).unwrap_err();
    assert!(few.contains("missing required argument(s): b"), "{few}");
    let twice = strict(vec![pos(int(1)), pos(int(2)), kw("a", int(3))]).unwrap_err();
    assert!(
        twice.contains("got multiple values for argument 'a'"),
        "{twice}"
    );
    assert_eq!(strict(vec![pos(int(1)), pos(int(2))]).unwrap(), vec!["1"]);
}

/// Lua's operators with JavaScript's calling convention (`this` first),
/// installed as the operator table of "Python" functions.
static RECEIVER_FIRST: LangOps = LangOps {
    lang: Lang::Python,
    passes_this: true,
    ..LUA_OPS
};

#[test]
fn calls_between_conventions_insert_or_drop_the_receiver() {
    // j = function(this, x) return this, x end in a this-first language;
    // Lua calls it plainly, as a field, and as a method.
    let mut j = inner_fn("j", Lang::Python);
    let (this, x) = (j.local("this"), j.local("x"));
    j.params = vec![this, x];
    j.body = vec![ret(vec![loc(this), loc(x)])];
    let mut m = main_fn(Lang::Lua);
    let (f, t, a, b, c, d) = (
        m.local("f"),
        m.local("t"),
        m.local("a"),
        m.local("b"),
        m.local("c"),
        m.local("d"),
    );
    let method = |t: LocalId| {
        invoke(
            Callee::Method {
                obj: Box::new(loc(t)),
                name: b"f".to_vec(),
                load: MethodLoad::Receiver,
            },
            vec![pos(int(7))],
        )
    };
    let field = |t: LocalId| {
        e(ExprKind::Attr {
            obj: Box::new(loc(t)),
            name: b"f".to_vec(),
        })
    };
    m.body = vec![
        local(vec![f], vec![func_expr(j)]),
        local(
            vec![t],
            vec![table(vec![TableItem::Keyed(str_("name"), str_("T"))])],
        ),
        s(StmtKind::Assign {
            targets: vec![Place::Attr {
                obj: loc(t),
                name: b"f".to_vec(),
            }],
            values: vec![loc(f)],
        }),
        // f(6): this = nil, x = 6
        local(vec![a, b], vec![call(loc(f), vec![int(6)])]),
        // t:f(7): this = t, x = 7
        local(vec![c, d], vec![method(t)]),
        ret(vec![
            loc(a),
            loc(b),
            e(ExprKind::Attr {
                obj: Box::new(loc(c)),
                name: b"name".to_vec(),
            }),
            loc(d),
            // t.f(8) keeps nil as this; a keyword-capable call as well
            call(field(t), vec![int(8)]),
        ]),
    ];
    assert_eq!(
        run_with_ops(&m, &RECEIVER_FIRST).unwrap(),
        vec!["nil", "6", "T", "7", "nil", "8"]
    );

    // The other way: the this-first language calls a Lua function
    // plainly, passing `nil` as `this` first: the Lua function never sees it.
    let mut g = inner_fn("g", Lang::Lua);
    let (p, q) = (g.local("p"), g.local("q"));
    g.params = vec![p, q];
    g.body = vec![ret(vec![loc(p), loc(q)])];
    let mut m = main_fn(Lang::Lua);
    let (h, r) = (m.local("h"), m.local("r"));
    // h runs in the this-first language and calls g(nil, 1, 2).
    let mut caller = inner_fn("h", Lang::Python);
    let (hthis, gf) = (caller.local("this"), caller.local("gf"));
    caller.params = vec![hthis, gf];
    caller.body = vec![ret(vec![call(loc(gf), vec![nil(), int(1), int(2)])])];
    m.body = vec![
        local(vec![h], vec![func_expr(caller)]),
        local(vec![r], vec![func_expr(g)]),
        ret(vec![call(loc(h), vec![loc(r)])]),
    ];
    assert_eq!(run_with_ops(&m, &RECEIVER_FIRST).unwrap(), vec!["1", "2"]);
}

#[test]
fn calls_asked_for_by_natives_follow_the_callee_convention() {
    // j = function(this, x) return this, x end in a this-first language,
    // called back by Lua-convention natives: a plain call (and a tail
    // call) gives it `this = nil`; a method call gives it the receiver.
    let mut j = inner_fn("j", Lang::Python);
    let (this, x) = (j.local("this"), j.local("x"));
    j.params = vec![this, x];
    j.body = vec![ret(vec![loc(this), loc(x)])];
    // g = function(p, q) return p, q end in Lua, called back by a native
    // that passes `this` first: `nil` is dropped, a receiver kept.
    let mut g = inner_fn("g", Lang::Lua);
    let (p, q) = (g.local("p"), g.local("q"));
    g.params = vec![p, q];
    g.body = vec![ret(vec![loc(p), loc(q)])];
    let mut m = main_fn(Lang::Lua);
    let (fj, fg) = (m.local("fj"), m.local("fg"));
    let out: Vec<LocalId> = (0..10).map(|i| m.local(&format!("r{i}"))).collect();
    let pair = |i: usize, native: &str, args: Vec<Expr>| {
        local(vec![out[i], out[i + 1]], vec![call(global(native), args)])
    };
    m.body = vec![
        local(vec![fj], vec![func_expr(j)]),
        local(vec![fg], vec![func_expr(g)]),
        pair(0, "relay", vec![loc(fj), int(6)]),
        pair(2, "relay_tail", vec![loc(fj), int(7)]),
        pair(4, "relay_method", vec![loc(fj), str_("R"), int(8)]),
        // Lua code calls the this-first native plainly: the VM gives it
        // `this = nil` (vm/receiver.rs).
        pair(6, "this_relay", vec![loc(fg), nil(), int(1), int(2)]),
        pair(8, "this_relay", vec![loc(fg), str_("R"), int(3)]),
        ret(out.iter().map(|l| loc(*l)).collect()),
    ];
    assert_eq!(
        run_with_ops(&m, &RECEIVER_FIRST).unwrap(),
        vec!["nil", "6", "nil", "7", "R", "8", "1", "2", "R", "3"]
    );
}
