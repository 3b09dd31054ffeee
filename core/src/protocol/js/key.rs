//! ToPropertyKey (ECMA-262 §7.1.19) as omx stores keys: an array index
//! (§6.1.7: a canonical numeric string below 2^32 - 1) is an `Int`, every
//! other string or number a `Str`, a symbol stays the symbol object.
//! Storage compares keys raw, so `o[1]`, `o["1"]` and `o[1.0]` must all
//! become the same `Int(1)` here.

use gc_arena::Mutation;

use super::convert::{int_to_string, number_to_string};
use crate::string::Str;
use crate::value::Value;

const MAX_INDEX: i64 = 4_294_967_294;

/// The array index a string spells, if it spells one canonically.
pub fn index_of_str(s: &[u8]) -> Option<i64> {
    if s.is_empty() || s.len() > 10 || (s.len() > 1 && s[0] == b'0') {
        return None;
    }
    if !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n: i64 = std::str::from_utf8(s).ok()?.parse().ok()?;
    (n <= MAX_INDEX).then_some(n)
}

/// The storage key of a primitive or symbol; `None` for an object that
/// needs ToPrimitive first.
pub fn to_key<'gc>(mc: &Mutation<'gc>, v: Value<'gc>) -> Option<Value<'gc>> {
    Some(match v {
        Value::Str(s) => match index_of_str(s.as_bytes()) {
            Some(i) => Value::Int(i),
            None => v,
        },
        Value::Int(i) if (0..=MAX_INDEX).contains(&i) => v,
        Value::Int(i) => Value::Str(Str::from_vec(mc, int_to_string(i).into_bytes())),
        Value::Float(f) => {
            if f.fract() == 0.0 && (0.0..=MAX_INDEX as f64).contains(&f) {
                Value::Int(f as i64)
            } else {
                Value::Str(Str::from_vec(mc, number_to_string(f).into_bytes()))
            }
        }
        Value::Nil | Value::Empty => Value::Str(Str::new(mc, b"undefined")),
        Value::Null => Value::Str(Str::new(mc, b"null")),
        Value::Bool(b) => Value::Str(Str::new(mc, if b { b"true" } else { b"false" })),
        Value::Object(o) if std::ptr::eq(o.model(), &super::JS_SYMBOL) => v,
        Value::BigInt(b) => Value::Str(Str::from_vec(mc, b.0.to_string().into_bytes())),
        _ => return None,
    })
}

/// A key as the string JavaScript shows (`Int(3)` is `"3"`).
pub fn key_text(k: Value<'_>) -> String {
    match k {
        Value::Int(i) => i.to_string(),
        Value::Str(s) => s.to_str_lossy().into_owned(),
        Value::Object(o) => format!("Symbol({})", super::model::symbol_description(o)),
        other => format!("{other:?}"),
    }
}
