//! The debug library (Lua 5.4 manual §6.10): `traceback`, `getinfo`,
//! `getlocal`, `getupvalue`, `setupvalue`, `upvalueid`, `getmetatable`,
//! `setmetatable` (any type), `getregistry`, `upvaluejoin`,
//! `getuservalue`, `setuservalue`, `gethook`, `sethook` (debug_hook.rs).
//! What omx's VM cannot do says so in a Lua error: `setlocal` is "not
//! supported by omx".

use gc_arena::Gc;
use gc_arena::Mutation;
use omx_core::debuginfo::describe_reg;
use omx_core::function::{Closure, NativeFunction};
use omx_core::model::VarKind;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::lua::meta::{metatable_of, TypeMeta};
use omx_core::protocol::lua::table::{as_table, new_table, raw_set, raw_set_str};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::thread::{Frame, LuaFrame, ThreadState};
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let d = library(mc, rt, "debug");
    register(mc, d, "getmetatable", getmetatable);
    register(mc, d, "setmetatable", setmetatable);
    register(mc, d, "getregistry", getregistry);
    register(mc, d, "traceback", traceback);
    register(mc, d, "getinfo", getinfo);
    register(mc, d, "getlocal", getlocal);
    register(mc, d, "setlocal", setlocal);
    register(mc, d, "getupvalue", getupvalue);
    register(mc, d, "setupvalue", setupvalue);
    register(mc, d, "upvalueid", upvalueid);
    register(mc, d, "upvaluejoin", upvaluejoin);
    register(mc, d, "getuservalue", getuservalue);
    register(mc, d, "setuservalue", setuservalue);
    register(mc, d, "gethook", super::debug_hook::gethook);
    register(mc, d, "sethook", super::debug_hook::sethook);
}

fn getmetatable<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_any(args, 0, "getmetatable")?;
    let mt = metatable_of(ctx.rt, args[0]);
    ctx.ret1(mt.map(Value::Object).unwrap_or_default())
}

/// `debug.setmetatable(v, mt)`: a table's own metatable, or the one all
/// values of `v`'s type share; `__metatable` protection does not apply.
fn setmetatable<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(args, 0);
    let mt = match arg(args, 1) {
        Value::Nil => None,
        m => match as_table(m) {
            Some(t) => Some(t),
            None => return Err(type_error(ctx.rt, args, 1, "setmetatable", "nil or table")),
        },
    };
    if let Some(m) = mt {
        // A metatable is a prototype: writes to it invalidate caches.
        m.mark_proto();
    }
    match v {
        Value::Object(o) if as_table(v).is_some() => {
            super::base::set_table_metatable(ctx, o, mt);
        }
        Value::Str(_) => {
            ctx.rt.lua.string_meta = mt;
        }
        other => match TypeMeta::of(other) {
            Some(t) => {
                ctx.rt.lua.type_meta[t as usize] = mt;
            }
            None => {
                return Err(NativeError::msg(
                    "not supported by omx: debug.setmetatable on a foreign object",
                ))
            }
        },
    }
    ctx.ret1(v)
}

fn getregistry<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let r = ctx.rt.registry;
    ctx.ret1(Value::Object(r))
}

/// The optional thread first argument of most debug functions: the
/// thread, and the index of the next argument.
pub(super) fn thread_arg<'gc>(
    args: &[Value<'gc>],
) -> (Option<omx_core::thread::Thread<'gc>>, usize) {
    match arg(args, 0) {
        Value::Thread(t) => (Some(t), 1),
        _ => (None, 0),
    }
}

/// Run `f` on the frames of `thread` (the running one when `None` or when
/// it is the running thread); `None` when that thread's state is in use.
fn with_thread<'gc, R>(
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
fn frame_at<'a, 'gc>(ts: &'a ThreadState<'gc>, level: i64) -> Option<&'a Frame<'gc>> {
    if level < 1 {
        return None;
    }
    ts.frames
        .iter()
        .rev()
        .filter(|f| match f {
            Frame::Yielded { .. } => false,
            Frame::Native(n) => n.name() != omx_core::vm::MESSAGE_HANDLER,
            Frame::Lua(_) => true,
        })
        .nth(level as usize - 1)
}

fn traceback<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (thread, first) = thread_arg(args);
    let msg = arg(args, first);
    if !matches!(
        msg,
        Value::Nil | Value::Str(_) | Value::Int(_) | Value::Float(_)
    ) {
        return ctx.ret1(msg);
    }
    let mut out = Vec::new();
    if !msg.is_nil() {
        out.extend_from_slice(&check_bytes(ctx.rt, args, first, "traceback")?);
        out.push(b'\n');
    }
    let text = match thread {
        Some(t) if !gc_arena::Gc::ptr_eq(t.0, ctx.thread.0) => {
            let ops = ctx.rt.default_ops;
            with_thread(ctx, Some(t), |ts| (ops.traceback)(ts)).unwrap_or_default()
        }
        _ => ctx.traceback_text(),
    };
    out.extend_from_slice(text.as_bytes());
    ctx.ret1(str_value(ctx.mc, &out))
}

/// What `getinfo` reports of one function (and of its activation, when
/// asked about a level).
struct Info<'gc> {
    func: Value<'gc>,
    current_line: i64,
    name: Option<(String, &'static str)>,
}

fn set<'gc>(mc: &Mutation<'gc>, t: omx_core::object::Object<'gc>, key: &str, v: Value<'gc>) {
    raw_set_str(mc, t, Str::new(mc, key.as_bytes()), v);
}

fn closure_of<'gc>(v: Value<'gc>) -> Option<Closure<'gc>> {
    match v {
        Value::Closure(c) => Some(c),
        _ => None,
    }
}

/// The name a Lua frame is called by: its caller's call instruction
/// (Lua's `getfuncname`).
fn called_name(caller: Option<&Frame<'_>>) -> Option<(String, &'static str)> {
    let Some(Frame::Lua(f)) = caller else {
        return None;
    };
    let proto = f.closure.proto();
    let pc = (f.pc as usize).checked_sub(1)?;
    let func = match *proto.info.code.get(pc)? {
        omx_core::bytecode::Instr::Call { func, .. } => func,
        omx_core::bytecode::Instr::TForCall { .. } => {
            return Some(("for iterator".into(), "for iterator"))
        }
        _ => return None,
    };
    let d = describe_reg(&proto, pc, func)?;
    let what = match d.kind {
        VarKind::Global => "global",
        VarKind::Local => "local",
        VarKind::Method => "method",
        VarKind::Field => "field",
        VarKind::Upvalue => "upvalue",
        VarKind::Constant => return None,
    };
    Some((d.name, what))
}

fn getinfo<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (thread, first) = thread_arg(args);
    let what = match arg(args, first + 1) {
        Value::Nil => b"flnSrtu".to_vec(),
        _ => check_bytes(ctx.rt, args, first + 1, "getinfo")?.into_owned(),
    };
    if what.first() == Some(&b'>') {
        return Err(bad_arg(first + 1, "getinfo", "invalid option '>'"));
    }
    if what.iter().any(|c| !b"SlnrutfL".contains(c)) {
        return Err(bad_arg(first + 1, "getinfo", "invalid option"));
    }
    let target = arg(args, first);
    let info = if target.is_function() {
        Info {
            func: target,
            current_line: -1,
            name: None,
        }
    } else {
        let level = check_int(ctx.rt, args, first, "getinfo")?;
        if level == 0 && thread.is_none() {
            Info {
                func: ctx.callee.map(Value::Native).unwrap_or_default(),
                current_line: -1,
                name: Some(("getinfo".into(), "field")),
            }
        } else {
            let found = with_thread(ctx, thread, |ts| {
                let frame = frame_at(ts, level)?;
                Some(match frame {
                    Frame::Lua(f) => {
                        let pc = (f.pc as usize).saturating_sub(1);
                        Info {
                            func: Value::Closure(f.closure),
                            current_line: f.closure.proto().line_at(pc) as i64,
                            name: called_name(frame_at(ts, level + 1)),
                        }
                    }
                    Frame::Native(n) => Info {
                        func: n.callee.map(Value::Native).unwrap_or_default(),
                        current_line: -1,
                        name: None,
                    },
                    Frame::Yielded { .. } => return None,
                })
            })
            .flatten();
            match found {
                Some(i) => i,
                None => return ctx.ret1(Value::Nil),
            }
        }
    };
    let mc = ctx.mc;
    let t = new_table(mc, ctx.rt.root_shape, 0, 0);
    let closure = closure_of(info.func);
    for c in what.iter() {
        match c {
            b'S' => {
                let (source, short, kind, defined, last) = match closure {
                    Some(cl) => {
                        let p = cl.proto();
                        let chunk = p.info.chunk_name.to_string();
                        let kind = if p.info.line_defined == 0 {
                            "main"
                        } else {
                            "Lua"
                        };
                        (
                            source_of(&chunk),
                            chunk,
                            kind,
                            p.info.line_defined as i64,
                            if p.info.line_defined == 0 {
                                0
                            } else {
                                p.info.last_line as i64
                            },
                        )
                    }
                    None => ("=[C]".to_string(), "[C]".to_string(), "C", -1, -1),
                };
                set(mc, t, "source", str_value(mc, source.as_bytes()));
                set(mc, t, "short_src", str_value(mc, short.as_bytes()));
                set(mc, t, "what", str_value(mc, kind.as_bytes()));
                set(mc, t, "linedefined", Value::Int(defined));
                set(mc, t, "lastlinedefined", Value::Int(last));
            }
            b'l' => set(mc, t, "currentline", Value::Int(info.current_line)),
            b'u' => {
                let (nups, nparams, vararg) = match closure {
                    Some(cl) => {
                        let p = cl.proto();
                        (
                            p.info.upvalues.len() as i64,
                            p.info.num_params as i64,
                            p.info.is_vararg,
                        )
                    }
                    None => (0, 0, true),
                };
                set(mc, t, "nups", Value::Int(nups));
                set(mc, t, "nparams", Value::Int(nparams));
                set(mc, t, "isvararg", Value::Bool(vararg));
            }
            b'n' => match &info.name {
                Some((name, kind)) => {
                    set(mc, t, "name", str_value(mc, name.as_bytes()));
                    set(mc, t, "namewhat", str_value(mc, kind.as_bytes()));
                }
                None => set(mc, t, "namewhat", str_value(mc, b"")),
            },
            b't' => set(mc, t, "istailcall", Value::Bool(false)),
            b'r' => {
                set(mc, t, "ftransfer", Value::Int(0));
                set(mc, t, "ntransfer", Value::Int(0));
            }
            b'f' => set(mc, t, "func", info.func),
            b'L' => {
                if let Some(cl) = closure {
                    let lines = new_table(mc, ctx.rt.root_shape, 0, 0);
                    let p = cl.proto();
                    for &l in p.info.lines.iter() {
                        if l > 0 {
                            raw_set(mc, lines, Value::Int(l as i64), Value::Bool(true)).ok();
                        }
                    }
                    set(mc, t, "activelines", Value::Object(lines));
                }
            }
            _ => {}
        }
    }
    ctx.ret1(Value::Object(t))
}

/// A function's `source` from its chunk's printed name (omx keeps only
/// that): `[string "text"]` came from a string, anything else from a file.
fn source_of(chunk: &str) -> String {
    match chunk
        .strip_prefix("[string \"")
        .and_then(|rest| rest.strip_suffix("\"]"))
    {
        Some(text) => text.to_string(),
        None => format!("@{chunk}"),
    }
}

/// The active local variables of a Lua frame at its current instruction,
/// in declaration order: (name, stack slot).
fn active_locals(f: &LuaFrame<'_>) -> Vec<(String, usize)> {
    let proto = f.closure.proto();
    let pc = (f.pc as usize).saturating_sub(1);
    proto
        .info
        .locals
        .iter()
        .filter(|l| (l.start_pc as usize) <= pc && pc < l.end_pc as usize)
        .map(|l| (l.name.to_string(), f.base as usize + l.reg as usize))
        .collect()
}

fn getlocal<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
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
    let found = with_thread(
        ctx,
        thread,
        |ts| -> Result<Option<(String, Value<'gc>)>, ()> {
            let Some(frame) = frame_at(ts, level) else {
                return Err(());
            };
            let Frame::Lua(f) = frame else {
                return Ok(None);
            };
            if n < 0 {
                let i = (-n - 1) as u32;
                if i < f.nvarargs {
                    let v = ts.stack.get((f.varargs + i) as usize).copied();
                    return Ok(v.map(|v| ("(vararg)".to_string(), v)));
                }
                return Ok(None);
            }
            let locals = active_locals(f);
            Ok(n.checked_sub(1)
                .and_then(|i| locals.get(i as usize))
                .map(|(name, slot)| {
                    let v = match ts.stack.get(*slot).copied().unwrap_or_default() {
                        Value::Cell(c) => c.get(),
                        v => v,
                    };
                    (name.clone(), v)
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

fn setlocal<'gc>(_ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    Err(NativeError::msg("not supported by omx: debug.setlocal"))
}

/// An upvalue named by `(f, n)` arguments: a closure's cell, or a bound
/// value of a native (Lua's C-closure upvalues, which have no names).
enum Upvalue<'gc> {
    Lua(Closure<'gc>, usize),
    Native(NativeFunction<'gc>, usize),
}

/// The upvalue `(args[first], args[first + 1])`; `None` when the function
/// has no upvalue of that number.
fn upvalue_arg<'gc>(
    ctx: &Ctx<'gc, '_>,
    args: &[Value<'gc>],
    first: usize,
    fname: &str,
) -> NResult<'gc, Option<Upvalue<'gc>>> {
    let f = arg(args, first);
    if !f.is_function() {
        return Err(type_error(ctx.rt, args, first, fname, "function"));
    }
    let n = check_int(ctx.rt, args, first + 1, fname)?;
    let Some(i) = n.checked_sub(1).and_then(|i| usize::try_from(i).ok()) else {
        return Ok(None);
    };
    Ok(match f {
        Value::Closure(c) if i < c.0.upvalues.len() => Some(Upvalue::Lua(c, i)),
        Value::Native(nf) if i < nf.0.bound.len() => Some(Upvalue::Native(nf, i)),
        _ => None,
    })
}

fn upvalue_name(up: &Upvalue<'_>) -> String {
    match up {
        Upvalue::Lua(c, i) => c
            .proto()
            .info
            .upvalues
            .get(*i)
            .map(|u| u.name.to_string())
            .unwrap_or_default(),
        Upvalue::Native(..) => String::new(),
    }
}

fn getupvalue<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(up) = upvalue_arg(ctx, args, 0, "getupvalue")? else {
        return Ok(Outcome::Return);
    };
    let value = match up {
        Upvalue::Lua(c, i) => c.upvalue(i).map(|cell| cell.get()).unwrap_or_default(),
        Upvalue::Native(nf, i) => nf.0.bound.get(i).copied().unwrap_or_default(),
    };
    let name = str_value(ctx.mc, upvalue_name(&up).as_bytes());
    ctx.ret.extend_from_slice(&[name, value]);
    Ok(Outcome::Return)
}

fn setupvalue<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_any(args, 2, "setupvalue")?;
    let Some(up) = upvalue_arg(ctx, args, 0, "setupvalue")? else {
        return Ok(Outcome::Return);
    };
    match up {
        Upvalue::Lua(c, i) => {
            if let Some(cell) = c.upvalue(i) {
                cell.set(ctx.mc, args[2]);
            }
        }
        Upvalue::Native(..) => {
            return Err(NativeError::msg(
                "not supported by omx: debug.setupvalue of a builtin function",
            ))
        }
    }
    let name = str_value(ctx.mc, upvalue_name(&up).as_bytes());
    ctx.ret1(name)
}

/// `upvalueid(f, n)`: an identity for the variable an upvalue refers to.
/// lua5.4 gives a light userdata; omx gives an integer (the cell's
/// address), equal for closures that share the variable.
fn upvalueid<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let id = match upvalue_arg(ctx, args, 0, "upvalueid")? {
        Some(Upvalue::Lua(c, i)) => c.upvalue(i).map(|cell| Gc::as_ptr(cell) as usize),
        Some(Upvalue::Native(nf, i)) => Some(Gc::as_ptr(nf.0) as usize + 16 * (i + 1)),
        None => None,
    };
    match id {
        Some(id) => ctx.ret1(Value::Int(id as i64)),
        None => ctx.ret1(Value::Nil),
    }
}

/// `upvaluejoin(f1, n1, f2, n2)`: upvalue `n1` of `f1` refers to the
/// variable of upvalue `n2` of `f2`.
fn upvaluejoin<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let target = upvalue_arg(ctx, args, 0, "upvaluejoin")?;
    let source = upvalue_arg(ctx, args, 2, "upvaluejoin")?;
    let (c1, n1) = match target {
        Some(Upvalue::Lua(c, i)) => (c, i),
        Some(Upvalue::Native(..)) => {
            return Err(bad_arg(0, "upvaluejoin", "Lua function expected"))
        }
        None => return Err(bad_arg(1, "upvaluejoin", "invalid upvalue index")),
    };
    let cell = match source {
        Some(Upvalue::Lua(c, i)) => c.upvalue(i),
        Some(Upvalue::Native(..)) => {
            return Err(bad_arg(2, "upvaluejoin", "Lua function expected"))
        }
        None => return Err(bad_arg(3, "upvaluejoin", "invalid upvalue index")),
    };
    if let Some(cell) = cell {
        c1.join_upvalue(ctx.mc, n1, cell);
    }
    Ok(Outcome::Return)
}

/// omx has no full userdata: there are no user values to read.
fn getuservalue<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    ctx.ret1(Value::Nil)
}

fn setuservalue<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    Err(type_error(ctx.rt, args, 0, "setuservalue", "userdata"))
}
