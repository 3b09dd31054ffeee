//! `type.__getattribute__` (CPython `type_getattro`): for `Cls.name`,
//! 1. look `name` up along the metatype's MRO; a data descriptor there
//!    wins (`__get__(Cls, metatype)`);
//! 2. else look it up along `Cls`'s own MRO: a descriptor found there is
//!    called as `__get__(None, Cls)` (a function stays a plain function,
//!    a classmethod binds to `Cls`);
//! 3. else the metatype's non-data descriptor or attribute, bound to `Cls`;
//! 4. else absent (the frame raises `AttributeError`).

use super::descriptor::{descr_get, kind};
use super::explain::{kind_text, mro_text};
use super::lookup::{lookup, type_lookup};
use crate::model::{Access, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

/// The protocol name steps are reported under.
const EVENT: &str = "Python class attribute lookup (type.__getattribute__)";

pub fn type_getattr<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cls: Object<'gc>,
    name: Str<'gc>,
    access: Access,
) -> Step<'gc> {
    let meta = cls.meta().unwrap_or(ctx.rt.python.ty(super::T::Type));
    // 1. The metatype's data descriptors.
    let meta_found = type_lookup(meta, name);
    let meta_kind = meta_found.map(|(d, _)| kind(ctx, d));
    if ctx.rt.tracing {
        ctx.rt.trace(EVENT, "py.type_getattr.metatype", move |n| {
            format!(
                "{} is a class: its metatype type({}) is {}",
                n.of(Value::Object(cls)),
                n.of(Value::Object(cls)),
                n.of(Value::Object(meta))
            )
        });
    }
    if let (Some((d, owner)), Some(k)) = (meta_found, meta_kind) {
        if k.is_data() {
            if ctx.rt.tracing {
                let key = name.to_str_lossy().into_owned();
                ctx.rt
                    .trace(EVENT, "py.type_getattr.meta_data_descriptor", move |n| {
                        format!(
                            "{}.__dict__['{key}'] is {}: it wins over the class's own MRO",
                            n.of(Value::Object(owner)),
                            kind_text(k)
                        )
                    });
            }
            return descr_get(ctx, d, k, Some(Value::Object(cls)), meta, access);
        }
    }
    // 2. The class's own MRO.
    if let Some((v, owner)) = type_lookup(cls, name) {
        let k = kind(ctx, v);
        if ctx.rt.tracing {
            let key = name.to_str_lossy().into_owned();
            ctx.rt.trace(EVENT, "py.type_getattr.mro", move |n| {
                format!(
                    "along {}'s MRO ({}): {}.__dict__['{key}'] is {}; __get__(None, {}) gives the result",
                    n.of(Value::Object(cls)),
                    mro_text(n, cls),
                    n.of(Value::Object(owner)),
                    kind_text(k),
                    n.of(Value::Object(cls))
                )
            });
        }
        return descr_get(ctx, v, k, None, cls, Access::Attr);
    }
    // 3. The metatype's other attributes, bound to the class.
    if let (Some((d, _)), Some(k)) = (meta_found, meta_kind) {
        if ctx.rt.tracing {
            ctx.rt.trace(EVENT, "py.type_getattr.meta_attr", |_| {
                "not in the class's MRO: the metatype's attribute, bound to the class".into()
            });
        }
        return descr_get(ctx, d, k, Some(Value::Object(cls)), meta, access);
    }
    // 4. A metaclass `__getattr__`.
    let hook = ctx.rt.intern(ctx.mc, b"__getattr__");
    if let Some(f) = lookup(meta, hook) {
        return Step::call(f, &[Value::Object(cls), Value::Str(name)]);
    }
    Step::Absent
}
