//! `tostring(v)` (Lua 5.4 §6.1 tostring; lauxlib.c luaL_tolstring).
//!
//! 1. If the metatable has `__tostring`, call it with `v`; the result must
//!    be a string ("'__tostring' must return a string").
//! 2. Otherwise, if the metatable has a string `__name`, print
//!    `NAME: 0x...`.
//! 3. Otherwise the basic form: `nil`, `true`, numbers (`%.14g` for floats,
//!    with `.0` when they look like integers), strings as they are,
//!    `table: 0x...`, `function: 0x...`, `thread: 0x...`.

use super::meta::{metamethod, type_name_of};
use crate::number::lua_number::fmt_lua_float;
use crate::protocol::MetaResult;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// Step 3 only: the primitive string form of a value.
pub fn basic_tostring(v: Value<'_>) -> Vec<u8> {
    match v {
        Value::Nil => b"nil".to_vec(),
        Value::Bool(true) => b"true".to_vec(),
        Value::Bool(false) => b"false".to_vec(),
        Value::Int(i) => i.to_string().into_bytes(),
        Value::Float(f) => fmt_lua_float(f).into_bytes(),
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Table(_) => address_form("table", v),
        Value::Closure(_) => address_form("function", v),
        Value::Native(_) => {
            let mut out = b"function: builtin: ".to_vec();
            out.extend_from_slice(format!("{:#016x}", v.heap_address().unwrap_or(0)).as_bytes());
            out
        }
        Value::Thread(_) => address_form("thread", v),
        Value::Cell(_) => address_form("cell", v),
    }
}

fn address_form(kind: &str, v: Value<'_>) -> Vec<u8> {
    format!("{kind}: {:#016x}", v.heap_address().unwrap_or(0)).into_bytes()
}

/// Steps 1–3: either the string, or a call of `__tostring`.
pub fn tostring<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> Result<MetaResult<'gc>, Vec<u8>> {
    // 1.
    let handler = metamethod(rt, v, rt.names.tostring);
    if !handler.is_nil() {
        return Ok(MetaResult::Call {
            func: handler,
            args: [v, Value::Nil, Value::Nil],
            nargs: 1,
        });
    }
    // 2.
    if let Some(name) = type_name_of(rt, v) {
        if let Value::Table(_) = v {
            let mut out = name.as_bytes().to_vec();
            out.extend_from_slice(format!(": {:#016x}", v.heap_address().unwrap_or(0)).as_bytes());
            return Err(out);
        }
    }
    // 3.
    Err(basic_tostring(v))
}
