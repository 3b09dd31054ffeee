//! The length event `#v` (Lua 5.4 §3.4.7, §2.4 "__len").
//!
//! 1. A string's length is its byte count.
//! 2. A value whose metatable has `__len` calls it with `(v, v)`; an
//!    object of another model answers with its own length hook.
//! 3. A table without `__len` has its raw length (a border).
//! 4. Anything else is an error ("attempt to get length of a X value").

use super::meta::{metamethod, Event};
use super::table::{is_table, raw_len};
use crate::bytecode::UnaryOp;
use crate::model::{OpError, Step};
use crate::native::Ctx;
use crate::value::Value;

const EVENT: &str = "Lua length event";

pub fn length<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    // 1.
    if let Value::Str(s) = v {
        return Step::Done(Value::Int(s.len() as i64));
    }
    if let Value::Object(o) = v {
        if !is_table(o) {
            return match (o.model().unary)(ctx, UnaryOp::Len, o) {
                Step::Absent => Step::Error(OpError::Length(v)),
                other => other,
            };
        }
    }
    // 2.
    let handler = metamethod(ctx.rt, v, Event::Len);
    if !handler.is_nil() {
        ctx.rt.trace(EVENT, "lua.len.metamethod", move |n| {
            format!("getmetatable({}) has __len: call it with it", n.of(v))
        });
        return super::callable::call_handler(ctx.rt, handler, &[v, v]);
    }
    // 3.
    if let Value::Object(o) = v {
        ctx.rt.trace(EVENT, "lua.len.border", move |n| {
            format!("{} is a table without __len: its border", n.of(v))
        });
        return Step::Done(Value::Int(raw_len(o)));
    }
    // 4.
    Step::Error(OpError::Length(v))
}
