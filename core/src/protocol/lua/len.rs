//! The length event `#v` (Lua 5.4 §3.4.7, §2.4 "__len").
//!
//! 1. A string's length is its byte count.
//! 2. A value whose metatable has `__len` calls it with `(v, v)`.
//! 3. A table without `__len` has its raw length (a border).
//! 4. Anything else is an error ("attempt to get length of a X value").

use super::meta::metamethod;
use crate::protocol::{MetaResult, OpError};
use crate::runtime::RuntimeState;
use crate::value::Value;

pub fn length<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> Result<MetaResult<'gc>, OpError<'gc>> {
    // 1.
    if let Value::Str(s) = v {
        return Ok(MetaResult::Value(Value::Int(s.len() as i64)));
    }
    // 2.
    let handler = metamethod(rt, v, rt.names.len);
    if !handler.is_nil() {
        return Ok(MetaResult::call2(handler, v, v));
    }
    // 3.
    if let Value::Table(t) = v {
        return Ok(MetaResult::Value(Value::Int(t.length())));
    }
    // 4.
    Err(OpError::Length(v))
}
