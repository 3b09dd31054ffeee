//! The table library (Lua 5.4 §6.6): insert, remove, concat, unpack, pack,
//! move; sort is in table_sort.rs. Element access is raw (see
//! COMPATIBILITY.md: `__index`/`__newindex`/`__len` are not consulted).

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::lua::ops::type_name;
use omx_core::protocol::lua::table::{
    as_table, new_table, raw_get_int, raw_len, raw_set, raw_set_str,
};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let t = library(mc, rt, "table");
    register(mc, t, "pack", pack);
    let raw_concat = Value::Native(NativeFunction::new(mc, "concat", concat));
    let raw_unpack = Value::Native(NativeFunction::new(mc, "unpack", unpack));
    let raw_sort = Value::Native(NativeFunction::new(mc, "sort", super::table_sort::sort));
    let fallbacks = super::table_meta::install(mc, rt, raw_concat, raw_unpack, raw_sort);
    let natives: [(&'static str, omx_core::native::NativeFn); 6] = [
        ("sort", super::table_sort::sort),
        ("insert", insert),
        ("remove", remove),
        ("concat", concat),
        ("unpack", unpack),
        ("move", move_),
    ];
    for (name, f) in natives {
        let bound: Vec<Value<'gc>> = fallbacks
            .iter()
            .filter(|(n, _)| *n == name)
            .map(|(_, c)| *c)
            .collect();
        let func = NativeFunction::with_bound(mc, name, f, bound);
        raw_set_str(mc, t, Str::new(mc, name.as_bytes()), Value::Native(func));
    }
}

/// For a table with a metatable: hand the (checked) arguments to the Lua
/// fallback bound to this builtin (see table_meta.rs). It is called, not
/// tail-called: the builtin waits for it without a continuation, so a
/// metamethod it reaches cannot yield (lua5.4's `lua_geti`/`lua_seti`
/// from C: "attempt to yield across a C-call boundary").
pub(crate) fn fallback<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    t: Value<'gc>,
    args: Vec<Value<'gc>>,
) -> Option<NativeResult<'gc>> {
    let has_meta = as_table(t).is_some_and(|t| t.meta().is_some());
    let f = ctx.bound(0);
    if has_meta && f.is_function() {
        Some(Ok(Outcome::call(
            f,
            args,
            Continuation::new(fallback_done, Vec::new()),
        )))
    } else {
        None
    }
}

/// The fallback's results are the builtin's.
fn fallback_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let values = result.map_err(NativeError::Throw)?;
    ctx.ret.extend_from_slice(values);
    Ok(Outcome::Return)
}

fn insert<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "insert")?;
    if t.meta().is_some() {
        let a = match args.len() {
            2 => vec![Value::Object(t), Value::Int(2), args[1]],
            3 => vec![
                Value::Object(t),
                Value::Int(3),
                Value::Int(check_int(ctx.rt, args, 1, "insert")?),
                args[2],
            ],
            _ => return Err(NativeError::msg("wrong number of arguments to 'insert'")),
        };
        if let Some(r) = fallback(ctx, Value::Object(t), a) {
            return r;
        }
    }
    let e = raw_len(t) + 1;
    match args.len() {
        2 => {
            let _ = raw_set(ctx.mc, t, Value::Int(e), args[1]);
        }
        3 => {
            let pos = check_int(ctx.rt, args, 1, "insert")?;
            if (pos as u64).wrapping_sub(1) >= e as u64 {
                return Err(bad_arg(1, "insert", "position out of bounds"));
            }
            let mut i = e;
            while i > pos {
                let v = raw_get_int(t, i - 1);
                let _ = raw_set(ctx.mc, t, Value::Int(i), v);
                i -= 1;
            }
            let _ = raw_set(ctx.mc, t, Value::Int(pos), args[2]);
        }
        _ => return Err(NativeError::msg("wrong number of arguments to 'insert'")),
    }
    Ok(Outcome::Return)
}

/// `table.remove` as ltablib 5.4.4 `tremove`.
fn remove<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "remove")?;
    if t.meta().is_some() {
        let has_pos = !arg(args, 1).is_nil();
        let pos = if has_pos {
            check_int(ctx.rt, args, 1, "remove")?
        } else {
            0
        };
        let a = vec![Value::Object(t), Value::Bool(has_pos), Value::Int(pos)];
        if let Some(r) = fallback(ctx, Value::Object(t), a) {
            return r;
        }
    }
    let size = raw_len(t);
    let mut pos = opt_int(ctx.rt, args, 1, "remove", size)?;
    if pos != size && (pos as u64).wrapping_sub(1) > size as u64 {
        return Err(bad_arg(0, "remove", "position out of bounds"));
    }
    let v = raw_get_int(t, pos);
    while pos < size {
        let next = raw_get_int(t, pos + 1);
        let _ = raw_set(ctx.mc, t, Value::Int(pos), next);
        pos += 1;
    }
    let _ = raw_set(ctx.mc, t, Value::Int(pos), Value::Nil);
    ctx.ret1(v)
}

fn concat<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "concat")?;
    let sep = match arg(args, 1) {
        Value::Nil => std::borrow::Cow::Borrowed(&b""[..]),
        _ => check_bytes(ctx.rt, args, 1, "concat")?,
    };
    let i = opt_int(ctx.rt, args, 2, "concat", 1)?;
    if t.meta().is_some() {
        let has_j = !arg(args, 3).is_nil();
        let j = if has_j {
            check_int(ctx.rt, args, 3, "concat")?
        } else {
            0
        };
        let a = vec![
            Value::Object(t),
            Value::Str(Str::new(ctx.mc, &sep)),
            Value::Int(i),
            Value::Int(j),
            Value::Bool(has_j),
        ];
        if let Some(r) = fallback(ctx, Value::Object(t), a) {
            return r;
        }
    }
    let j = match arg(args, 3) {
        Value::Nil => raw_len(t),
        _ => check_int(ctx.rt, args, 3, "concat")?,
    };
    let mut out = Vec::new();
    let mut charged = 0usize;
    let mut k = i;
    while k <= j {
        let v = raw_get_int(t, k);
        match v {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(_) | Value::Float(_) => {
                out.extend_from_slice(&omx_core::protocol::lua::tostring::basic_tostring(v))
            }
            other => {
                return Err(NativeError::Message(format!(
                    "invalid value ({}) at index {} in table for 'concat'",
                    type_name(other),
                    k
                )))
            }
        }
        if k < j {
            out.extend_from_slice(&sep);
        }
        // One unit per element, and the bytes in 64 KB steps, each step
        // checked against the memory limit (runtime/budget.rs, memory.rs).
        ctx.charge(1)?;
        if out.len() - charged >= 1 << 16 {
            ctx.charge_bytes(out.len() - charged)?;
            charged = out.len();
            if !omx_core::memory::room_for(out.len().saturating_mul(2)) {
                return Err(NativeError::msg("not enough memory"));
            }
        }
        if k == i64::MAX {
            break;
        }
        k += 1;
    }
    let v = Value::Str(Str::from_vec(ctx.mc, out));
    ctx.ret1(v)
}

/// Lua refuses to produce more results than this ("too many results").
const MAX_RESULTS: i64 = 1_000_000;

fn unpack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = arg(args, 0);
    let i = opt_int(ctx.rt, args, 1, "unpack", 1)?;
    if let Some(table) = as_table(t) {
        if table.meta().is_some() {
            let has_j = !arg(args, 2).is_nil();
            let j = if has_j {
                check_int(ctx.rt, args, 2, "unpack")?
            } else {
                0
            };
            if has_j && i <= j && (j as i128 - i as i128) + 1 >= MAX_RESULTS as i128 {
                return Err(NativeError::msg("too many results to unpack"));
            }
            let a = vec![t, Value::Int(i), Value::Int(j), Value::Bool(has_j)];
            if let Some(r) = fallback(ctx, t, a) {
                return r;
            }
        }
    }
    let j = match arg(args, 2) {
        Value::Nil => match as_table(t) {
            Some(t) => raw_len(t),
            // `lua_len` of what is not a table, raised inside the C
            // function (no position); a string has a length, and its
            // "elements" index the string library (all nil).
            None => match t {
                Value::Str(s) => s.len() as i64,
                _ => {
                    let m = format!(
                        "attempt to get length of a {} value",
                        omx_core::protocol::lua::compare::object_type_name(ctx.rt, t)
                    );
                    return Err(NativeError::Throw(Value::Str(
                        omx_core::string::Str::from_vec(ctx.mc, m.into_bytes()),
                    )));
                }
            },
        },
        _ => check_int(ctx.rt, args, 2, "unpack")?,
    };
    if i > j {
        return Ok(Outcome::Return);
    }
    let n = (j as i128 - i as i128) + 1;
    // ltablib.c `tunpack`: `n >= INT_MAX || !lua_checkstack(L, ++n)`.
    if n >= MAX_RESULTS as i128 || !stack_room(ctx.ts, n as usize + 1) {
        return Err(NativeError::msg("too many results to unpack"));
    }
    let Some(t) = as_table(t) else {
        if let Value::Str(_) = t {
            ctx.ret.resize(n as usize, Value::Nil);
            return Ok(Outcome::Return);
        }
        return Err(type_error(ctx.rt, args, 0, "unpack", "table"));
    };
    for k in i..=j {
        ctx.ret.push(raw_get_int(t, k));
    }
    Ok(Outcome::Return)
}

fn pack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = new_table(ctx.mc, ctx.rt.root_shape, args.len(), 1);
    omx_core::protocol::lua::table::set_list(ctx.mc, t, 1, args);
    raw_set_str(
        ctx.mc,
        t,
        Str::new(ctx.mc, b"n"),
        Value::Int(args.len() as i64),
    );
    ctx.ret1(Value::Object(t))
}

fn move_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    // ltablib.c tmove checks the three positions before the tables.
    let f = check_int(ctx.rt, args, 1, "move")?;
    let e = check_int(ctx.rt, args, 2, "move")?;
    let t = check_int(ctx.rt, args, 3, "move")?;
    let a1 = check_table(ctx.rt, args, 0, "move")?;
    let tt = match arg(args, 4) {
        Value::Nil => a1,
        _ => check_table(ctx.rt, args, 4, "move")?,
    };
    if a1.meta().is_some() || tt.meta().is_some() {
        if e >= f {
            if !(f > 0 || e < i64::MAX + f) {
                return Err(bad_arg(2, "move", "too many elements to move"));
            }
            if t > i64::MAX - (e - f) {
                return Err(bad_arg(3, "move", "destination wrap around"));
            }
        }
        let a = vec![
            Value::Object(a1),
            Value::Int(f),
            Value::Int(e),
            Value::Int(t),
            Value::Object(tt),
        ];
        let probe = if a1.meta().is_some() {
            Value::Object(a1)
        } else {
            Value::Object(tt)
        };
        if let Some(r) = fallback(ctx, probe, a) {
            return r;
        }
    }
    if e >= f {
        if !(f > 0 || e < i64::MAX + f) {
            return Err(bad_arg(2, "move", "too many elements to move"));
        }
        if t > i64::MAX - (e - f) {
            return Err(bad_arg(3, "move", "destination wrap around"));
        }
        let forward = t > e || t <= f || tt != a1;
        let count = e - f;
        for step in 0..=count {
            // One unit per element, charged by the thousand: `--max-steps`
            // and an interrupt stop a move of 2^63 elements.
            if step % 1024 == 0 {
                ctx.charge(1024)?;
            }
            let i = if forward { step } else { count - step };
            let v = raw_get_int(a1, f + i);
            let _ = raw_set(ctx.mc, tt, Value::Int(t + i), v);
        }
    }
    ctx.ret1(Value::Object(tt))
}
