//! Lua tables on the neutral object storage: raw access (`rawget`,
//! `rawset`, `rawlen`, `next`), as the Reference Manual defines it (§2.1
//! keys, §3.4.7 the length of a table, §6.1 `next`).
//!
//! The storage is 0-based and does not normalise keys; Lua's rules live
//! here:
//! - a float key with an exact integer value is that integer (`t[2.0]` is
//!   `t[2]`); `nil` and NaN are not keys;
//! - key `k` in `1..=n` is array element `k - 1`; appending key `n + 1`
//!   grows the array and pulls the following integer keys out of the
//!   dictionary part, so the dictionary never holds key `n + 1` and `#t`
//!   is answered from the array part;
//! - assigning `nil` clears a key (storage's `Empty`), which keeps its
//!   place so `next` can continue a traversal.

use gc_arena::Mutation;

use super::model::LUA_TABLE;
use crate::numeric::float_to_int_exact;
use crate::object::{Object, Shape};
use crate::string::Str;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    Nil,
    NaN,
}

/// The table behind a value, when it is a Lua table.
#[inline(always)]
pub fn as_table(v: Value<'_>) -> Option<Object<'_>> {
    match v {
        Value::Object(o) if is_table(o) => Some(o),
        _ => None,
    }
}

#[inline(always)]
pub fn is_table(o: Object<'_>) -> bool {
    std::ptr::eq(o.model(), &LUA_TABLE)
}

pub fn new_table<'gc>(
    mc: &Mutation<'gc>,
    root: Shape<'gc>,
    array: usize,
    keys: usize,
) -> Object<'gc> {
    Object::with_capacity(mc, root, &LUA_TABLE, array, keys)
}

/// §2.1: the key a value stands for.
#[inline]
pub fn normalize_key(key: Value<'_>) -> Result<Value<'_>, KeyError> {
    match key {
        Value::Nil | Value::Empty => Err(KeyError::Nil),
        Value::Float(f) => {
            if f.is_nan() {
                Err(KeyError::NaN)
            } else if let Some(i) = float_to_int_exact(f) {
                Ok(Value::Int(i))
            } else {
                Ok(key)
            }
        }
        _ => Ok(key),
    }
}

/// `rawget(t, key)`.
#[inline]
pub fn raw_get<'gc>(t: Object<'gc>, key: Value<'gc>) -> Value<'gc> {
    match key {
        Value::Int(i) => raw_get_int(t, i),
        Value::Str(s) => t.get_field(s).or_nil(),
        Value::Nil => Value::Nil,
        _ => match normalize_key(key) {
            Ok(Value::Int(i)) => raw_get_int(t, i),
            Ok(k) => t.get_key(k).or_nil(),
            Err(_) => Value::Nil,
        },
    }
}

#[inline]
pub fn raw_get_int<'gc>(t: Object<'gc>, i: i64) -> Value<'gc> {
    if i >= 1 {
        let v = t.array_get((i - 1) as usize);
        if !v.is_empty() {
            return v;
        }
        if (i as u64) <= t.array_len() as u64 {
            return Value::Nil;
        }
    }
    t.get_key(Value::Int(i)).or_nil()
}

#[inline]
pub fn raw_get_str<'gc>(t: Object<'gc>, s: Str<'gc>) -> Value<'gc> {
    t.get_field(s).or_nil()
}

/// `rawset(t, key, value)`; `nil` clears the key.
pub fn raw_set<'gc>(
    mc: &Mutation<'gc>,
    t: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Result<(), KeyError> {
    let key = normalize_key(key)?;
    let stored = if value.is_nil() { Value::Empty } else { value };
    if let Value::Int(i) = key {
        let len = t.array_len();
        if i >= 1 && (i as u64) <= len as u64 {
            t.array_set(mc, (i - 1) as usize, stored);
            return Ok(());
        }
        if i as u64 == len as u64 + 1 && !stored.is_empty() {
            t.array_push(mc, stored);
            migrate_from_dict(mc, t);
            return Ok(());
        }
    }
    t.set_key(mc, key, stored);
    Ok(())
}

/// Set the string key `s` raw.
pub fn raw_set_str<'gc>(mc: &Mutation<'gc>, t: Object<'gc>, s: Str<'gc>, value: Value<'gc>) {
    let stored = if value.is_nil() { Value::Empty } else { value };
    t.set_field(mc, s, stored);
}

/// Move keys `n+1, n+2, ...` from the dictionary part to the array.
fn migrate_from_dict<'gc>(mc: &Mutation<'gc>, t: Object<'gc>) {
    let has_dict = t.with_dict(|d| d.is_some_and(|d| !d.is_empty()));
    if !has_dict {
        return;
    }
    loop {
        let next = Value::Int(t.array_len() as i64 + 1);
        let v = t.get_key(next);
        if v.is_empty() {
            // Absent, or a tombstone: drop it, and stop here.
            t.remove_key(mc, next);
            return;
        }
        t.remove_key(mc, next);
        t.array_push(mc, v);
    }
}

/// `rawlen(t)`: a border (§3.4.7).
pub fn raw_len(t: Object<'_>) -> i64 {
    t.with_array(|array| {
        let n = array.len();
        if n == 0 {
            return 0;
        }
        if !array[n - 1].is_empty() {
            return n as i64;
        }
        // Binary search for a border inside the array: a[lo] present
        // (or lo == 0), a[hi] absent.
        let (mut lo, mut hi) = (0usize, n);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if array[mid - 1].is_empty() {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        lo as i64
    })
}

/// `next(t, key)`: the entry after `key` (array first, then the keyed
/// entries in order), `Ok(None)` at the end, `Err(())` when `key` is not
/// in the table.
#[allow(clippy::result_unit_err)]
pub fn raw_next<'gc>(
    t: Object<'gc>,
    key: Value<'gc>,
) -> Result<Option<(Value<'gc>, Value<'gc>)>, ()> {
    let len = t.array_len();
    let (mut array_from, mut keyed_from) = (0usize, 0usize);
    if !key.is_nil() {
        let k = normalize_key(key).map_err(|_| ())?;
        match k {
            Value::Int(i) if i >= 1 && (i as u64) <= len as u64 => array_from = i as usize,
            _ => {
                array_from = len;
                keyed_from = t.keyed_position(k).ok_or(())? + 1;
            }
        }
    }
    for i in array_from..len {
        let v = t.array_get(i);
        if !v.is_empty() {
            return Ok(Some((Value::Int(i as i64 + 1), v)));
        }
    }
    let n = t.keyed_len();
    for pos in keyed_from..n {
        if let Some((k, v)) = t.keyed_entry(pos) {
            if !v.is_empty() {
                return Ok(Some((k, v)));
            }
        }
    }
    Ok(None)
}

/// Append the values of `values` at keys `first, first+1, ...` (a table
/// constructor's positional items): a `nil` leaves a hole in the array, so
/// `#{1, nil, 3}` is 3 as in lua5.4.
pub fn set_list<'gc>(mc: &Mutation<'gc>, t: Object<'gc>, first: i64, values: &[Value<'gc>]) {
    if first as u64 == t.array_len() as u64 + 1 {
        t.with_array_mut(mc, |a| {
            a.extend(
                values
                    .iter()
                    .map(|v| if v.is_nil() { Value::Empty } else { *v }),
            )
        });
        migrate_from_dict(mc, t);
        return;
    }
    for (i, v) in values.iter().enumerate() {
        let _ = raw_set(mc, t, Value::Int(first + i as i64), *v);
    }
}
