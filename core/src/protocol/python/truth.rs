//! Truth value testing (Language Reference §3.3.1 `__bool__`, CPython
//! `PyObject_IsTrue`): `None`, `False`, zero and empty containers are
//! false; an object's `__bool__`, else its `__len__`, decides; anything
//! else is true.

use super::lookup::lookup;
use super::state::type_of;
use crate::model::Step;
use crate::native::{Continuation, Ctx, NativeError, NativeResult};
use crate::value::Value;

pub fn truthy<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    test(ctx, v, false)
}

/// `not v`: the truth value negated, also when `__bool__`/`__len__` is
/// called for it.
pub fn falsy<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    test(ctx, v, true)
}

fn test<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, negate: bool) -> Step<'gc> {
    let then = || Continuation::new(to_bool, vec![Value::Bool(negate)]);
    let b = match v {
        Value::Nil | Value::Empty | Value::Null => false,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::BigInt(_) => true,
        Value::Float(f) => f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::Object(o)
            if std::ptr::eq(o.model(), &super::PY_INSTANCE)
                || std::ptr::eq(o.model(), &super::PY_TYPE) =>
        {
            if std::ptr::eq(o.model(), &super::PY_TYPE) {
                return Step::Done(Value::Bool(true));
            }
            let tp = type_of(&ctx.rt.python, v);
            let k = ctx.rt.intern(ctx.mc, b"__bool__");
            if let Some(f) = lookup(tp, k) {
                return Step::call_then(f, &[v], then());
            }
            let k = ctx.rt.intern(ctx.mc, b"__len__");
            if let Some(f) = lookup(tp, k) {
                return Step::call_then(f, &[v], then());
            }
            true
        }
        Value::Object(o) if o.model().lang == Some(crate::Lang::Python) => {
            super::model::length(o).is_none_or(|n| n > 0)
        }
        _ => true,
    };
    Step::Done(Value::Bool(b != negate))
}

fn to_bool<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => {
            let v = r.first().copied().unwrap_or(Value::Nil);
            let b = match v {
                Value::Bool(b) => b,
                Value::Int(i) => i != 0,
                _ => true,
            };
            let negate = matches!(state.first(), Some(Value::Bool(true)));
            ctx.ret1(Value::Bool(b != negate))
        }
        Err(e) => Err(NativeError::Throw(e)),
    }
}
