//! The index event `t[k]` (Lua 5.4 §2.4 "__index"; lvm.c luaV_finishget).
//!
//! 1. If `t` is a table and `rawget(t, k)` is not nil, that is the result.
//! 2. Otherwise take `__index` from `t`'s metatable. For a non-table `t`
//!    without one, it is an error ("attempt to index a X value"). An
//!    object of another model is asked by its own rules.
//! 3. If `__index` is a function, call it with `(t, k)`: its first result is
//!    the result.
//! 4. Otherwise repeat the lookup on `__index` (a table, or anything with
//!    an `__index` of its own), at most MAX_TAG_LOOP times.
//!
//! When the chain ends without a value the result is `Absent`: the running
//! frame's language decides what a missing key is (for Lua, `nil`).

use super::meta::{fast_event, metatable_of, Event};
use super::table::{is_table, raw_get};
use super::MAX_TAG_LOOP;
use crate::model::{Access, OpError, Step};
use crate::native::Ctx;
use crate::value::Value;

pub fn index<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>) -> Step<'gc> {
    index_as(ctx, obj, key, Access::Item)
}

/// The index event, with the kind of access the frame made (an object of
/// another language may tell `t.k` from `t[k]`).
pub fn index_as<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    const EVENT: &str = "Lua index event";
    let rt = &*ctx.rt;
    let mut t = obj;
    for _ in 0..MAX_TAG_LOOP {
        let handler = match t {
            Value::Object(table) if is_table(table) => {
                // 1. raw hit
                let v = raw_get(table, key);
                if rt.tracing {
                    rt.trace(EVENT, "lua.index.rawget", move |n| {
                        format!("rawget({}, {}) → {}", n.of(t), n.of(key), n.of(v))
                    });
                }
                if !v.is_nil() {
                    return Step::Done(v);
                }
                let Some(mt) = table.meta() else {
                    if rt.tracing {
                        rt.trace(EVENT, "lua.index.no_metatable", move |n| {
                            format!("{} has no metatable: the result is nil", n.of(t))
                        });
                    }
                    return Step::Absent;
                };
                let h = fast_event(rt, mt, Event::Index);
                if h.is_nil() {
                    if rt.tracing {
                        rt.trace(EVENT, "lua.index.no_handler", move |n| {
                            format!(
                                "getmetatable({}) has no __index: the result is nil",
                                n.of(t)
                            )
                        });
                    }
                    return Step::Absent;
                }
                h
            }
            // An object of another language: its own lookup.
            Value::Object(o) => return (o.model().get)(ctx, o, key, access),
            _ => match metatable_of(rt, t) {
                Some(mt) => {
                    let h = fast_event(rt, mt, Event::Index);
                    if h.is_nil() {
                        return Step::Error(OpError::Index(t));
                    }
                    if rt.tracing {
                        rt.trace(EVENT, "lua.index.non_table", move |n| {
                            format!("{} is not a table: use its metatable's __index", n.of(t))
                        });
                    }
                    h
                }
                // 2. no metatable: an error
                None => return Step::Error(OpError::Index(t)),
            },
        };
        // 3. a function handler is called
        if super::callable::is_function(handler) {
            if rt.tracing {
                rt.trace(EVENT, "lua.index.call_handler", move |n| {
                    format!(
                        "getmetatable({}).__index is a function: call it with ({}, {})",
                        n.of(t),
                        n.of(t),
                        n.of(key)
                    )
                });
            }
            return super::callable::call_handler(rt, handler, &[t, key]);
        }
        // 4. continue the lookup in the handler
        if rt.tracing {
            rt.trace(EVENT, "lua.index.chain", move |n| {
                format!(
                    "getmetatable({}).__index is {} ({}): index it",
                    n.of(t),
                    if handler.heap_address().is_some() {
                        "a table"
                    } else {
                        "a value"
                    },
                    n.of(handler)
                )
            });
        }
        t = handler;
    }
    Step::msg("'__index' chain too long; possible loop")
}
