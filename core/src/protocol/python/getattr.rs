//! `object.__getattribute__` (CPython `_PyObject_GenericGetAttrWithDict`,
//! Language Reference §3.3.2): for `obj.name`,
//! 1. look `name` up along `type(obj)`'s MRO;
//! 2. a data descriptor found there wins: its `__get__(obj, type)`;
//! 3. else the instance's own `__dict__`;
//! 4. else a non-data descriptor (a function binds as a method) or the
//!    plain class attribute;
//! 5. else `__getattr__` of the type, if any (`slot_tp_getattr_hook`);
//!    else absent (the frame raises `AttributeError`).
//!
//! A class overriding `__getattribute__` gets it called instead.

use super::descriptor::{descr_get, kind, Kind};
use super::explain::{kind_text, mro_text};
use super::lookup::{lookup, type_lookup};
use super::state::type_of;
use crate::model::{Access, Step};
use crate::native::Ctx;
use crate::string::Str;
use crate::value::Value;

/// The protocol name steps are reported under.
const EVENT: &str = "Python attribute lookup (object.__getattribute__)";

/// Whether a value keeps its attributes in its own storage (`__dict__`).
fn has_dict(v: Value<'_>) -> bool {
    matches!(v, Value::Object(o) if std::ptr::eq(o.model(), &super::model::PY_INSTANCE))
}

/// `obj.name` for any value but a type object.
pub fn getattr<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    access: Access,
) -> Step<'gc> {
    let tp = type_of(&ctx.rt.python, obj);
    if tp == ctx.rt.python.ty(super::T::Super) {
        if let Value::Object(s) = obj {
            return super::super_::super_getattr(ctx, s, name, access);
        }
    }
    // A user `__getattribute__` replaces the whole rule.
    let ga = ctx.rt.intern(ctx.mc, b"__getattribute__");
    if let Some((f, owner)) = type_lookup(tp, ga) {
        if owner != ctx.rt.python.ty(super::T::Object) && !matches!(f, Value::Native(_)) {
            if ctx.rt.tracing {
                let key = name.to_str_lossy().into_owned();
                ctx.rt.trace(EVENT, "py.getattr.getattribute_override", move |n| {
                    format!(
                        "{} defines __getattribute__: it replaces the whole rule; call it with ({}, '{key}')",
                        n.of(Value::Object(owner)),
                        n.of(obj)
                    )
                });
            }
            return with_getattr_hook(ctx, f, obj, name);
        }
    }
    generic_getattr(ctx, obj, name, access)
}

/// Steps 1-5 (`object.__getattribute__` followed by `__getattr__`).
pub fn generic_getattr<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    access: Access,
) -> Step<'gc> {
    match lookup_steps(ctx, obj, name, access) {
        Step::Absent => {
            // 5. `__getattr__`.
            let tp = type_of(&ctx.rt.python, obj);
            let hook = ctx.rt.intern(ctx.mc, b"__getattr__");
            match lookup(tp, hook) {
                Some(f) => {
                    if ctx.rt.tracing {
                        let key = name.to_str_lossy().into_owned();
                        ctx.rt.trace(EVENT, "py.getattr.getattr_hook", move |n| {
                            format!(
                                "not found: type({}) has __getattr__: call it with ({}, '{key}')",
                                n.of(obj),
                                n.of(obj)
                            )
                        });
                    }
                    Step::call(f, &[obj, Value::Str(name)])
                }
                None => Step::Absent,
            }
        }
        other => other,
    }
}

/// `object.__getattribute__` itself: steps 1-4.
pub fn generic_getattr_no_hook<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
) -> Step<'gc> {
    lookup_steps(ctx, obj, name, Access::Attr)
}

fn lookup_steps<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    access: Access,
) -> Step<'gc> {
    let tp = type_of(&ctx.rt.python, obj);
    // 1. The type's MRO.
    let found = type_lookup(tp, name);
    let k = found.map(|(d, _)| kind(ctx, d));
    if ctx.rt.tracing {
        ctx.rt.trace(EVENT, "py.getattr.mro", move |n| {
            let t = Value::Object(tp);
            format!(
                "type({}) is {}; MRO: {}",
                n.of(obj),
                n.of(t),
                mro_text(n, tp)
            )
        });
        let key = name.to_str_lossy().into_owned();
        match (found, k) {
            (Some((_, owner)), Some(k)) => ctx.rt.trace(EVENT, "py.getattr.class_attr", |n| {
                let o = n.of(Value::Object(owner));
                format!("{o}.__dict__['{key}'] is {}", kind_text(k))
            }),
            _ => ctx.rt.trace(EVENT, "py.getattr.no_class_attr", |_| {
                format!("no class along the MRO has '{key}' in its __dict__")
            }),
        }
    }
    // 2. A data descriptor.
    if let (Some((d, _)), Some(k)) = (found, k) {
        if k.is_data() {
            if ctx.rt.tracing {
                ctx.rt.trace(EVENT, "py.getattr.data_descriptor", |_| {
                    "a data descriptor on the type wins over the instance __dict__: call its __get__"
                        .into()
                });
            }
            return descr_get(ctx, d, k, Some(obj), tp, access);
        }
    }
    // 3. The instance dict (a function's attributes are in a side table).
    if side_table(obj) {
        if let Value::Object(d) = ctx.rt.python.func_attrs.get_key(obj) {
            let v = d.get_key(Value::Str(name));
            if !v.is_empty() {
                trace_instance_dict(ctx, obj, name, Some(v));
                return Step::Done(v);
            }
        }
    }
    if has_dict(obj) {
        if let Value::Object(o) = obj {
            let v = o.get_field(name);
            if !v.is_empty() {
                trace_instance_dict(ctx, obj, name, Some(v));
                return Step::Done(v);
            }
            trace_instance_dict(ctx, obj, name, None);
        }
    }
    // 4. A non-data descriptor or a class attribute.
    if let (Some((d, _)), Some(k)) = (found, k) {
        if ctx.rt.tracing {
            let (rule, text) = match k {
                Kind::Plain => (
                    "py.getattr.class_attribute",
                    "the class attribute is the result",
                ),
                _ => (
                    "py.getattr.non_data_descriptor",
                    "the non-data descriptor's __get__ gives the result (a function binds to the instance)",
                ),
            };
            ctx.rt.trace(EVENT, rule, |_| text.into());
        }
        return descr_get(ctx, d, k, Some(obj), tp, access);
    }
    Step::Absent
}

/// Step 3 as the explain facility shows it: found in (or missing from)
/// the instance `__dict__`.
fn trace_instance_dict<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    name: Str<'gc>,
    found: Option<Value<'gc>>,
) {
    if !ctx.rt.tracing {
        return;
    }
    let key = name.to_str_lossy().into_owned();
    match found {
        Some(v) => ctx.rt.trace(EVENT, "py.getattr.instance_dict", move |n| {
            format!("{}.__dict__['{key}'] → {}", n.of(obj), n.of(v))
        }),
        None => ctx
            .rt
            .trace(EVENT, "py.getattr.not_in_instance_dict", move |n| {
                format!("'{key}' is not in {}.__dict__", n.of(obj))
            }),
    }
}

/// A class with `__getattribute__` (and maybe `__getattr__`): call it; an
/// `AttributeError` it raises falls back to `__getattr__`.
fn with_getattr_hook<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    f: Value<'gc>,
    obj: Value<'gc>,
    name: Str<'gc>,
) -> Step<'gc> {
    let tp = type_of(&ctx.rt.python, obj);
    let hook = ctx.rt.intern(ctx.mc, b"__getattr__");
    match lookup(tp, hook) {
        None => Step::call(f, &[obj, Value::Str(name)]),
        Some(g) => Step::call_then(
            f,
            &[obj, Value::Str(name)],
            crate::native::Continuation::catching(
                getattribute_done,
                vec![g, obj, Value::Str(name)],
            ),
        ),
    }
}

fn getattribute_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> crate::native::NativeResult<'gc> {
    match result {
        Ok(v) => ctx.ret1(v.first().copied().unwrap_or(Value::Nil)),
        Err(e) => {
            let attr_error = ctx.rt.python.ty(super::T::AttributeError);
            if super::state::is_instance(&ctx.rt.python, e, attr_error) {
                Ok(crate::native::Outcome::tail_call(
                    state[0],
                    vec![state[1], state[2]],
                ))
            } else {
                Err(crate::native::NativeError::Throw(e))
            }
        }
    }
}

/// Values whose attributes live in the runtime's side table: functions,
/// and instances of subclasses of `list`, `dict` and `set` (their own
/// storage holds their items).
pub fn side_table(v: Value<'_>) -> bool {
    match v {
        Value::Closure(_) | Value::Native(_) => true,
        Value::Object(o) => {
            super::model::is_list(o) || super::model::is_dict(o) || super::model::is_set(o)
        }
        _ => false,
    }
}
