//! The newindex event `t[k] = v` (Lua 5.4 §2.4 "__newindex"; lvm.c
//! luaV_finishset).
//!
//! 1. If `t` is a table and `k` is already present (raw), assign raw.
//! 2. Otherwise, if `t`'s metatable has no `__newindex`, assign raw (tables)
//!    or fail ("attempt to index a X value").
//! 3. A function `__newindex` is called with `(t, k, v)`.
//! 4. Otherwise repeat the assignment on `__newindex`, at most MAX_TAG_LOOP
//!    times.

use gc_arena::Mutation;

use super::meta::metatable_of;
use super::MAX_TAG_LOOP;
use crate::object::KeyError;
use crate::protocol::{MetaResult, OpError};
use crate::runtime::RuntimeState;
use crate::trace::describe;
use crate::value::Value;

pub fn newindex<'gc>(
    mc: &Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
) -> Result<MetaResult<'gc>, OpError<'gc>> {
    const EVENT: &str = "Lua newindex event";
    let mut t = obj;
    for _ in 0..MAX_TAG_LOOP {
        let handler = match t {
            Value::Table(table) => {
                let (handler, why) = {
                    let state = table.0.borrow();
                    match state.metatable {
                        None => (Value::Nil, "no metatable"),
                        Some(mt) => {
                            if !state.get(key).is_nil() {
                                (Value::Nil, "the key is present")
                            } else {
                                (
                                    mt.get_str(rt.names.newindex),
                                    "the metatable has no __newindex",
                                )
                            }
                        }
                    }
                };
                if handler.is_nil() {
                    if rt.tracing {
                        rt.trace(EVENT, move || {
                            format!(
                                "{why}: rawset({}, {}, {})",
                                describe(t),
                                describe(key),
                                describe(value)
                            )
                        });
                    }
                    // 1./2. raw assignment
                    return match table.set(mc, key, value) {
                        Ok(()) => Ok(MetaResult::Value(Value::Nil)),
                        Err(KeyError::Nil) => Err(OpError::Message("table index is nil".into())),
                        Err(KeyError::NaN) => Err(OpError::Message("table index is NaN".into())),
                    };
                }
                handler
            }
            _ => match metatable_of(rt, t) {
                Some(mt) => {
                    let h = mt.get_str(rt.names.newindex);
                    if h.is_nil() {
                        return Err(OpError::Index(t));
                    }
                    h
                }
                None => return Err(OpError::Index(t)),
            },
        };
        if handler.is_function() {
            if rt.tracing {
                rt.trace(EVENT, move || {
                    format!(
                        "__newindex is a function: call it with ({}, {}, {})",
                        describe(t),
                        describe(key),
                        describe(value)
                    )
                });
            }
        } else {
            if rt.tracing {
                rt.trace(EVENT, move || {
                    format!("__newindex is {}: assign there", describe(handler))
                });
            }
        }
        // 3. a function handler is called
        if handler.is_function() {
            return Ok(MetaResult::Call {
                func: handler,
                args: [t, key, value],
                nargs: 3,
            });
        }
        // 4. repeat on the handler
        t = handler;
    }
    Err(OpError::Message(
        "'__newindex' chain too long; possible loop".into(),
    ))
}
