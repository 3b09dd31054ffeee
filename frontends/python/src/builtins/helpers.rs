//! The helpers lowered code calls where the IR has no form of its own:
//! displays (`(a, *b)`, `[...]`, `{...}`), unpacking assignment, `is`,
//! `in`, augmented assignment's in-place methods (`__iadd__`, falling back
//! to `__add__`), raising (`raise C` instantiates `C`; `from` sets
//! `__cause__`), `except` matching by class, f-string concatenation.

use gc_arena::Mutation;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;

use omx_core::protocol::python::model::{new_dict, new_list, new_set, tuple, PY_TYPE};
use omx_core::protocol::python::state::{is_subtype, type_of};
use omx_core::protocol::python::{errors, item, T};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::{arg, builtin, seq_items, step_result, type_error, value_error};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    builtin(mc, rt, "__omx_tuple", |ctx, a| {
        let t = tuple(ctx, a);
        ctx.ret1(Value::Object(t))
    });
    builtin(mc, rt, "__omx_list", |ctx, a| {
        let l = new_list(ctx, a);
        ctx.ret1(Value::Object(l))
    });
    builtin(mc, rt, "__omx_raw_keys", |ctx, a| {
        let keys: Vec<Value<'_>> = match arg(a, 0) {
            Value::Object(o) => omx_core::protocol::python::model::dict_storage(o)
                .keyed_entries()
                .into_iter()
                .map(|e| e.0)
                .collect(),
            _ => Vec::new(),
        };
        let l = new_list(ctx, &keys);
        ctx.ret1(Value::Object(l))
    });
    builtin(mc, rt, "__omx_set_add_raw", |ctx, a| {
        if let Value::Object(s) = arg(a, 0) {
            let k = item::dict_key(ctx, arg(a, 1)).map_err(|e| NativeError::Op(Box::new(e)))?;
            s.set_key(ctx.mc, k, Value::Bool(true));
        }
        ctx.ret1(Value::Nil)
    });
    builtin(mc, rt, "__omx_set", |ctx, a| {
        if a.iter().any(|v| item::user_hashed(ctx, *v)) {
            let s = new_set(ctx);
            let l = new_list(ctx, a);
            let k = ctx.rt.intern(ctx.mc, b"__omx_set_fill");
            let f = ctx.rt.python.builtins.get_key(Value::Str(k));
            return Ok(Outcome::tail_call(
                f,
                vec![Value::Object(s), Value::Object(l)],
            ));
        }
        let s = new_set(ctx);
        for v in a {
            let k = item::dict_key(ctx, *v).map_err(|e| NativeError::Op(Box::new(e)))?;
            s.set_key(ctx.mc, k, Value::Bool(true));
        }
        ctx.ret1(Value::Object(s))
    });
    builtin(mc, rt, "__omx_dict", |ctx, a| {
        let d = new_dict(ctx);
        add_pairs(ctx, d, a)?;
        ctx.ret1(Value::Object(d))
    });
    builtin(mc, rt, "__omx_dict_add", |ctx, a| {
        let Some(d) = arg(a, 0).as_object() else {
            return ctx.ret1(Value::Nil);
        };
        add_pairs(ctx, d, &a[1..])?;
        ctx.ret1(Value::Object(d))
    });
    builtin(mc, rt, "__omx_box", |ctx, a| {
        let t = tuple(ctx, &[arg(a, 0)]);
        ctx.ret1(Value::Object(t))
    });
    builtin(mc, rt, "__omx_is", |ctx, a| {
        let (x, y) = (arg(a, 0), arg(a, 1));
        let same = match (x, y) {
            (Value::Int(p), Value::Int(q)) => p == q,
            (Value::Float(p), Value::Float(q)) => p.to_bits() == q.to_bits(),
            (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => false,
            (Value::Bool(_), Value::Int(_)) | (Value::Int(_), Value::Bool(_)) => false,
            _ => x.raw_eq(y),
        };
        ctx.ret1(Value::Bool(same))
    });
    builtin(mc, rt, "__omx_truth", |ctx, a| {
        // The test of a conditional expression, taken once (`__bool__`).
        let st = omx_core::protocol::python::truth::truthy(ctx, arg(a, 0));
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_in", |ctx, a| {
        let st = item::contains(ctx, arg(a, 1), arg(a, 0));
        truthy_result(ctx, st)
    });
    builtin(mc, rt, "__omx_concat", |ctx, a| {
        let mut out = Vec::new();
        for v in a {
            match v {
                Value::Str(s) => out.extend_from_slice(s.as_bytes()),
                other => out.extend_from_slice(
                    omx_core::protocol::python::repr::text_of(ctx, *other).as_bytes(),
                ),
            }
        }
        ctx.ret1(Value::Str(Str::from_vec(ctx.mc, out)))
    });
    builtin(mc, rt, "__omx_unpack", unpack);
    builtin(mc, rt, "__omx_class_name", |ctx, a| {
        // A name in a class body: its namespace, then the globals.
        let (ns, name, g) = (arg(a, 0), arg(a, 1), arg(a, 2));
        if let Some(d) = ns.as_object() {
            let v = d.get_key(name);
            if !v.is_empty() {
                return ctx.ret1(v);
            }
        }
        let st = omx_core::protocol::python::ops::get(ctx, g, name, omx_core::model::Access::Attr);
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_mkexc", mkexc);
    builtin(mc, rt, "__omx_getslice", |ctx, a| {
        // `obj[lower:upper]` (protocol/python/slice.rs).
        let st = omx_core::protocol::python::slice::getslice(ctx, arg(a, 0), arg(a, 1), arg(a, 2));
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_getitem", |ctx, a| {
        let st = item::builtin_getitem(ctx, arg(a, 0), arg(a, 1));
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_setitem", |ctx, a| {
        let st = item::builtin_setitem(ctx, arg(a, 0), arg(a, 1), arg(a, 2));
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_delitem", |ctx, a| {
        let st = item::builtin_setitem(ctx, arg(a, 0), arg(a, 1), Value::Empty);
        step_result(ctx, st)
    });
    builtin(mc, rt, "__omx_reraise", |_, _| {
        Err(NativeError::msg(
            "RuntimeError: No active exception to reraise",
        ))
    });
    builtin(mc, rt, "__omx_assert_error", |ctx, a| {
        let args: Vec<Value<'_>> = if arg(a, 0).is_nil() {
            vec![]
        } else {
            vec![arg(a, 0)]
        };
        let e = errors::instance_with_args(ctx, ctx.rt.python.ty(T::AssertionError), &args);
        ctx.ret1(e)
    });
    builtin(mc, rt, "__omx_exc_match", |ctx, a| {
        let r = exc_match(ctx, arg(a, 0), arg(a, 1))?;
        ctx.ret1(Value::Bool(r))
    });
    builtin(mc, rt, "__omx_pos", |ctx, a| {
        let v = arg(a, 0);
        match v {
            Value::Int(_) | Value::Float(_) | Value::BigInt(_) => ctx.ret1(v),
            Value::Bool(b) => ctx.ret1(Value::Int(b as i64)),
            _ => {
                let k = ctx.rt.intern(ctx.mc, b"__pos__");
                match omx_core::protocol::python::lookup::lookup(type_of(&ctx.rt.python, v), k) {
                    Some(f) => Ok(Outcome::tail_call(f, vec![v])),
                    None => Err(type_error(format!(
                        "bad operand type for unary +: '{}'",
                        errors::tname(ctx, v)
                    ))),
                }
            }
        }
    });
    builtin(mc, rt, "__omx_matmul", |ctx, a| {
        let (x, y) = (arg(a, 0), arg(a, 1));
        let k = ctx.rt.intern(ctx.mc, b"__matmul__");
        match omx_core::protocol::python::lookup::lookup(type_of(&ctx.rt.python, x), k) {
            Some(f) => Ok(Outcome::tail_call(f, vec![x, y])),
            None => Err(type_error(format!(
                "unsupported operand type(s) for @: '{}' and '{}'",
                errors::tname(ctx, x),
                errors::tname(ctx, y)
            ))),
        }
    });
}

fn add_pairs<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    d: Object<'gc>,
    a: &[Value<'gc>],
) -> Result<(), NativeError<'gc>> {
    for kv in a.chunks(2) {
        if let [k, v] = kv {
            let k = item::dict_key(ctx, *k).map_err(|e| NativeError::Op(Box::new(e)))?;
            d.set_key(ctx.mc, k, *v);
        }
    }
    Ok(())
}

fn truthy_result<'gc>(ctx: &mut Ctx<'gc, '_>, st: Step<'gc>) -> NativeResult<'gc> {
    match st {
        Step::Done(Value::Bool(b)) => ctx.ret1(Value::Bool(b)),
        Step::Done(v) => {
            let t = omx_core::protocol::python::truth::truthy(ctx, v);
            step_result(ctx, t)
        }
        other => Ok(Outcome::step(other, Continuation::new(to_bool, vec![]))),
    }
}

fn to_bool<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => {
            let v = r.first().copied().unwrap_or(Value::Nil);
            let t = omx_core::protocol::python::truth::truthy(ctx, v);
            step_result(ctx, t)
        }
        Err(e) => Err(NativeError::Throw(e)),
    }
}

/// `a, *b, c = value`: the values as a list of exactly `n` (the starred
/// one a list).
fn unpack<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = arg(args, 0);
    let items = match super::types::quick_items(ctx, v) {
        Some(items) => items,
        None => {
            let k = ctx.rt.intern(ctx.mc, b"__omx_collect");
            let f = ctx.rt.python.builtins.get_key(Value::Str(k));
            let mut state = args.to_vec();
            state.truncate(3);
            return Ok(Outcome::call(
                f,
                vec![v],
                Continuation::new(unpack_after, state),
            ));
        }
    };
    unpack_items(ctx, items, args)
}

fn unpack_after<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let l = match result {
        Ok(r) => r.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let items = seq_items(l).unwrap_or_default();
    unpack_items(ctx, items, &state)
}

fn unpack_items<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    items: Vec<Value<'gc>>,
    args: &[Value<'gc>],
) -> NativeResult<'gc> {
    let n = match arg(args, 1) {
        Value::Int(n) => n as usize,
        _ => 0,
    };
    let star = match arg(args, 2) {
        Value::Int(s) if s >= 0 => Some(s as usize),
        _ => None,
    };
    match star {
        None => {
            if items.len() > n {
                return Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            if items.len() < n {
                return Err(value_error(format!(
                    "not enough values to unpack (expected {n}, got {})",
                    items.len()
                )));
            }
            let l = new_list(ctx, &items);
            ctx.ret1(Value::Object(l))
        }
        Some(s) => {
            if items.len() < n - 1 {
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    n - 1,
                    items.len()
                )));
            }
            let after = n - 1 - s;
            let mut out: Vec<Value<'gc>> = items[..s].to_vec();
            let mid = new_list(ctx, &items[s..items.len() - after]);
            out.push(Value::Object(mid));
            out.extend_from_slice(&items[items.len() - after..]);
            let l = new_list(ctx, &out);
            ctx.ret1(Value::Object(l))
        }
    }
}

/// `raise x [from cause]`: a class is instantiated; `cause` is `False`
/// when there is no `from`.
fn mkexc<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, cause, context) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if let (Value::Object(o), Value::Object(_)) = (x, context) {
        if !std::ptr::eq(o.model(), &PY_TYPE) && !context.raw_eq(x) {
            let k = ctx.rt.intern(ctx.mc, b"__context__");
            if o.get_field(k).is_nothing() {
                o.set_field(ctx.mc, k, context);
            }
        }
    }
    let base = ctx.rt.python.ty(T::BaseException);
    if let Value::Object(c) = x {
        if std::ptr::eq(c.model(), &PY_TYPE) {
            if !is_subtype(c, base) {
                return Err(type_error("exceptions must derive from BaseException"));
            }
            return Ok(Outcome::call(
                x,
                vec![],
                Continuation::new(set_cause, vec![cause, context]),
            ));
        }
    }
    if !is_subtype(type_of(&ctx.rt.python, x), base) {
        return Err(type_error("exceptions must derive from BaseException"));
    }
    set_cause_on(ctx, x, cause);
    ctx.ret1(x)
}

fn set_cause_on<'gc>(ctx: &mut Ctx<'gc, '_>, e: Value<'gc>, cause: Value<'gc>) {
    if matches!(cause, Value::Bool(false)) {
        return;
    }
    if let Value::Object(o) = e {
        let k = ctx.rt.intern(ctx.mc, b"__cause__");
        o.set_field(ctx.mc, k, cause);
        let k = ctx.rt.intern(ctx.mc, b"__suppress_context__");
        o.set_field(ctx.mc, k, Value::Bool(true));
    }
}

fn set_cause<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => {
            let e = r.first().copied().unwrap_or(Value::Nil);
            set_cause_on(ctx, e, state[0]);
            if let (Value::Object(o), Value::Object(_)) = (e, state[1]) {
                let k = ctx.rt.intern(ctx.mc, b"__context__");
                o.set_field(ctx.mc, k, state[1]);
            }
            ctx.ret1(e)
        }
        Err(e) => Err(NativeError::Throw(e)),
    }
}

/// `except spec:` — a class or a tuple of classes.
fn exc_match<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    e: Value<'gc>,
    spec: Value<'gc>,
) -> Result<bool, NativeError<'gc>> {
    if let Some(items) = seq_items(spec) {
        for c in items {
            if exc_match(ctx, e, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match spec {
        Value::Object(c) if std::ptr::eq(c.model(), &PY_TYPE) => {
            Ok(is_subtype(type_of(&ctx.rt.python, e), c))
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}
