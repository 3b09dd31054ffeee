//! A small kit for building IR by hand and running it: expression and
//! statement constructors, and a runner that returns what the main
//! function returned, as text.

#![allow(dead_code)]

pub mod probe;

use omx_core::compiler::compile;
use omx_core::ir::*;
use omx_core::native::{
    Continuation, Ctx, NativeError, NativeFn, NativeResult, Outcome, ResumeMode,
};
use omx_core::protocol::lua::table::{as_table, raw_next, raw_set_str};
use omx_core::string::Str;
use omx_core::{BufferHost, Engine, Lang, StepResult, Value};

pub fn e(kind: ExprKind) -> Expr {
    Expr::new(kind, 1)
}

pub fn s(kind: StmtKind) -> Stmt {
    Stmt::new(kind, 1)
}

pub fn int(i: i64) -> Expr {
    e(ExprKind::Int(i))
}

pub fn str_(t: &str) -> Expr {
    e(ExprKind::Str(t.as_bytes().to_vec()))
}

pub fn nil() -> Expr {
    e(ExprKind::Nil)
}

pub fn loc(id: LocalId) -> Expr {
    e(ExprKind::Local(id))
}

pub fn up(id: UpvalueId) -> Expr {
    e(ExprKind::Upvalue(id))
}

pub fn arith(op: BinOp, a: Expr, b: Expr) -> Expr {
    e(ExprKind::Arith {
        op,
        lhs: Box::new(a),
        rhs: Box::new(b),
    })
}

pub fn add(a: Expr, b: Expr) -> Expr {
    arith(BinOp::Add, a, b)
}

pub fn concat(a: Expr, b: Expr) -> Expr {
    e(ExprKind::Concat {
        lhs: Box::new(a),
        rhs: Box::new(b),
    })
}

pub fn cmp(op: CompareOp, a: Expr, b: Expr) -> Expr {
    e(ExprKind::Compare {
        op,
        lhs: Box::new(a),
        rhs: Box::new(b),
    })
}

/// `_ENV.name` (the main function's upvalue 0 is `_ENV`).
pub fn global(name: &str) -> Expr {
    e(ExprKind::Attr {
        obj: Box::new(up(0)),
        name: name.as_bytes().to_vec(),
    })
}

pub fn call(f: Expr, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        func: Box::new(f),
        args,
    })
}

pub fn invoke(callee: Callee, args: Vec<Arg>) -> Expr {
    e(ExprKind::Invoke { callee, args })
}

pub fn func_expr(f: Function) -> Expr {
    e(ExprKind::Function(Box::new(f)))
}

pub fn table(items: Vec<TableItem>) -> Expr {
    e(ExprKind::Table(items))
}

pub fn local(ids: Vec<LocalId>, values: Vec<Expr>) -> Stmt {
    s(StmtKind::Local {
        locals: ids,
        values,
    })
}

pub fn set(id: LocalId, v: Expr) -> Stmt {
    s(StmtKind::Assign {
        targets: vec![Place::Local(id)],
        values: vec![v],
    })
}

pub fn set_up(id: UpvalueId, v: Expr) -> Stmt {
    s(StmtKind::Assign {
        targets: vec![Place::Upvalue(id)],
        values: vec![v],
    })
}

/// `name = v` on the global table (`_ENV`, upvalue 0).
pub fn glob_set(name: &str, v: Expr) -> Stmt {
    s(StmtKind::Assign {
        targets: vec![Place::Attr {
            obj: up(0),
            name: name.as_bytes().to_vec(),
        }],
        values: vec![v],
    })
}

pub fn ret(values: Vec<Expr>) -> Stmt {
    s(StmtKind::Return(values))
}

pub fn expr_stmt(x: Expr) -> Stmt {
    s(StmtKind::Expr(x))
}

pub fn while_(cond: Expr, body: Block) -> Stmt {
    s(StmtKind::While { cond, body })
}

pub fn if_(cond: Expr, then: Block, otherwise: Option<Block>) -> Stmt {
    s(StmtKind::If {
        arms: vec![(cond, then)],
        otherwise,
    })
}

pub fn throw(v: Expr) -> Stmt {
    s(StmtKind::Throw(v))
}

pub fn try_(body: Block, catch: Option<(Option<LocalId>, Block)>, finally: Option<Block>) -> Stmt {
    s(StmtKind::Try {
        body,
        catch: catch.map(|(var, body)| Catch { var, body }),
        orelse: Vec::new(),
        finally,
    })
}

/// A main chunk of `lang`: vararg, `_ENV` as upvalue 0.
pub fn main_fn(lang: Lang) -> Function {
    let mut f = Function::new("", "test", lang);
    f.is_vararg = true;
    f.upvalues.push(UpvalueDecl {
        name: "_ENV".into(),
        capture: Capture::Upvalue(0),
    });
    f
}

/// An inner function capturing `_ENV` from its parent's upvalue 0.
pub fn inner_fn(name: &str, lang: Lang) -> Function {
    let mut f = Function::new(name, "test", lang);
    f.line_defined = 1;
    f.upvalues.push(UpvalueDecl {
        name: "_ENV".into(),
        capture: Capture::Upvalue(0),
    });
    f
}

/// Show a value for a test: numbers and strings plainly, lists and Lua
/// tables with their contents.
pub fn show(v: Value<'_>) -> String {
    match v {
        Value::Nil | Value::Empty => "nil".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format!("{f:?}"),
        Value::Str(s) => s.to_str_lossy().into_owned(),
        Value::Object(o) => {
            if let Some(t) = as_table(v) {
                let mut parts = Vec::new();
                let mut k = Value::Nil;
                while let Ok(Some((key, val))) = raw_next(t, k) {
                    parts.push(format!("{}={}", show(key), show(val)));
                    k = key;
                }
                return format!("{{{}}}", parts.join(", "));
            }
            let items: Vec<String> = o.with_array(|a| a.iter().map(|x| show(*x)).collect());
            format!("[{}]", items.join(", "))
        }
        Value::Thread(_) => "thread".into(),
        Value::Closure(_) | Value::Native(_) => "function".into(),
        other => other.kind().into(),
    }
}

/// Register the natives the tests use as globals.
fn install(engine: &mut Engine, natives: &[(&'static str, NativeFn)]) {
    engine.with_state(|mc, rt| {
        for (name, f) in natives {
            let n = omx_core::function::NativeFunction::new(mc, name, *f);
            raw_set_str(
                mc,
                rt.globals,
                Str::new(mc, name.as_bytes()),
                Value::Native(n),
            );
        }
    });
}

/// Compile and run `f`; the main function's results as text, or the
/// uncaught error's message.
pub fn run(f: &Function) -> Result<Vec<String>, String> {
    run_engine(f, |_| {})
}

/// `run`, with `ops` as the operator table of Python functions.
pub fn run_with_ops(
    f: &Function,
    ops: &'static omx_core::model::LangOps,
) -> Result<Vec<String>, String> {
    run_engine(f, |engine| {
        engine.with_state(|_, rt| rt.lang_ops[Lang::Python as usize] = Some(ops));
    })
}

fn run_engine(f: &Function, setup: impl FnOnce(&mut Engine)) -> Result<Vec<String>, String> {
    let proto = compile(f).map_err(|e| format!("compile error: {}", e.message))?;
    let mut engine = Engine::new();
    setup(&mut engine);
    install(
        &mut engine,
        &[
            ("resume", resume),
            ("through_native", through_native),
            ("lua_error", lua_error),
            ("probe", make_probe),
            ("relay", relay),
            ("relay_tail", relay_tail),
            ("relay_method", relay_method),
        ],
    );
    engine.with_state(|mc, rt| {
        let n = omx_core::function::NativeFunction::this_first(mc, "this_relay", this_relay);
        raw_set_str(
            mc,
            rt.globals,
            Str::new(mc, b"this_relay"),
            Value::Native(n),
        );
    });
    engine.load(&proto)?;
    let mut host = BufferHost::default();
    loop {
        match engine.step(&mut host, 1000) {
            StepResult::Finished => break,
            StepResult::Paused => {}
            StepResult::Error(e) => return Err(e.message),
            StepResult::MemoryLimit { limit } => return Err(format!("memory limit {limit}")),
            StepResult::SizeLimit(e) => return Err(format!("size limit {e:?}")),
        }
    }
    Ok(engine.with_results(|_, _, values| values.iter().map(|v| show(*v)).collect()))
}

/// `resume(generator, mode, value)`: resume with "send", "throw" or
/// "return"; returns `"yield"`/`"done"` and the value, or `"error"` and
/// the error.
fn resume<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(Value::Thread(t)) = args.first().copied() else {
        return Err(NativeError::msg("resume: not a generator"));
    };
    let mode = match args.get(1) {
        Some(Value::Str(m)) if m.as_bytes() == b"throw" => ResumeMode::Throw,
        Some(Value::Str(m)) if m.as_bytes() == b"return" => ResumeMode::Return,
        _ => ResumeMode::Values,
    };
    ctx.ret.push(args.get(2).copied().unwrap_or_default());
    Ok(Outcome::resume(
        t,
        Continuation::catching(resumed, vec![Value::Thread(t)]),
        mode,
    ))
}

fn resumed<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let done = matches!(state.first(), Some(Value::Thread(t))
        if t.status() == omx_core::thread::ThreadStatus::Dead);
    let (tag, v) = match result {
        Ok(values) => (
            if done { "done" } else { "yield" },
            values.first().copied().unwrap_or_default(),
        ),
        Err(e) => ("error", e),
    };
    ctx.ret
        .extend_from_slice(&[Value::Str(Str::new(ctx.mc, tag.as_bytes())), v]);
    Ok(Outcome::Return)
}

/// `through_native(f)`: call `f` from a native continuation that does not
/// catch (an error unwinds across it).
fn through_native<'gc>(_: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    Ok(Outcome::call(
        args.first().copied().unwrap_or_default(),
        Vec::new(),
        Continuation::new(pass_through, Vec::new()),
    ))
}

fn pass_through<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    ctx.ret
        .extend_from_slice(result.map_err(NativeError::Throw)?);
    Ok(Outcome::Return)
}

/// `relay(f, args...)`: a native's plain call `f(args...)`, its results
/// ours.
fn relay<'gc>(_: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (f, rest) = args
        .split_first()
        .map_or((Value::Nil, &[][..]), |(f, r)| (*f, r));
    Ok(Outcome::call(
        f,
        rest.to_vec(),
        Continuation::new(pass_through, Vec::new()),
    ))
}

/// `relay_tail(f, args...)`: the same as a tail call.
fn relay_tail<'gc>(_: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (f, rest) = args
        .split_first()
        .map_or((Value::Nil, &[][..]), |(f, r)| (*f, r));
    Ok(Outcome::tail_call(f, rest.to_vec()))
}

/// `relay_method(f, receiver, args...)`: a native's method call.
fn relay_method<'gc>(_: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (f, rest) = args
        .split_first()
        .map_or((Value::Nil, &[][..]), |(f, r)| (*f, r));
    Ok(Outcome::call_method(
        f,
        rest.to_vec(),
        Continuation::new(pass_through, Vec::new()),
    ))
}

/// `this_relay(own_this, f, this, args...)`: a native of a this-first
/// language (`NativeFunction::this_first`) calling `f` with `this` first.
fn this_relay<'gc>(_: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = args.get(1).copied().unwrap_or_default();
    Ok(Outcome::tail_call(f, args.get(2..).unwrap_or(&[]).to_vec()))
}

/// `lua_error(v)`: raise `v` from a native.
fn lua_error<'gc>(_: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    Err(NativeError::Throw(
        args.first().copied().unwrap_or_default(),
    ))
}

/// `probe(values...)`: a probe object (see probe.rs).
fn make_probe<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = probe::new_probe(ctx, args);
    ctx.ret.push(Value::Object(o));
    Ok(Outcome::Return)
}
