//! The newindex event `t[k] = v` (Lua 5.4 §2.4 "__newindex"; lvm.c
//! luaV_finishset).
//!
//! 1. If `t` is a table and `k` is already present (raw), assign raw.
//! 2. Otherwise, if `t`'s metatable has no `__newindex`, assign raw (tables)
//!    or fail ("attempt to index a X value"). An object of another model
//!    assigns by its own rules.
//! 3. A function `__newindex` is called with `(t, k, v)`.
//! 4. Otherwise repeat the assignment on `__newindex`, at most MAX_TAG_LOOP
//!    times.

use super::meta::{fast_event, metatable_of, Event};
use super::table::{is_table, raw_get, raw_set, KeyError};
use super::MAX_TAG_LOOP;
use crate::model::{Access, OpError, Step};
use crate::native::Ctx;
use crate::value::Value;

pub fn newindex<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    newindex_as(ctx, obj, key, value, Access::Item)
}

/// The newindex event, with the kind of access the frame made.
pub fn newindex_as<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    const EVENT: &str = "Lua newindex event";
    let mut t = obj;
    for _ in 0..MAX_TAG_LOOP {
        let rt = &*ctx.rt;
        let handler = match t {
            Value::Object(table) if is_table(table) => {
                let (handler, why) = match table.meta() {
                    None => (Value::Nil, "no metatable"),
                    Some(mt) => {
                        if !raw_get(table, key).is_nil() {
                            (Value::Nil, "the key is present")
                        } else {
                            (
                                fast_event(rt, mt, Event::NewIndex),
                                "the metatable has no __newindex",
                            )
                        }
                    }
                };
                if handler.is_nil() {
                    if rt.tracing {
                        rt.trace(EVENT, "lua.newindex.rawset", move |n| {
                            format!("{why}: rawset({}, {}, {})", n.of(t), n.of(key), n.of(value))
                        });
                    }
                    // 1./2. raw assignment
                    return match raw_set(ctx.mc, table, key, value) {
                        Ok(()) => Step::Done(Value::Nil),
                        Err(KeyError::Nil) => Step::msg("table index is nil"),
                        Err(KeyError::NaN) => Step::msg("table index is NaN"),
                    };
                }
                handler
            }
            Value::Object(o) => return (o.model().set)(ctx, o, key, value, access),
            _ => match metatable_of(rt, t) {
                Some(mt) => {
                    let h = fast_event(rt, mt, Event::NewIndex);
                    if h.is_nil() {
                        return Step::Error(OpError::Index(t));
                    }
                    h
                }
                None => return Step::Error(OpError::Index(t)),
            },
        };
        // 3. a function handler is called
        if super::callable::is_function(handler) {
            if rt.tracing {
                rt.trace(EVENT, "lua.newindex.call_handler", move |n| {
                    format!(
                        "getmetatable({}).__newindex is a function: call it with ({}, {}, {})",
                        n.of(t),
                        n.of(t),
                        n.of(key),
                        n.of(value)
                    )
                });
            }
            return super::callable::call_handler(rt, handler, &[t, key, value]);
        }
        // 4. repeat on the handler
        if rt.tracing {
            rt.trace(EVENT, "lua.newindex.chain", move |n| {
                format!(
                    "getmetatable({}).__newindex is {}: assign there",
                    n.of(t),
                    n.of(handler)
                )
            });
        }
        t = handler;
    }
    Step::msg("'__newindex' chain too long; possible loop")
}
