//! Basic functions (Lua 5.4 §6.1): print, type, tostring, tonumber,
//! pairs/ipairs/next, select, raw access, metatables, pcall/xpcall/error,
//! assert, collectgarbage.

use gc_arena::Mutation;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::number::{str_to_int_base, str_to_number};
use omx_core::object::WeakMode;
use omx_core::protocol::lua::meta::{fast_event, metamethod, metatable_of, Event};
use omx_core::protocol::lua::table::{
    as_table, raw_get, raw_get_int, raw_get_str, raw_len, raw_next, raw_set, raw_set_str, KeyError,
};
use omx_core::protocol::lua::{index, ops::truthy, ops::type_name, tostring};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::register;

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let g = rt.globals;
    raw_set_str(mc, g, Str::new(mc, b"_G"), Value::Object(g));
    raw_set_str(mc, g, Str::new(mc, b"_VERSION"), str_value(mc, b"Lua 5.4"));
    register(mc, g, "print", print);
    register(mc, g, "type", type_);
    register(mc, g, "tostring", tostring_);
    register(mc, g, "tonumber", tonumber);
    // One iterator for every `ipairs` call: `ipairs{} == ipairs{}`.
    let iter = omx_core::function::NativeFunction::new(mc, "ipairs_iterator", ipairs_aux);
    let ipairs = omx_core::function::NativeFunction::with_bound(
        mc,
        "ipairs",
        ipairs,
        vec![Value::Native(iter)],
    );
    raw_set_str(mc, g, Str::new(mc, b"ipairs"), Value::Native(ipairs));
    register(mc, g, "pairs", pairs);
    register(mc, g, "next", next);
    register(mc, g, "select", select);
    register(mc, g, "rawget", rawget);
    register(mc, g, "rawset", rawset);
    register(mc, g, "rawequal", rawequal);
    register(mc, g, "rawlen", rawlen);
    register(mc, g, "setmetatable", setmetatable);
    register(mc, g, "getmetatable", getmetatable);
    register(mc, g, "pcall", pcall);
    register(mc, g, "xpcall", xpcall);
    register(mc, g, "error", error);
    register(mc, g, "assert", assert);
    register(mc, g, "collectgarbage", collectgarbage);
    register(mc, g, "load", super::base_load::load);
}

/// `print`: write each argument's `tostring`, tab-separated; arguments with
/// `__tostring` are converted by a call and a continuation.
fn print<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    print_from(ctx, args.to_vec(), 0)
}

fn print_from<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut args: Vec<Value<'gc>>,
    start: usize,
) -> NativeResult<'gc> {
    let mut out = Vec::new();
    for i in start..args.len() {
        if let Value::Str(s) = args[i] {
            if i > 0 {
                out.push(b'\t');
            }
            out.extend_from_slice(s.as_bytes());
            continue;
        }
        if !matches!(args[i], Value::Object(_))
            && metamethod(ctx.rt, args[i], Event::ToString).is_nil()
        {
            if i > 0 {
                out.push(b'\t');
            }
            out.extend_from_slice(&tostring::basic_tostring(args[i]));
            continue;
        }
        // lbaselib.c luaB_print converts an argument, then writes the tab
        // before it: what its `__tostring` prints comes before the tab.
        match tostring::tostring(ctx, args[i]) {
            Step::Done(v) => {
                if i > 0 {
                    out.push(b'\t');
                }
                match v {
                    Value::Str(s) => out.extend_from_slice(s.as_bytes()),
                    v => out.extend_from_slice(&tostring::basic_tostring(v)),
                }
            }
            step => {
                ctx.host.write_stdout(&out);
                args.push(Value::Int(i as i64));
                return Ok(Outcome::step(step, Continuation::new(print_cont, args)));
            }
        }
    }
    out.push(b'\n');
    ctx.host.write_stdout(&out);
    Ok(Outcome::Return)
}

fn print_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let index = match state.pop() {
        Some(Value::Int(i)) => i as usize,
        _ => 0,
    };
    let value = result.map_err(NativeError::Throw)?.first().copied();
    if index > 0 && matches!(value, Some(Value::Str(_) | Value::Int(_) | Value::Float(_))) {
        ctx.host.write_stdout(b"\t");
    }
    match value.as_ref() {
        Some(Value::Str(s)) => ctx.host.write_stdout(s.as_bytes()),
        Some(v @ (Value::Int(_) | Value::Float(_))) => {
            ctx.host.write_stdout(&tostring::basic_tostring(*v))
        }
        _ => return Err(NativeError::msg("'__tostring' must return a string")),
    }
    print_from(ctx, state, index + 1)
}

fn type_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = check_any(args, 0, "type")?;
    let s = str_value(ctx.mc, type_name(v).as_bytes());
    ctx.ret1(s)
}

fn tostring_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = check_any(args, 0, "tostring")?;
    match tostring::tostring(ctx, v) {
        Step::Done(s) => ctx.ret1(s),
        step => Ok(Outcome::step(
            step,
            Continuation::new(tostring_cont, Vec::new()),
        )),
    }
}

fn tostring_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result.map_err(NativeError::Throw)?.first() {
        Some(v @ Value::Str(_)) => ctx.ret1(*v),
        Some(v @ (Value::Int(_) | Value::Float(_))) => {
            let s = str_value(ctx.mc, &tostring::basic_tostring(*v));
            ctx.ret1(s)
        }
        _ => Err(NativeError::msg("'__tostring' must return a string")),
    }
}

fn tonumber<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if arg(args, 1).is_nil() {
        let v = check_any(args, 0, "tonumber")?;
        let r = match v {
            Value::Int(_) | Value::Float(_) => v,
            Value::Str(s) => str_to_number(s.as_bytes())
                .map(num_value)
                .unwrap_or_default(),
            _ => Value::Nil,
        };
        return ctx.ret1(r);
    }
    let base = check_int(ctx.rt, args, 1, "tonumber")?;
    let s = match arg(args, 0) {
        Value::Str(s) => s,
        _ => return Err(type_error(ctx.rt, args, 0, "tonumber", "string")),
    };
    if !(2..=36).contains(&base) {
        return Err(bad_arg(1, "tonumber", "base out of range"));
    }
    let r = str_to_int_base(s.as_bytes(), base as u32)
        .map(Value::Int)
        .unwrap_or_default();
    ctx.ret1(r)
}

fn ipairs<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_any(args, 0, "ipairs")?;
    let iter = ctx.bound(0);
    ctx.ret.extend_from_slice(&[iter, t, Value::Int(0)]);
    Ok(Outcome::Return)
}

/// The `ipairs` iterator: `t[i+1]` through the index protocol (§6.1).
fn ipairs_aux<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = arg(args, 0);
    let i = match arg(args, 1) {
        Value::Int(i) => i.wrapping_add(1),
        _ => 1,
    };
    if let Some(table) = as_table(t) {
        let v = raw_get_int(table, i);
        if !v.is_nil() || table.meta().is_none() {
            if v.is_nil() {
                return ctx.ret1(Value::Nil);
            }
            ctx.ret.extend_from_slice(&[Value::Int(i), v]);
            return Ok(Outcome::Return);
        }
    }
    let step = match index::index(ctx, t, Value::Int(i)) {
        Step::Absent => Step::Done(Value::Nil),
        other => other,
    };
    Ok(Outcome::step(
        step,
        Continuation::new(ipairs_cont, vec![Value::Int(i)]),
    ))
}

fn ipairs_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = result
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    if v.is_nil() {
        return ctx.ret1(Value::Nil);
    }
    ctx.ret.extend_from_slice(&[state[0], v]);
    Ok(Outcome::Return)
}

fn pairs<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_any(args, 0, "pairs")?;
    let handler = metamethod(ctx.rt, t, Event::Pairs);
    if !handler.is_nil() {
        return Ok(Outcome::call(
            handler,
            vec![t],
            // lbaselib.c luaB_pairs calls `__pairs` with lua_callk.
            Continuation::new(pairs_cont, Vec::new()).yieldable(),
        ));
    }
    let next = raw_get_str(ctx.rt.globals, Str::new(ctx.mc, b"next"));
    let next = if next.is_function() {
        next
    } else {
        Value::Native(omx_core::function::NativeFunction::new(
            ctx.mc,
            "next",
            self::next,
        ))
    };
    ctx.ret.extend_from_slice(&[next, t, Value::Nil]);
    Ok(Outcome::Return)
}

fn pairs_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let r = result.map_err(NativeError::Throw)?;
    for i in 0..3 {
        ctx.ret.push(r.get(i).copied().unwrap_or_default());
    }
    Ok(Outcome::Return)
}

fn next<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "next")?;
    match raw_next(t, arg(args, 1)) {
        Ok(Some((k, v))) => {
            ctx.ret.extend_from_slice(&[k, v]);
            Ok(Outcome::Return)
        }
        Ok(None) => ctx.ret1(Value::Nil),
        Err(()) => Err(NativeError::Throw(str_value(
            ctx.mc,
            b"invalid key to 'next'",
        ))),
    }
}

fn select<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = args.len() as i64 - 1;
    if let Value::Str(s) = arg(args, 0) {
        if s.as_bytes() == b"#" {
            return ctx.ret1(Value::Int(n.max(0)));
        }
    }
    let i = check_int(ctx.rt, args, 0, "select")?;
    let start = if i < 0 {
        if i < -n {
            return Err(bad_arg(0, "select", "index out of range"));
        }
        n + i
    } else if i == 0 {
        return Err(bad_arg(0, "select", "index out of range"));
    } else {
        (i - 1).min(n)
    };
    ctx.ret.extend_from_slice(&args[(start + 1) as usize..]);
    Ok(Outcome::Return)
}

fn rawget<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "rawget")?;
    let k = check_any(args, 1, "rawget")?;
    ctx.ret1(raw_get(t, k))
}

fn rawset<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "rawset")?;
    let k = check_any(args, 1, "rawset")?;
    let v = check_any(args, 2, "rawset")?;
    match raw_set(ctx.mc, t, k, v) {
        Ok(()) => ctx.ret1(Value::Object(t)),
        Err(KeyError::Nil) => Err(NativeError::msg("table index is nil")),
        Err(KeyError::NaN) => Err(NativeError::msg("table index is NaN")),
    }
}

fn rawequal<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let a = check_any(args, 0, "rawequal")?;
    let b = check_any(args, 1, "rawequal")?;
    ctx.ret1(Value::Bool(a.raw_eq(b)))
}

fn rawlen<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(args, 0) {
        Value::Str(s) => ctx.ret1(Value::Int(s.len() as i64)),
        v => match as_table(v) {
            Some(t) if !super::io::is_file(ctx, v) => ctx.ret1(Value::Int(raw_len(t))),
            _ => Err(type_error(ctx.rt, args, 0, "rawlen", "table or string")),
        },
    }
}

fn setmetatable<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "setmetatable")?;
    if args.len() < 2 {
        return Err(type_error(ctx.rt, args, 1, "setmetatable", "nil or table"));
    }
    let mt = match arg(args, 1) {
        Value::Nil => None,
        v => match as_table(v) {
            Some(m) => Some(m),
            None => return Err(type_error(ctx.rt, args, 1, "setmetatable", "nil or table")),
        },
    };
    if let Some(old) = t.meta() {
        if !fast_event(ctx.rt, old, Event::Metatable).is_nil() {
            return Err(NativeError::msg("cannot change a protected metatable"));
        }
    }
    set_table_metatable(ctx, t, mt);
    ctx.ret1(Value::Object(t))
}

/// Make `mt` the metatable of table `t`, with its `__mode` (weak keys or
/// values) taking effect; no `__metatable` check (`debug.setmetatable`
/// skips it).
pub(crate) fn set_table_metatable<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    t: omx_core::object::Object<'gc>,
    mt: Option<omx_core::object::Object<'gc>>,
) {
    if let Some(m) = mt {
        // A metatable is a prototype: writes to it invalidate lookup caches.
        m.mark_proto();
    }
    t.set_meta(ctx.mc, mt);
    let mode = match mt {
        Some(m) => match fast_event(ctx.rt, m, Event::Mode) {
            Value::Str(s) => WeakMode {
                keys: s.as_bytes().contains(&b'k'),
                values: s.as_bytes().contains(&b'v'),
            },
            _ => Default::default(),
        },
        None => Default::default(),
    };
    let was_weak = t.weak().is_weak();
    t.set_weak(ctx.mc, mode);
    if mode.is_weak() && !was_weak {
        ctx.rt.register_weak(t);
    }
}

fn getmetatable<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = check_any(args, 0, "getmetatable")?;
    match metatable_of(ctx.rt, v) {
        None => ctx.ret1(Value::Nil),
        Some(mt) => {
            let protected = fast_event(ctx.rt, mt, Event::Metatable);
            if protected.is_nil() {
                ctx.ret1(Value::Object(mt))
            } else {
                ctx.ret1(protected)
            }
        }
    }
}

fn pcall<'gc>(_ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = check_any(args, 0, "pcall")?;
    Ok(Outcome::call(
        f,
        args[1..].to_vec(),
        Continuation::catching(status_results, Vec::new()).yieldable(),
    ))
}

/// `true, results...` or `false, error`: the results of `pcall` and
/// `coroutine.resume`.
pub fn status_results<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(values) => {
            ctx.ret.push(Value::Bool(true));
            ctx.ret.extend_from_slice(values);
        }
        Err(e) => ctx.ret.extend_from_slice(&[Value::Bool(false), e]),
    }
    Ok(Outcome::Return)
}

fn xpcall<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    let handler = arg(args, 1);
    if !omx_core::protocol::lua::callable::is_function(handler) {
        return Err(type_error(ctx.rt, args, 1, "xpcall", "function"));
    }
    Ok(Outcome::call(
        f,
        args.get(2..).unwrap_or(&[]).to_vec(),
        Continuation::catching_with_handler(xpcall_cont, Vec::new(), handler).yieldable(),
    ))
}

fn xpcall_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(values) => {
            ctx.ret.push(Value::Bool(true));
            ctx.ret.extend_from_slice(values);
            Ok(Outcome::Return)
        }
        // The message handler ran where the error was raised (the
        // runtime calls it before unwinding); `e` is its first result.
        Err(e) => {
            ctx.ret.extend_from_slice(&[Value::Bool(false), e]);
            Ok(Outcome::Return)
        }
    }
}

fn error<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(args, 0);
    let level = opt_int(ctx.rt, args, 1, "error", 1)?;
    Err(NativeError::AtLevel(v, level.max(0) as u32))
}

fn assert<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = check_any(args, 0, "assert")?;
    if truthy(v) {
        ctx.ret.extend_from_slice(args);
        return Ok(Outcome::Return);
    }
    // luaB_assert calls luaB_error with the message at level 1: a string
    // message gets the caller's position, any other value is raised as is.
    match args.get(1) {
        Some(Value::Str(s)) => Err(NativeError::AtLevel(Value::Str(*s), 1)),
        Some(v) => Err(NativeError::Throw(*v)),
        None => Err(NativeError::msg("assertion failed!")),
    }
}

fn collectgarbage<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let opt = match arg(args, 0) {
        Value::Nil => std::borrow::Cow::Borrowed(&b"collect"[..]),
        _ => check_bytes(ctx.rt, args, 0, "collectgarbage")?,
    };
    match &*opt {
        b"collect" => {
            *ctx.full_gc_requested = true;
            ctx.ret1(Value::Int(0))
        }
        b"count" => {
            let kb = ctx.mc.metrics().total_gc_count() as f64 * 64.0 / 1024.0;
            ctx.ret1(Value::Float(kb))
        }
        b"step" => {
            *ctx.full_gc_requested = true;
            ctx.ret1(Value::Bool(true))
        }
        b"isrunning" => ctx.ret1(Value::Bool(!ctx.rt.lua.gc_stopped)),
        b"incremental" | b"generational" => {
            let was = if ctx.rt.lua.gc_generational {
                &b"generational"[..]
            } else {
                &b"incremental"[..]
            };
            let v = str_value(ctx.mc, was);
            ctx.rt.lua.gc_generational = &*opt == b"generational";
            ctx.ret1(v)
        }
        b"stop" | b"restart" => {
            ctx.rt.lua.gc_stopped = &*opt == b"stop";
            ctx.ret1(Value::Int(0))
        }
        b"setpause" | b"setstepmul" => ctx.ret1(Value::Int(0)),
        _ => Err(bad_arg(
            0,
            "collectgarbage",
            &format!("invalid option '{}'", String::from_utf8_lossy(&opt)),
        )),
    }
}
