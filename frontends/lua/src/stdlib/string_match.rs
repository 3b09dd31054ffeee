//! Pattern matching in the string library (Lua 5.4 §6.4.1): find, match,
//! gmatch, gsub. The matcher is `strlib::pattern`; gsub with a function or
//! table replacement runs as a continuation loop (one call per match).

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::lua::index;
use omx_core::protocol::lua::table::{as_table, new_table, raw_get_int, raw_set};
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::register;
use crate::strlib::pattern::{self, Capture, GmatchState, Match, PatternError};

pub fn install<'gc>(mc: &Mutation<'gc>, s: Object<'gc>) {
    register(mc, s, "find", find);
    register(mc, s, "match", match_);
    register(mc, s, "gmatch", gmatch);
    register(mc, s, "gsub", gsub);
}

fn perr<'gc>(e: PatternError) -> NativeError<'gc> {
    NativeError::Message(e.message)
}

fn capture_value<'gc>(mc: &Mutation<'gc>, src: &[u8], c: Capture) -> Value<'gc> {
    match c {
        Capture::Span(a, b) => str_value(mc, &src[a..b]),
        Capture::Position(p) => Value::Int(p as i64 + 1),
    }
}

/// Push the captures of `m` (or the whole match when it has none).
fn push_captures<'gc>(ctx: &mut Ctx<'gc, '_>, src: &[u8], m: &Match, whole_if_none: bool) {
    if m.captures.is_empty() {
        if whole_if_none {
            let v = str_value(ctx.mc, &src[m.start..m.end]);
            ctx.ret.push(v);
        }
        return;
    }
    for &c in &m.captures {
        let v = capture_value(ctx.mc, src, c);
        ctx.ret.push(v);
    }
}

fn find_plain(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from);
    }
    omx_core::string::find_bytes(hay.get(from..)?, needle).map(|p| p + from)
}

fn str_find_aux<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], find: bool) -> NativeResult<'gc> {
    let fname = if find { "find" } else { "match" };
    let s = check_bytes(ctx.rt, args, 0, fname)?;
    let p = check_bytes(ctx.rt, args, 1, fname)?;
    let init = opt_int(ctx.rt, args, 2, fname, 1)?;
    let ls = s.len();
    let init = if init > 0 {
        init as usize
    } else if init == 0 || init.unsigned_abs() as usize > ls {
        1
    } else {
        (ls as i64 + init + 1) as usize
    };
    if init > ls + 1 {
        return ctx.ret1(Value::Nil);
    }
    let plain = omx_core::protocol::lua::ops::truthy(arg(args, 3));
    if find && (plain || !pattern::has_specials(&p)) {
        return match find_plain(&s, &p, init - 1) {
            Some(pos) => {
                ctx.ret.extend_from_slice(&[
                    Value::Int(pos as i64 + 1),
                    Value::Int((pos + p.len()) as i64),
                ]);
                Ok(Outcome::Return)
            }
            None => ctx.ret1(Value::Nil),
        };
    }
    match pattern::match_at(&s, &p, init - 1, &mut |n| ctx.charge(n).is_ok()).map_err(perr)? {
        Some(m) => {
            if find {
                ctx.ret
                    .extend_from_slice(&[Value::Int(m.start as i64 + 1), Value::Int(m.end as i64)]);
                push_captures(ctx, &s, &m, false);
            } else {
                push_captures(ctx, &s, &m, true);
            }
            Ok(Outcome::Return)
        }
        None => ctx.ret1(Value::Nil),
    }
}

fn find<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    str_find_aux(ctx, args, true)
}

fn match_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    str_find_aux(ctx, args, false)
}

/// `gmatch`: the iterator's state lives in a small table bound to it:
/// `[1] = next position, [2] = end of the last match (or -1)`.
fn gmatch<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = check_str(ctx.mc, ctx.rt, args, 0, "gmatch")?;
    let p = check_str(ctx.mc, ctx.rt, args, 1, "gmatch")?;
    let init = opt_int(ctx.rt, args, 2, "gmatch", 1)?;
    let ls = s.len();
    let init = if init > 0 {
        init as usize
    } else if init == 0 || init.unsigned_abs() as usize > ls {
        1
    } else {
        (ls as i64 + init + 1) as usize
    };
    let start = if init > ls + 1 { ls + 1 } else { init - 1 };
    let state = new_table(ctx.mc, ctx.rt.root_shape, 2, 0);
    let _ = raw_set(ctx.mc, state, Value::Int(1), Value::Int(start as i64));
    let _ = raw_set(ctx.mc, state, Value::Int(2), Value::Int(-1));
    let f = NativeFunction::with_bound(
        ctx.mc,
        "gmatch_iterator",
        gmatch_aux,
        vec![Value::Str(s), Value::Str(p), Value::Object(state)],
    );
    ctx.ret1(Value::Native(f))
}

fn gmatch_aux<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Value::Str(s), Value::Str(p), Some(state)) =
        (ctx.bound(0), ctx.bound(1), as_table(ctx.bound(2)))
    else {
        return ctx.ret1(Value::Nil);
    };
    let pos = match raw_get_int(state, 1) {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let last = match raw_get_int(state, 2) {
        Value::Int(i) if i >= 0 => Some(i as usize),
        _ => None,
    };
    let mut gs = GmatchState {
        src: pos,
        lastmatch: last,
    };
    let src = s.as_bytes();
    let found = pattern::gmatch_next(src, p.as_bytes(), &mut gs, &mut |n| ctx.charge(n).is_ok())
        .map_err(perr)?;
    let _ = raw_set(ctx.mc, state, Value::Int(1), Value::Int(gs.src as i64));
    let _ = raw_set(
        ctx.mc,
        state,
        Value::Int(2),
        Value::Int(gs.lastmatch.map(|l| l as i64).unwrap_or(-1)),
    );
    match found {
        Some(m) => {
            push_captures(ctx, src, &m, true);
            Ok(Outcome::Return)
        }
        None => Ok(Outcome::Return),
    }
}

// gsub state slots.
const G_SRC: usize = 0;
const G_PAT: usize = 1;
const G_REPL: usize = 2;
const G_MAX: usize = 3;
const G_POS: usize = 4;
const G_COUNT: usize = 5;
const G_OUT: usize = 6;
const G_LAST: usize = 7;
const G_ANCHOR: usize = 8;
const G_MSTART: usize = 9;
const G_MEND: usize = 10;
/// Whether a replacement changed a match (lstrlib.c `changed`).
const G_CHANGED: usize = 11;

fn gsub<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let src = check_str(ctx.mc, ctx.rt, args, 0, "gsub")?;
    let pat = check_bytes(ctx.rt, args, 1, "gsub")?;
    let repl = arg(args, 2);
    // lstrlib.c str_gsub reads the count (argument 4) before it checks
    // the replacement's type (argument 3).
    let max_n = match arg(args, 3) {
        Value::Nil => -1,
        _ => check_int(ctx.rt, args, 3, "gsub")?.max(0),
    };
    match repl {
        Value::Str(_) | Value::Int(_) | Value::Float(_) => {}
        f if omx_core::protocol::lua::callable::is_function(f) || as_table(f).is_some() => {}
        _ => return Err(type_error(ctx.rt, args, 2, "gsub", "string/function/table")),
    }
    if let Value::Str(_) | Value::Int(_) | Value::Float(_) = repl {
        let r = check_bytes(ctx.rt, args, 2, "gsub")?;
        let max = if max_n < 0 {
            None
        } else {
            Some(max_n as usize)
        };
        let (out, n) = pattern::gsub_str(src.as_bytes(), &pat, &r, max, &mut |n| {
            ctx.charge(n).is_ok()
        })
        .map_err(perr)?;
        // lstrlib.c str_gsub: without a substitution, the subject itself.
        let v = if n == 0 {
            Value::Str(src)
        } else {
            Value::Str(Str::from_vec(ctx.mc, out))
        };
        ctx.ret.extend_from_slice(&[v, Value::Int(n as i64)]);
        return Ok(Outcome::Return);
    }
    let (anchor, p) = match pat.split_first() {
        Some((b'^', rest)) => (true, rest.to_vec()),
        _ => (false, pat.into_owned()),
    };
    let state = vec![
        Value::Str(src),
        str_value(ctx.mc, &p),
        repl,
        Value::Int(max_n),
        Value::Int(0),
        Value::Int(0),
        str_value(ctx.mc, b""),
        Value::Int(-1),
        Value::Bool(anchor),
        Value::Int(0),
        Value::Int(0),
        Value::Bool(false),
    ];
    gsub_run(ctx, state, Vec::new())
}

fn gsub_run<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    mut out: Vec<u8>,
) -> NativeResult<'gc> {
    let (Value::Str(src), Value::Str(pat)) = (state[G_SRC], state[G_PAT]) else {
        return ctx.ret1(Value::Nil);
    };
    let src_b = src.as_bytes();
    let max_n = int_at(&state, G_MAX);
    let anchor = matches!(state[G_ANCHOR], Value::Bool(true));
    let mut pos = int_at(&state, G_POS) as usize;
    let mut count = int_at(&state, G_COUNT);
    let mut last = int_at(&state, G_LAST);
    while max_n < 0 || count < max_n {
        let m = pattern::match_here(src_b, pat.as_bytes(), pos, &mut |n| ctx.charge(n).is_ok())
            .map_err(perr)?;
        match m {
            Some(m) if m.end as i64 != last => {
                count += 1;
                let repl = state[G_REPL];
                let key = match m.captures.first() {
                    Some(&c) => capture_value(ctx.mc, src_b, c),
                    None => str_value(ctx.mc, &src_b[m.start..m.end]),
                };
                state[G_POS] = Value::Int(m.end as i64);
                state[G_COUNT] = Value::Int(count);
                state[G_LAST] = Value::Int(m.end as i64);
                state[G_MSTART] = Value::Int(m.start as i64);
                state[G_MEND] = Value::Int(m.end as i64);
                let call = if let Some(t) = as_table(repl) {
                    match index::index(ctx, Value::Object(t), key) {
                        Step::Done(v) | Step::Method(v) => {
                            if append_replacement(ctx, &mut out, v, &src_b[m.start..m.end])? {
                                state[G_CHANGED] = Value::Bool(true);
                            }
                            None
                        }
                        Step::Absent => {
                            append_replacement(ctx, &mut out, Value::Nil, &src_b[m.start..m.end])?;
                            None
                        }
                        Step::Call(req) => Some((req.func, req.args.as_slice().to_vec())),
                        Step::CallPrepending { func, first } => Some((func, vec![first])),
                        Step::Error(e) => return Err(NativeError::Op(Box::new(e))),
                    }
                } else {
                    let mut a = Vec::new();
                    if m.captures.is_empty() {
                        a.push(key);
                    } else {
                        for &c in &m.captures {
                            a.push(capture_value(ctx.mc, src_b, c));
                        }
                    }
                    Some((repl, a))
                };
                if let Some((func, args)) = call {
                    state[G_OUT] = Value::Str(Str::from_vec(ctx.mc, out));
                    return Ok(Outcome::call(
                        func,
                        args,
                        Continuation::new(gsub_cont, state),
                    ));
                }
                pos = m.end;
                last = m.end as i64;
            }
            _ if pos < src_b.len() => {
                out.push(src_b[pos]);
                pos += 1;
            }
            _ => break,
        }
        if anchor {
            break;
        }
    }
    if pos < src_b.len() {
        out.extend_from_slice(&src_b[pos..]);
    }
    // lstrlib.c str_gsub: when every replacement kept the match (nil or
    // false), the subject itself.
    let v = if !matches!(state[G_CHANGED], Value::Bool(true)) {
        Value::Str(src)
    } else {
        Value::Str(Str::from_vec(ctx.mc, out))
    };
    ctx.ret.extend_from_slice(&[v, Value::Int(count)]);
    Ok(Outcome::Return)
}

/// Append a replacement value; whether it changed the match (a nil or
/// false value keeps the original text).
fn append_replacement<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    out: &mut Vec<u8>,
    v: Value<'gc>,
    original: &[u8],
) -> Result<bool, NativeError<'gc>> {
    match v {
        Value::Nil | Value::Bool(false) => {
            out.extend_from_slice(original);
            return Ok(false);
        }
        Value::Str(s) => out.extend_from_slice(s.as_bytes()),
        Value::Int(_) | Value::Float(_) => {
            out.extend_from_slice(&omx_core::protocol::lua::tostring::basic_tostring(v))
        }
        other => {
            return Err(NativeError::Message(format!(
                "invalid replacement value (a {})",
                omx_core::protocol::lua::compare::object_type_name(ctx.rt, other)
            )))
        }
    }
    Ok(true)
}

fn gsub_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = result
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let mut out = match state[G_OUT] {
        Value::Str(s) => s.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    let (ms, me) = (
        int_at(&state, G_MSTART) as usize,
        int_at(&state, G_MEND) as usize,
    );
    let mut state = state;
    if let Value::Str(src) = state[G_SRC] {
        if append_replacement(ctx, &mut out, v, &src.as_bytes()[ms..me])? {
            state[G_CHANGED] = Value::Bool(true);
        }
    }
    if matches!(state[G_ANCHOR], Value::Bool(true)) {
        state[G_MAX] = Value::Int(int_at(&state, G_COUNT));
        return gsub_run(ctx, state, out);
    }
    gsub_run(ctx, state, out)
}
