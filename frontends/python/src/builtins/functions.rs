//! Builtin functions written natively (Python Library Reference §2
//! "Built-in Functions"): `len`, `repr`, `isinstance`, `getattr`, `id`,
//! `hash`, `abs`, `round`, `divmod`, `chr`, `ord`, `hex`, `iter`, `next`...

use gc_arena::Mutation;
use num_bigint::BigInt;
use omx_core::bytecode::UnaryOp;
use omx_core::model::{Access, Step};
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::python::model::{new_dict, new_list, tuple, PY_TYPE};
use omx_core::protocol::python::number::{as_num, int_value, Num};
use omx_core::protocol::python::state::{is_subtype, type_name, type_of};
use omx_core::protocol::python::{ops, repr, T};
use omx_core::runtime::RuntimeState;
use omx_core::Value;

use super::{arg, builtin, step_result, str_value, type_error};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    builtin(mc, rt, "len", len);
    builtin(mc, rt, "repr", |ctx, a| {
        let st = repr::repr_step(ctx, arg(a, 0));
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_ascii", |ctx, a| {
        let t = omx_core::protocol::python::repr::text_of(ctx, arg(a, 0));
        let v = str_value(ctx, &repr::ascii_escape(&t));
        ctx.ret1(v)
    });
    builtin(mc, rt, "__omx_isinstance", |ctx, a| {
        let r = class_match(ctx, arg(a, 0), arg(a, 1), false)?;
        ctx.ret1(Value::Bool(r))
    });
    builtin(mc, rt, "issubclass", |ctx, a| {
        let r = class_match(ctx, arg(a, 0), arg(a, 1), true)?;
        ctx.ret1(Value::Bool(r))
    });
    builtin(mc, rt, "getattr", getattr);
    builtin(mc, rt, "setattr", |ctx, a| {
        let st = (ops::PYTHON.set)(ctx, arg(a, 0), arg(a, 1), arg(a, 2), Access::Attr);
        step_result(ctx, st)
    });
    builtin(mc, rt, "delattr", |ctx, a| {
        let st = (ops::PYTHON.delete)(ctx, arg(a, 0), arg(a, 1), Access::Attr);
        step_result(ctx, st)
    });
    builtin(mc, rt, "id", |ctx, a| {
        let v = arg(a, 0);
        let id = v.heap_address().map_or_else(
            || match v {
                Value::Int(i) => i,
                _ => 0,
            },
            |p| p as i64,
        );
        ctx.ret1(Value::Int(id))
    });
    builtin(mc, rt, "hash", hash);
    builtin(mc, rt, "abs", |ctx, a| match as_num(arg(a, 0)) {
        Some(Num::Int(b)) => {
            let v = int_value(ctx.mc, if b < BigInt::from(0) { -b } else { b });
            ctx.ret1(v)
        }
        Some(Num::Float(f)) => ctx.ret1(Value::Float(f.abs())),
        None => {
            let x = arg(a, 0);
            let k = ctx.rt.intern(ctx.mc, b"__abs__");
            match omx_core::protocol::python::lookup::lookup(type_of(&ctx.rt.python, x), k) {
                Some(f) => Ok(Outcome::tail_call(f, vec![x])),
                None => Err(type_error(format!(
                    "bad operand type for abs(): '{}'",
                    type_name(type_of(&ctx.rt.python, x))
                ))),
            }
        }
    });
    builtin(mc, rt, "callable", |ctx, a| {
        let v = arg(a, 0);
        let r = match v {
            Value::Closure(_) | Value::Native(_) => true,
            Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => true,
            // A bound method (CPython: `method.__call__`).
            Value::Object(o) if o.meta() == Some(ctx.rt.python.ty(T::Method)) => true,
            Value::Object(_) => {
                let k = ctx.rt.intern(ctx.mc, b"__call__");
                omx_core::protocol::python::lookup::lookup(type_of(&ctx.rt.python, v), k).is_some()
            }
            _ => false,
        };
        ctx.ret1(Value::Bool(r))
    });
    builtin(mc, rt, "iter", |ctx, a| {
        if a.len() == 2 {
            // `iter(callable, sentinel)`: the prelude's generator calls it
            // until the sentinel comes (CPython's callable_iterator).
            let k = ctx.rt.intern(ctx.mc, b"__omx_call_iter");
            let f = ctx.rt.python.builtins.get_key(Value::Str(k));
            return Ok(Outcome::tail_call(f, a.to_vec()));
        }
        let st = omx_core::protocol::python::iter::get_iter(ctx, arg(a, 0));
        step_result(ctx, st)
    });
    builtin(mc, rt, "next", next);
    builtin(mc, rt, "chr", |ctx, a| match arg(a, 0) {
        Value::Int(i) => match char::from_u32(i as u32) {
            Some(c) if (0..=0x10ffff).contains(&i) => {
                let v = str_value(ctx, &c.to_string());
                ctx.ret1(v)
            }
            _ => Err(NativeError::msg(
                "ValueError: chr() arg not in range(0x110000)",
            )),
        },
        _ => Err(type_error("an integer is required")),
    });
    builtin(mc, rt, "ord", |ctx, a| match arg(a, 0) {
        // One ASCII character: its byte.
        Value::Str(s) if s.len() == 1 && s.is_ascii() => {
            ctx.ret1(Value::Int(s.as_bytes()[0] as i64))
        }
        Value::Str(s) => {
            let t = s.to_str_lossy();
            let mut it = t.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => ctx.ret1(Value::Int(c as i64)),
                _ => Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    t.chars().count()
                ))),
            }
        }
        _ => Err(type_error("ord() expected string of length 1")),
    });
    builtin(mc, rt, "hex", |ctx, a| radix(ctx, arg(a, 0), 16, "0x"));
    builtin(mc, rt, "oct", |ctx, a| radix(ctx, arg(a, 0), 8, "0o"));
    builtin(mc, rt, "bin", |ctx, a| radix(ctx, arg(a, 0), 2, "0b"));
    builtin(mc, rt, "round", round);
    builtin(mc, rt, "vars", |ctx, a| {
        let k = Value::Str(ctx.rt.intern(ctx.mc, b"__dict__"));
        let st = ops::get(ctx, arg(a, 0), k, Access::Attr);
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_write", |ctx, a| {
        if let Value::Str(s) = arg(a, 0) {
            if matches!(arg(a, 1), Value::Int(2)) {
                ctx.host.write_stderr(s.as_bytes());
            } else {
                ctx.host.write_stdout(s.as_bytes());
            }
        }
        ctx.ret1(Value::Nil)
    });
    builtin(mc, rt, "__omx_type_dir", |ctx, a| {
        // The names of a class's namespace (for `dir`).
        let mut names = Vec::new();
        if let Some(o) = arg(a, 0).as_object() {
            for (k, _) in o.keyed_entries() {
                names.push(k);
            }
        }
        let l = new_list(ctx, &names);
        ctx.ret1(Value::Object(l))
    });
    builtin(mc, rt, "__omx_math", math);
    builtin(mc, rt, "globals", |ctx, _| {
        let d = new_dict(ctx);
        ctx.ret1(Value::Object(d))
    });
}

fn len<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let st = ops::unary(ctx, UnaryOp::Len, arg(args, 0));
    step_result(ctx, st)
}

/// `isinstance`/`issubclass` against a class or a tuple of classes (without
/// `__instancecheck__`, which the prelude handles).
fn class_match<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    v: Value<'gc>,
    spec: Value<'gc>,
    sub: bool,
) -> Result<bool, NativeError<'gc>> {
    if let Some(items) = super::seq_items(spec) {
        for c in items {
            if class_match(ctx, v, c, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Value::Object(cls) = spec else {
        let what = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        return Err(type_error(format!(
            "{what} must be a type, a tuple of types, or a union"
        )));
    };
    if !std::ptr::eq(cls.model(), &PY_TYPE) {
        let what = if sub {
            "issubclass() arg 2"
        } else {
            "isinstance() arg 2"
        };
        return Err(type_error(format!(
            "{what} must be a type, a tuple of types, or a union"
        )));
    }
    if sub {
        match v {
            Value::Object(c) if std::ptr::eq(c.model(), &PY_TYPE) => Ok(is_subtype(c, cls)),
            _ => Err(type_error("issubclass() arg 1 must be a class")),
        }
    } else {
        // `bool` is an `int`; `int` is not a `float`.
        Ok(is_subtype(type_of(&ctx.rt.python, v), cls))
    }
}

fn getattr<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (o, name) = (arg(args, 0), arg(args, 1));
    if !matches!(name, Value::Str(_)) {
        return Err(type_error("attribute name must be string"));
    }
    let st = ops::get(ctx, o, name, Access::Attr);
    if args.len() < 3 {
        return step_result(ctx, st);
    }
    let default = args[2];
    match st {
        Step::Error(_) => ctx.ret1(default),
        Step::Done(v) => ctx.ret1(v),
        other => Ok(Outcome::step(
            other,
            Continuation::catching(getattr_default, vec![default]),
        )),
    }
}

fn getattr_default<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => ctx.ret1(r.first().copied().unwrap_or(Value::Nil)),
        Err(e) => {
            if omx_core::protocol::python::state::is_instance(
                &ctx.rt.python,
                e,
                ctx.rt.python.ty(T::AttributeError),
            ) {
                ctx.ret1(state[0])
            } else {
                Err(NativeError::Throw(e))
            }
        }
    }
}

fn hash<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(args, 0);
    let h = match v {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9e18 => f as i64,
        Value::Float(f) => f.to_bits() as i64 >> 1,
        Value::Nil => 0x5f3759df,
        Value::Str(s) => (s.hash_code() >> 1) as i64,
        Value::Object(o) if omx_core::protocol::python::model::is_tuple(o) => {
            let k = omx_core::protocol::python::item::dict_key(ctx, v)
                .map_err(|e| NativeError::Op(Box::new(e)))?;
            k.heap_address().unwrap_or(0) as i64 >> 4
        }
        _ => {
            let k = ctx.rt.intern(ctx.mc, b"__hash__");
            match omx_core::protocol::python::lookup::lookup(type_of(&ctx.rt.python, v), k) {
                Some(Value::Nil) => {
                    return Err(type_error(format!(
                        "unhashable type: '{}'",
                        type_name(type_of(&ctx.rt.python, v))
                    )))
                }
                Some(f @ Value::Closure(_)) => return Ok(Outcome::tail_call(f, vec![v])),
                _ => {
                    if let Value::Object(o) = v {
                        if omx_core::protocol::python::model::is_list(o)
                            || omx_core::protocol::python::model::is_dict(o)
                            || omx_core::protocol::python::model::is_set(o)
                        {
                            return Err(type_error(format!(
                                "unhashable type: '{}'",
                                type_name(type_of(&ctx.rt.python, v))
                            )));
                        }
                    }
                    v.heap_address().unwrap_or(0) as i64 >> 4
                }
            }
        }
    };
    ctx.ret1(Value::Int(h))
}

fn next<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let it = arg(args, 0);
    let default = args.get(1).copied();
    let tp = type_of(&ctx.rt.python, it);
    let k = ctx.rt.intern(ctx.mc, b"__next__");
    let f = match omx_core::protocol::python::lookup::lookup(tp, k) {
        Some(f) => f,
        None => {
            if let Value::Object(o) = it {
                if std::ptr::eq(o.model(), &omx_core::model::list::ARRAY_ITER) {
                    return match omx_core::model::list::array_iter_next(ctx.mc, o) {
                        Some(v) => ctx.ret1(v),
                        None => match default {
                            Some(d) => ctx.ret1(d),
                            None => {
                                let e = omx_core::protocol::python::errors::instance_with_args(
                                    ctx,
                                    ctx.rt.python.ty(T::StopIteration),
                                    &[],
                                );
                                Err(NativeError::Throw(e))
                            }
                        },
                    };
                }
            }
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(tp)
            )));
        }
    };
    match default {
        None => Ok(Outcome::tail_call(f, vec![it])),
        Some(d) => Ok(Outcome::call(
            f,
            vec![it],
            Continuation::catching(next_default, vec![d]),
        )),
    }
}

fn next_default<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => ctx.ret1(r.first().copied().unwrap_or(Value::Nil)),
        Err(e) => {
            if omx_core::protocol::python::state::is_instance(
                &ctx.rt.python,
                e,
                ctx.rt.python.ty(T::StopIteration),
            ) {
                ctx.ret1(state[0])
            } else {
                Err(NativeError::Throw(e))
            }
        }
    }
}

fn radix<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, base: u32, prefix: &str) -> NativeResult<'gc> {
    let Some(Num::Int(b)) = as_num(v).filter(|_| !matches!(v, Value::Float(_))) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(type_of(&ctx.rt.python, v))
        )));
    };
    let neg = b < BigInt::from(0);
    let mag = if neg { -b } else { b };
    let s = format!(
        "{}{prefix}{}",
        if neg { "-" } else { "" },
        mag.to_str_radix(base)
    );
    let v = str_value(ctx, &s);
    ctx.ret1(v)
}

/// `round(x[, n])`: halves go to the even neighbour.
fn round<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let x = arg(args, 0);
    let nd = args.get(1).copied().filter(|v| !v.is_nil());
    match (x, nd) {
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => ctx.ret1(x),
        (Value::Int(i), Some(Value::Int(n))) => {
            if n >= 0 {
                return ctx.ret1(Value::Int(i));
            }
            let p = 10i64.saturating_pow((-n) as u32);
            let q = (i as f64 / p as f64).round_ties_even() as i64 * p;
            ctx.ret1(Value::Int(q))
        }
        (Value::Float(f), None) => {
            let r = f.round_ties_even();
            if !r.is_finite() {
                return Err(NativeError::msg(
                    "OverflowError: cannot convert float infinity to integer",
                ));
            }
            let v = if r.abs() < 9e18 {
                Value::Int(r as i64)
            } else {
                int_value(
                    ctx.mc,
                    BigInt::parse_bytes(format!("{r:.0}").as_bytes(), 10).unwrap_or_default(),
                )
            };
            ctx.ret1(v)
        }
        (Value::Float(f), Some(Value::Int(n))) => {
            // Round the exact decimal text (CPython rounds the true value).
            let s = format!("{:.*}", n.clamp(0, 300) as usize, f);
            let r: f64 = if n >= 0 {
                s.parse().unwrap_or(f)
            } else {
                let p = 10f64.powi((-n) as i32);
                (f / p).round_ties_even() * p
            };
            ctx.ret1(Value::Float(r))
        }
        _ => {
            let k = ctx.rt.intern(ctx.mc, b"__round__");
            match omx_core::protocol::python::lookup::lookup(type_of(&ctx.rt.python, x), k) {
                Some(f) => Ok(Outcome::tail_call(f, args.to_vec())),
                None => Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name(type_of(&ctx.rt.python, x))
                ))),
            }
        }
    }
}

#[allow(dead_code)]
fn unused<'gc>(ctx: &mut Ctx<'gc, '_>) -> Value<'gc> {
    Value::Object(tuple(ctx, &[]))
}

/// `math` functions of one or two floats: `__omx_math(name, x[, y])`.
fn math<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = |v: Value<'gc>| -> Result<f64, NativeError<'gc>> {
        match as_num(v) {
            Some(Num::Float(f)) => Ok(f),
            Some(Num::Int(b)) => Ok(omx_core::protocol::python::number::big_to_f64(&b)),
            None => Err(type_error("must be real number")),
        }
    };
    let Value::Str(name) = arg(args, 0) else {
        return Err(type_error("bad math call"));
    };
    let x = f(arg(args, 1))?;
    let y = if args.len() > 2 { f(args[2])? } else { 0.0 };
    let domain = || NativeError::msg("ValueError: math domain error");
    let r = match name.as_bytes() {
        b"sqrt" => {
            if x < 0.0 {
                return Err(domain());
            }
            x.sqrt()
        }
        b"exp" => x.exp(),
        b"log" => {
            if x <= 0.0 {
                return Err(domain());
            }
            if args.len() > 2 {
                x.ln() / y.ln()
            } else {
                x.ln()
            }
        }
        b"log2" => x.log2(),
        b"log10" => x.log10(),
        b"sin" => x.sin(),
        b"cos" => x.cos(),
        b"tan" => x.tan(),
        b"asin" => x.asin(),
        b"acos" => x.acos(),
        b"atan" => x.atan(),
        b"atan2" => x.atan2(y),
        b"sinh" => x.sinh(),
        b"cosh" => x.cosh(),
        b"tanh" => x.tanh(),
        b"fabs" => x.abs(),
        b"hypot" => x.hypot(y),
        b"pow" => x.powf(y),
        b"fmod" => x % y,
        b"degrees" => x.to_degrees(),
        b"radians" => x.to_radians(),
        b"floor" | b"ceil" | b"trunc" => {
            let r = match name.as_bytes() {
                b"floor" => x.floor(),
                b"ceil" => x.ceil(),
                _ => x.trunc(),
            };
            if !r.is_finite() {
                return Err(NativeError::msg(
                    "OverflowError: cannot convert float infinity to integer",
                ));
            }
            let v = if r.abs() < 9e18 {
                Value::Int(r as i64)
            } else {
                int_value(
                    ctx.mc,
                    BigInt::parse_bytes(format!("{r:.0}").as_bytes(), 10).unwrap_or_default(),
                )
            };
            return ctx.ret1(v);
        }
        b"isnan" => return ctx.ret1(Value::Bool(x.is_nan())),
        b"isinf" => return ctx.ret1(Value::Bool(x.is_infinite())),
        b"isfinite" => return ctx.ret1(Value::Bool(x.is_finite())),
        _ => return Err(type_error("unknown math function")),
    };
    ctx.ret1(Value::Float(r))
}
