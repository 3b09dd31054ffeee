//! `new F(...args)` of an ordinary constructor, run by the VM itself
//! (ECMA-262 §10.2.2 [[Construct]] with newTarget = F, §10.1.13
//! OrdinaryCreateFromConstructor, §10.1.14 GetPrototypeFromConstructor).
//!
//! The rule: a new ordinary object inherits from `F.prototype` (or from
//! `%Object.prototype%` when that is not an object); F's code runs with it
//! as `this`; an object F returns replaces it, anything else gives it.
//! Only constructors with nothing else to do take this path: a plain
//! `function`, or a class without `extends` and without instance fields.
//! Bound functions, derived classes, classes with fields, Proxies and
//! natives go through the frontend's `construct` native, which has every
//! step.

use gc_arena::Mutation;

use super::model::{fflags, fslot, is_function, is_symbol};
use super::realm::{proto, realm, Slot};
use super::JS_ORDINARY;
use crate::function::Closure;
use crate::model::PlainConstruct;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// JavaScript's entry in `LangOps::construct`.
pub const PLAIN: PlainConstruct = PlainConstruct { plan, result_wins };

/// The code of `f` and the object it constructs, when `f` is an ordinary
/// constructor (see the module comment); `None` otherwise.
fn plan<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    f: Value<'gc>,
) -> Option<(Closure<'gc>, Value<'gc>)> {
    let Value::Object(fo) = f else {
        return None;
    };
    if !is_function(fo) || rt.tracing {
        return None;
    }
    let Value::Int(flags) = fo.internal(fslot::FLAGS) else {
        return None;
    };
    if flags & (fflags::NO_CONSTRUCT | fflags::DERIVED) != 0 {
        return None;
    }
    if matches!(fo.internal(fslot::BOUND), Value::Object(_)) {
        return None;
    }
    let fields = fo.internal(fslot::FIELDS);
    if !(fields.is_nil() || fields.is_empty()) {
        return None;
    }
    let code = match fo.internal(fslot::CALL) {
        Value::Closure(c) if c.0.proto.ops.passes_this => c,
        _ => return None,
    };
    let realm = realm(rt)?;
    if flags & fflags::NEW_TARGET != 0 {
        // The code reads `new.target` first thing (`takeNewTarget`).
        realm.set_internal(mc, Slot::Count as usize, f);
    }
    // 1. GetPrototypeFromConstructor(newTarget, "%Object.prototype%"): a
    // function's `prototype` is an own data property it cannot lose.
    let key = match realm.internal(Slot::KeyPrototype as usize) {
        k @ Value::Str(_) => k,
        _ => {
            let k = Value::Str(rt.intern(mc, b"prototype"));
            realm.set_internal(mc, Slot::KeyPrototype as usize, k);
            k
        }
    };
    let prototype = match super::get::get_data(fo, key) {
        Some(Value::Object(p)) => Some(p),
        _ => proto(rt, Slot::ObjectProto),
    };
    // 2. OrdinaryCreateFromConstructor.
    let this = Object::new(mc, rt.root_shape, &JS_ORDINARY);
    this.set_meta(mc, prototype);
    Some((code, Value::Object(this)))
}

/// §10.2.2 step 10: the constructor's result is used when it is an Object.
fn result_wins(v: Value<'_>) -> bool {
    match v {
        Value::Object(o) => !is_symbol(o),
        Value::Closure(_) | Value::Native(_) => true,
        _ => false,
    }
}
