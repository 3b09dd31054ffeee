//! The builtin types' constructors (CPython `tp_new` of `object`, `type`,
//! `int`, `float`, `str`, `bool`, `list`, `tuple`, `dict`, `set`,
//! `range`, `slice`, `property`, `classmethod`, `staticmethod`, `super`)
//! and the methods that make `range`, `property`, `super`, generators and
//! exceptions work.

use gc_arena::Mutation;
use num_bigint::BigInt;
use omx_core::function::NativeFunction;
use omx_core::model::{Access, Step};
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::python::call::SLOT_CTOR;
use omx_core::protocol::python::iter::{gen_resume, range_iter};
use omx_core::protocol::python::model::{
    is_dict, is_list, is_set, is_tuple, new_dict, new_list, new_list_of, new_set, tuple,
    PY_INSTANCE, PY_TYPE,
};
use omx_core::protocol::python::mro::c3;
use omx_core::protocol::python::number::{int_value, is_number};
use omx_core::protocol::python::state::{
    is_subtype, mro_of, type_name, type_of, SLOT_BASES, SLOT_MRO, SLOT_NAME,
};
use omx_core::protocol::python::{repr, truth, T};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::{arg, method, step_result, str_value, type_error, value_error};

fn ctor<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    t: T,
    name: &'static str,
    f: omx_core::native::NativeFn,
) {
    let ty = rt.python.ty(t);
    ty.set_internal(
        mc,
        SLOT_CTOR,
        Value::Native(NativeFunction::new(mc, name, f)),
    );
    let tn = type_name(ty);
    super::builtin_value(mc, rt, &tn, Value::Object(ty));
}

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    ctor(mc, rt, T::Object, "object", object_new);
    ctor(mc, rt, T::Type, "type", type_new);
    ctor(mc, rt, T::Int, "int", int_new);
    ctor(mc, rt, T::Float, "float", float_new);
    ctor(mc, rt, T::Str, "str", str_new);
    ctor(mc, rt, T::Bool, "bool", bool_new);
    ctor(mc, rt, T::List, "list", list_new);
    ctor(mc, rt, T::Tuple, "tuple", tuple_new);
    ctor(mc, rt, T::Dict, "dict", dict_new);
    ctor(mc, rt, T::Set, "set", set_new);
    ctor(mc, rt, T::FrozenSet, "frozenset", set_new);
    ctor(mc, rt, T::Range, "range", range_new);
    ctor(mc, rt, T::Slice, "slice", slice_new);
    ctor(mc, rt, T::Property, "property", property_new);
    ctor(mc, rt, T::ClassMethod, "classmethod", wrapper_new);
    ctor(mc, rt, T::StaticMethod, "staticmethod", wrapper_new);
    ctor(mc, rt, T::Super, "super", super_new);
    for (i, (name, _)) in omx_core::protocol::python::state::TYPE_TABLE
        .iter()
        .enumerate()
    {
        if i >= T::BaseException as usize {
            let t = rt.python.types[i];
            super::builtin_value(mc, rt, name, Value::Object(t));
        }
    }
    let ni = rt.python.not_implemented;
    super::builtin_value(mc, rt, "NotImplemented", Value::Object(ni));
    let ell = Object::new(mc, rt.root_shape, &PY_INSTANCE);
    ell.set_meta(mc, Some(rt.python.ty(T::Object)));
    super::builtin_value(mc, rt, "Ellipsis", Value::Object(ell));
    method(mc, rt, T::Object, "__init__", |ctx, _| ctx.ret1(Value::Nil));
    {
        // `object.__init_subclass__` is a classmethod refusing keywords.
        let f = NativeFunction::new(mc, "__init_subclass__", |ctx, a| {
            if ctx.kwargs.is_some() {
                let name = arg(a, 0).as_object().map(type_name).unwrap_or_default();
                return Err(type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
            ctx.ret1(Value::Nil)
        });
        let w = Object::new(mc, rt.root_shape, &PY_INSTANCE);
        w.set_meta(mc, Some(rt.python.ty(T::ClassMethod)));
        w.set_internal(mc, 0, Value::Native(f));
        let k = rt.intern(mc, b"__init_subclass__");
        rt.python.ty(T::Object).set_field(mc, k, Value::Object(w));
    }
    method(mc, rt, T::Object, "__new__", object_dunder_new);
    method(mc, rt, T::Object, "__setattr__", |ctx, a| {
        let s = match arg(a, 1) {
            Value::Str(s) => s,
            _ => return Err(type_error("attribute name must be string")),
        };
        let st = omx_core::protocol::python::setattr::generic_setattr(ctx, arg(a, 0), s, arg(a, 2));
        step_result(ctx, st)
    });
    method(mc, rt, T::Object, "__delattr__", |ctx, a| {
        let s = match arg(a, 1) {
            Value::Str(s) => s,
            _ => return Err(type_error("attribute name must be string")),
        };
        let st =
            omx_core::protocol::python::setattr::generic_setattr(ctx, arg(a, 0), s, Value::Empty);
        step_result(ctx, st)
    });
    method(mc, rt, T::Object, "__getattribute__", |ctx, a| {
        let s = match arg(a, 1) {
            Value::Str(s) => s,
            _ => return Err(type_error("attribute name must be string")),
        };
        let st =
            match omx_core::protocol::python::getattr::generic_getattr_no_hook(ctx, arg(a, 0), s) {
                Step::Absent => Step::Error(omx_core::protocol::python::ops::attribute_error(
                    ctx,
                    arg(a, 0),
                    arg(a, 1),
                )),
                other => other,
            };
        step_result(ctx, st)
    });
    method(mc, rt, T::Object, "__repr__", |ctx, a| {
        let v = arg(a, 0);
        let tp = type_of(&ctx.rt.python, v);
        let module = if ctx.rt.python.types.contains(&tp) {
            ""
        } else {
            "__main__."
        };
        let s = format!(
            "<{module}{} object at 0x{:x}>",
            type_name(tp),
            v.heap_address().unwrap_or(0)
        );
        let v = str_value(ctx, &s);
        ctx.ret1(v)
    });
    method(mc, rt, T::Object, "__str__", |ctx, a| {
        let st = repr::repr_step(ctx, arg(a, 0));
        step_result(ctx, st)
    });
    method(mc, rt, T::Object, "__eq__", |ctx, a| {
        let r = if arg(a, 0).raw_eq(arg(a, 1)) {
            Value::Bool(true)
        } else {
            Value::Object(ctx.rt.python.not_implemented)
        };
        ctx.ret1(r)
    });
    method(mc, rt, T::Object, "__hash__", |ctx, a| {
        ctx.ret1(Value::Int(
            arg(a, 0).heap_address().unwrap_or(0) as i64 >> 4,
        ))
    });
    method(mc, rt, T::Object, "__format__", |ctx, a| {
        let st = repr::str_step(ctx, arg(a, 0));
        step_result(ctx, st)
    });
    method(mc, rt, T::Type, "__call__", |ctx, a| {
        let Some(cls) = arg(a, 0).as_object() else {
            return Err(type_error("descriptor '__call__' requires a type"));
        };
        let kw = omx_core::protocol::python::call::kwargs_dict(ctx);
        let st = omx_core::protocol::python::call::type_call_default(ctx, cls, &a[1..], kw);
        step_result(ctx, st)
    });
    method(mc, rt, T::Type, "__new__", type_new);
    method(mc, rt, T::Type, "__init__", |ctx, _| ctx.ret1(Value::Nil));
    method(mc, rt, T::Type, "mro", |ctx, a| {
        let items: Vec<Value> = arg(a, 0)
            .as_object()
            .map(|o| mro_of(o).into_iter().map(Value::Object).collect())
            .unwrap_or_default();
        let l = new_list(ctx, &items);
        ctx.ret1(Value::Object(l))
    });
    method(mc, rt, T::Type, "__getattribute__", |ctx, a| {
        let (Some(cls), Value::Str(s)) = (arg(a, 0).as_object(), arg(a, 1)) else {
            return Err(type_error("bad arguments"));
        };
        let st =
            match omx_core::protocol::python::type_getattr::type_getattr(ctx, cls, s, Access::Attr)
            {
                Step::Absent => Step::Error(omx_core::protocol::python::ops::attribute_error(
                    ctx,
                    arg(a, 0),
                    arg(a, 1),
                )),
                other => other,
            };
        step_result(ctx, st)
    });
    method(mc, rt, T::Type, "__subclasses__", |ctx, _| {
        let l = new_list(ctx, &[]);
        ctx.ret1(Value::Object(l))
    });
    for (name, f) in [
        ("__iter__", range_iter_m as omx_core::native::NativeFn),
        ("__len__", range_len),
        ("__getitem__", range_getitem),
        ("__repr__", range_repr),
        ("__contains__", range_contains),
    ] {
        method(mc, rt, T::Range, name, f);
    }
    method(mc, rt, T::Property, "setter", |ctx, a| {
        property_with(ctx, a, 1)
    });
    method(mc, rt, T::Property, "getter", |ctx, a| {
        property_with(ctx, a, 0)
    });
    method(mc, rt, T::Property, "deleter", |ctx, a| {
        property_with(ctx, a, 2)
    });
    method(mc, rt, T::Property, "__get__", |ctx, a| {
        let p = arg(a, 0);
        if arg(a, 1).is_nil() {
            return ctx.ret1(p);
        }
        let f = p.as_object().map_or(Value::Nil, |o| o.internal(0));
        Ok(Outcome::tail_call(f, vec![arg(a, 1)]))
    });
    method(mc, rt, T::Iterator, "__iter__", |ctx, a| {
        ctx.ret1(arg(a, 0))
    });
    method(mc, rt, T::Iterator, "__next__", |ctx, a| {
        let Some(o) = arg(a, 0).as_object() else {
            return ctx.ret1(Value::Nil);
        };
        match omx_core::protocol::python::iter::next(ctx, o) {
            Step::Done(v) => ctx.ret1(v),
            Step::Absent => {
                let e = omx_core::protocol::python::errors::instance_with_args(
                    ctx,
                    ctx.rt.python.ty(T::StopIteration),
                    &[],
                );
                Err(NativeError::Throw(e))
            }
            other => step_result(ctx, other),
        }
    });
    let gen_methods: [(&'static str, Vec<Value<'gc>>); 4] = [
        ("__next__", vec![Value::Bool(false)]),
        ("send", vec![Value::Bool(false)]),
        ("throw", vec![Value::Bool(false), Value::Int(1)]),
        ("close", vec![Value::Bool(false), Value::Int(2)]),
    ];
    for (name, bound) in gen_methods {
        let k = rt.intern(mc, name.as_bytes());
        let f = NativeFunction::with_bound(mc, name, gen_method, bound);
        rt.python
            .ty(T::Generator)
            .set_field(mc, k, Value::Native(f));
    }
    method(mc, rt, T::Generator, "__iter__", |ctx, a| {
        ctx.ret1(arg(a, 0))
    });
    for t in [T::Function, T::BuiltinFunction] {
        method(mc, rt, t, "__get__", |ctx, a| {
            let (f, obj) = (arg(a, 0), arg(a, 1));
            if obj.is_nil() {
                return ctx.ret1(f);
            }
            let m = omx_core::protocol::python::descriptor::bound_method(ctx, f, obj);
            ctx.ret1(m)
        });
    }
    method(mc, rt, T::BaseException, "__init__", |ctx, a| {
        if let Some(o) = arg(a, 0).as_object() {
            let t = tuple(ctx, &a[1..]);
            let k = ctx.rt.intern(ctx.mc, b"args");
            o.set_field(ctx.mc, k, Value::Object(t));
        }
        ctx.ret1(Value::Nil)
    });
    method(mc, rt, T::BaseException, "with_traceback", |ctx, a| {
        ctx.ret1(arg(a, 0))
    });
    {
        let t = T::BaseException;
        let k = rt.intern(mc, b"__cause__");
        rt.python.ty(t).set_field(mc, k, Value::Nil);
        let k = rt.intern(mc, b"__context__");
        rt.python.ty(t).set_field(mc, k, Value::Nil);
    }
    let k = rt.intern(mc, b"value");
    rt.python.ty(T::StopIteration).set_field(mc, k, Value::Nil);
}

fn gen_method<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut a = args.to_vec();
    if matches!(ctx.bound(1), Value::Int(1)) {
        // `throw(type)` instantiates a class.
        if let Value::Object(o) = arg(args, 1) {
            if std::ptr::eq(o.model(), &PY_TYPE) {
                let e = omx_core::protocol::python::errors::instance_with_args(ctx, o, &[]);
                a = vec![arg(args, 0), e];
            }
        }
    }
    if matches!(ctx.bound(1), Value::Int(2)) {
        let e = omx_core::protocol::python::errors::instance_with_args(
            ctx,
            ctx.rt.python.ty(T::GeneratorExit),
            &[],
        );
        a = vec![arg(args, 0), e];
    }
    gen_resume(ctx, &a)
}

fn object_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let cls = arg(args, 0)
        .as_object()
        .unwrap_or(ctx.rt.python.ty(T::Object));
    if args.len() > 1 && cls == ctx.rt.python.ty(T::Object) {
        return Err(type_error("object() takes no arguments"));
    }
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    o.set_meta(ctx.mc, Some(cls));
    ctx.ret1(Value::Object(o))
}

/// `object.__new__(cls, ...)`.
fn object_dunder_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(cls) = arg(args, 0).as_object() else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    // A builtin base (list, dict, an exception) makes its own kind.
    for base in mro_of(cls) {
        let c = base.internal(SLOT_CTOR);
        if base != ctx.rt.python.ty(T::Object) && !c.is_nothing() {
            return Ok(Outcome::tail_call(c, vec![Value::Object(cls)]));
        }
    }
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    o.set_meta(ctx.mc, Some(cls));
    if is_subtype(cls, ctx.rt.python.ty(T::BaseException)) {
        let t = tuple(ctx, &args[1..]);
        let k = ctx.rt.intern(ctx.mc, b"args");
        o.set_field(ctx.mc, k, Value::Object(t));
    }
    ctx.ret1(Value::Object(o))
}

/// `type(x)` and `type(name, bases, ns)` (CPython `type_new`).
fn type_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let meta = arg(args, 0)
        .as_object()
        .unwrap_or(ctx.rt.python.ty(T::Type));
    if args.len() == 2 {
        return ctx.ret1(Value::Object(type_of(&ctx.rt.python, args[1])));
    }
    if args.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Str(name) = args[1] else {
        return Err(type_error("type.__new__() argument 1 must be str"));
    };
    let mut bases: Vec<Object<'gc>> = super::seq_items(args[2])
        .unwrap_or_default()
        .into_iter()
        .filter_map(|v| v.as_object())
        .collect();
    if bases.is_empty() {
        bases.push(ctx.rt.python.ty(T::Object));
    }
    let cls = Object::new(ctx.mc, ctx.rt.root_shape, &PY_TYPE);
    // A namespace of its own shape: inline caches of `cls.name` tell
    // classes apart by shape (`protocol/python/plan.rs`).
    cls.make_dictionary(ctx.mc);
    cls.mark_proto();
    cls.set_meta(ctx.mc, Some(meta));
    cls.set_internal(ctx.mc, SLOT_NAME, Value::Str(name));
    let base_mros: Vec<(Object<'gc>, Vec<Object<'gc>>)> =
        bases.iter().map(|b| (*b, mro_of(*b))).collect();
    let mro = match c3(cls, &base_mros) {
        Ok(m) => m,
        Err(msg) => return Err(type_error(msg)),
    };
    let mro_vals: Vec<Value<'gc>> = mro.iter().map(|c| Value::Object(*c)).collect();
    let mro_t = tuple(ctx, &mro_vals);
    cls.set_internal(ctx.mc, SLOT_MRO, Value::Object(mro_t));
    let base_vals: Vec<Value<'gc>> = bases.iter().map(|c| Value::Object(*c)).collect();
    let bases_t = tuple(ctx, &base_vals);
    cls.set_internal(ctx.mc, SLOT_BASES, Value::Object(bases_t));
    let module = ctx.rt.intern(ctx.mc, b"__module__");
    let main = ctx.rt.intern(ctx.mc, b"__main__");
    cls.set_field(ctx.mc, module, Value::Str(main));
    if let Value::Object(ns) = args[3] {
        for (k, v) in ns.keyed_entries() {
            if let Value::Str(ks) = k {
                cls.set_field(ctx.mc, ks, v);
            }
        }
    }
    // `__eq__` without `__hash__` makes instances unhashable.
    let eq = ctx.rt.intern(ctx.mc, b"__eq__");
    let hash = ctx.rt.intern(ctx.mc, b"__hash__");
    if !cls.get_field(eq).is_empty() && cls.get_field(hash).is_empty() {
        cls.set_field(ctx.mc, hash, Value::Nil);
    }
    // `__new__` and `__init_subclass__` are implicitly static/class methods.
    let isc = ctx.rt.intern(ctx.mc, b"__init_subclass__");
    if let v @ (Value::Closure(_) | Value::Native(_)) = cls.get_field(isc) {
        let w = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
        w.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::ClassMethod)));
        w.set_internal(ctx.mc, 0, v);
        cls.set_field(ctx.mc, isc, Value::Object(w));
    }
    ctx.ret1(Value::Object(cls))
}

fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim().replace('_', "");
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let lower = digits.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (16 | 0, Some("0x")) => (16, &digits[2..]),
        (8 | 0, Some("0o")) => (8, &digits[2..]),
        (2 | 0, Some("0b")) => (2, &digits[2..]),
        (0, _) => (10, &digits[..]),
        (b, _) => (b, &digits[..]),
    };
    if digits.is_empty() {
        return None;
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

fn int_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let x = arg(args, 1);
    let base = match super::kwarg(ctx, "base").unwrap_or(arg(args, 2)) {
        Value::Int(b) => Some(b as u32),
        _ => None,
    };
    let v = match x {
        Value::Int(_) | Value::BigInt(_) => x,
        Value::Bool(b) => Value::Int(b as i64),
        Value::Nil if args.len() < 2 => Value::Int(0),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(NativeError::msg(
                    "OverflowError: cannot convert float infinity to integer",
                ));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Value::Int(t as i64)
            } else {
                let s = format!("{t:.0}");
                int_value(
                    ctx.mc,
                    BigInt::parse_bytes(s.as_bytes(), 10).unwrap_or_default(),
                )
            }
        }
        Value::Str(s) => {
            let text = s.to_str_lossy();
            match parse_int(&text, base.unwrap_or(10)) {
                Some(b) => int_value(ctx.mc, b),
                None => {
                    return Err(value_error(format!(
                        "invalid literal for int() with base {}: {}",
                        base.unwrap_or(10),
                        repr::str_repr(&text)
                    )))
                }
            }
        }
        _ => {
            let tp = type_of(&ctx.rt.python, x);
            for name in ["__int__", "__index__", "__trunc__"] {
                let k = ctx.rt.intern(ctx.mc, name.as_bytes());
                if let Some(f) = omx_core::protocol::python::lookup::lookup(tp, k) {
                    return Ok(Outcome::tail_call(f, vec![x]));
                }
            }
            return Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(tp)
            )));
        }
    };
    ctx.ret1(v)
}

fn float_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let x = arg(args, 1);
    let v = match x {
        Value::Nil if args.len() < 2 => 0.0,
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        Value::BigInt(b) => omx_core::protocol::python::number::big_to_f64(&b.0),
        Value::Float(f) => f,
        Value::Str(s) => {
            let t = s
                .to_str_lossy()
                .trim()
                .to_ascii_lowercase()
                .replace('_', "");
            let parsed = match t.as_str() {
                "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
                "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                "nan" | "+nan" | "-nan" => Some(f64::NAN),
                other => other.parse::<f64>().ok(),
            };
            match parsed {
                Some(f) => f,
                None => {
                    return Err(value_error(format!(
                        "could not convert string to float: {}",
                        repr::str_repr(&s.to_str_lossy())
                    )))
                }
            }
        }
        _ => {
            let tp = type_of(&ctx.rt.python, x);
            let k = ctx.rt.intern(ctx.mc, b"__float__");
            if let Some(f) = omx_core::protocol::python::lookup::lookup(tp, k) {
                return Ok(Outcome::tail_call(f, vec![x]));
            }
            return Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(tp)
            )));
        }
    };
    ctx.ret1(Value::Float(v))
}

fn str_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if args.len() < 2 {
        let v = str_value(ctx, "");
        return ctx.ret1(v);
    }
    if args.len() == 2 {
        let st = repr::str_step(ctx, args[1]);
        return step_result(ctx, st);
    }
    str_decode(ctx, &args[1..])
}

/// `str(object, encoding[, errors])` (CPython `unicode_new_impl`): the
/// object is decoded; bytes literals are strings in omx, so a string is
/// its own decoding.
fn str_decode<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if args.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    for (v, name) in args[1..].iter().zip(["encoding", "errors"]) {
        if !matches!(v, Value::Str(_)) {
            let t = omx_core::protocol::python::errors::tname(ctx, *v);
            return Err(type_error(format!(
                "str() argument '{name}' must be str, not {t}"
            )));
        }
    }
    match args[0] {
        Value::Str(_) => ctx.ret1(args[0]),
        other => {
            let t = omx_core::protocol::python::errors::tname(ctx, other);
            Err(type_error(format!(
                "decoding to str: need a bytes-like object, {t} found"
            )))
        }
    }
}

fn bool_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let st = truth::truthy(ctx, arg(args, 1));
    step_result(ctx, st)
}

/// The values of an iterable when they can be had without user code.
pub fn quick_items<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Option<Vec<Value<'gc>>> {
    match v {
        Value::Str(s) => Some(
            s.to_str_lossy()
                .chars()
                .map(|c| {
                    let mut b = [0u8; 4];
                    Value::Str(ctx.rt.intern(ctx.mc, c.encode_utf8(&mut b).as_bytes()))
                })
                .collect(),
        ),
        Value::Object(o) if is_list(o) || is_tuple(o) => {
            Some(o.with_array(|a| a.iter().map(|v| v.or_nil()).collect()))
        }
        Value::Object(o)
            if (is_dict(o) || is_set(o))
                && ctx.rt.python.types.contains(&type_of(&ctx.rt.python, v)) =>
        {
            Some(
                omx_core::protocol::python::model::dict_storage(o)
                    .keyed_entries()
                    .into_iter()
                    .map(|e| e.0)
                    .collect(),
            )
        }
        Value::Object(o) if o.meta() == Some(ctx.rt.python.ty(T::Range)) => {
            let (Value::Int(a), Value::Int(b), Value::Int(c)) =
                (o.internal(0), o.internal(1), o.internal(2))
            else {
                return None;
            };
            let mut out = Vec::new();
            let mut i = a;
            while (c > 0 && i < b) || (c < 0 && i > b) {
                out.push(Value::Int(i));
                i += c;
                if out.len() > 50_000_000 {
                    return None;
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// Collect an iterable into a list, then finish with `then(list)`.
fn collect_then<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    it: Value<'gc>,
    kind: i64,
    cls: Value<'gc>,
) -> NativeResult<'gc> {
    if let Some(items) = quick_items(ctx, it) {
        return finish_collect(ctx, items, kind, cls);
    }
    let k = ctx.rt.intern(ctx.mc, b"__omx_collect");
    let f = ctx.rt.python.builtins.get_key(Value::Str(k));
    Ok(Outcome::call(
        f,
        vec![it],
        Continuation::new(after_collect, vec![Value::Int(kind), cls]),
    ))
}

fn after_collect<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let l = match result {
        Ok(r) => r.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let items = super::seq_items(l).unwrap_or_default();
    let kind = match state[0] {
        Value::Int(k) => k,
        _ => 0,
    };
    finish_collect(ctx, items, kind, state[1])
}

fn finish_collect<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    items: Vec<Value<'gc>>,
    kind: i64,
    cls: Value<'gc>,
) -> NativeResult<'gc> {
    let o = match (kind, cls) {
        (0, Value::Object(c)) => new_list_of(ctx, c, &items),
        (0, _) => new_list(ctx, &items),
        (1, _) => tuple(ctx, &items),
        _ if items
            .iter()
            .any(|v| omx_core::protocol::python::item::user_hashed(ctx, *v)) =>
        {
            let s = new_set(ctx);
            if let Value::Object(c) = cls {
                s.set_meta(ctx.mc, Some(c));
            }
            let l = new_list(ctx, &items);
            let k = ctx.rt.intern(ctx.mc, b"__omx_set_fill");
            let f = ctx.rt.python.builtins.get_key(Value::Str(k));
            return Ok(Outcome::tail_call(
                f,
                vec![Value::Object(s), Value::Object(l)],
            ));
        }
        _ => {
            let s = new_set(ctx);
            for v in items {
                let k = omx_core::protocol::python::item::dict_key(ctx, v)
                    .map_err(|e| NativeError::Op(Box::new(e)))?;
                s.set_key(ctx.mc, k, Value::Bool(true));
            }
            s
        }
    };
    if let Value::Object(c) = cls {
        o.set_meta(ctx.mc, Some(c));
    }
    ctx.ret1(Value::Object(o))
}

fn list_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if args.len() < 2 {
        let l = match arg(args, 0) {
            Value::Object(c) => new_list_of(ctx, c, &[]),
            _ => new_list(ctx, &[]),
        };
        return ctx.ret1(Value::Object(l));
    }
    collect_then(ctx, args[1], 0, arg(args, 0))
}

fn tuple_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if args.len() < 2 {
        let t = tuple(ctx, &[]);
        return ctx.ret1(Value::Object(t));
    }
    if let Value::Object(o) = args[1] {
        if is_tuple(o) {
            return ctx.ret1(args[1]);
        }
    }
    collect_then(ctx, args[1], 1, arg(args, 0))
}

fn set_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if args.len() < 2 {
        let s = new_set(ctx);
        if let Value::Object(c) = arg(args, 0) {
            s.set_meta(ctx.mc, Some(c));
        }
        return ctx.ret1(Value::Object(s));
    }
    collect_then(ctx, args[1], 2, arg(args, 0))
}

fn dict_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let d = new_dict(ctx);
    if let Value::Object(c) = arg(args, 0) {
        d.set_meta(ctx.mc, Some(c));
    }
    let kw = omx_core::protocol::python::call::kwargs_dict(ctx);
    let k = ctx.rt.intern(ctx.mc, b"__omx_dict_init");
    let f = ctx.rt.python.builtins.get_key(Value::Str(k));
    let src = if args.len() >= 2 { args[1] } else { Value::Nil };
    let kwv = kw.map_or(Value::Nil, Value::Object);
    Ok(Outcome::tail_call(f, vec![Value::Object(d), src, kwv]))
}

fn range_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let int = |ctx: &Ctx<'gc, '_>, v: Value<'gc>| -> Result<i64, NativeError<'gc>> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            other => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                omx_core::protocol::python::errors::tname(ctx, other)
            ))),
        }
    };
    let (a, b, c) = match args.len() {
        2 => (0, int(ctx, args[1])?, 1),
        3 => (int(ctx, args[1])?, int(ctx, args[2])?, 1),
        4 => (int(ctx, args[1])?, int(ctx, args[2])?, int(ctx, args[3])?),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                n.saturating_sub(1)
            )))
        }
    };
    if c == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    let r = new_range(ctx, [a, b, c]);
    ctx.ret1(Value::Object(r))
}

/// A `range` object of `(start, stop, step)`.
fn new_range<'gc>(ctx: &mut Ctx<'gc, '_>, parts: [i64; 3]) -> Object<'gc> {
    let r = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    r.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Range)));
    for (i, v) in parts.into_iter().enumerate() {
        r.set_internal(ctx.mc, i, Value::Int(v));
    }
    r
}

fn range_parts(v: Value<'_>) -> (i64, i64, i64) {
    match v.as_object() {
        Some(o) => match (o.internal(0), o.internal(1), o.internal(2)) {
            (Value::Int(a), Value::Int(b), Value::Int(c)) => (a, b, c),
            _ => (0, 0, 1),
        },
        None => (0, 0, 1),
    }
}

fn range_length(a: i64, b: i64, c: i64) -> i64 {
    omx_core::model::iter::range_len(a, b, c)
}

fn range_iter_m<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (a, b, c) = range_parts(arg(args, 0));
    let it = range_iter(ctx, a, b, c);
    ctx.ret1(Value::Object(it))
}

fn range_len<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (a, b, c) = range_parts(arg(args, 0));
    ctx.ret1(Value::Int(range_length(a, b, c)))
}

fn range_getitem<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (a, b, c) = range_parts(arg(args, 0));
    let n = range_length(a, b, c);
    match arg(args, 1) {
        Value::Int(i) => {
            let i = if i < 0 { i + n } else { i };
            if i < 0 || i >= n {
                return Err(NativeError::msg(
                    "IndexError: range object index out of range",
                ));
            }
            ctx.ret1(Value::Int(a + i * c))
        }
        other => match omx_core::protocol::python::item::as_slice(ctx, other) {
            Some(s) => range_slice(ctx, (a, c, n), s),
            None => {
                let items: Vec<Value<'gc>> = (0..n).map(|i| Value::Int(a + i * c)).collect();
                let l = new_list(ctx, &items);
                let st = omx_core::protocol::python::item::getitem(ctx, Value::Object(l), other);
                step_result(ctx, st)
            }
        },
    }
}

/// `range[slice]` (CPython `compute_slice`): a range again, its bounds the
/// slice's clamped positions mapped through this range.
fn range_slice<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    (a, c, n): (i64, i64, i64),
    s: [Value<'gc>; 3],
) -> NativeResult<'gc> {
    let (start, stop, step) =
        omx_core::protocol::python::item::slice_bounds(ctx, s, n.max(0) as usize)
            .map_err(|e| NativeError::Op(Box::new(e)))?;
    let at = |i: i64| i128::from(a) + i128::from(i) * i128::from(c);
    let parts = [at(start), at(stop), i128::from(step) * i128::from(c)];
    let mut ints = [0i64; 3];
    for (to, from) in ints.iter_mut().zip(parts) {
        *to = i64::try_from(from).map_err(|_| {
            NativeError::msg("OverflowError: Python int too large to convert to C ssize_t")
        })?;
    }
    let r = new_range(ctx, ints);
    ctx.ret1(Value::Object(r))
}

fn range_repr<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (a, b, c) = range_parts(arg(args, 0));
    let s = if c == 1 {
        format!("range({a}, {b})")
    } else {
        format!("range({a}, {b}, {c})")
    };
    let v = str_value(ctx, &s);
    ctx.ret1(v)
}

fn range_contains<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (a, b, c) = range_parts(arg(args, 0));
    let r = match arg(args, 1) {
        Value::Int(x) => {
            let n = range_length(a, b, c);
            n > 0 && (x - a) % c == 0 && {
                let k = (x - a) / c;
                k >= 0 && k < n
            }
        }
        _ => false,
    };
    ctx.ret1(Value::Bool(r))
}

fn slice_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (a, b, c) = match args.len() {
        2 => (Value::Nil, args[1], Value::Nil),
        _ => (arg(args, 1), arg(args, 2), arg(args, 3)),
    };
    let s = omx_core::protocol::python::slice::new_slice(ctx, a, b, c);
    ctx.ret1(Value::Object(s))
}

fn property_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let p = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    p.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Property)));
    let names = ["fget", "fset", "fdel"];
    for (i, name) in names.iter().enumerate() {
        let v = super::kwarg(ctx, name).unwrap_or(arg(args, i + 1));
        p.set_internal(ctx.mc, i, v);
    }
    let doc = super::kwarg(ctx, "doc").unwrap_or(arg(args, 4));
    let k = ctx.rt.intern(ctx.mc, b"__doc__");
    p.set_field(ctx.mc, k, doc);
    let fget = p.internal(0);
    let k = ctx.rt.intern(ctx.mc, b"fget");
    p.set_field(ctx.mc, k, fget);
    ctx.ret1(Value::Object(p))
}

/// `prop.setter(f)` and friends: a copy with one accessor replaced.
fn property_with<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    slot: usize,
) -> NativeResult<'gc> {
    let Some(old) = arg(args, 0).as_object() else {
        return Err(type_error("not a property"));
    };
    let p = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    p.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Property)));
    for i in 0..3 {
        p.set_internal(
            ctx.mc,
            i,
            if i == slot {
                arg(args, 1)
            } else {
                old.internal(i).or_nil()
            },
        );
    }
    let k = ctx.rt.intern(ctx.mc, b"fget");
    p.set_field(ctx.mc, k, p.internal(0));
    ctx.ret1(Value::Object(p))
}

fn wrapper_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let cls = arg(args, 0)
        .as_object()
        .unwrap_or(ctx.rt.python.ty(T::StaticMethod));
    let w = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    w.set_meta(ctx.mc, Some(cls));
    w.set_internal(ctx.mc, 0, arg(args, 1));
    let k = ctx.rt.intern(ctx.mc, b"__func__");
    w.set_field(ctx.mc, k, arg(args, 1));
    ctx.ret1(Value::Object(w))
}

fn super_new<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if args.len() < 3 {
        return Err(NativeError::msg("RuntimeError: super(): no arguments"));
    }
    let s = Object::new(ctx.mc, ctx.rt.root_shape, &PY_INSTANCE);
    s.set_meta(ctx.mc, Some(ctx.rt.python.ty(T::Super)));
    s.set_internal(ctx.mc, 0, args[1]);
    s.set_internal(ctx.mc, 1, args[2]);
    ctx.ret1(Value::Object(s))
}

#[allow(dead_code)]
fn unused(_: Str<'_>, _: bool) -> bool {
    is_number(Value::Nil)
}
