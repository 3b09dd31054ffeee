//! GetIterator and IteratorStep (ECMA-262 §7.4.2, §7.4.8) for `for-of`:
//! an array iterates its elements directly (the VM's array iterator); any
//! other value's `[Symbol.iterator]()` result is wrapped in an adapter
//! whose `next` calls the iterator's `next` method and reads `done` and
//! `value` of the result (§7.4.4 IteratorComplete, §7.4.5 IteratorValue).
//! Exhaustion is reported to the VM as `Empty`.

use super::error::type_error;
use super::get::get_data;
use super::realm::{intrinsic, Slot};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::{ObjectModel, OpError, Step};
use crate::native::{Continuation, Ctx, NativeError, NativeResult};
use crate::object::Object;
use crate::value::Value;
use crate::Lang;

/// The adapter: internal slot 0 the iterator, 1 its `next` method.
pub static JS_ITER_ADAPTER: ObjectModel = ObjectModel {
    name: "JavaScript iterator",
    lang: Some(Lang::JavaScript),
    array_base: None,
    get: |_, _, _, _| Step::Absent,
    set: |_, _, _, _, _| Step::Done(Value::Nil),
    delete: |_, _, _, _| Step::Done(Value::Bool(true)),
    has: |_, _, _| Step::Done(Value::Bool(false)),
    own_keys: |ctx, _| {
        Step::Done(Value::Object(crate::model::list::new_list(
            ctx.mc,
            ctx.rt.root_shape,
            0,
        )))
    },
    call: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    forward: None,
    construct: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    unary: |_, _: UnaryOp, _| Step::Absent,
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |_, o| Step::Done(Value::Object(o)),
    next,
    describe: |_, _| "a JavaScript iterator".into(),
    plan_get: None,
    plan_set: None,
};

/// §7.4.2 GetIterator(obj, sync) for a non-array: call `obj[@@iterator]`.
pub fn get_iterator<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    let sym = intrinsic(ctx.rt, Slot::SymIterator);
    let method = match (super::ops::JS.get)(ctx, v, sym, crate::model::Access::Item) {
        Step::Done(m) => m,
        Step::Error(e) => return Step::Error(e),
        _ => Value::Nil,
    };
    if !super::model::is_callable(method) {
        return Step::Error(OpError::NotIterable(v));
    }
    Step::call_then(method, &[v], Continuation::new(wrap, Vec::new()))
}

fn wrap<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let it = match r {
        Ok(v) => v.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let Value::Object(io) = it else {
        let e = super::error::make_error(
            ctx,
            Slot::TypeErrorProto,
            "Result of the Symbol.iterator method is not an object",
        );
        return Err(NativeError::Throw(e));
    };
    let key = Value::Str(ctx.rt.intern(ctx.mc, b"next"));
    let next = get_data(io, key).unwrap_or(Value::Nil);
    let a = Object::new(ctx.mc, ctx.rt.root_shape, &JS_ITER_ADAPTER);
    a.set_internal(ctx.mc, 0, it);
    a.set_internal(ctx.mc, 1, next);
    ctx.ret1(Value::Object(a))
}

fn next<'gc>(ctx: &mut Ctx<'gc, '_>, a: Object<'gc>) -> Step<'gc> {
    let next = a.internal(1);
    if !super::model::is_callable(next) {
        return type_error(ctx, "iterator.next is not a function");
    }
    Step::call_then(
        next,
        &[a.internal(0)],
        Continuation::new(step_result, Vec::new()),
    )
}

fn step_result<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let res = match r {
        Ok(v) => v.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    let Value::Object(ro) = res else {
        let e = super::error::make_error(
            ctx,
            Slot::TypeErrorProto,
            &format!(
                "Iterator result {} is not an object",
                super::convert::primitive_to_string(res).unwrap_or_default()
            ),
        );
        return Err(NativeError::Throw(e));
    };
    let dk = Value::Str(ctx.rt.intern(ctx.mc, b"done"));
    let vk = Value::Str(ctx.rt.intern(ctx.mc, b"value"));
    let done = get_data(ro, dk).is_some_and(super::convert::to_boolean);
    if done {
        return ctx.ret1(Value::Empty);
    }
    ctx.ret1(get_data(ro, vk).unwrap_or(Value::Nil))
}
