//! The core's own list: an object holding values in its array part, with
//! no language's rules. The runtime uses it where it must hand a sequence
//! to a language (the keys of `own_keys`, collected arguments); each
//! language converts it to its own array type when it needs one.

use gc_arena::Mutation;

use super::{Access, ObjectModel, OpError, Step};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::native::Ctx;
use crate::object::{Object, Shape};
use crate::runtime::RuntimeState;
use crate::value::Value;

pub static LIST: ObjectModel = ObjectModel {
    name: "list",
    lang: None,
    array_base: Some(0),
    get,
    set,
    delete: |_, _, _, _| Step::Done(Value::Bool(false)),
    has: |_, o, k| Step::Done(Value::Bool(!index(o, k).is_empty())),
    own_keys: |ctx, o| {
        let keys = new_list(ctx.mc, ctx.rt.root_shape, o.array_len());
        for i in 0..o.array_len() {
            keys.array_push(ctx.mc, Value::Int(i as i64));
        }
        Step::Done(Value::Object(keys))
    },
    call: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    forward: None,
    construct: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    unary: |_, op: UnaryOp, o| match op {
        UnaryOp::Len => Step::Done(Value::Int(o.array_len() as i64)),
        _ => Step::Absent,
    },
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |ctx, o| Step::Done(Value::Object(array_iter(ctx, o))),
    next: |_, _| Step::Absent,
    describe,
    plan_get: None,
    plan_set: None,
};

pub fn new_list<'gc>(mc: &Mutation<'gc>, root: Shape<'gc>, capacity: usize) -> Object<'gc> {
    Object::with_capacity(mc, root, &LIST, capacity, 0)
}

fn index<'gc>(o: Object<'gc>, key: Value<'gc>) -> Value<'gc> {
    match key {
        Value::Int(i) if i >= 0 => o.array_get(i as usize),
        _ => Value::Empty,
    }
}

fn get<'gc>(_: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    match index(o, key) {
        Value::Empty => Step::Absent,
        v => Step::Done(v),
    }
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    v: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    match key {
        Value::Int(i) if i >= 0 && (i as usize) < o.array_len() => {
            o.array_set(ctx.mc, i as usize, v);
            Step::Done(Value::Nil)
        }
        Value::Int(i) if i >= 0 && i as usize == o.array_len() => {
            o.array_push(ctx.mc, v);
            Step::Done(Value::Nil)
        }
        _ => Step::Error(OpError::Index(Value::Object(o))),
    }
}

fn describe<'gc>(_: &RuntimeState<'gc>, o: Object<'gc>) -> String {
    format!("a list of {} values", o.array_len())
}

/// An iterator over the array part of an object: inline slot 0 is the
/// next index, slot 1 the object (one allocation, no extension record;
/// see `iter.rs`). The VM steps it without a call.
pub static ARRAY_ITER: ObjectModel = ObjectModel {
    name: "array iterator",
    describe: |_, _| "an array iterator".into(),
    ..super::iter::CURSOR_MODEL
};

/// A new iterator over the array part of `seq`.
pub fn array_iter<'gc>(ctx: &mut Ctx<'gc, '_>, seq: Object<'gc>) -> Object<'gc> {
    let it = Object::new(ctx.mc, ctx.rt.root_shape, &ARRAY_ITER);
    it.set_slot(ctx.mc, 0, Value::Int(0));
    it.set_slot(ctx.mc, 1, Value::Object(seq));
    it
}

/// The next element of an array iterator (`None` when exhausted; holes
/// read as `nil`).
pub fn array_iter_next<'gc>(mc: &Mutation<'gc>, it: Object<'gc>) -> Option<Value<'gc>> {
    let (Value::Int(i), Value::Object(seq)) = (it.slot(0), it.slot(1)) else {
        return None;
    };
    if i < 0 || i as usize >= seq.array_len() {
        return None;
    }
    it.set_slot(mc, 0, Value::Int(i + 1));
    Some(seq.array_get(i as usize).or_nil())
}
