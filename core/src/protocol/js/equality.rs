//! Equality (ECMA-262 §7.2.15 IsStrictlyEqual, §7.2.14 IsLooselyEqual,
//! §7.2.11 SameValue, §7.2.12 SameValueZero) on primitives and object
//! identity. Loose equality with an object operand needs ToPrimitive (user
//! code): `loose_equal` answers `None` then and the prelude finishes it.

use super::convert::to_number;
use crate::value::Value;

fn num(v: Value<'_>) -> Option<f64> {
    match v {
        Value::Int(i) => Some(i as f64),
        Value::Float(f) => Some(f),
        _ => None,
    }
}

/// §7.2.15 IsStrictlyEqual.
pub fn strict_equal<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return x == y;
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Nil | Value::Empty, Value::Nil | Value::Empty) => true,
        (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::BigInt(x), Value::BigInt(y)) => x.0 == y.0,
        _ => a.raw_eq(b),
    }
}

/// §7.2.12 SameValueZero (Map keys, `includes`).
pub fn same_value_zero<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_equal(a, b)
}

/// §7.2.11 SameValue (`Object.is`).
pub fn same_value<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return (x.is_nan() && y.is_nan())
            || (x == y && x.is_sign_negative() == y.is_sign_negative());
    }
    strict_equal(a, b)
}

fn is_primitive(v: Value<'_>) -> bool {
    !matches!(
        v,
        Value::Object(_) | Value::Closure(_) | Value::Native(_) | Value::Thread(_)
    ) || matches!(v, Value::Object(o) if super::model::is_symbol(o))
}

/// §7.2.14 IsLooselyEqual; `None` when an object must be converted first.
pub fn loose_equal<'gc>(a: Value<'gc>, b: Value<'gc>) -> Option<bool> {
    let nullish = |v: Value<'_>| matches!(v, Value::Nil | Value::Null | Value::Empty);
    // 2–3. null == undefined.
    if nullish(a) || nullish(b) {
        return Some(nullish(a) && nullish(b));
    }
    if is_primitive(a) && is_primitive(b) {
        if let (Value::Object(_), _) | (_, Value::Object(_)) = (a, b) {
            return Some(a.raw_eq(b));
        }
        return Some(match (a, b) {
            (Value::Str(x), Value::Str(y)) => x == y,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::BigInt(x), Value::BigInt(y)) => x.0 == y.0,
            (Value::BigInt(x), other) | (other, Value::BigInt(x)) => {
                to_number(other).is_some_and(|f| f == super::bigint::to_f64(&x.0))
            }
            _ => {
                let (Some(x), Some(y)) = (to_number(a), to_number(b)) else {
                    return Some(false);
                };
                x == y
            }
        });
    }
    if !is_primitive(a) && !is_primitive(b) {
        return Some(a.raw_eq(b));
    }
    None
}
