//! The runtime's own signals carried as values: a generator's return
//! request (`ResumeMode::Return`) travels as a thrown value that catch
//! handlers let pass and `finally` handlers run for, until it ends the
//! generator with its value.

use gc_arena::Mutation;

use super::{ObjectModel, OpError, Step};
use crate::bytecode::{BinOp, CompareOp};
use crate::object::{Object, Shape};
use crate::value::Value;

/// The behaviour every signal shares: it is inert (no keys, not callable,
/// no operators). Other internal records start from it too
/// (`protocol/js/map_store.rs`).
pub const INERT: ObjectModel = ObjectModel {
    name: "signal",
    lang: None,
    array_base: None,
    get: |_, _, _, _| Step::Absent,
    set: |_, o, _, _, _| Step::Error(OpError::Index(Value::Object(o))),
    delete: |_, _, _, _| Step::Done(Value::Bool(false)),
    has: |_, _, _| Step::Done(Value::Bool(false)),
    own_keys: |ctx, _| {
        Step::Done(Value::Object(super::list::new_list(
            ctx.mc,
            ctx.rt.root_shape,
            0,
        )))
    },
    call: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    forward: None,
    construct: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    unary: |_, _, _| Step::Absent,
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |_, _| Step::Absent,
    next: |_, _| Step::Absent,
    describe: |_, _| "a runtime signal".into(),
    plan_get: None,
    plan_set: None,
};

pub static RETURN_REQUEST: ObjectModel = ObjectModel {
    name: "return request",
    describe: |_, _| "a generator's return request".into(),
    ..INERT
};

/// An error that went through its catcher's message handler already: it
/// unwinds to that catcher without calling the handler again.
pub static HANDLED_ERROR: ObjectModel = ObjectModel {
    name: "handled error",
    describe: |_, _| "an error its message handler has seen".into(),
    ..INERT
};

/// Wrap the result of a message handler.
pub fn handled_error<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, value: Value<'gc>) -> Value<'gc> {
    let o = Object::new(mc, root, &HANDLED_ERROR);
    o.set_internal(mc, 0, value);
    Value::Object(o)
}

/// The error a handled-error signal carries, if `v` is one.
pub fn handled_value<'gc>(v: Value<'gc>) -> Option<Value<'gc>> {
    match v {
        Value::Object(o) if std::ptr::eq(o.model(), &HANDLED_ERROR) => Some(o.internal(0).or_nil()),
        _ => None,
    }
}

/// A request that a generator return `value`.
pub fn return_request<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, value: Value<'gc>) -> Value<'gc> {
    let o = Object::new(mc, root, &RETURN_REQUEST);
    o.set_internal(mc, 0, value);
    Value::Object(o)
}

/// The value a return request carries, if `v` is one.
pub fn returned_value<'gc>(v: Value<'gc>) -> Option<Value<'gc>> {
    match v {
        Value::Object(o) if std::ptr::eq(o.model(), &RETURN_REQUEST) => {
            Some(o.internal(0).or_nil())
        }
        _ => None,
    }
}
