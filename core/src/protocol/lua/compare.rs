//! Comparison events `==`, `<`, `<=` (Lua 5.4 §2.4 "__eq", "__lt", "__le";
//! §3.4.4; lvm.c luaV_equalobj / luaV_lessthan / luaV_lessequal).
//!
//! Equality: primitive equality first; only two tables (or two userdata)
//! that are not primitively equal consult `__eq` (first operand, then
//! second). Order: numbers compare mathematically, strings bytewise; any
//! other pair uses `__lt`/`__le` of the first operand then the second, or
//! fails ("attempt to compare two table values").

use super::meta::{binary_metamethod, type_name_of, Event};
use super::table::is_table;
use crate::bytecode::CompareOp;
use crate::model::{OpError, Step};
use crate::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use crate::numeric::{float_le_int, float_lt_int, int_le_float, int_lt_float};
use crate::runtime::RuntimeState;
use crate::value::Value;

/// `a == b`: primitive equality, then `__eq` for two tables (or two
/// objects of other models: the first one's comparison hook, then the
/// second's).
pub fn equal<'gc>(ctx: &mut Ctx<'gc, '_>, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    if a.raw_eq(b) {
        return Step::Done(Value::Bool(true));
    }
    if let (Value::Object(x), Value::Object(y)) = (a, b) {
        if is_table(x) && is_table(y) {
            let handler = binary_metamethod(ctx.rt, "Lua equality event", a, b, Event::Eq);
            if !handler.is_nil() {
                return super::meta::call_metamethod(ctx.rt, handler, &[a, b], Event::Eq);
            }
        } else {
            return object_compare(ctx, CompareOp::Eq, a, b)
                .unwrap_or(Step::Done(Value::Bool(false)));
        }
    }
    Step::Done(Value::Bool(false))
}

/// The comparison hooks of objects of other models (left, then right).
fn object_compare<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Option<Step<'gc>> {
    for (v, left) in [(a, true), (b, false)] {
        if let Value::Object(o) = v {
            if !is_table(o) {
                match (o.model().compare)(ctx, op, a, b, left) {
                    Step::Absent => {}
                    other => return Some(other),
                }
            }
        }
    }
    None
}

/// `a < b` on numbers and strings; `None` for other pairs.
#[inline]
pub fn raw_less_than(a: Value<'_>, b: Value<'_>) -> Option<bool> {
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::Int(x), Value::Float(y)) => int_lt_float(x, y),
        (Value::Float(x), Value::Int(y)) => float_lt_int(x, y),
        (Value::Str(x), Value::Str(y)) => x.as_bytes() < y.as_bytes(),
        _ => return None,
    })
}

/// `a <= b` on numbers and strings; `None` for other pairs.
#[inline]
pub fn raw_less_equal(a: Value<'_>, b: Value<'_>) -> Option<bool> {
    Some(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x <= y,
        (Value::Float(x), Value::Float(y)) => x <= y,
        (Value::Int(x), Value::Float(y)) => int_le_float(x, y),
        (Value::Float(x), Value::Int(y)) => float_le_int(x, y),
        (Value::Str(x), Value::Str(y)) => x.as_bytes() <= y.as_bytes(),
        _ => return None,
    })
}

pub fn less_than<'gc>(ctx: &mut Ctx<'gc, '_>, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    if let Some(r) = raw_less_than(a, b) {
        return Step::Done(Value::Bool(r));
    }
    order_metamethod(ctx, CompareOp::Lt, a, b, Event::Lt)
}

pub fn less_equal<'gc>(ctx: &mut Ctx<'gc, '_>, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    if let Some(r) = raw_less_equal(a, b) {
        return Step::Done(Value::Bool(r));
    }
    match order_metamethod(ctx, CompareOp::Le, a, b, Event::Le) {
        Step::Error(OpError::Compare(..)) => match less_equal_by_lt(ctx.rt, a, b) {
            Some(h) => super::callable::call_handler_then(
                ctx.rt,
                h,
                &[b, a],
                Some(Continuation::new(negate, Vec::new())),
            ),
            None => Step::Error(OpError::Compare(a, b)),
        },
        other => other,
    }
}

/// `not result` (the `__le`-by-`__lt` fallback).
fn negate<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = result
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    ctx.ret.push(Value::Bool(!super::ops::truthy(v)));
    Ok(Outcome::Return)
}

/// Lua 5.4 with LUA_COMPAT_LT_LE (the default build): without `__le`,
/// `a <= b` is `not (b < a)` through `__lt`. Returns the `__lt` handler to
/// call with swapped operands; its result must be negated.
pub fn less_equal_by_lt<'gc>(
    rt: &RuntimeState<'gc>,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Option<Value<'gc>> {
    if rt.tracing {
        rt.trace("Lua order event", "lua.order.le_by_lt", move |_| {
            "no __le: a <= b is not (b < a), by __lt".into()
        });
    }
    let handler = binary_metamethod(rt, "Lua order event", b, a, Event::Lt);
    if handler.is_nil() {
        None
    } else {
        Some(handler)
    }
}

fn order_metamethod<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
    event: Event,
) -> Step<'gc> {
    if let Some(step) = object_compare(ctx, op, a, b) {
        return step;
    }
    let handler = binary_metamethod(ctx.rt, "Lua order event", a, b, event);
    if !handler.is_nil() {
        return super::meta::call_metamethod(ctx.rt, handler, &[a, b], event);
    }
    Step::Error(OpError::Compare(a, b))
}

/// Lua's `luaG_ordererror` wording.
pub fn order_error_message<'gc>(rt: &RuntimeState<'gc>, a: Value<'gc>, b: Value<'gc>) -> String {
    let t1 = object_type_name(rt, a);
    let t2 = object_type_name(rt, b);
    if t1 == t2 {
        format!("attempt to compare two {t1} values")
    } else {
        format!("attempt to compare {t1} with {t2}")
    }
}

/// `luaT_objtypename`: the `__name` of the metatable if it is a string,
/// otherwise the basic type name.
pub fn object_type_name<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> String {
    if let Value::Object(o) = v {
        if is_table(o) {
            if let Some(name) = type_name_of(rt, v) {
                return name.to_str_lossy().into_owned();
            }
        }
    }
    super::ops::type_name(v).to_string()
}
