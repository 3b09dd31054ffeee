//! The index event `t[k]` (Lua 5.4 §2.4 "__index"; lvm.c luaV_finishget).
//!
//! 1. If `t` is a table and `rawget(t, k)` is not nil, that is the result.
//! 2. Otherwise take `__index` from `t`'s metatable. For a non-table `t`
//!    without one, it is an error ("attempt to index a X value").
//! 3. If `__index` is a function, call it with `(t, k)`: its first result is
//!    the result.
//! 4. Otherwise repeat the lookup on `__index` (a table, or anything with
//!    an `__index` of its own), at most MAX_TAG_LOOP times.

use super::meta::metatable_of;
use super::MAX_TAG_LOOP;
use crate::protocol::{MetaResult, OpError};
use crate::runtime::RuntimeState;
use crate::trace::describe;
use crate::value::Value;

/// Steps 2–4 after a raw miss on the table `t` whose metatable is `mt`.
#[inline(always)]
pub fn index_miss<'gc>(
    rt: &RuntimeState<'gc>,
    t: Value<'gc>,
    mt: crate::object::Table<'gc>,
    key: Value<'gc>,
) -> Result<MetaResult<'gc>, OpError<'gc>> {
    if rt.tracing {
        return index(rt, t, key);
    }
    // 2. the __index handler
    let handler = mt.get_str(rt.names.index);
    if handler.is_nil() {
        return Ok(MetaResult::Value(Value::Nil));
    }
    // 3. a function is called
    if handler.is_function() {
        return Ok(MetaResult::call2(handler, t, key));
    }
    // 4. continue in the handler
    index(rt, handler, key)
}

#[inline(always)]
pub fn index<'gc>(
    rt: &RuntimeState<'gc>,
    obj: Value<'gc>,
    key: Value<'gc>,
) -> Result<MetaResult<'gc>, OpError<'gc>> {
    const EVENT: &str = "Lua index event";
    let mut t = obj;
    for _ in 0..MAX_TAG_LOOP {
        let handler = match t {
            Value::Table(table) => {
                let state = table.0.borrow();
                // 1. raw hit
                let v = state.get(key);
                if rt.tracing {
                    rt.trace(EVENT, move || {
                        format!(
                            "rawget({}, {}) → {}",
                            describe(t),
                            describe(key),
                            describe(v)
                        )
                    });
                }
                if !v.is_nil() {
                    return Ok(MetaResult::Value(v));
                }
                match state.metatable {
                    None => {
                        if rt.tracing {
                            rt.trace(EVENT, move || "no metatable: the result is nil".into());
                        }
                        return Ok(MetaResult::Value(Value::Nil));
                    }
                    Some(mt) => {
                        let h = mt.get_str(rt.names.index);
                        if h.is_nil() {
                            if rt.tracing {
                                rt.trace(EVENT, move || {
                                    "the metatable has no __index: the result is nil".into()
                                });
                            }
                            return Ok(MetaResult::Value(Value::Nil));
                        }
                        h
                    }
                }
            }
            _ => match metatable_of(rt, t) {
                Some(mt) => {
                    let h = mt.get_str(rt.names.index);
                    if h.is_nil() {
                        return Err(OpError::Index(t));
                    }
                    if rt.tracing {
                        rt.trace(EVENT, move || {
                            format!(
                                "{} is not a table: use its metatable's __index",
                                describe(t)
                            )
                        });
                    }
                    h
                }
                // 2. no metatable: only an error for the first object
                None => return Err(OpError::Index(t)),
            },
        };
        // 3. a function handler is called
        if handler.is_function() {
            if rt.tracing {
                rt.trace(EVENT, move || {
                    format!(
                        "__index is a function: call it with ({}, {})",
                        describe(t),
                        describe(key)
                    )
                });
            }
            return Ok(MetaResult::call2(handler, t, key));
        }
        // 4. continue the lookup in the handler
        if rt.tracing {
            rt.trace(EVENT, move || {
                format!("__index is {}: index it", describe(handler))
            });
        }
        t = handler;
    }
    Err(OpError::Message(
        "'__index' chain too long; possible loop".into(),
    ))
}
