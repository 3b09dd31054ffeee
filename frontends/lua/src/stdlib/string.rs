//! The string library (Lua 5.4 §6.4), except pattern matching
//! (string_match.rs). Strings share one metatable whose `__index` is this
//! library, so `("%d"):format(3)` works.

use gc_arena::Mutation;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::number::Number;
use omx_core::numeric::float_to_int_exact;
use omx_core::protocol::lua::table::{new_table, raw_set_str};
use omx_core::protocol::lua::tostring;
use omx_core::protocol::lua::Event;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};
use crate::strlib::format::{self as fmt, FormatItem, Quoted};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let s = library(mc, rt, "string");
    register(mc, s, "len", len);
    register(mc, s, "dump", super::dump::dump);
    register(mc, s, "pack", super::pack::pack);
    register(mc, s, "unpack", super::pack::unpack);
    register(mc, s, "packsize", super::pack::packsize);
    register(mc, s, "sub", sub);
    register(mc, s, "upper", upper);
    register(mc, s, "lower", lower);
    register(mc, s, "rep", rep);
    register(mc, s, "reverse", reverse);
    register(mc, s, "byte", byte);
    register(mc, s, "char", char);
    register(mc, s, "format", format);
    super::string_match::install(mc, s);
    let meta = new_table(mc, rt.root_shape, 0, 0);
    raw_set_str(mc, meta, rt.lua.event(Event::Index), Value::Object(s));
    meta.mark_proto();
    rt.lua.string_meta = Some(meta);
}

/// Lua's `posrelat` for start positions: negative counts from the end.
fn start_index(pos: i64, len: usize) -> usize {
    if pos > 0 {
        pos as usize
    } else if pos == 0 || pos.unsigned_abs() as usize > len {
        1
    } else {
        (len as i64 + pos + 1) as usize
    }
}

/// `getendpos`: end positions clip to the length.
fn end_index(pos: i64, len: usize) -> usize {
    if pos > len as i64 {
        len
    } else if pos >= 0 {
        pos as usize
    } else if pos.unsigned_abs() as usize > len {
        0
    } else {
        (len as i64 + pos + 1) as usize
    }
}

fn len<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "len")?;
    ctx.ret1(Value::Int(s.len() as i64))
}

fn sub<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_str(ctx.mc, ctx.rt, args, 0, "sub")?;
    let l = s.len();
    let i = start_index(check_int(ctx.rt, args, 1, "sub")?, l);
    let j = end_index(opt_int(ctx.rt, args, 2, "sub", -1)?, l);
    if i > j {
        return ctx.ret1(Value::Str(ctx.rt.new_str(ctx.mc, b"")));
    }
    if i == 1 && j == l {
        return ctx.ret1(Value::Str(s));
    }
    let v = ctx.rt.new_str(ctx.mc, &s.as_bytes()[i - 1..j]);
    ctx.ret1(Value::Str(v))
}

fn upper<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "upper")?;
    let v = str_value(ctx.mc, &s.to_ascii_uppercase());
    ctx.ret1(v)
}

fn lower<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "lower")?;
    let v = str_value(ctx.mc, &s.to_ascii_lowercase());
    ctx.ret1(v)
}

/// Strings larger than this are refused ("resulting string too large").
const MAX_STRING: usize = 1 << 31;

fn rep<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "rep")?;
    let n = check_int(ctx.rt, args, 1, "rep")?;
    let sep = match arg(args, 2) {
        Value::Nil => std::borrow::Cow::Borrowed(&b""[..]),
        _ => check_bytes(ctx.rt, args, 2, "rep")?,
    };
    if n <= 0 {
        return ctx.ret1(str_value(ctx.mc, b""));
    }
    let total = (s.len() + sep.len()) as u128 * n as u128;
    if total >= MAX_STRING as u128 {
        return Err(NativeError::msg("resulting string too large"));
    }
    if total == 0 {
        // n copies of nothing: no loop of n turns.
        return ctx.ret1(str_value(ctx.mc, b""));
    }
    if !omx_core::memory::fits(total as usize) {
        return Err(NativeError::msg("not enough memory"));
    }
    // The bytes written, and the turns of the loop (runtime/budget.rs).
    ctx.charge_bytes(total as usize)?;
    ctx.charge(n as u64 / 16)?;
    let mut out = Vec::with_capacity(total as usize);
    for i in 0..n {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&s);
    }
    let v = Value::Str(Str::from_vec(ctx.mc, out));
    ctx.ret1(v)
}

fn reverse<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut s = check_bytes(ctx.rt, args, 0, "reverse")?.into_owned();
    s.reverse();
    let v = Value::Str(Str::from_vec(ctx.mc, s));
    ctx.ret1(v)
}

fn byte<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_bytes(ctx.rt, args, 0, "byte")?;
    let i = opt_int(ctx.rt, args, 1, "byte", 1)?;
    let pi = start_index(i, s.len());
    let pj = end_index(opt_int(ctx.rt, args, 2, "byte", i)?, s.len());
    if pi > pj {
        return Ok(Outcome::Return);
    }
    for &b in &s[pi - 1..pj] {
        ctx.ret.push(Value::Int(b as i64));
    }
    Ok(Outcome::Return)
}

fn char<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut out = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        let c = check_int(ctx.rt, args, i, "char")?;
        if !(0..=255).contains(&c) {
            return Err(bad_arg(i, "char", "value out of range"));
        }
        out.push(c as u8);
    }
    let v = Value::Str(Str::from_vec(ctx.mc, out));
    ctx.ret1(v)
}

fn str_error<'gc>(n: usize, e: fmt::StrError) -> NativeError<'gc> {
    match e {
        fmt::StrError::Arg(a) => bad_arg(n, "format", a.reason),
        fmt::StrError::Spec(f) => {
            NativeError::Message(String::from_utf8_lossy(&f.message).into_owned())
        }
    }
}

/// `string.format`. `%s` of a value with `__tostring` needs a call: the
/// state is `[fmt, args..., out, item, next_arg]` and formatting resumes in
/// `format_cont`.
fn format<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_str(ctx.mc, ctx.rt, args, 0, "format")?;
    format_from(ctx, args.to_vec(), Vec::new(), 0, 1)
}

fn format_from<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: Vec<Value<'gc>>,
    mut out: Vec<u8>,
    first_item: usize,
    mut next_arg: usize,
) -> NativeResult<'gc> {
    let fmt_bytes = match args[0] {
        Value::Str(s) => s.as_bytes().to_vec(),
        v => tostring::basic_tostring(v),
    };
    let items = match fmt::parse_format(&fmt_bytes) {
        Ok(items) => items,
        Err(e) => return Err(format_error(&fmt_bytes, &e, args.len())),
    };
    for (index, item) in items.iter().enumerate().skip(first_item) {
        let spec = match item {
            FormatItem::Literal(bytes) => {
                out.extend_from_slice(bytes);
                continue;
            }
            FormatItem::Spec(spec) => spec,
        };
        let n = next_arg;
        next_arg += 1;
        if n >= args.len() {
            return Err(bad_arg(n, "format", "no value"));
        }
        let v = args[n];
        match spec.conv {
            b'c' | b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                let i = match v {
                    Value::Int(i) => i,
                    Value::Float(f) => float_to_int_exact(f).ok_or_else(|| {
                        bad_arg(n, "format", "number has no integer representation")
                    })?,
                    _ => match check_number(ctx.rt, &args, n, "format")? {
                        Number::Int(i) => i,
                        Number::Float(f) => float_to_int_exact(f).ok_or_else(|| {
                            bad_arg(n, "format", "number has no integer representation")
                        })?,
                    },
                };
                fmt::format_int(&mut out, spec, i);
            }
            b'a' | b'A' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let f = check_float(ctx.rt, &args, n, "format")?;
                fmt::format_float(&mut out, spec, f);
            }
            b'p' => {
                let text = match pointer_of(ctx, v) {
                    Some(a) => format!("{a:#x}").into_bytes(),
                    None => b"(null)".to_vec(),
                };
                let _ = fmt::format_str(&mut out, spec, &text);
            }
            b'q' => {
                let q = match v {
                    Value::Str(s) => Quoted::Str(s.as_bytes()),
                    Value::Int(i) => Quoted::Int(i),
                    Value::Float(f) => Quoted::Float(f),
                    Value::Nil => Quoted::Nil,
                    Value::Bool(b) => Quoted::Bool(b),
                    _ => return Err(bad_arg(n, "format", "value has no literal form")),
                };
                fmt::format_quoted(&mut out, q);
            }
            _ => match tostring::tostring(ctx, v) {
                Step::Done(Value::Str(s)) => {
                    fmt::format_str(&mut out, spec, s.as_bytes()).map_err(|e| str_error(n, e))?
                }
                Step::Done(v) => fmt::format_str(&mut out, spec, &tostring::basic_tostring(v))
                    .map_err(|e| str_error(n, e))?,
                step => {
                    let mut state = args.clone();
                    state.push(Value::Str(Str::from_vec(ctx.mc, out)));
                    state.push(Value::Int(index as i64));
                    state.push(Value::Int(n as i64));
                    return Ok(Outcome::step(step, Continuation::new(format_cont, state)));
                }
            },
        }
    }
    // One unit per item and per 64 bytes written (runtime/budget.rs).
    ctx.charge((items.len() - first_item) as u64)?;
    ctx.charge_bytes(out.len())?;
    let v = Value::Str(Str::from_vec(ctx.mc, out));
    ctx.ret1(v)
}

/// A bad spec is reported only if every argument before it exists;
/// otherwise the first missing argument is ("no value").
fn format_error<'gc>(fmt_bytes: &[u8], e: &fmt::FormatError, nargs: usize) -> NativeError<'gc> {
    // Find where the bad spec starts: the shortest prefix failing the same
    // way, then the last '%' that begins a spec before it.
    let mut bad_start = None;
    for k in 1..=fmt_bytes.len().min(4096) {
        if let Err(pe) = fmt::parse_format(&fmt_bytes[..k]) {
            if pe.message == e.message {
                let mut i = 0;
                let mut start = 0;
                while i < k {
                    if fmt_bytes[i] == b'%' {
                        if fmt_bytes.get(i + 1) == Some(&b'%') && i + 1 < k {
                            i += 2;
                            continue;
                        }
                        start = i;
                    }
                    i += 1;
                }
                bad_start = Some(start);
                break;
            }
        }
    }
    if let Some(start) = bad_start {
        if let Ok(items) = fmt::parse_format(&fmt_bytes[..start]) {
            let specs = items
                .iter()
                .filter(|i| matches!(i, FormatItem::Spec(_)))
                .count();
            // Arguments 1..=specs are needed before the bad spec, and one for it.
            if specs + 1 >= nargs {
                return bad_arg(nargs, "format", "no value");
            }
        }
    }
    NativeError::Message(String::from_utf8_lossy(&e.message).into_owned())
}

fn format_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let int = |v: Option<Value<'gc>>| match v {
        Some(Value::Int(i)) => i as usize,
        _ => 0,
    };
    let n = int(state.pop());
    let index = int(state.pop());
    let mut out = match state.pop() {
        Some(Value::Str(s)) => s.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    // luaL_tolstring accepts any `lua_isstring` result: a number too.
    let s = match result.map_err(NativeError::Throw)?.first() {
        Some(Value::Str(s)) => s.as_bytes().to_vec(),
        Some(v @ (Value::Int(_) | Value::Float(_))) => {
            omx_core::protocol::lua::tostring::basic_tostring(*v)
        }
        _ => return Err(NativeError::msg("'__tostring' must return a string")),
    };
    let fmt_bytes = match state[0] {
        Value::Str(f) => f.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    let items = fmt::parse_format(&fmt_bytes)
        .map_err(|e| NativeError::Message(String::from_utf8_lossy(&e.message).into_owned()))?;
    if let Some(FormatItem::Spec(spec)) = items.get(index) {
        fmt::format_str(&mut out, spec, &s).map_err(|e| str_error(n, e))?;
    }
    format_from(ctx, state, out, index + 1, n + 1)
}

/// Lua's longest short string (LUAI_MAXSHORTLEN): shorter strings are
/// interned in lua5.4, longer ones are separate objects.
const MAX_SHORT_LEN: usize = 40;

/// The address `%p` shows (`lua_topointer`): a heap value's own; for a
/// string, as lua5.4 where short strings are interned: equal short strings
/// show one address (the interned copy's), each long string its own.
fn pointer_of<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Option<usize> {
    match v {
        Value::Str(s) if s.as_bytes().len() <= MAX_SHORT_LEN => {
            Value::Str(ctx.rt.intern(ctx.mc, s.as_bytes())).heap_address()
        }
        other => other.heap_address(),
    }
}
