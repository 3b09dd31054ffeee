//! Calling Python objects (Language Reference §3.3.6 "Emulating callable
//! objects", §3.3.3 class creation): a class call is `type.__call__`
//! (CPython `type_call`): `__new__(cls, ...)`, then `__init__(obj, ...)`
//! when the result is an instance of `cls`; a metaclass defining
//! `__call__` replaces that. A bound method calls its function with
//! `__self__` first (`method_vectorcall`); an instance with `__call__`
//! calls it (`slot_tp_call`).

use super::binary::helper;
use super::lookup::{lookup, type_lookup};
use super::model::{new_dict, tuple, PY_INSTANCE, PY_METHOD, PY_TYPE};
use super::state::{is_subtype, type_of, T};
use crate::model::Step;
use crate::native::{Continuation, Ctx, NativeError, NativeResult};
use crate::object::Object;
use crate::value::Value;

/// Internal slot of a builtin type: the native that makes its instances.
pub const SLOT_CTOR: usize = 3;

/// The keyword arguments of the running call as a dict (`None` when
/// there are none).
pub fn kwargs_dict<'gc>(ctx: &mut Ctx<'gc, '_>) -> Option<Object<'gc>> {
    let pairs = ctx.kwargs?;
    let d = new_dict(ctx);
    let items = pairs.with_array(|a| a.to_vec());
    for kv in items.chunks(2) {
        if let [k, v] = kv {
            d.set_key(ctx.mc, *k, *v);
        }
    }
    Some(d)
}

/// `func(*args, **kwargs)` as a step (through the frontend's helper when
/// there are keywords).
pub fn call_with<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    func: Value<'gc>,
    args: &[Value<'gc>],
    kwargs: Option<Object<'gc>>,
    then: Option<Continuation<'gc>>,
) -> Step<'gc> {
    match (kwargs, helper(ctx, b"call_kw")) {
        (Some(kw), Some(h)) => {
            let a = Value::Object(tuple(ctx, args));
            let call_args = [func, a, Value::Object(kw)];
            match then {
                Some(t) => Step::call_then(h, &call_args, t),
                None => Step::call(h, &call_args),
            }
        }
        _ => match then {
            Some(t) => Step::call_then(func, args, t),
            None => Step::call(func, args),
        },
    }
}

fn prepend<'gc>(first: Value<'gc>, args: &[Value<'gc>]) -> Vec<Value<'gc>> {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(first);
    v.extend_from_slice(args);
    v
}

/// The protocol name the class-call steps are reported under.
const CALL: &str = "Python class call (type.__call__)";

/// `o(*args)` for a Python object.
pub fn call_object<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    let kw = kwargs_dict(ctx);
    if std::ptr::eq(o.model(), &PY_METHOD) {
        let (func, self_) = (o.internal(0), o.internal(1));
        if kw.is_none() {
            return Step::CallPrepending { func, first: self_ };
        }
        return call_with(ctx, func, &prepend(self_, args), kw, None);
    }
    if std::ptr::eq(o.model(), &PY_TYPE) {
        return type_call(ctx, o, args, kw);
    }
    let tp = type_of(&ctx.rt.python, Value::Object(o));
    let k = ctx.rt.intern(ctx.mc, b"__call__");
    match lookup(tp, k) {
        Some(f) => {
            if kw.is_none() {
                Step::CallPrepending {
                    func: f,
                    first: Value::Object(o),
                }
            } else {
                call_with(ctx, f, &prepend(Value::Object(o), args), kw, None)
            }
        }
        None => Step::Error(super::model::not_callable(ctx, Value::Object(o))),
    }
}

/// `type.__call__(cls, *args, **kwargs)` (CPython `type_call`), or the
/// metaclass's own `__call__`.
pub fn type_call<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cls: Object<'gc>,
    args: &[Value<'gc>],
    kw: Option<Object<'gc>>,
) -> Step<'gc> {
    if let ([v], None, false) = (args, kw, ctx.rt.tracing) {
        if cls == ctx.rt.python.ty(T::Str) {
            // `str(x)` itself: what `str.__new__` would do, without the
            // call (`type` is its metaclass and its constructor is builtin).
            return super::repr::str_step(ctx, *v);
        }
    }
    let py_type = ctx.rt.python.ty(T::Type);
    let meta = cls.meta().unwrap_or(py_type);
    if meta != py_type {
        let k = ctx.rt.intern(ctx.mc, b"__call__");
        if let Some((f, owner)) = type_lookup(meta, k) {
            if owner != py_type {
                if ctx.rt.tracing {
                    ctx.rt
                        .trace("Python class call", "py.call.metaclass_call", |_| {
                            "the metaclass defines __call__: it makes the instance".into()
                        });
                }
                return call_with(ctx, f, &prepend(Value::Object(cls), args), kw, None);
            }
        }
    }
    type_call_default(ctx, cls, args, kw)
}

/// `type.__call__` itself.
pub fn type_call_default<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cls: Object<'gc>,
    args: &[Value<'gc>],
    kw: Option<Object<'gc>>,
) -> Step<'gc> {
    let py = &ctx.rt.python;
    let object = py.ty(T::Object);
    if ctx.rt.tracing {
        ctx.rt.trace(CALL, "py.call.type_call", move |n| {
            format!(
                "{} is a class: type.__call__({}, ...) makes the instance (__new__, then __init__)",
                n.of(Value::Object(cls)),
                n.of(Value::Object(cls))
            )
        });
    }
    // A user `__new__`.
    let k = ctx.rt.intern(ctx.mc, b"__new__");
    if let Some((f, owner)) = type_lookup(cls, k) {
        let builtin = super::state::TYPE_TABLE.len();
        let is_builtin_owner = ctx.rt.python.types[..builtin].contains(&owner);
        if !is_builtin_owner {
            if ctx.rt.tracing {
                ctx.rt.trace(CALL, "py.call.user_new", move |n| {
                    format!(
                        "{}.__new__(cls, ...) makes the instance; its __init__ runs if it returns an instance of the class",
                        n.of(Value::Object(owner))
                    )
                });
            }
            let f = match f {
                Value::Object(s) if s.meta() == Some(ctx.rt.python.ty(T::StaticMethod)) => {
                    s.internal(0)
                }
                other => other,
            };
            let mut state = vec![Value::Object(cls), kw.map_or(Value::Nil, Value::Object)];
            state.extend_from_slice(args);
            return call_with(
                ctx,
                f,
                &prepend(Value::Object(cls), args),
                kw,
                Some(Continuation::new(after_new, state)),
            );
        }
    }
    // A builtin base makes the instance: the first class along the MRO
    // with a constructor (read in place: no copy of the MRO).
    let first_ctor = match cls.internal(super::state::SLOT_MRO) {
        Value::Object(m) => m.with_array(|a| {
            a.iter().find_map(|v| match v {
                Value::Object(b) if !b.internal(SLOT_CTOR).is_nothing() => Some(*b),
                _ => None,
            })
        }),
        _ => (!cls.internal(SLOT_CTOR).is_nothing()).then_some(cls),
    };
    if let Some(base) = first_ctor {
        let ctor = base.internal(SLOT_CTOR);
        if base != object {
            if base == cls {
                return call_with(ctx, ctor, &prepend(Value::Object(cls), args), kw, None);
            }
            if !is_subtype(base, ctx.rt.python.ty(T::BaseException)) {
                // A subclass of a builtin container: make the builtin
                // value, then re-class it.
                let mut state = vec![Value::Object(cls), kw.map_or(Value::Nil, Value::Object)];
                state.extend_from_slice(args);
                // Mutable containers are made empty; `__init__` fills them.
                let mutable = [T::List, T::Dict, T::Set]
                    .iter()
                    .any(|t| ctx.rt.python.ty(*t) == base);
                let ctor_args = if mutable {
                    vec![Value::Object(cls)]
                } else {
                    prepend(Value::Object(cls), args)
                };
                return call_with(
                    ctx,
                    ctor,
                    &ctor_args,
                    None,
                    Some(Continuation::new(after_new, state)),
                );
            }
        }
    }
    let inst = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    inst.set_meta(ctx.mc, Some(cls));
    if ctx.rt.tracing {
        ctx.rt.trace(CALL, "py.call.object_new", move |n| {
            format!(
                "object.__new__({}) makes an empty instance (its __dict__ is empty)",
                n.of(Value::Object(cls))
            )
        });
    }
    if is_subtype(cls, ctx.rt.python.ty(T::BaseException)) {
        let t = Value::Object(tuple(ctx, args));
        let k = ctx.rt.intern(ctx.mc, b"args");
        inst.set_field(ctx.mc, k, t);
    }
    init(ctx, Value::Object(inst), cls, args, kw)
}

/// Call `__init__(inst, *args)` and make the instance the result.
fn init<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    inst: Value<'gc>,
    cls: Object<'gc>,
    args: &[Value<'gc>],
    kw: Option<Object<'gc>>,
) -> Step<'gc> {
    let k = ctx.rt.intern(ctx.mc, b"__init__");
    match type_lookup(cls, k) {
        Some((f, owner))
            if owner != ctx.rt.python.ty(T::Object)
                && !(matches!(f, Value::Native(_))
                    && is_subtype(owner, ctx.rt.python.ty(T::BaseException))) =>
        {
            if ctx.rt.tracing {
                ctx.rt.trace(CALL, "py.call.init", move |n| {
                    format!(
                        "{}.__init__(self, ...) initialises it; the call's result is the instance",
                        n.of(Value::Object(owner))
                    )
                });
            }
            call_with(
                ctx,
                f,
                &prepend(inst, args),
                kw,
                Some(Continuation::new(return_first_state, vec![inst])),
            )
        }
        _ => {
            if (!args.is_empty() || kw.is_some())
                && !is_subtype(cls, ctx.rt.python.ty(T::BaseException))
            {
                let msg = format!("{}() takes no arguments", super::state::type_name(cls));
                return Step::Error(super::errors::error(ctx, T::TypeError, msg));
            }
            Step::Done(inst)
        }
    }
}

fn return_first_state<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => {
            if let Some(v) = r.first() {
                if !v.is_nothing() {
                    let msg = format!(
                        "__init__() should return None, not '{}'",
                        super::errors::tname(ctx, *v)
                    );
                    return Err(NativeError::Throw(super::errors::new_exception(
                        ctx,
                        T::TypeError,
                        msg,
                    )));
                }
            }
            ctx.ret1(state[0])
        }
        Err(e) => Err(NativeError::Throw(e)),
    }
}

/// After `__new__`: an instance of `cls` gets `__init__`.
fn after_new<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let inst = match result {
        Ok(r) => r.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let Value::Object(cls) = state[0] else {
        return ctx.ret1(inst);
    };
    if let Value::Object(o) = inst {
        // A builtin value made for a subclass: it belongs to the subclass.
        if o.meta() != Some(cls)
            && o.model().lang == Some(crate::Lang::Python)
            && !std::ptr::eq(o.model(), &PY_INSTANCE)
            && !std::ptr::eq(o.model(), &PY_TYPE)
        {
            let base_ok = o.meta().is_some_and(|m| is_subtype(cls, m));
            if base_ok {
                o.set_meta(ctx.mc, Some(cls));
            }
        }
    }
    if !super::state::is_instance(&ctx.rt.python, inst, cls) {
        return ctx.ret1(inst);
    }
    let kw = state[1].as_object();
    let step = init(ctx, inst, cls, &state[2..], kw);
    Ok(crate::native::Outcome::step(
        step,
        Continuation::new(super::binary::pass_through, Vec::new()),
    ))
}
