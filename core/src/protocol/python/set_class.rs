//! Assigning an object's class or a class's bases (Language Reference
//! §3.3.2; CPython `object_set_class` and `type_set_bases`).
//!
//! `obj.__class__ = C` gives an instance another class: both classes must
//! be user classes (CPython: "only supported for mutable types") whose
//! instances have the same layout (here: the same first builtin class along
//! their MROs). The instance's `meta` changes, so every inline cache that
//! planned for it (guarded by its meta object) stops applying.
//!
//! `C.__bases__ = (...)` would recompute the MRO of `C` and its subclasses:
//! not supported by omx.

use super::errors::{error, tname};
use super::model::{PY_INSTANCE, PY_TYPE};
use super::state::{type_name, SLOT_MRO, T};
use crate::model::Step;
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

/// The step for `obj.name = value` when it assigns `__class__` of an
/// instance or `__bases__` of a class; `None` for any other assignment.
pub fn set_class<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    value: Value<'gc>,
) -> Option<Step<'gc>> {
    let Value::Object(o) = obj else { return None };
    match name.as_bytes() {
        b"__class__" if std::ptr::eq(o.model(), &PY_INSTANCE) => {
            Some(set_instance_class(ctx, o, value))
        }
        b"__bases__" if std::ptr::eq(o.model(), &PY_TYPE) => Some(Step::Error(error(
            ctx,
            T::TypeError,
            "not supported by omx: assigning a class's __bases__".into(),
        ))),
        _ => None,
    }
}

fn set_instance_class<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, value: Value<'gc>) -> Step<'gc> {
    if value.is_empty() {
        return Step::Error(error(
            ctx,
            T::TypeError,
            "can't delete __class__ attribute".into(),
        ));
    }
    let new = match value {
        Value::Object(t) if std::ptr::eq(t.model(), &PY_TYPE) => t,
        _ => {
            let msg = format!(
                "__class__ must be set to a class, not '{}' object",
                tname(ctx, value)
            );
            return Step::Error(error(ctx, T::TypeError, msg));
        }
    };
    let Some(old) = o.meta() else {
        return Step::Error(error(
            ctx,
            T::TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses".into(),
        ));
    };
    let builtin = |t: Object<'gc>| ctx.rt.python.types.contains(&t);
    if builtin(old) || builtin(new) {
        return Step::Error(error(
            ctx,
            T::TypeError,
            "__class__ assignment only supported for mutable types or ModuleType subclasses".into(),
        ));
    }
    if layout(ctx, old) != layout(ctx, new) {
        let msg = format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            type_name(new),
            type_name(old)
        );
        return Step::Error(error(ctx, T::TypeError, msg));
    }
    o.set_meta(ctx.mc, Some(new));
    Step::Done(Value::Nil)
}

/// The first builtin class along `t`'s MRO (what decides an instance's
/// layout).
fn layout<'gc>(ctx: &Ctx<'gc, '_>, t: Object<'gc>) -> Option<Object<'gc>> {
    let Value::Object(mro) = t.internal(SLOT_MRO) else {
        return None;
    };
    mro.with_array(|a| {
        a.iter().find_map(|c| match c {
            Value::Object(c) if ctx.rt.python.types.contains(c) => Some(*c),
            _ => None,
        })
    })
}
