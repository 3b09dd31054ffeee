//! Inline-cache plans for Python attribute access (the model hooks
//! `plan_get`/`plan_set`), CPython's type version tags and `LOAD_ATTR` /
//! `LOAD_METHOD` / `STORE_ATTR` specialisations (PEP 659) in omx's terms.
//! Each plan is what the full rule (`getattr.rs`, `type_getattr.rs`,
//! `setattr.rs`, Language Reference §3.3.2) would do, decided from storage
//! alone, for as long as the VM's guards hold (`model::plan`):
//!
//! - the receiver's shape (which keys its `__dict__` holds, and where);
//! - the receiver's meta object, i.e. its class (`__class__` assignment
//!   changes it);
//! - the prototype epoch, our type version tag: every class along the MRO
//!   (and the metaclass's, for a class receiver) is marked as a prototype
//!   here, so any write to one of their namespaces (an attribute added,
//!   replaced, deleted; `__getattribute__`, `__getattr__`, `__setattr__`
//!   or a data descriptor defined later) bumps the epoch and drops the plan.
//!
//! Instance reads (`object.__getattribute__`): a key no class along the MRO
//! defines as a data descriptor is read from the instance's own slot; a
//! function on the type that the instance does not shadow is a `Method`
//! plan (a method load calls it with the instance first, no bound method);
//! a plain class attribute (a number, a string, `None`) is the value; a
//! `property` with a Python getter is a call of the getter. Instance writes
//! (`object.__setattr__`) store into, or add, the instance's own slot when
//! no data descriptor of that name is on the type.
//!
//! Class reads (`type.__getattribute__`): a function or plain value found
//! along the class's MRO, when the metaclass's MRO has nothing of that name
//! (a metaclass data descriptor would win).
//!
//! Never planned (the full rule runs): dunder names (`__class__`,
//! `__dict__`... are answered by `model::special_attr`), a user
//! `__getattribute__` or `__setattr__` anywhere along the MRO, other
//! descriptors (classmethod, staticmethod, objects with `__get__`), misses
//! (`__getattr__` and the `AttributeError`), `super` objects,
//! dictionary-mode instances, and any receiver that is not an instance or a
//! class. A tracer is never bypassed: the VM consults no plan while one is
//! installed.

use gc_arena::Mutation;

use super::descriptor::{kind_in, Kind};
use super::lookup::type_lookup;
use super::model::{PY_INSTANCE, PY_TYPE};
use super::state::{PyState, SLOT_MRO, T};
use crate::model::{GetPlan, SetPlan};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::value::Value;

/// Longest MRO a plan follows (deeper hierarchies take the full rule).
const MAX_PLAN_MRO: usize = 32;

/// Mark every class of `ty`'s MRO as a prototype, so that a write to any of
/// them bumps the epoch. `None` when the MRO is not a plain tuple of classes.
fn guard_mro(ty: Object<'_>) -> Option<()> {
    if !std::ptr::eq(ty.model(), &PY_TYPE) {
        return None;
    }
    ty.mark_proto();
    let Value::Object(mro) = ty.internal(SLOT_MRO) else {
        return Some(());
    };
    let n = mro.array_len();
    if n > MAX_PLAN_MRO {
        return None;
    }
    for i in 0..n {
        match mro.array_get(i) {
            Value::Object(c) if std::ptr::eq(c.model(), &PY_TYPE) => c.mark_proto(),
            _ => return None,
        }
    }
    Some(())
}

/// Is `hook` overridden along `ty`'s MRO by something other than
/// `object`'s builtin (the rule then calls user code)?
fn overridden<'gc>(py: &PyState<'gc>, ty: Object<'gc>, hook: Str<'gc>) -> bool {
    matches!(type_lookup(ty, hook), Some((f, owner))
        if owner != py.ty(T::Object) && !matches!(f, Value::Native(_)))
}

/// A class attribute a plan may keep as it is: a value of a builtin
/// immutable kind, which no later write to another class can turn into a
/// descriptor.
fn plain_value(v: Value<'_>) -> bool {
    matches!(
        v,
        Value::Nil
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
    )
}

/// The instance, its class, and what the class's MRO holds for `key`, when
/// the access can be planned at all.
#[allow(clippy::type_complexity)]
fn instance_lookup<'gc>(
    py: &PyState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
    hook: Str<'gc>,
) -> Option<(Object<'gc>, Option<(Value<'gc>, Kind)>)> {
    if !std::ptr::eq(o.model(), &PY_INSTANCE)
        || key.as_bytes().starts_with(b"__")
        || o.shape().is_dictionary()
    {
        return None;
    }
    let tp = o.meta()?;
    if tp == py.ty(T::Super) {
        return None;
    }
    guard_mro(tp)?;
    if overridden(py, tp, hook) {
        return None;
    }
    let found = type_lookup(tp, key).map(|(v, _)| (v, kind_in(py, v)));
    Some((tp, found))
}

/// The instance's own slot holding `key`, if any.
pub(super) fn own_slot<'gc>(o: Object<'gc>, key: Str<'gc>) -> Option<u32> {
    let i = o.shape().slot_of(key)?;
    (!o.slot(i).is_empty()).then_some(i as u32)
}

/// `o.key` for a Python instance or class.
pub fn plan_get<'gc>(
    rt: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<GetPlan<'gc>> {
    let py = &rt.python;
    if std::ptr::eq(o.model(), &PY_TYPE) {
        return plan_class_get(o, key);
    }
    let (_, found) = instance_lookup(py, o, key, py.names.getattribute)?;
    let own = own_slot(o, key);
    let own_plan = |slot| GetPlan::Own {
        slot,
        guarded: true,
    };
    match found {
        // 3. The instance dict (nothing on the type).
        None => own.map(own_plan),
        // 2. A data descriptor wins over the instance dict.
        Some((p, Kind::Property)) => {
            let fget = p.as_object()?.internal(0);
            matches!(fget, Value::Closure(_)).then_some(GetPlan::Call {
                func: fget,
                with_key: false,
            })
        }
        // 3, else 4: a function binds as a method.
        Some((f, Kind::Function)) => Some(own.map_or(GetPlan::Method(f), own_plan)),
        Some((v, Kind::Plain)) if plain_value(v) => Some(own.map_or(GetPlan::Found(v), own_plan)),
        Some(_) => None,
    }
}

/// `cls.key` (`type.__getattribute__`, `type_getattr.rs`).
fn plan_class_get<'gc>(cls: Object<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    // The plan holds for this class only: classes are created in
    // dictionary mode, a shape of their own, so the shape guard tells them
    // apart (two classes with the same names would share a shape).
    if key.as_bytes().starts_with(b"__") || !cls.shape().is_dictionary() {
        return None;
    }
    let meta = cls.meta()?;
    guard_mro(meta)?;
    guard_mro(cls)?;
    // 1. and 3. Anything of that name on the metatype: the full rule.
    if type_lookup(meta, key).is_some() {
        return None;
    }
    // 2. The class's own MRO: `__get__(None, cls)` of a function is the
    // function itself.
    match type_lookup(cls, key) {
        Some((v, _)) if matches!(v, Value::Closure(_)) || plain_value(v) => Some(GetPlan::Found(v)),
        _ => None,
    }
}

/// `o.key = v` for a Python instance (`object.__setattr__`).
pub fn plan_set<'gc>(
    mc: &Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<SetPlan<'gc>> {
    let py = &rt.python;
    let (_, found) = instance_lookup(py, o, key, py.names.setattr)?;
    // A data descriptor (or anything that may become one) handles the
    // assignment: the full rule.
    match found {
        None | Some((_, Kind::Function)) => {}
        Some((v, Kind::Plain)) if plain_value(v) => {}
        Some(_) => return None,
    }
    Some(match own_slot(o, key) {
        Some(slot) => SetPlan::Own {
            slot,
            guarded: true,
        },
        None if o.shape().slot_of(key).is_none() => SetPlan::Add {
            to: o.shape().with_key(mc, key, 0)?,
        },
        None => return None,
    })
}

/// `s.key` on a string (`object.__getattribute__` with `str` as the type; a
/// string has no `__dict__`): a function of `str` is a `Method` plan (`s.find(c)`
/// calls it with `s` first, no bound method), a plain class attribute its
/// value. Holds for every string while the epoch is unchanged (`str` and
/// `object` are prototypes).
pub fn plan_string_get<'gc>(rt: &RuntimeState<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    let py = &rt.python;
    if key.as_bytes().starts_with(b"__") {
        return None;
    }
    let tp = py.ty(T::Str);
    guard_mro(tp)?;
    if overridden(py, tp, py.names.getattribute) {
        return None;
    }
    let (v, _) = type_lookup(tp, key)?;
    match kind_in(py, v) {
        Kind::Function => Some(GetPlan::Method(v)),
        Kind::Plain if plain_value(v) => Some(GetPlan::Found(v)),
        _ => None,
    }
}
