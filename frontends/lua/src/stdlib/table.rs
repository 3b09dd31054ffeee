//! The table library (Lua 5.4 §6.6): insert, remove, concat, unpack, pack,
//! move; sort is in table_sort.rs. Element access is raw (see
//! COMPATIBILITY.md: `__index`/`__newindex`/`__len` are not consulted).

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Table;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let t = library(mc, rt, "table");
    register(mc, t, "insert", insert);
    register(mc, t, "remove", remove);
    register(mc, t, "concat", concat);
    register(mc, t, "unpack", unpack);
    register(mc, t, "pack", pack);
    register(mc, t, "move", move_);
    register(mc, t, "sort", super::table_sort::sort);
}

fn insert<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "insert")?;
    let e = t.length() + 1;
    let mut state = t.0.borrow_mut(ctx.mc);
    match args.len() {
        2 => {
            let _ = state.set(Value::Int(e), args[1]);
        }
        3 => {
            drop(state);
            let pos = check_int(ctx.rt, args, 1, "insert")?;
            if (pos as u64).wrapping_sub(1) >= e as u64 {
                return Err(bad_arg(1, "insert", "position out of bounds"));
            }
            let mut state = t.0.borrow_mut(ctx.mc);
            let mut i = e;
            while i > pos {
                let v = state.get_int(i - 1);
                let _ = state.set(Value::Int(i), v);
                i -= 1;
            }
            let _ = state.set(Value::Int(pos), args[2]);
        }
        _ => return Err(NativeError::msg("wrong number of arguments to 'insert'")),
    }
    Ok(Outcome::Return)
}

/// `table.remove` as ltablib 5.4.4 `tremove`.
fn remove<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "remove")?;
    let size = t.length();
    let mut pos = opt_int(ctx.rt, args, 1, "remove", size)?;
    if pos != size && (pos as u64).wrapping_sub(1) > size as u64 {
        return Err(bad_arg(0, "remove", "position out of bounds"));
    }
    let mut state = t.0.borrow_mut(ctx.mc);
    let v = state.get_int(pos);
    while pos < size {
        let next = state.get_int(pos + 1);
        let _ = state.set(Value::Int(pos), next);
        pos += 1;
    }
    let _ = state.set(Value::Int(pos), Value::Nil);
    drop(state);
    ctx.ret1(v)
}

fn concat<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "concat")?;
    let sep = match arg(args, 1) {
        Value::Nil => Vec::new(),
        _ => check_bytes(ctx.rt, args, 1, "concat")?,
    };
    let i = opt_int(ctx.rt, args, 2, "concat", 1)?;
    let j = match arg(args, 3) {
        Value::Nil => t.length(),
        _ => check_int(ctx.rt, args, 3, "concat")?,
    };
    let mut out = Vec::new();
    let state = t.0.borrow();
    let mut k = i;
    while k <= j {
        let v = state.get_int(k);
        match v {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(_) | Value::Float(_) => {
                out.extend_from_slice(&omx_core::protocol::lua::tostring::basic_tostring(v))
            }
            other => {
                return Err(NativeError::Message(format!(
                    "invalid value ({}) at index {} in table for 'concat'",
                    other.lua_type_name(),
                    k
                )))
            }
        }
        if k < j {
            out.extend_from_slice(&sep);
        }
        if k == i64::MAX {
            break;
        }
        k += 1;
    }
    drop(state);
    let v = Value::Str(Str::from_vec(ctx.mc, out));
    ctx.ret1(v)
}

/// Lua refuses to produce more results than this ("too many results").
const MAX_RESULTS: i64 = 1_000_000;

fn unpack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = arg(args, 0);
    let i = opt_int(ctx.rt, args, 1, "unpack", 1)?;
    let j = match arg(args, 2) {
        Value::Nil => match t {
            Value::Table(t) => t.length(),
            _ => return Err(type_error(ctx.rt, args, 0, "unpack", "table")),
        },
        _ => check_int(ctx.rt, args, 2, "unpack")?,
    };
    if i > j {
        return Ok(Outcome::Return);
    }
    let n = (j as i128 - i as i128) + 1;
    if n >= MAX_RESULTS as i128 {
        return Err(NativeError::msg("too many results to unpack"));
    }
    let Value::Table(t) = t else {
        return Err(type_error(ctx.rt, args, 0, "unpack", "table"));
    };
    let state = t.0.borrow();
    for k in i..=j {
        ctx.ret.push(state.get_int(k));
    }
    Ok(Outcome::Return)
}

fn pack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = Table::with_capacity(ctx.mc, args.len(), 1);
    {
        let mut state = t.0.borrow_mut(ctx.mc);
        for (i, v) in args.iter().enumerate() {
            let _ = state.set(Value::Int(i as i64 + 1), *v);
        }
    }
    t.set_str(
        ctx.mc,
        Str::new(ctx.mc, b"n"),
        Value::Int(args.len() as i64),
    );
    ctx.ret1(Value::Table(t))
}

fn move_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let a1 = check_table(ctx.rt, args, 0, "move")?;
    let f = check_int(ctx.rt, args, 1, "move")?;
    let e = check_int(ctx.rt, args, 2, "move")?;
    let t = check_int(ctx.rt, args, 3, "move")?;
    let tt = match arg(args, 4) {
        Value::Nil => a1,
        _ => check_table(ctx.rt, args, 4, "move")?,
    };
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
            let i = if forward { step } else { count - step };
            let v = a1.get_int(f + i);
            let _ = tt.set(ctx.mc, Value::Int(t + i), v);
        }
    }
    ctx.ret1(Value::Table(tt))
}
