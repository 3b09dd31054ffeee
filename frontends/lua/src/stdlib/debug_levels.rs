//! The levels of a thread as the debug library counts them (Lua 5.4
//! manual §6.10, ldebug.c `lua_getstack`, `luaG_findlocal`): which frame
//! (or which native a running hook's event is about) a level names, and
//! the local variables of a frame: `debug.getlocal`, `debug.setlocal`.

use gc_arena::Gc;
use omx_core::bytecode::Instr;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::thread::{Frame, LuaFrame, ThreadState};
use omx_core::Value;

use super::args::*;
use super::debug::{closure_of, thread_arg};

/// Run `f` on the frames of `thread` (the running one when `None` or when
/// it is the running thread); `None` when that thread's state is in use.
pub(super) fn with_thread<'gc, R>(
    ctx: &Ctx<'gc, '_>,
    thread: Option<omx_core::thread::Thread<'gc>>,
    f: impl FnOnce(&ThreadState<'gc>) -> R,
) -> Option<R> {
    match thread {
        Some(t) if !gc_arena::Gc::ptr_eq(t.0, ctx.thread.0) => {
            let state = t.0.state.try_borrow().ok()?;
            Some(f(&state))
        }
        _ => Some(f(ctx.ts)),
    }
}

/// The frame `level` levels up (1 = the function that called the debug
/// function), skipping suspension markers and the runtime's frame that
/// runs a message handler (the handler is called by the erring function).
pub(super) fn frame_at<'a, 'gc>(ts: &'a ThreadState<'gc>, level: i64) -> Option<&'a Frame<'gc>> {
    frame_index_at(ts, level).map(|i| &ts.frames[i])
}

/// What a level of `getinfo` names: a frame of the thread, or the native
/// a running hook's "call" event is about.
pub(super) enum At<'gc> {
    Frame(usize),
    Native(Value<'gc>),
}

/// `frame_index_at`, with the native whose "call" event a running hook
/// handles counted as the level below the hook: lua5.4 has a frame for
/// it then, omx calls the hook before the native runs.
pub(super) fn level_at<'gc>(ts: &ThreadState<'gc>, level: i64) -> Option<At<'gc>> {
    let index = frame_index_at(ts, level);
    let Some((hook, native, _)) = hooked_native(ts) else {
        return index.map(At::Frame);
    };
    if frame_index_at(ts, level - 1) == Some(hook) {
        return Some(At::Native(native));
    }
    match index {
        Some(i) if i < hook => frame_index_at(ts, level - 1).map(At::Frame),
        other => other.map(At::Frame),
    }
}

/// The hook frame's index, the native and the position of the call
/// instruction that calls it, while the hook runs for a native's "call"
/// or "return" event (vm/hooks.rs: the event is the last step checked,
/// at the call instruction of the frame below the hook, or just after it;
/// a native that has returned is gone: nil).
pub(super) fn hooked_native<'gc>(ts: &ThreadState<'gc>) -> Option<(usize, Value<'gc>, usize)> {
    use omx_core::hook::{FIRED_NATIVE_CALL, FIRED_NATIVE_RETURN};
    let run = ts.hook_run.as_deref()?;
    let (depth, _) = run.running?;
    let last_step = run.fired.checked_ilog2().map(|b| 1u8 << b)?;
    let Frame::Lua(f) = ts.frames.get((depth as usize).checked_sub(1)?)? else {
        return None;
    };
    if run.at != (depth, f.pc) {
        return None;
    }
    if last_step == FIRED_NATIVE_RETURN {
        return Some((depth as usize, Value::Nil, (f.pc as usize).checked_sub(1)?));
    }
    if last_step != FIRED_NATIVE_CALL {
        return None;
    }
    let func = match *f.closure.proto().info.code.get(f.pc as usize)? {
        Instr::Call { func, .. } | Instr::CallKw { func, .. } | Instr::CallEx { func, .. } => func,
        Instr::TForCall { base, .. } => base,
        _ => return None,
    };
    match ts.stack.get(f.base as usize + func as usize).copied()? {
        v @ Value::Native(_) => Some((depth as usize, v, f.pc as usize)),
        _ => None,
    }
}

/// The index in `ts.frames` of the frame `level` levels up (`frame_at`).
pub(super) fn frame_index_at(ts: &ThreadState<'_>, level: i64) -> Option<usize> {
    if level < 1 {
        return None;
    }
    ts.frames
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, f)| match f {
            Frame::Yielded { .. } => false,
            Frame::Native(n) => {
                n.name() != omx_core::vm::MESSAGE_HANDLER && n.name() != omx_core::vm::CLOSE_HANDLER
            }
            Frame::Lua(_) => true,
        })
        .nth(level as usize - 1)
        .map(|(i, _)| i)
}

/// The instruction a Lua frame (`ts.frames[index]`) is at: the one it
/// called from, or, below a running hook, the one the hook was called
/// for (not run yet; lua5.4's `savedpc` is past it then).
pub(super) fn current_pc(ts: &ThreadState<'_>, index: usize) -> usize {
    let Some(Frame::Lua(f)) = ts.frames.get(index) else {
        return 0;
    };
    if omx_core::debuginfo::hook_frame(ts) == Some(index + 1) {
        f.pc as usize
    } else {
        (f.pc as usize).saturating_sub(1)
    }
}

/// The active local variables of a Lua frame at its current instruction,
/// in declaration order: (name, stack slot).
pub(super) fn active_locals(f: &LuaFrame<'_>, pc: usize) -> Vec<(String, usize)> {
    let proto = f.closure.proto();
    proto
        .info
        .locals
        .iter()
        .filter(|l| (l.start_pc as usize) <= pc && pc < l.end_pc as usize)
        .map(|l| (l.name.to_string(), f.base as usize + l.reg as usize))
        .collect()
}

/// The name and stack slot of local `n` (from 1) of a Lua frame: an
/// active local variable, else a register below the function the frame is
/// calling, "(temporary)" (ldebug.c `luaG_findlocal`, whose limit is the
/// next frame's function slot).
pub(super) fn local_slot(f: &LuaFrame<'_>, pc: usize, n: i64) -> Option<(String, usize)> {
    let i = usize::try_from(n.checked_sub(1)?).ok()?;
    let locals = active_locals(f, pc);
    if let Some(found) = locals.get(i) {
        return Some(found.clone());
    }
    (i < temporaries_limit(f, pc)).then(|| ("(temporary)".to_string(), f.base as usize + i))
}

/// How many registers of a Lua frame at `pc` hold values: those below
/// the function it calls, or all of them while a hook runs for the
/// instruction at `pc` (current_pc; lua5.4's limit is then the frame's
/// `top`).
pub(super) fn temporaries_limit(f: &LuaFrame<'_>, pc: usize) -> usize {
    let proto = f.closure.proto();
    if pc == f.pc as usize {
        return proto.info.max_stack as usize;
    }
    match proto.info.code.get(pc) {
        Some(
            Instr::Call { func, .. } | Instr::CallKw { func, .. } | Instr::CallEx { func, .. },
        ) => *func as usize,
        _ => 0,
    }
}

pub(super) fn getlocal<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (thread, first) = thread_arg(args);
    let n = check_int(ctx.rt, args, first + 1, "getlocal")?;
    if let Some(cl) = closure_of(arg(args, first)) {
        // The names of a function's parameters (no values).
        let p = cl.proto();
        let name = if n >= 1 && n <= p.info.num_params as i64 {
            p.info
                .locals
                .iter()
                .filter(|l| l.start_pc == 0)
                .nth(n as usize - 1)
                .map(|l| str_value(ctx.mc, l.name.as_bytes()))
                .unwrap_or_default()
        } else {
            Value::Nil
        };
        return ctx.ret1(name);
    }
    if arg(args, first).is_function() {
        return ctx.ret1(Value::Nil);
    }
    let level = check_int(ctx.rt, args, first, "getlocal")?;
    if level == 0 && thread.is_none() {
        // getlocal itself: its stack holds its arguments (ldebug.c
        // `luaG_findlocal`, "(C temporary)").
        let Some(&v) = n.checked_sub(1).and_then(|i| args.get(i as usize)) else {
            return ctx.ret1(Value::Nil);
        };
        ctx.ret
            .extend_from_slice(&[str_value(ctx.mc, b"(C temporary)"), v]);
        return Ok(Outcome::Return);
    }
    let found = with_thread(
        ctx,
        thread,
        |ts| -> Result<Option<(String, Value<'gc>)>, ()> {
            Ok(variable_at(ts, level, n)?.map(|(name, slot)| {
                let v = match ts.stack.get(slot).copied().unwrap_or_default() {
                    Value::Cell(c) => c.get(),
                    v => v,
                };
                (name, v)
            }))
        },
    );
    match found {
        None => Err(NativeError::msg(
            "not supported by omx: debug.getlocal of a thread that is running",
        )),
        Some(Err(())) => Err(bad_arg(first, "getlocal", "level out of range")),
        Some(Ok(None)) => ctx.ret1(Value::Nil),
        Some(Ok(Some((name, v)))) => {
            ctx.ret
                .extend_from_slice(&[str_value(ctx.mc, name.as_bytes()), v]);
            Ok(Outcome::Return)
        }
    }
}

/// The variable `n` of the function at `level` (a negative `n`: vararg
/// `-n`) as its name and stack slot; `Err` when there is no such level,
/// `None` when the frame is a builtin's or has no such variable.
fn variable_at(ts: &ThreadState<'_>, level: i64, n: i64) -> Result<Option<(String, usize)>, ()> {
    let Some(index) = frame_index_at(ts, level) else {
        return Err(());
    };
    let Frame::Lua(f) = &ts.frames[index] else {
        return Ok(None);
    };
    if n < 0 {
        let i = (-n - 1) as u32;
        return Ok((i < f.nvarargs).then(|| ("(vararg)".to_string(), (f.varargs + i) as usize)));
    }
    Ok(local_slot(f, current_pc(ts, index), n))
}

/// `debug.setlocal([thread,] level, n, value)` (lua manual §6.10,
/// ldblib.c `db_setlocal`): the local `n` (a negative `n`: vararg `-n`)
/// of the function at `level` becomes `value`; answers the variable's
/// name, or nil when there is no such variable. A captured local's cell is
/// written at once; a register of the running thread is written by the
/// executor when this native returns (`RuntimeState::stack_writes`: a
/// native sees its own thread's stack read-only).
pub(super) fn setlocal<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (thread, first) = thread_arg(args);
    let level = check_int(ctx.rt, args, first, "setlocal")?;
    let n = check_int(ctx.rt, args, first + 1, "setlocal")?;
    if args.len() < first + 3 {
        return Err(bad_arg(first + 2, "setlocal", "value expected"));
    }
    let value = args[first + 2];
    // The variable: its name and stack slot.
    let found = with_thread(ctx, thread, |ts| variable_at(ts, level, n));
    let (name, slot) = match found {
        None => {
            return Err(NativeError::msg(
                "not supported by omx: debug.setlocal of a thread that is running",
            ))
        }
        Some(Err(())) => return Err(bad_arg(first, "setlocal", "level out of range")),
        Some(Ok(None)) => return ctx.ret1(Value::Nil),
        Some(Ok(Some(found))) => found,
    };
    let other = thread.filter(|t| !Gc::ptr_eq(t.0, ctx.thread.0));
    let current = match other {
        Some(t) => t.0.state.borrow().stack.get(slot).copied(),
        None => ctx.ts.stack.get(slot).copied(),
    };
    match (current, other) {
        (Some(Value::Cell(c)), _) => c.set(ctx.mc, value),
        (_, Some(t)) => {
            if let Some(v) = t.0.state.borrow_mut(ctx.mc).stack.get_mut(slot) {
                *v = value;
            }
        }
        (_, None) => ctx.rt.stack_writes.push((slot, value)),
    }
    ctx.ret1(str_value(ctx.mc, name.as_bytes()))
}
