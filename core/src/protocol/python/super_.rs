//! `super(T, obj).name` (CPython `super_getattro`): look `name` up along
//! the MRO of `obj`'s type (or of `obj` itself when it is a class),
//! starting after `T`, and bind what is found to `obj` as a descriptor
//! found there would bind. `super()` with no arguments is lowered to
//! `super(__class__, <first argument>)`.

use super::descriptor::{descr_get, kind};
use super::model::PY_TYPE;
use super::state::{mro_of, type_of, T};
use crate::model::{Access, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

pub fn super_getattr<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    sup: Object<'gc>,
    name: Str<'gc>,
    access: Access,
) -> Step<'gc> {
    let (t, o) = (sup.internal(0), sup.internal(1));
    // CPython `supercheck`: a class that is a subclass of `T` is searched
    // itself; anything else (an instance of `T`, a metaclass instance) by
    // its type.
    let obj_is_type = match (o, t) {
        (Value::Object(x), Value::Object(tt)) if std::ptr::eq(x.model(), &PY_TYPE) => {
            super::state::is_subtype(x, tt)
        }
        _ => false,
    };
    let start = if obj_is_type {
        o.as_object().unwrap_or(ctx.rt.python.ty(T::Object))
    } else {
        type_of(&ctx.rt.python, o)
    };
    let mro = mro_of(start);
    let pos = mro
        .iter()
        .position(|c| Value::Object(*c).raw_eq(t))
        .map_or(mro.len(), |p| p + 1);
    for (i, cls) in mro[pos..].iter().enumerate() {
        let v = cls.get_field(name);
        if v.is_empty() {
            continue;
        }
        if ctx.rt.tracing {
            let at = pos + i;
            ctx.rt.trace("Python super()", "py.super.mro", move |_| {
                format!("found at MRO position {at}, after the class super() names")
            });
        }
        let k = kind(ctx, v);
        let inst = if obj_is_type { None } else { Some(o) };
        // Bound to `obj`, never a method load: the receiver of the call
        // is the super object, not `obj`.
        let _ = access;
        return descr_get(ctx, v, k, inst, start, Access::Attr);
    }
    let msg = format!("'super' object has no attribute '{}'", name.to_str_lossy());
    Step::Error(super::errors::error(ctx, T::AttributeError, msg))
}
