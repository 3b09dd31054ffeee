//! Descriptors (Language Reference §3.3.2.2 "Implementing Descriptors",
//! §3.3.2.3 "Invoking Descriptors"): what an attribute found on a type
//! means. A data descriptor defines `__set__` or `__delete__` (property
//! is one); a non-data descriptor only `__get__` (functions are: that is
//! how methods bind, CPython `func_descr_get`); classmethod binds to the
//! class, staticmethod to nothing.

use super::lookup::lookup;
use super::model::PY_METHOD;
use super::state::{type_of, PyState, T};
use crate::model::{Access, Step};
use crate::native::Ctx;
use crate::object::Object;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A function: binds to the instance (non-data).
    Function,
    /// `property`: a data descriptor.
    Property,
    ClassMethod,
    StaticMethod,
    /// An object whose type defines `__set__` or `__delete__`.
    UserData,
    /// An object whose type defines only `__get__`.
    UserNonData,
    /// Not a descriptor: the value itself.
    Plain,
}

impl Kind {
    pub fn is_data(self) -> bool {
        matches!(self, Kind::Property | Kind::UserData)
    }
}

/// What kind of descriptor `v` is.
pub fn kind<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Kind {
    kind_in(&ctx.rt.python, v)
}

/// What kind of descriptor `v` is (without a context: the cache planners).
pub fn kind_in<'gc>(py: &PyState<'gc>, v: Value<'gc>) -> Kind {
    match v {
        Value::Closure(_) | Value::Native(_) => Kind::Function,
        Value::Object(o) if o.model().lang == Some(crate::Lang::Python) => {
            let Some(t) = o.meta() else {
                return Kind::Plain;
            };
            if t == py.ty(T::Property) {
                return Kind::Property;
            }
            if t == py.ty(T::ClassMethod) {
                return Kind::ClassMethod;
            }
            if t == py.ty(T::StaticMethod) {
                return Kind::StaticMethod;
            }
            if !std::ptr::eq(o.model(), &super::model::PY_INSTANCE) {
                return Kind::Plain;
            }
            if lookup(t, py.names.set).is_some() || lookup(t, py.names.delete).is_some() {
                return Kind::UserData;
            }
            if lookup(t, py.names.get).is_some() {
                Kind::UserNonData
            } else {
                Kind::Plain
            }
        }
        _ => Kind::Plain,
    }
}

/// A bound method: `func` with `self_` as its first argument.
pub fn bound_method<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    func: Value<'gc>,
    self_: Value<'gc>,
) -> Value<'gc> {
    let m = Object::new(ctx.mc, ctx.rt.root_shape, &PY_METHOD);
    m.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Method)));
    m.set_internal(ctx.mc, 0, func);
    m.set_internal(ctx.mc, 1, self_);
    Value::Object(m)
}

/// `descr.__get__(obj, owner)` (`obj` is `None` for a lookup on the class
/// itself), as a step.
pub fn descr_get<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    descr: Value<'gc>,
    k: Kind,
    obj: Option<Value<'gc>>,
    owner: Object<'gc>,
    access: Access,
) -> Step<'gc> {
    match k {
        Kind::Plain => Step::Done(descr),
        Kind::Function => match obj {
            Some(_) if access == Access::Method => Step::Method(descr),
            Some(o) => Step::Done(bound_method(ctx, descr, o)),
            None => Step::Done(descr),
        },
        Kind::Property => match obj {
            Some(o) => {
                let fget = descr
                    .as_object()
                    .map_or(Value::Nil, |p| p.internal(0))
                    .or_nil();
                if fget.is_nil() {
                    return Step::Error(super::errors::error(
                        ctx,
                        T::AttributeError,
                        "property has no getter".into(),
                    ));
                }
                Step::call(fget, &[o])
            }
            None => Step::Done(descr),
        },
        Kind::ClassMethod => {
            let f = descr.as_object().map_or(Value::Nil, |p| p.internal(0));
            Step::Done(bound_method(ctx, f, Value::Object(owner)))
        }
        Kind::StaticMethod => Step::Done(descr.as_object().map_or(Value::Nil, |p| p.internal(0))),
        Kind::UserData | Kind::UserNonData => {
            let t = type_of(&ctx.rt.python, descr);
            let get = ctx.rt.intern(ctx.mc, b"__get__");
            match lookup(t, get) {
                Some(g) => Step::call(g, &[descr, obj.unwrap_or(Value::Nil), Value::Object(owner)]),
                None => Step::Done(descr),
            }
        }
    }
}
