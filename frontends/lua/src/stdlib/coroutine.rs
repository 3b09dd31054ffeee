//! The coroutine library (Lua 5.4 §6.2). A coroutine is a `Thread` with its
//! own stack and frames; `resume` and `yield` are switches of the executor,
//! never OS threads and never Rust recursion.

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome, ResumeMode};
use omx_core::protocol::lua::meta::{metamethod, Event};
use omx_core::runtime::RuntimeState;
use omx_core::thread::{Frame, Thread, ThreadState, ThreadStatus};
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let c = library(mc, rt, "coroutine");
    register(mc, c, "create", create);
    register(mc, c, "resume", resume);
    register(mc, c, "yield", yield_);
    register(mc, c, "status", status);
    register(mc, c, "wrap", wrap);
    register(mc, c, "isyieldable", isyieldable);
    register(mc, c, "running", running);
    register(mc, c, "close", close);
}

fn check_thread<'gc>(
    ctx: &Ctx<'gc, '_>,
    args: &[Value<'gc>],
    i: usize,
    name: &str,
) -> NResult<'gc, Thread<'gc>> {
    match arg(args, i) {
        Value::Thread(t) => Ok(t),
        _ => Err(type_error(ctx.rt, args, i, name, "thread")),
    }
}

fn create<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !omx_core::protocol::lua::callable::is_function(f) {
        return Err(type_error(ctx.rt, args, 0, "create", "function"));
    }
    let t = Thread::new(ctx.mc, f);
    ctx.ret1(Value::Thread(t))
}

fn status_name<'gc>(ctx: &Ctx<'gc, '_>, t: Thread<'gc>) -> &'static str {
    if t == ctx.thread {
        return "running";
    }
    match t.status() {
        ThreadStatus::Fresh | ThreadStatus::Suspended => "suspended",
        ThreadStatus::Running => "running",
        ThreadStatus::Normal => "normal",
        ThreadStatus::Dead => "dead",
    }
}

/// Why `t` cannot be resumed, if it cannot.
fn resume_problem<'gc>(ctx: &Ctx<'gc, '_>, t: Thread<'gc>) -> Option<&'static str> {
    match status_name(ctx, t) {
        "suspended" => None,
        "dead" => Some("cannot resume dead coroutine"),
        _ => Some("cannot resume non-suspended coroutine"),
    }
}

fn resume<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_thread(ctx, args, 0, "resume")?;
    if let Some(problem) = resume_problem(ctx, t) {
        ctx.ret
            .extend_from_slice(&[Value::Bool(false), str_value(ctx.mc, problem.as_bytes())]);
        return Ok(Outcome::Return);
    }
    ctx.ret.extend_from_slice(&args[1..]);
    Ok(Outcome::resume(
        t,
        // Yieldable: the resumer waits here, but a yield is the resumed
        // coroutine's; `isyieldable` of the resumer stays true (lua5.4).
        Continuation::catching(resume_done, Vec::new()).yieldable(),
        ResumeMode::Values,
    ))
}

/// `true, results...` or `false, error`; results that do not fit on the
/// resumer's stack are an error (lcorolib.c `auxresume`: "too many
/// results to resume").
fn resume_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(values) if !stack_room(ctx.ts, values.len() + 1) => {
            let msg = str_value(ctx.mc, b"too many results to resume");
            ctx.ret.extend_from_slice(&[Value::Bool(false), msg]);
            Ok(Outcome::Return)
        }
        _ => super::base::status_results(ctx, state, result),
    }
}

/// `coroutine.yield(...)`. A yield suspends the whole coroutine, so it
/// must not cross a native that waits for a call it made without a
/// continuation (Lua 5.4 §4.5 and ldo.c `lua_yieldk`: "attempt to yield
/// across a C-call boundary" when the thread's count of non-yieldable
/// calls is not 0). The main thread's yield is the VM's error
/// ("attempt to yield from outside a coroutine").
fn yield_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if crosses_native(ctx.ts) && !is_main(ctx, ctx.thread) {
        let msg = str_value(ctx.mc, b"attempt to yield across a C-call boundary");
        return Err(NativeError::Throw(msg));
    }
    ctx.ret.extend_from_slice(args);
    Ok(Outcome::Yield)
}

/// Whether a native waits in `ts` for a call it made without a yieldable
/// continuation (`table.sort`'s comparator, `gsub`'s replacement,
/// `tostring`'s `__tostring`, an `__index` reached from `table.insert`,
/// `load`'s reader...; see `Continuation::yieldable`). Frames of the VM's
/// own metamethod calls have no native (`callee: None`) and never count.
fn crosses_native(ts: &ThreadState<'_>) -> bool {
    ts.frames.iter().any(|f| match f {
        Frame::Native(nf) => nf.callee.is_some() && !nf.then.yieldable,
        _ => false,
    })
}

fn is_main<'gc>(ctx: &Ctx<'gc, '_>, t: Thread<'gc>) -> bool {
    let main = omx_core::protocol::lua::table::raw_get_int(ctx.rt.registry, 1);
    matches!(main, Value::Thread(m) if m == t)
}

fn status<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_thread(ctx, args, 0, "status")?;
    let name = status_name(ctx, t);
    let v = str_value(ctx.mc, name.as_bytes());
    ctx.ret1(v)
}

fn wrap<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !omx_core::protocol::lua::callable::is_function(f) {
        return Err(type_error(ctx.rt, args, 0, "wrap", "function"));
    }
    let t = Thread::new(ctx.mc, f);
    let w = NativeFunction::with_bound(ctx.mc, "wrap", wrap_call, vec![Value::Thread(t)]);
    ctx.ret1(Value::Native(w))
}

fn wrap_call<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Thread(t) = ctx.bound(0) else {
        return Err(NativeError::msg("cannot resume dead coroutine"));
    };
    if let Some(problem) = resume_problem(ctx, t) {
        return Err(NativeError::msg(problem));
    }
    ctx.ret.extend_from_slice(args);
    Ok(Outcome::resume(
        t,
        Continuation::catching(wrap_done, Vec::new()).yieldable(),
        ResumeMode::Values,
    ))
}

/// `wrap` propagates errors: a string error gets the position of the
/// wrap call prefixed (Lua 5.4 `auxwrap` uses `luaL_where(L, 1)`).
fn wrap_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(values) => {
            ctx.ret.extend_from_slice(values);
            Ok(Outcome::Return)
        }
        Err(e @ Value::Str(_)) => Err(NativeError::AtLevel(e, 1)),
        Err(e) => Err(NativeError::Throw(e)),
    }
}

fn isyieldable<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = match arg(args, 0) {
        Value::Thread(t) => t,
        _ => ctx.thread,
    };
    // lua_isyieldable: not the main thread, and (for the running one)
    // no native without a continuation waiting below this call. Another
    // thread is suspended at a yield or resuming a coroutine: yieldable.
    let blocked = t == ctx.thread && crosses_native(ctx.ts);
    let main = is_main(ctx, t);
    ctx.ret1(Value::Bool(!main && !blocked))
}

fn running<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = ctx.thread;
    let is_main = is_main(ctx, t);
    ctx.ret
        .extend_from_slice(&[Value::Thread(t), Value::Bool(is_main)]);
    Ok(Outcome::Return)
}

/// `coroutine.close(co)` (§6.2, lcorolib.c luaB_close → lua_closethread):
/// a suspended or dead coroutine becomes dead; its pending to-be-closed
/// variables are closed first, innermost first, each `__close` called with
/// the variable and the error so far (nil at first). An error in one
/// becomes the error passed to the next; the result is `true`, or
/// `false` and the last error (or the error that killed the coroutine).
/// While its variables close the coroutine counts as running (closing it
/// again from a `__close` is "cannot close a running coroutine").
fn close<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_thread(ctx, args, 0, "close")?;
    match status_name(ctx, t) {
        "suspended" | "dead" => {
            let death = t.0.state.borrow_mut(ctx.mc).death.take();
            t.set_status(ThreadStatus::Running);
            let state = vec![
                Value::Thread(t),
                death.unwrap_or_default(),
                Value::Bool(death.is_some()),
            ];
            close_next(ctx, state, Ok(&[]))
        }
        other => Err(NativeError::Message(format!(
            "cannot close a {other} coroutine"
        ))),
    }
}

/// Close the next pending variable of the coroutine in `state[0]`
/// (`state[1]`: the error so far, `state[2]`: whether there is one), or
/// finish `close` when none is left.
fn close_next<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let Value::Thread(t) = state[0] else {
        return ctx.ret1(Value::Bool(true));
    };
    if let Err(e) = result {
        state[1] = e;
        state[2] = Value::Bool(true);
    }
    loop {
        let pending = {
            let mut ts = t.0.state.borrow_mut(ctx.mc);
            match ts.tbc.pop() {
                Some(slot) => Some(ts.stack.get(slot as usize).copied().unwrap_or_default()),
                None => None,
            }
        };
        let Some(v) = pending else { break };
        let handler = metamethod(ctx.rt, v, Event::Close);
        if handler.is_nil() {
            continue;
        }
        let err = state[1];
        return Ok(Outcome::call(
            handler,
            vec![v, err],
            Continuation::catching(close_next, state),
        ));
    }
    t.set_status(ThreadStatus::Dead);
    {
        let mut ts = t.0.state.borrow_mut(ctx.mc);
        ts.frames.clear();
        ts.stack.clear();
        ts.top = 0;
    }
    if matches!(state[2], Value::Bool(true)) {
        ctx.ret.extend_from_slice(&[Value::Bool(false), state[1]]);
        Ok(Outcome::Return)
    } else {
        ctx.ret1(Value::Bool(true))
    }
}
