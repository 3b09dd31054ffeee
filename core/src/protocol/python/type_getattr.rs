//! `type.__getattribute__` (CPython `type_getattro`): for `Cls.name`,
//! 1. look `name` up along the metatype's MRO; a data descriptor there
//!    wins (`__get__(Cls, metatype)`);
//! 2. else look it up along `Cls`'s own MRO: a descriptor found there is
//!    called as `__get__(None, Cls)` (a function stays a plain function,
//!    a classmethod binds to `Cls`);
//! 3. else the metatype's non-data descriptor or attribute, bound to `Cls`;
//! 4. else absent (the frame raises `AttributeError`).

use super::descriptor::{descr_get, kind};
use super::lookup::{lookup, type_lookup};
use crate::model::{Access, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

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
    if let (Some((d, _)), Some(k)) = (meta_found, meta_kind) {
        if k.is_data() {
            return descr_get(ctx, d, k, Some(Value::Object(cls)), meta, access);
        }
    }
    // 2. The class's own MRO.
    if let Some((v, _)) = type_lookup(cls, name) {
        let k = kind(ctx, v);
        if ctx.rt.tracing {
            ctx.rt.trace(
                "Python class attribute lookup",
                "py.type_getattr.mro",
                |_| "found along the class's MRO: __get__(None, cls)".into(),
            );
        }
        return descr_get(ctx, v, k, None, cls, Access::Attr);
    }
    // 3. The metatype's other attributes, bound to the class.
    if let (Some((d, _)), Some(k)) = (meta_found, meta_kind) {
        return descr_get(ctx, d, k, Some(Value::Object(cls)), meta, access);
    }
    // 4. A metaclass `__getattr__`.
    let hook = ctx.rt.intern(ctx.mc, b"__getattr__");
    if let Some(f) = lookup(meta, hook) {
        return Step::call(f, &[Value::Object(cls), Value::Str(name)]);
    }
    Step::Absent
}
