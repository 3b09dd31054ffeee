//! [[Set]] (ECMA-262 §10.1.9, OrdinarySetWithOwnDescriptor §10.1.9.2):
//! find the property along the chain. An accessor calls its setter with
//! the receiver (no setter: failure); a non-writable data property anywhere
//! on the chain makes the assignment fail; otherwise the value lands as an
//! own data property of the receiver (a new one needs the receiver to be
//! extensible). A failed assignment throws a TypeError in strict code and
//! does nothing in sloppy code.

use super::explain::attrs_text;
use super::get::{accessor_pair, own_property};
use super::model::{is_array, is_proxy};
use crate::model::{OpError, Step};
use crate::native::Ctx;
use crate::object::{attrs, flags, Object};
use crate::value::Value;

/// The protocol name steps are reported under.
const EVENT: &str = "[[Set]] (ECMA-262 10.1.9.2)";

/// §10.1.9.2 with O the object and Receiver the same object (the usual
/// `o.p = v`).
pub fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    v: Value<'gc>,
) -> Step<'gc> {
    let receiver = o;
    let mut cur = o;
    for _ in 0..super::MAX_CHAIN {
        if is_proxy(cur) {
            if ctx.rt.tracing {
                ctx.rt.trace(EVENT, "js.set.proxy", move |n| {
                    format!(
                        "{} is a Proxy: its handler's set trap (or the target's [[Set]]) answers",
                        n.of(Value::Object(cur))
                    )
                });
            }
            return super::model::proxy_set(ctx, cur, key, v, Value::Object(receiver));
        }
        if let Some((old, a)) = own_property(cur, key) {
            if ctx.rt.tracing {
                let (g, s) = match a & attrs::ACCESSOR {
                    0 => (false, false),
                    _ => {
                        let (g, s) = accessor_pair(old);
                        (!g.is_nil(), !s.is_nil())
                    }
                };
                ctx.rt.trace(EVENT, "js.set.found", move |n| {
                    let what = if a & attrs::ACCESSOR != 0 {
                        "accessor"
                    } else {
                        "data property"
                    };
                    let whose = if cur == receiver { "own" } else { "inherited" };
                    format!(
                        "{} {what} {} found on {} {}",
                        whose,
                        n.of(key),
                        n.of(Value::Object(cur)),
                        attrs_text(a, g, s)
                    )
                });
            }
            if a & attrs::ACCESSOR != 0 {
                // 3. Accessor: call the setter with the receiver.
                let (_, setter) = accessor_pair(old);
                if ctx.rt.tracing && !setter.is_nil() {
                    ctx.rt.trace(EVENT, "js.set.call_setter", move |n| {
                        format!("call set with this = {}", n.of(Value::Object(receiver)))
                    });
                }
                if setter.is_nil() {
                    return fail(ctx, receiver, key, "which has only a getter");
                }
                return Step::call(setter, &[Value::Object(receiver), v]);
            }
            // 2.a. If ownDesc.[[Writable]] is false, return false.
            if a & attrs::READ_ONLY != 0 {
                return fail(ctx, receiver, key, "read-only");
            }
            if cur == receiver {
                // 2.d. An existing data property of the receiver.
                if ctx.rt.tracing {
                    ctx.rt.trace(EVENT, "js.set.own_data", |_| {
                        "writable: the receiver's own data property takes the value".into()
                    });
                }
                write_own(ctx, receiver, key, v);
                return Step::Done(Value::Nil);
            }
            break;
        }
        match cur.meta() {
            Some(parent) => cur = parent,
            None => break,
        }
    }
    // 2.e. CreateDataProperty(Receiver, P, V).
    if receiver.flags() & flags::NOT_EXTENSIBLE != 0 {
        return fail(ctx, receiver, key, "not extensible");
    }
    if ctx.rt.tracing {
        ctx.rt.trace(EVENT, "js.set.create", move |n| {
            format!(
                "CreateDataProperty({}, {}): a new own data property {{value, writable: true, enumerable: true, configurable: true}}",
                n.of(Value::Object(receiver)),
                n.of(key)
            )
        });
    }
    write_own(ctx, receiver, key, v);
    Step::Done(Value::Nil)
}

/// Store an own data property (array elements through the array rule).
pub fn write_own<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, v: Value<'gc>) {
    if is_array(o) {
        super::array::array_write(ctx, o, key, v);
        return;
    }
    if let Value::Int(i) = key {
        let i = i as usize;
        if i < o.array_len() && !o.array_get(i).is_empty() {
            o.array_set(ctx.mc, i, v);
            return;
        }
        if i == o.array_len() && o.get_key(key).is_empty() {
            o.array_push(ctx.mc, v);
            return;
        }
    }
    o.set_key(ctx.mc, key, v);
}

/// A failed assignment: TypeError in strict code, ignored otherwise.
fn fail<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, why: &str) -> Step<'gc> {
    let strict = super::realm::is_strict(ctx.rt);
    if ctx.rt.tracing {
        let why = why.to_string();
        ctx.rt.trace(EVENT, "js.set.fail", move |n| {
            let then = if strict {
                "strict code: a TypeError"
            } else {
                "sloppy code: the assignment does nothing"
            };
            format!("the assignment of {} fails ({why}); {then}", n.of(key))
        });
    }
    if !strict {
        return Step::Done(Value::Nil);
    }
    let k = super::key::key_text(key);
    let text = match why {
        "which has only a getter" => {
            format!(
                "Cannot set property {k} of {} which has only a getter",
                super::error::describe_object(o)
            )
        }
        "not extensible" => format!("Cannot add property {k}, object is not extensible"),
        _ => format!(
            "Cannot assign to read only property '{k}' of object '{}'",
            super::error::describe_object(o)
        ),
    };
    Step::Error(OpError::Throw(super::error::make_error(
        ctx,
        super::realm::Slot::TypeErrorProto,
        &text,
    )))
}
