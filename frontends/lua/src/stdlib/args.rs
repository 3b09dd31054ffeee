//! Argument checking for Lua builtins, worded as lauxlib words it
//! ("bad argument #1 to 'insert' (table expected, got nil)").

use gc_arena::Mutation;
use omx_core::native::NativeError;
use omx_core::number::{str_to_number, Number};
use omx_core::numeric::float_to_int_exact;
use std::borrow::Cow;

use omx_core::object::Object;
use omx_core::protocol::lua::compare::object_type_name;
use omx_core::protocol::lua::table::as_table;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

pub type NResult<'gc, T> = Result<T, NativeError<'gc>>;

#[inline]
pub fn arg<'gc>(args: &[Value<'gc>], i: usize) -> Value<'gc> {
    args.get(i).copied().unwrap_or_default()
}

pub fn bad_arg<'gc>(i: usize, fname: &str, msg: &str) -> NativeError<'gc> {
    NativeError::Message(format!("bad argument #{} to '{}' ({})", i + 1, fname, msg))
}

pub fn type_error<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
    expected: &str,
) -> NativeError<'gc> {
    let got = if i >= args.len() {
        "no value".to_string()
    } else {
        object_type_name(rt, args[i])
    };
    bad_arg(i, fname, &format!("{expected} expected, got {got}"))
}

pub fn check_table<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, Object<'gc>> {
    match as_table(arg(args, i)) {
        Some(t) => Ok(t),
        None => Err(type_error(rt, args, i, fname, "table")),
    }
}

pub fn check_any<'gc>(args: &[Value<'gc>], i: usize, fname: &str) -> NResult<'gc, Value<'gc>> {
    if i >= args.len() {
        return Err(bad_arg(i, fname, "value expected"));
    }
    Ok(args[i])
}

/// A number argument (strings convert).
pub fn check_number<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, Number> {
    match arg(args, i) {
        Value::Int(n) => Ok(Number::Int(n)),
        Value::Float(f) => Ok(Number::Float(f)),
        Value::Str(s) => {
            str_to_number(s.as_bytes()).ok_or_else(|| type_error(rt, args, i, fname, "number"))
        }
        _ => Err(type_error(rt, args, i, fname, "number")),
    }
}

pub fn check_float<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, f64> {
    Ok(match check_number(rt, args, i, fname)? {
        Number::Int(n) => n as f64,
        Number::Float(f) => f,
    })
}

/// An integer argument: floats need an exact integer value.
pub fn check_int<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, i64> {
    match check_number(rt, args, i, fname)? {
        Number::Int(n) => Ok(n),
        Number::Float(f) => float_to_int_exact(f)
            .ok_or_else(|| bad_arg(i, fname, "number has no integer representation")),
    }
}

pub fn opt_int<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
    default: i64,
) -> NResult<'gc, i64> {
    if arg(args, i).is_nil() {
        Ok(default)
    } else {
        check_int(rt, args, i, fname)
    }
}

/// A string argument (numbers convert, as `lua_tolstring`). A string is
/// borrowed, never copied: natives that scan a subject stay linear.
pub fn check_bytes<'gc>(
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, Cow<'gc, [u8]>> {
    match arg(args, i) {
        Value::Str(s) => Ok(Cow::Borrowed(s.as_bytes())),
        v @ (Value::Int(_) | Value::Float(_)) => Ok(Cow::Owned(
            omx_core::protocol::lua::tostring::basic_tostring(v),
        )),
        _ => Err(type_error(rt, args, i, fname, "string")),
    }
}

/// A string argument without copying when it is already a string.
pub fn check_str<'gc>(
    mc: &Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, Str<'gc>> {
    match arg(args, i) {
        Value::Str(s) => Ok(s),
        v @ (Value::Int(_) | Value::Float(_)) => Ok(Str::from_vec(
            mc,
            omx_core::protocol::lua::tostring::basic_tostring(v),
        )),
        _ => Err(type_error(rt, args, i, fname, "string")),
    }
}

pub fn num_value<'gc>(n: Number) -> Value<'gc> {
    match n {
        Number::Int(i) => Value::Int(i),
        Number::Float(f) => Value::Float(f),
    }
}

pub fn str_value<'gc>(mc: &Mutation<'gc>, bytes: &[u8]) -> Value<'gc> {
    Value::Str(Str::new(mc, bytes))
}

/// Lua's LUAI_MAXSTACK: slots per thread (core's limit too).
const MAX_STACK: usize = 1_000_000;

/// `lua_checkstack(L, n)` for the thread `ts` (lapi.c, ldo.c): whether `n`
/// more values fit under LUAI_MAXSTACK above the slots in use (those of
/// the innermost compiled frame, and of native frames above it) and Lua's
/// EXTRA_STACK of 5.
pub fn stack_room(ts: &omx_core::thread::ThreadState<'_>, n: usize) -> bool {
    use omx_core::thread::Frame;
    let mut in_use = ts.top as usize;
    for frame in ts.frames.iter().rev() {
        match frame {
            Frame::Lua(f) => {
                in_use = in_use.max(f.base as usize + f.closure.proto().info.max_stack as usize);
                break;
            }
            Frame::Native(nf) => in_use = in_use.max(nf.stack_base as usize + 1),
            Frame::Yielded { .. } => {}
        }
    }
    in_use + 5 + n <= MAX_STACK
}

/// The integer in slot `i` of a continuation's state (0 when it is not
/// one).
pub fn int_at(state: &[Value<'_>], i: usize) -> i64 {
    match state[i] {
        Value::Int(n) => n,
        _ => 0,
    }
}
