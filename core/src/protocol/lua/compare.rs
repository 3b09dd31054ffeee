//! Comparison events `==`, `<`, `<=` (Lua 5.4 §2.4 "__eq", "__lt", "__le";
//! §3.4.4; lvm.c luaV_equalobj / luaV_lessthan / luaV_lessequal).
//!
//! Equality: primitive equality first; only two tables (or two userdata)
//! that are not primitively equal consult `__eq` (first operand, then
//! second). Order: numbers compare mathematically, strings bytewise; any
//! other pair uses `__lt`/`__le` of the first operand then the second, or
//! fails ("attempt to compare two table values").

use super::meta::{binary_metamethod, type_name_of};
use crate::numeric::{float_le_int, float_lt_int, int_le_float, int_lt_float};
use crate::protocol::{MetaResult, OpError};
use crate::runtime::RuntimeState;
use crate::value::Value;

pub fn equal<'gc>(rt: &RuntimeState<'gc>, a: Value<'gc>, b: Value<'gc>) -> MetaResult<'gc> {
    if a.raw_eq(b) {
        return MetaResult::Value(Value::Bool(true));
    }
    if let (Value::Table(_), Value::Table(_)) = (a, b) {
        let handler = binary_metamethod(rt, "Lua equality event", a, b, rt.names.eq);
        if !handler.is_nil() {
            return MetaResult::call2(handler, a, b);
        }
    }
    MetaResult::Value(Value::Bool(false))
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

pub fn less_than<'gc>(
    rt: &RuntimeState<'gc>,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Result<MetaResult<'gc>, OpError<'gc>> {
    if let Some(r) = raw_less_than(a, b) {
        return Ok(MetaResult::Value(Value::Bool(r)));
    }
    order_metamethod(rt, a, b, rt.names.lt)
}

pub fn less_equal<'gc>(
    rt: &RuntimeState<'gc>,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Result<MetaResult<'gc>, OpError<'gc>> {
    if let Some(r) = raw_less_equal(a, b) {
        return Ok(MetaResult::Value(Value::Bool(r)));
    }
    order_metamethod(rt, a, b, rt.names.le)
}

/// Lua 5.4 with LUA_COMPAT_LT_LE (the default build): without `__le`,
/// `a <= b` is `not (b < a)` through `__lt`. Returns the `__lt` call with
/// swapped operands; its result must be negated.
pub fn less_equal_by_lt<'gc>(
    rt: &RuntimeState<'gc>,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Option<MetaResult<'gc>> {
    if rt.tracing {
        rt.trace("Lua order event", move || {
            "no __le: a <= b is not (b < a), by __lt".into()
        });
    }
    let handler = binary_metamethod(rt, "Lua order event", b, a, rt.names.lt);
    if handler.is_nil() {
        None
    } else {
        Some(MetaResult::call2(handler, b, a))
    }
}

fn order_metamethod<'gc>(
    rt: &RuntimeState<'gc>,
    a: Value<'gc>,
    b: Value<'gc>,
    event: crate::string::Str<'gc>,
) -> Result<MetaResult<'gc>, OpError<'gc>> {
    let handler = binary_metamethod(rt, "Lua order event", a, b, event);
    if !handler.is_nil() {
        return Ok(MetaResult::call2(handler, a, b));
    }
    Err(OpError::Compare(a, b))
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
    if let Value::Table(_) = v {
        if let Some(name) = type_name_of(rt, v) {
            return name.to_str_lossy().into_owned();
        }
    }
    v.lua_type_name().to_string()
}
