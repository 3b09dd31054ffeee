//! `object.__setattr__` / `object.__delattr__` (CPython
//! `_PyObject_GenericSetAttrWithDict`, Language Reference §3.3.2): a data
//! descriptor on the type (property, an object with `__set__`) handles the
//! assignment; a class defining `__setattr__`/`__delattr__` gets it
//! called; otherwise the instance's `__dict__` is written. On a class
//! (`type.__setattr__`) the class namespace is written.

use super::descriptor::{kind, Kind};
use super::explain::{kind_text, mro_text};
use super::lookup::{lookup, type_lookup};
use super::state::{type_of, T};
use crate::model::Step;
use crate::native::Ctx;
use crate::string::Str;
use crate::value::Value;

/// The protocol name steps are reported under.
const EVENT: &str = "Python attribute assignment (object.__setattr__)";

/// `obj.name = value`; `value` `Empty` for `del obj.name`.
pub fn setattr<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    let deleting = value.is_empty();
    let tp = type_of(&ctx.rt.python, obj);
    // A user `__setattr__` / `__delattr__` replaces the rule.
    let hook_name = if deleting {
        &b"__delattr__"[..]
    } else {
        &b"__setattr__"[..]
    };
    let hook = ctx.rt.intern(ctx.mc, hook_name);
    if let Some((f, owner)) = type_lookup(tp, hook) {
        if owner != ctx.rt.python.ty(T::Object) && !matches!(f, Value::Native(_)) {
            if ctx.rt.tracing {
                let hook = if deleting {
                    "__delattr__"
                } else {
                    "__setattr__"
                };
                ctx.rt.trace(EVENT, "py.setattr.hook", move |n| {
                    format!(
                        "{} defines {hook}: it replaces object.__setattr__; call it",
                        n.of(Value::Object(owner))
                    )
                });
            }
            return if deleting {
                Step::call(f, &[obj, Value::Str(name)])
            } else {
                Step::call(f, &[obj, Value::Str(name), value])
            };
        }
    }
    generic_setattr(ctx, obj, name, value)
}

/// `object.__setattr__(obj, name, value)` itself.
pub fn generic_setattr<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    value: Value<'gc>,
) -> Step<'gc> {
    // `object.__class__` and `type.__bases__` are data descriptors.
    if let Some(step) = super::set_class::set_class(ctx, obj, name, value) {
        return step;
    }
    let deleting = value.is_empty();
    let tp = type_of(&ctx.rt.python, obj);
    let found = type_lookup(tp, name);
    if ctx.rt.tracing {
        let key = name.to_str_lossy().into_owned();
        let k = found.map(|(d, _)| kind(ctx, d));
        ctx.rt.trace(EVENT, "py.setattr.mro", move |n| {
            format!(
                "type({}) is {}; MRO: {}",
                n.of(obj),
                n.of(Value::Object(tp)),
                mro_text(n, tp)
            )
        });
        match (found, k) {
            (Some((_, owner)), Some(k)) => ctx.rt.trace(EVENT, "py.setattr.class_attr", |n| {
                format!(
                    "{}.__dict__['{key}'] is {}",
                    n.of(Value::Object(owner)),
                    kind_text(k)
                )
            }),
            _ => ctx.rt.trace(EVENT, "py.setattr.no_class_attr", |_| {
                format!("no class along the MRO has '{key}' in its __dict__")
            }),
        }
    }
    if let Some((d, _)) = found {
        match kind(ctx, d) {
            Kind::Property => {
                if ctx.rt.tracing {
                    ctx.rt.trace(EVENT, "py.setattr.data_descriptor", |_| {
                        "a data descriptor on the type handles the assignment: call the property's setter".into()
                    });
                }
                let p = d.as_object();
                let f = p.map_or(Value::Nil, |p| p.internal(if deleting { 2 } else { 1 }));
                if f.is_nothing() {
                    let what = if deleting { "deleter" } else { "setter" };
                    let msg = format!(
                        "property '{}' of '{}' object has no {what}",
                        name.to_str_lossy(),
                        super::state::type_name(tp)
                    );
                    return Step::Error(super::errors::error(ctx, T::AttributeError, msg));
                }
                return if deleting {
                    Step::call(f, &[obj])
                } else {
                    Step::call(f, &[obj, value])
                };
            }
            Kind::UserData => {
                let dt = type_of(&ctx.rt.python, d);
                let m = ctx
                    .rt
                    .intern(ctx.mc, if deleting { b"__delete__" } else { b"__set__" });
                if let Some(f) = lookup(dt, m) {
                    if ctx.rt.tracing {
                        ctx.rt.trace(EVENT, "py.setattr.data_descriptor", |_| {
                            "a data descriptor on the type handles the assignment: call its __set__"
                                .into()
                        });
                    }
                    return if deleting {
                        Step::call(f, &[d, obj])
                    } else {
                        Step::call(f, &[d, obj, value])
                    };
                }
            }
            _ => {}
        }
    }
    let user_subclass = matches!(obj, Value::Object(o) if o.meta().is_some_and(|m| !ctx.rt.python.types.contains(&m)));
    if matches!(obj, Value::Closure(_)) || (super::getattr::side_table(obj) && user_subclass) {
        let d = super::state::func_dict(ctx, obj);
        if deleting {
            d.remove_key(ctx.mc, Value::Str(name));
        } else {
            d.set_key(ctx.mc, Value::Str(name), value);
        }
        return Step::Done(Value::Nil);
    }
    match obj {
        Value::Object(o)
            if std::ptr::eq(o.model(), &super::model::PY_INSTANCE)
                || std::ptr::eq(o.model(), &super::model::PY_TYPE) =>
        {
            if ctx.rt.tracing {
                let key = name.to_str_lossy().into_owned();
                ctx.rt.trace(EVENT, "py.setattr.instance_dict", move |n| {
                    format!("store into {}.__dict__['{key}']", n.of(obj))
                });
            }
            if deleting {
                if !o.remove_field(ctx.mc, name) {
                    let msg = format!(
                        "'{}' object has no attribute '{}'",
                        super::state::type_name(tp),
                        name.to_str_lossy()
                    );
                    return Step::Error(super::errors::error(ctx, T::AttributeError, msg));
                }
            } else {
                o.set_field(ctx.mc, name, value);
            }
            Step::Done(Value::Nil)
        }
        _ => {
            let msg = format!(
                "'{}' object has no attribute '{}'",
                super::state::type_name(tp),
                name.to_str_lossy()
            );
            Step::Error(super::errors::error(ctx, T::AttributeError, msg))
        }
    }
}
