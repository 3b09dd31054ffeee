//! The core's cursor iterators, which the VM steps itself in a `ForIter`
//! (no call, no protocol step per element):
//!
//! - [`ARRAY_ITER`](super::list::ARRAY_ITER): the elements of an array
//!   part (`list.rs`);
//! - [`RANGE_ITER`]: an arithmetic progression of integers, counted down
//!   (Python's `range_iterator`, CPython `rangeiter_next`);
//! - [`ASCII_ITER`]: the characters of an ASCII string, one-character
//!   strings shared by the runtime (CPython's `str_ascii_iterator`).
//!
//! Their state lives in the object record's two inline slots (the models
//! have no keys, so the shape stays the root shape and never names them):
//! an iterator is one allocation, without an extension record. A language
//! that hands these out to programs gives them its own face (Python's
//! `type_of` calls them `iterator`); `step` is the one place their
//! stepping is written, for the VM and the languages' `next` alike.

use gc_arena::Mutation;

use super::{ObjectModel, OpError, Step};
use crate::bytecode::{BinOp, CompareOp};
use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::value::Value;

/// Inline slot 0: the next value (an iterator's cursor).
const CURSOR: usize = 0;
/// Inline slot 1: what the cursor runs against (the count left, or the
/// string).
const SOURCE: usize = 1;
/// Internal slot 0 of a range iterator whose step is not 1.
const STEP: usize = 0;

/// What every cursor iterator model shares: no keys, not callable, its
/// own iterator, stepped by [`step`].
pub(super) const CURSOR_MODEL: ObjectModel = ObjectModel {
    name: "iterator",
    lang: None,
    array_base: None,
    get: |_, _, _, _| Step::Absent,
    set: |_, o, _, _, _| Step::Error(OpError::Index(Value::Object(o))),
    delete: |_, _, _, _| Step::Done(Value::Bool(false)),
    has: |_, _, _| Step::Done(Value::Bool(false)),
    own_keys: |ctx, _| {
        let keys = super::list::new_list(ctx.mc, ctx.rt.root_shape, 0);
        Step::Done(Value::Object(keys))
    },
    call: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    forward: None,
    construct: |_, o, _| Step::Error(OpError::Call(Value::Object(o))),
    unary: |_, _, _| Step::Absent,
    binary: |_, _: BinOp, _, _, _| Step::Absent,
    compare: |_, _: CompareOp, _, _, _| Step::Absent,
    to_string: |_, _| Step::Absent,
    iterate: |_, o| Step::Done(Value::Object(o)),
    next: next_step,
    describe: |_, _| "an iterator".into(),
    plan_get: None,
    plan_set: None,
};

pub static RANGE_ITER: ObjectModel = ObjectModel {
    name: "range iterator",
    describe: |_, o| {
        let left = match o.slot(SOURCE) {
            Value::Int(n) => n,
            _ => 0,
        };
        format!("a range iterator with {left} values left")
    },
    ..CURSOR_MODEL
};

pub static ASCII_ITER: ObjectModel = ObjectModel {
    name: "string iterator",
    describe: |_, _| "an iterator over the characters of a string".into(),
    ..CURSOR_MODEL
};

fn next_step<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    match step(ctx.rt, ctx.mc, o) {
        Some(Some(v)) => Step::Done(v),
        _ => Step::Absent,
    }
}

/// An iterator over `count` integers from `start` by `step`.
pub fn range_iter<'gc>(ctx: &mut Ctx<'gc, '_>, start: i64, count: i64, step: i64) -> Object<'gc> {
    let it = Object::new(ctx.mc, ctx.rt.root_shape, &RANGE_ITER);
    it.set_slot(ctx.mc, CURSOR, Value::Int(start));
    it.set_slot(ctx.mc, SOURCE, Value::Int(count.max(0)));
    if step != 1 {
        it.set_internal(ctx.mc, STEP, Value::Int(step));
    }
    it
}

/// How many values `range(start, stop, step)` has (CPython
/// `compute_range_length`); `step` is not zero.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (a, b, c) = (start as i128, stop as i128, step as i128);
    let n = if c > 0 && a < b {
        (b - a + c - 1) / c
    } else if c < 0 && a > b {
        (a - b - c - 1) / -c
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

/// An iterator over the characters of the ASCII string `s`.
pub fn ascii_iter<'gc>(ctx: &mut Ctx<'gc, '_>, s: crate::string::Str<'gc>) -> Object<'gc> {
    let it = Object::new(ctx.mc, ctx.rt.root_shape, &ASCII_ITER);
    it.set_slot(ctx.mc, CURSOR, Value::Int(0));
    it.set_slot(ctx.mc, SOURCE, Value::Str(s));
    it
}

/// Is `o` one of the core's cursor iterators?
#[inline]
pub fn is_cursor(o: Object<'_>) -> bool {
    let m = o.model();
    std::ptr::eq(m, &RANGE_ITER)
        || std::ptr::eq(m, &ASCII_ITER)
        || std::ptr::eq(m, &super::list::ARRAY_ITER)
}

/// Step a cursor iterator: `None` when `o` is not one; `Some(None)` when it
/// is exhausted (it stays exhausted).
#[inline(always)]
pub fn step<'gc>(
    rt: &RuntimeState<'gc>,
    mc: &Mutation<'gc>,
    o: Object<'gc>,
) -> Option<Option<Value<'gc>>> {
    let m = o.model();
    if std::ptr::eq(m, &super::list::ARRAY_ITER) {
        return Some(super::list::array_iter_next(mc, o));
    }
    if std::ptr::eq(m, &RANGE_ITER) {
        let (Value::Int(cur), Value::Int(left)) = (o.slot(CURSOR), o.slot(SOURCE)) else {
            return Some(None);
        };
        if left <= 0 {
            return Some(None);
        }
        let by = match o.ext() {
            None => 1,
            Some(_) => match o.internal(STEP) {
                Value::Int(by) => by,
                _ => 1,
            },
        };
        // The last value's successor may not exist: it is never read.
        o.set_slot(mc, CURSOR, Value::Int(cur.wrapping_add(by)));
        o.set_slot(mc, SOURCE, Value::Int(left - 1));
        return Some(Some(Value::Int(cur)));
    }
    if std::ptr::eq(m, &ASCII_ITER) {
        let (Value::Int(at), Value::Str(s)) = (o.slot(CURSOR), o.slot(SOURCE)) else {
            return Some(None);
        };
        let Some(&b) = s.as_bytes().get(at as usize) else {
            return Some(None);
        };
        o.set_slot(mc, CURSOR, Value::Int(at + 1));
        return Some(Some(Value::Str(rt.new_str(mc, &[b]))));
    }
    None
}
