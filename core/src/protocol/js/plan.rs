//! Inline-cache plans for JavaScript property access (the model hooks
//! `plan_get`/`plan_set` and the VM's `plan_string_get`), decided from
//! storage alone, never running user code. Each plan is what the full rule
//! would do, for as long as the VM's guards hold (`model::plan`):
//!
//! - [[Get]] (§10.1.8.1 OrdinaryGet): an own data property of the receiver
//!   is the answer whatever the prototypes hold, so "own slot `i`" holds for
//!   the receiver's shape alone (attribute bits are part of the shape, and a
//!   changed attribute makes the object a dictionary). Otherwise the walk up
//!   the [[Prototype]] chain: the first holder's data value, its getter
//!   called with the receiver, or absent (`undefined`). Every object read on
//!   the way is marked as a prototype, so that any write to it (a property
//!   added, changed, deleted, a new [[Prototype]]) bumps the epoch and drops
//!   the plan.
//! - [[Set]] (§10.1.9.2 OrdinarySetWithOwnDescriptor): a writable own data
//!   property is overwritten in place; an absent one whose chain holds no
//!   setter and no read-only property of that name is added to the receiver
//!   (CreateDataProperty, step 2.e; a non-extensible receiver is never
//!   planned, and becomes a dictionary when made so, `Object.preventExtensions`,
//!   so no plan made for an extensible object of its shape applies to it);
//!   an inherited setter is called with the receiver and the value.
//!
//! A dictionary-mode receiver's own property is planned only for an object
//! already marked as a prototype, as a value guarded by the epoch.
//!
//! Never planned: array index keys and `length` of an array (§10.4.2, the
//! array exotic's own rule), `__proto__` (an accessor whose setter is a
//! [[SetPrototypeOf]]), own accessors, Proxies anywhere on the chain (their
//! traps are user code), non-extensible receivers, writes to dictionary-mode ones, and
//! failing writes (read-only, getter-only: their error depends on the
//! frame's strictness).
//! A strict or sloppy frame, a tracer (the VM never consults plans while one
//! is installed) and a frame of another language see the same result.

use gc_arena::Mutation;

use super::get::{accessor_pair, own_property};
use super::key::index_of_str;
use super::model::{fflags, fslot, is_array, is_function, is_proxy};
use super::realm::{proto, Slot};
use crate::model::{GetPlan, SetPlan};
use crate::object::{attrs, flags, Object};
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::value::Value;

/// Longest [[Prototype]] chain a plan follows (class hierarchies are a
/// few levels deep; a longer chain takes the full rule).
const MAX_PLAN_DEPTH: usize = 16;

pub fn plan_string_get<'gc>(rt: &RuntimeState<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    // `length` and index keys are the string's own (§10.4.3 String exotic
    // objects): `s.charCodeAt` on a primitive string is §13.3.2 property
    // access with ToObject (§7.1.18), i.e. [[Get]] on the String prototype
    // with the string as receiver.
    let k = key.as_bytes();
    if k == b"length" || k.first().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let p = proto(rt, Slot::StringProto)?;
    let key = Value::Str(key);
    let v = p.get_key(key);
    if v.is_empty() || p.key_attrs(key).unwrap_or(0) & attrs::ACCESSOR != 0 {
        return None;
    }
    p.mark_proto();
    Some(GetPlan::Found(v))
}

/// May `key` be planned at all? Index keys are stored as integers (not in
/// the shape), `__proto__` is the [[Prototype]] accessor.
fn plannable(key: Str<'_>) -> bool {
    let k = key.as_bytes();
    k != b"__proto__" && index_of_str(k).is_none()
}

/// Is `key` the array exotic's `length` on `o`?
fn array_length(o: Object<'_>, key: Str<'_>) -> bool {
    is_array(o) && key.as_bytes() == b"length"
}

/// What the walk up the chain from `o` found for `key` (`o` itself not
/// included): the holder's value and attributes, or `None` at the end of
/// the chain. `Err(())` when the chain cannot be planned.
fn find_inherited<'gc>(o: Object<'gc>, key: Str<'gc>) -> Result<Option<(Value<'gc>, u8)>, ()> {
    let mut cur = o.meta();
    for _ in 0..MAX_PLAN_DEPTH {
        let Some(p) = cur else {
            return Ok(None);
        };
        if is_proxy(p) || array_length(p, key) {
            return Err(());
        }
        p.mark_proto();
        if let Some(found) = own_property(p, Value::Str(key)) {
            return Ok(Some(found));
        }
        cur = p.meta();
    }
    Err(())
}

/// The function a call of `f` runs: a JavaScript function object forwards
/// its [[Call]] to the closure in its internal slot (`model::call_function`),
/// so a plan calls that closure directly (the VM's fast call); a class
/// constructor (which throws when called) and anything else stay as they are.
fn callee<'gc>(f: Value<'gc>) -> Value<'gc> {
    if let Value::Object(o) = f {
        if is_function(o) {
            let plain =
                matches!(o.internal(fslot::FLAGS), Value::Int(fl) if fl & fflags::CLASS == 0);
            if let (true, c @ Value::Closure(_)) = (plain, o.internal(fslot::CALL)) {
                return c;
            }
        }
    }
    f
}

/// The receiver's own `key`, if it can be planned at all (`None`: no plan):
/// `Some(Some(Some(slot)))` a present own property with none of the
/// attribute bits `deny`, `Some(Some(None))` an own property no plan
/// covers, `Some(None)` not an own property.
#[allow(clippy::option_option)]
fn own_slot<'gc>(o: Object<'gc>, key: Str<'gc>, deny: u8) -> Option<Option<Option<u32>>> {
    let shape = o.shape();
    if shape.is_dictionary() || !plannable(key) || array_length(o, key) {
        return None;
    }
    let Some(i) = shape.slot_of(key) else {
        return Some(None);
    };
    let usable = !o.slot(i).is_empty() && shape.key_at(i)?.1 & deny == 0;
    Some(Some(usable.then_some(i as u32)))
}

/// `o.key` (§10.1.8.1).
pub fn plan_get<'gc>(_: &RuntimeState<'gc>, o: Object<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    let own = if o.shape().is_dictionary() {
        // A dictionary-mode object has a shape of its own, but its keys
        // change without a new shape: planned only when it is marked as a
        // prototype already (`Object.prototype`, the intrinsics object every
        // `null` literal reads), so that every write to it bumps the epoch
        // that guards the plan. Marking others here would make each of
        // their writes (the global object's `var`s) drop every guarded plan.
        if !o.is_proto() || !plannable(key) || array_length(o, key) {
            return None;
        }
        own_property(o, Value::Str(key))
    } else {
        if let Some(own) = own_slot(o, key, attrs::ACCESSOR)? {
            return own.map(|slot| GetPlan::Own {
                slot,
                guarded: false,
            });
        }
        None
    };
    let found = match own {
        Some(found) => Some(found),
        None => find_inherited(o, key).ok()?,
    };
    Some(match found {
        None => GetPlan::Absent,
        Some((v, a)) if a & attrs::ACCESSOR == 0 => GetPlan::Found(v),
        Some((pair, _)) => match accessor_pair(pair).0 {
            Value::Nil => GetPlan::Found(Value::Nil),
            getter => GetPlan::Call {
                func: callee(getter),
                with_key: false,
            },
        },
    })
}

/// `o.key = v` (§10.1.9.2 with the receiver `o`).
pub fn plan_set<'gc>(
    mc: &Mutation<'gc>,
    _: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<SetPlan<'gc>> {
    if let Some(own) = own_slot(o, key, attrs::ACCESSOR | attrs::READ_ONLY)? {
        return own.map(|slot| SetPlan::Own {
            slot,
            guarded: false,
        });
    }
    let shape = o.shape();
    match find_inherited(o, key).ok()? {
        Some((pair, a)) if a & attrs::ACCESSOR != 0 => match accessor_pair(pair).1 {
            Value::Nil => None,
            setter => Some(SetPlan::Call {
                func: callee(setter),
                with_key: false,
            }),
        },
        Some((_, a)) if a & attrs::READ_ONLY != 0 => None,
        _ if o.flags() & flags::NOT_EXTENSIBLE != 0 => None,
        _ => Some(SetPlan::Add {
            to: shape.with_key(mc, key, 0)?,
        }),
    }
}
