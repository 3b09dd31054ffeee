//! The debug library (Lua 5.4 manual §6.10): `traceback`, `getinfo`,
//! `getlocal`, `setlocal`, `getupvalue`, `setupvalue`, `upvalueid`,
//! `getmetatable`, `setmetatable` (any type), `getregistry`,
//! `upvaluejoin`, `getuservalue`, `setuservalue`, `gethook`, `sethook`
//! (debug_hook.rs). What omx's VM cannot do says so in a Lua error ("not
//! supported by omx: ...").

use gc_arena::Gc;
use gc_arena::Mutation;
use omx_core::bytecode::Instr;
use omx_core::debuginfo::describe_reg;
use omx_core::function::{Closure, NativeFunction};
use omx_core::model::VarKind;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::lua::meta::{metatable_of, TypeMeta};
use omx_core::protocol::lua::table::{as_table, new_table, raw_set, raw_set_str};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::thread::{Frame, LuaFrame};
use omx_core::Value;

use super::args::*;
use super::debug_levels::{
    current_pc, frame_at, getlocal, hooked_native, level_at, setlocal, with_thread, At,
};
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
    super::debug_hook::install_hook_table(mc, rt);
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
    let other = thread.filter(|t| !gc_arena::Gc::ptr_eq(t.0, ctx.thread.0));
    // Level 1 is the function calling traceback (of another thread: its
    // innermost function is level 0).
    let level = opt_int(ctx.rt, args, first + 1, "traceback", other.map_or(1, |_| 0))?;
    let (text, skip) = match other {
        Some(t) => {
            // A coroutine: suspended in `coroutine.yield` (a level of its
            // own), and not called from C at its bottom.
            let ops = ctx.rt.default_ops;
            let (text, yielded) = with_thread(ctx, Some(t), |ts| {
                let yielded = matches!(ts.frames.last(), Some(Frame::Yielded { .. }));
                ((ops.traceback)(ts), yielded)
            })
            .unwrap_or_default();
            let mut text = text
                .strip_suffix("\n\t[C]: in ?")
                .unwrap_or(&text)
                .to_string();
            if yielded {
                text = text.replacen(
                    "stack traceback:",
                    "stack traceback:\n\t[C]: in function 'coroutine.yield'",
                    1,
                );
            }
            (text, level)
        }
        None if level <= 0 => {
            let text = ctx.traceback_text();
            let text = text.replacen(
                "stack traceback:",
                "stack traceback:\n\t[C]: in function 'debug.traceback'",
                1,
            );
            (text, 0)
        }
        None => (ctx.traceback_text(), level - 1),
    };
    out.extend_from_slice(skip_levels(&text, skip).as_bytes());
    ctx.ret1(str_value(ctx.mc, &out))
}

/// A traceback without its first `n` levels (the lines after its header).
fn skip_levels(text: &str, n: i64) -> String {
    if n <= 0 {
        return text.to_string();
    }
    let mut lines = text.split('\n');
    let mut out = String::from(lines.next().unwrap_or_default());
    for line in lines.skip(n as usize) {
        out.push('\n');
        out.push_str(line);
    }
    out
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

pub(super) fn closure_of<'gc>(v: Value<'gc>) -> Option<Closure<'gc>> {
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
    call_name_at(f, omx_core::debuginfo::calling_pc(f)?)
}

/// The name of the function the instruction at `pc` of `f` calls.
fn call_name_at(f: &LuaFrame<'_>, pc: usize) -> Option<(String, &'static str)> {
    let proto = f.closure.proto();
    let func = match *proto.info.code.get(pc)? {
        Instr::Call { func, .. } => func,
        Instr::TForCall { .. } => return Some(("for iterator".into(), "for iterator")),
        other => {
            return omx_core::debuginfo::metamethod_event(other)
                .map(|event| (event.into(), "metamethod"))
        }
    };
    let d = describe_reg(&proto, pc, func)?;
    let what = match d.kind {
        VarKind::Global => "global",
        VarKind::Local => "local",
        VarKind::Method => "method",
        VarKind::Field => "field",
        VarKind::Upvalue => "upvalue",
        VarKind::Constant | VarKind::Metamethod => return None,
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
                let index = match level_at(ts, level)? {
                    At::Frame(i) => i,
                    At::Native(func) => {
                        let name = match (frame_at(ts, level), hooked_native(ts)) {
                            (Some(Frame::Lua(f)), Some((_, _, pc))) => call_name_at(f, pc),
                            _ => None,
                        };
                        return Some(Info {
                            func,
                            current_line: -1,
                            name,
                        });
                    }
                };
                Some(match &ts.frames[index] {
                    Frame::Lua(f) => {
                        let pc = current_pc(ts, index);
                        // ldebug.c `funcnamefromcall`: a hook is "hook '?'".
                        let name = if omx_core::debuginfo::hook_frame(ts) == Some(index) {
                            Some(("?".into(), "hook"))
                        } else {
                            match level_at(ts, level + 1) {
                                Some(At::Frame(caller)) => {
                                    // An operation waiting for its
                                    // metamethod's result: the instruction
                                    // is in the frame below.
                                    let caller = ts.frames[..=caller].iter().rev().find(
                                        |f| !matches!(f, Frame::Native(n) if n.callee.is_none()),
                                    );
                                    called_name(caller)
                                }
                                _ => None,
                            }
                        };
                        Info {
                            func: Value::Closure(f.closure),
                            current_line: f.closure.proto().line_at(pc) as i64,
                            name,
                        }
                    }
                    Frame::Native(n) => Info {
                        func: n.callee.map(Value::Native).unwrap_or_default(),
                        current_line: -1,
                        // Named by the call that made it (`pcall`).
                        name: match level_at(ts, level + 1) {
                            Some(At::Frame(caller)) => called_name(ts.frames.get(caller)),
                            _ => None,
                        },
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
                    // A native's bound values are its upvalues.
                    None => match info.func {
                        Value::Native(n) => (n.0.bound.len() as i64, 0, true),
                        _ => (0, 0, true),
                    },
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

/// `setuservalue(udata, value, n)`: omx's only full userdata are files
/// (io.rs), which have no user values: fail, as lua5.4 answers for them
/// (ldblib.c `db_setuservalue`).
fn setuservalue<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if !super::io::is_file(ctx, arg(args, 0)) {
        return Err(type_error(ctx.rt, args, 0, "setuservalue", "userdata"));
    }
    check_any(args, 1, "setuservalue")?;
    ctx.ret1(Value::Nil)
}
