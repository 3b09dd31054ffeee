//! `tostring(v)` (Lua 5.4 §6.1 tostring; lauxlib.c luaL_tolstring).
//!
//! 1. If the metatable has `__tostring`, call it with `v`; the result must
//!    be a string ("'__tostring' must return a string"). An object of
//!    another model converts by its own rule.
//! 2. Otherwise, if the metatable has a string `__name`, print
//!    `NAME: 0x...`.
//! 3. Otherwise the basic form: `nil`, `true`, numbers (`%.14g` for floats,
//!    with `.0` when they look like integers), strings as they are,
//!    `table: 0x...`, `function: 0x...`, `thread: 0x...`.

use super::meta::{metamethod, type_name_of, Event};
use super::table::is_table;
use crate::model::Step;
use crate::native::Ctx;
use crate::number::lua_number::fmt_lua_float;
use crate::value::Value;

/// Step 3 only: the primitive string form of a value.
pub fn basic_tostring(v: Value<'_>) -> Vec<u8> {
    match v {
        Value::Nil | Value::Empty => b"nil".to_vec(),
        Value::Null => b"null".to_vec(),
        Value::Bool(true) => b"true".to_vec(),
        Value::Bool(false) => b"false".to_vec(),
        Value::Int(i) => i.to_string().into_bytes(),
        Value::Float(f) => fmt_lua_float(f).into_bytes(),
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::BigInt(b) => b.0.to_string().into_bytes(),
        Value::Object(o) if is_table(o) => address_form("table", v),
        Value::Object(_) => address_form("userdata", v),
        Value::Closure(_) | Value::Native(_) => address_form("function", v),
        Value::Thread(_) => address_form("thread", v),
        Value::Cell(_) => address_form("cell", v),
    }
}

fn address_form(kind: &str, v: Value<'_>) -> Vec<u8> {
    format!("{kind}: {:#x}", v.heap_address().unwrap_or(0)).into_bytes()
}

/// Steps 1–3: `Done(string)`, or a call of `__tostring` (whose result the
/// caller checks).
pub fn tostring<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    if let Value::Str(_) = v {
        return Step::Done(v);
    }
    if let Value::Object(o) = v {
        if !is_table(o) {
            match (o.model().to_string)(ctx, o) {
                Step::Absent => {}
                other => return other,
            }
        }
    }
    // 1.
    let handler = metamethod(ctx.rt, v, Event::ToString);
    if !handler.is_nil() {
        return super::callable::call_handler(ctx.rt, handler, &[v]);
    }
    // 2.
    if let Some(name) = type_name_of(ctx.rt, v) {
        if let Value::Object(_) = v {
            let mut out = name.as_bytes().to_vec();
            out.extend_from_slice(format!(": {:#x}", v.heap_address().unwrap_or(0)).as_bytes());
            return Step::Done(Value::Str(crate::string::Str::from_vec(ctx.mc, out)));
        }
    }
    // 3.
    Step::Done(Value::Str(crate::string::Str::from_vec(
        ctx.mc,
        basic_tostring(v),
    )))
}
