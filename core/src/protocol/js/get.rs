//! [[Get]] (ECMA-262 §10.1.8 OrdinaryGet) and [[GetOwnProperty]]
//! (§10.1.5): look for an own property; a data property gives its value,
//! an accessor calls its getter with the *receiver* (the object the lookup
//! started from); otherwise continue at the [[Prototype]]; at the end of
//! the chain the property is absent (`undefined`).

use super::explain::attrs_text;
use super::model::{is_array, is_proxy};
use crate::model::Step;
use crate::native::Ctx;
use crate::object::{attrs, Object};
use crate::value::Value;

/// An own property: its value (for an accessor, the pair object) and its
/// attribute bits. `key` is already a storage key (`key.rs`).
pub fn own_property<'gc>(o: Object<'gc>, key: Value<'gc>) -> Option<(Value<'gc>, u8)> {
    if let Value::Int(i) = key {
        let v = o.array_get(i as usize);
        if !v.is_empty() {
            return Some((v, 0));
        }
    }
    if is_array(o) {
        if let Value::Str(s) = key {
            if s.as_bytes() == b"length" {
                let ro = o.flags() & crate::object::flags::NOT_EXTENSIBLE != 0
                    && super::array::is_frozen_array(o);
                let a = attrs::HIDDEN | attrs::PERMANENT | if ro { attrs::READ_ONLY } else { 0 };
                return Some((Value::Int(o.array_len() as i64), a));
            }
        }
    }
    let v = o.get_key(key);
    if v.is_empty() {
        return None;
    }
    let a = o.key_attrs(key).unwrap_or(0);
    Some((v, a))
}

/// The getter and setter of an accessor property's pair object.
pub fn accessor_pair<'gc>(pair: Value<'gc>) -> (Value<'gc>, Value<'gc>) {
    match pair {
        Value::Object(p) => (p.internal(0).or_nil(), p.internal(1).or_nil()),
        _ => (Value::Nil, Value::Nil),
    }
}

/// The protocol name steps are reported under.
const EVENT: &str = "[[Get]] (ECMA-262 10.1.8.1)";

/// §10.1.8.1 OrdinaryGet(O, P, Receiver).
pub fn get<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    receiver: Value<'gc>,
) -> Step<'gc> {
    let mut cur = o;
    for _ in 0..super::MAX_CHAIN {
        if is_proxy(cur) {
            if ctx.rt.tracing {
                ctx.rt.trace(EVENT, "js.get.proxy", move |n| {
                    format!(
                        "{} is a Proxy: its handler's get trap (or the target's [[Get]]) answers",
                        n.of(Value::Object(cur))
                    )
                });
            }
            return super::model::proxy_get(ctx, cur, key, receiver);
        }
        // 1. Let desc be ? O.[[GetOwnProperty]](P).
        if let Some((v, a)) = own_property(cur, key) {
            // 3. If IsDataDescriptor(desc), return desc.[[Value]].
            if a & attrs::ACCESSOR == 0 {
                if ctx.rt.tracing {
                    ctx.rt.trace(EVENT, "js.get.own_data", move |n| {
                        format!(
                            "{} has own data property {} {} → {}",
                            n.of(Value::Object(cur)),
                            n.of(key),
                            attrs_text(a, false, false),
                            n.of(v)
                        )
                    });
                }
                return Step::Done(v);
            }
            // 5–7. Let getter be desc.[[Get]]; undefined gives undefined,
            //      else Call(getter, Receiver).
            let (getter, setter) = accessor_pair(v);
            if ctx.rt.tracing {
                let (g, s) = (!getter.is_nil(), !setter.is_nil());
                ctx.rt.trace(EVENT, "js.get.own_accessor", move |n| {
                    format!(
                        "{} has own accessor {} {}",
                        n.of(Value::Object(cur)),
                        n.of(key),
                        attrs_text(a, g, s)
                    )
                });
            }
            if getter.is_nil() {
                return Step::Done(Value::Nil);
            }
            if ctx.rt.tracing {
                ctx.rt.trace(EVENT, "js.get.call_getter", move |n| {
                    format!(
                        "call get with this = {} (the receiver, not the object holding it)",
                        n.of(receiver)
                    )
                });
            }
            return Step::call(getter, &[receiver]);
        }
        // 2. If desc is undefined: parent.[[Get]](P, Receiver).
        match cur.meta() {
            Some(parent) => {
                if ctx.rt.tracing {
                    ctx.rt.trace(EVENT, "js.get.prototype", move |n| {
                        format!(
                            "{} has no own property {}: [[Prototype]] → {}",
                            n.of(Value::Object(cur)),
                            n.of(key),
                            n.of(Value::Object(parent))
                        )
                    });
                }
                cur = parent
            }
            None => {
                if ctx.rt.tracing {
                    ctx.rt.trace(EVENT, "js.get.absent", move |n| {
                        format!(
                            "{} has no own property {} and its [[Prototype]] is null: undefined",
                            n.of(Value::Object(cur)),
                            n.of(key)
                        )
                    });
                }
                return Step::Absent;
            }
        }
    }
    Step::msg("Maximum call stack size exceeded")
}

/// A data-only walk of the chain, for Rust code that must not run user
/// code (the iterator's `next` method, an error's `name`): accessors read
/// as absent.
pub fn get_data<'gc>(o: Object<'gc>, key: Value<'gc>) -> Option<Value<'gc>> {
    let mut cur = o;
    for _ in 0..super::MAX_CHAIN {
        if let Some((v, a)) = own_property(cur, key) {
            return (a & attrs::ACCESSOR == 0).then_some(v);
        }
        cur = cur.meta()?;
    }
    None
}
