//! Rich comparisons (Language Reference §3.3.1 "Basic customization",
//! CPython `do_richcompare`): numbers, strings and sequences compare by
//! value (sequences lexicographically); otherwise `type(a).__lt__(a, b)`,
//! then the reflection `type(b).__gt__(b, a)`; `==` falls back to
//! identity and `!=` to the negation of `__eq__`; ordering two unrelated
//! types is a `TypeError`.

use super::lookup::lookup;
use super::number::{as_num, big_to_f64, Num};
use super::state::{type_of, T};
use crate::bytecode::CompareOp;
use crate::model::Step;
use crate::native::{Continuation, Ctx, NativeError, NativeResult};
use crate::object::Object;
use crate::value::Value;

pub fn symbol(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Eq => "==",
        CompareOp::Ne => "!=",
        CompareOp::Lt => "<",
        CompareOp::Le => "<=",
        CompareOp::Gt => ">",
        CompareOp::Ge => ">=",
    }
}

fn dunder(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

const OPS: [CompareOp; 6] = [
    CompareOp::Eq,
    CompareOp::Ne,
    CompareOp::Lt,
    CompareOp::Le,
    CompareOp::Gt,
    CompareOp::Ge,
];

fn code(op: CompareOp) -> i64 {
    OPS.iter().position(|o| *o == op).unwrap_or(0) as i64
}

fn from_ordering(op: CompareOp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CompareOp::Eq => o == Equal,
        CompareOp::Ne => o != Equal,
        CompareOp::Lt => o == Less,
        CompareOp::Le => o != Greater,
        CompareOp::Gt => o == Greater,
        CompareOp::Ge => o != Less,
    }
}

/// Two lists (a subclass of `list` included) or two tuples.
fn same_sequence_kind(x: Object<'_>, y: Object<'_>) -> bool {
    let tuple = |o: Object<'_>| std::ptr::eq(o.model(), &super::PY_TUPLE);
    (super::model::is_list(x) && super::model::is_list(y)) || (tuple(x) && tuple(y))
}

fn is_seq(o: Object<'_>) -> bool {
    super::model::is_list(o) || std::ptr::eq(o.model(), &super::PY_TUPLE)
}

/// The outcome of comparing without user code.
pub enum Simple {
    Bool(bool),
    /// User code is needed.
    NeedsCall,
    /// The types cannot be ordered.
    Unorderable,
}

/// Compare numbers, strings, `None`, and sequences and dicts of them.
pub fn simple<'gc>(op: CompareOp, a: Value<'gc>, b: Value<'gc>, depth: usize) -> Simple {
    if depth > 200 {
        return Simple::NeedsCall;
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let ord = match (&x, &y) {
            (Num::Int(i), Num::Int(j)) => Some(i.cmp(j)),
            (Num::Float(f), Num::Int(j)) => f.partial_cmp(&big_to_f64(j)),
            (Num::Int(i), Num::Float(g)) => big_to_f64(i).partial_cmp(g),
            (Num::Float(f), Num::Float(g)) => f.partial_cmp(g),
        };
        return Simple::Bool(match ord {
            Some(o) => from_ordering(op, o),
            None => op == CompareOp::Ne,
        });
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            Simple::Bool(from_ordering(op, x.as_bytes().cmp(y.as_bytes())))
        }
        (Value::Object(x), Value::Object(y)) if same_sequence_kind(x, y) => {
            let xs = x.with_array(|a| a.to_vec());
            let ys = y.with_array(|a| a.to_vec());
            if matches!(op, CompareOp::Eq | CompareOp::Ne) && xs.len() != ys.len() {
                return Simple::Bool(op == CompareOp::Ne);
            }
            for (p, q) in xs.iter().zip(ys.iter()) {
                if p.raw_eq(*q) && !matches!(p, Value::Float(f) if f.is_nan()) {
                    continue;
                }
                match simple(CompareOp::Eq, *p, *q, depth + 1) {
                    Simple::Bool(true) => continue,
                    Simple::Bool(false) => {}
                    other => return other,
                }
                return match op {
                    CompareOp::Eq => Simple::Bool(false),
                    CompareOp::Ne => Simple::Bool(true),
                    _ => simple(op, *p, *q, depth + 1),
                };
            }
            Simple::Bool(from_ordering(op, xs.len().cmp(&ys.len())))
        }
        (Value::Object(x), Value::Object(y))
            if matches!(op, CompareOp::Eq | CompareOp::Ne)
                && super::model::is_dict(x)
                && super::model::is_dict(y) =>
        {
            let (x, y) = (super::model::dict_storage(x), super::model::dict_storage(y));
            let xs = x.keyed_entries();
            if xs.len() != y.keyed_live_len() {
                return Simple::Bool(op == CompareOp::Ne);
            }
            for (k, v) in xs {
                let w = y.get_key(k);
                if w.is_empty() {
                    return Simple::Bool(op == CompareOp::Ne);
                }
                match simple(CompareOp::Eq, v, w, depth + 1) {
                    Simple::Bool(true) => {}
                    Simple::Bool(false) => return Simple::Bool(op == CompareOp::Ne),
                    other => return other,
                }
            }
            Simple::Bool(op == CompareOp::Eq)
        }
        (Value::Object(x), Value::Object(y))
            if super::model::is_set(x) && super::model::is_set(y) =>
        {
            let xs: Vec<_> = x.keyed_entries().into_iter().map(|e| e.0).collect();
            let ys: Vec<_> = y.keyed_entries().into_iter().map(|e| e.0).collect();
            let sub = xs.iter().all(|k| !y.get_key(*k).is_empty());
            let sup = ys.iter().all(|k| !x.get_key(*k).is_empty());
            Simple::Bool(match op {
                CompareOp::Eq => sub && sup,
                CompareOp::Ne => !(sub && sup),
                CompareOp::Le => sub,
                CompareOp::Lt => sub && xs.len() < ys.len(),
                CompareOp::Ge => sup,
                CompareOp::Gt => sup && xs.len() > ys.len(),
            })
        }
        (Value::Object(x), _) | (_, Value::Object(x))
            if x.model().lang == Some(crate::Lang::Python) =>
        {
            if std::ptr::eq(x.model(), &super::PY_INSTANCE)
                || std::ptr::eq(x.model(), &super::PY_TYPE)
                || std::ptr::eq(x.model(), &super::model::PY_METHOD)
                || is_seq(x)
            {
                Simple::NeedsCall
            } else {
                match op {
                    CompareOp::Eq => Simple::Bool(a.raw_eq(b)),
                    CompareOp::Ne => Simple::Bool(!a.raw_eq(b)),
                    _ => Simple::Unorderable,
                }
            }
        }
        _ => match op {
            CompareOp::Eq => Simple::Bool(a.raw_eq(b)),
            CompareOp::Ne => Simple::Bool(!a.raw_eq(b)),
            _ => Simple::Unorderable,
        },
    }
}

/// `a op b` in a Python frame.
pub fn compare<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Step<'gc> {
    match simple(op, a, b, 0) {
        Simple::Bool(r) => Step::Done(Value::Bool(r)),
        Simple::Unorderable => Step::Error(unorderable(ctx, op, a, b)),
        Simple::NeedsCall => rich(ctx, op, a, b, 0),
    }
}

fn unorderable<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> crate::model::OpError<'gc> {
    let msg = format!(
        "'{}' not supported between instances of '{}' and '{}'",
        symbol(op),
        super::errors::tname(ctx, a),
        super::errors::tname(ctx, b)
    );
    super::errors::error(ctx, T::TypeError, msg)
}

/// Stage 0: `type(a).__op__(a, b)`; stage 1: the reflection; stage 2: the
/// default (identity for `==`/`!=`, else `TypeError`).
fn rich<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
    stage: i64,
) -> Step<'gc> {
    let (name, rname) = dunder(op);
    let ta = type_of(&ctx.rt.python, a);
    let tb = type_of(&ctx.rt.python, b);
    let object = ctx.rt.python.ty(T::Object);
    if stage == 0 {
        let k = ctx.rt.intern(ctx.mc, name.as_bytes());
        if let Some((f, owner)) = super::lookup::type_lookup(ta, k) {
            if owner != object {
                return Step::call_then(
                    f,
                    &[a, b],
                    Continuation::new(after, vec![Value::Int(code(op)), a, b, Value::Int(1)]),
                );
            }
        }
        if op == CompareOp::Ne {
            // `!=` is the negation of `__eq__` when there is no `__ne__`.
            let k = ctx.rt.intern(ctx.mc, b"__eq__");
            if let Some((f, owner)) = super::lookup::type_lookup(ta, k) {
                if owner != object {
                    return Step::call_then(f, &[a, b], Continuation::new(negate, vec![a, b]));
                }
            }
        }
    }
    if stage <= 1 {
        let k = ctx.rt.intern(ctx.mc, rname.as_bytes());
        if let Some((f, owner)) = super::lookup::type_lookup(tb, k) {
            if owner != object && (ta != tb || stage == 0) {
                return Step::call_then(
                    f,
                    &[b, a],
                    Continuation::new(after, vec![Value::Int(code(op)), a, b, Value::Int(2)]),
                );
            }
        }
        let _ = lookup(tb, k);
    }
    match op {
        CompareOp::Eq => Step::Done(Value::Bool(a.raw_eq(b))),
        CompareOp::Ne => Step::Done(Value::Bool(!a.raw_eq(b))),
        _ => Step::Error(unorderable(ctx, op, a, b)),
    }
}

fn after<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    if let Some(v) = super::binary::implemented(ctx, result)? {
        return ctx.ret1(v);
    }
    let op = OPS[super::state::small_int(state[0]).unwrap_or(0) as usize];
    let stage = super::state::small_int(state[3]).unwrap_or(2);
    let step = rich(ctx, op, state[1], state[2], stage);
    Ok(crate::native::Outcome::step(
        step,
        Continuation::new(super::binary::pass_through, Vec::new()),
    ))
}

fn negate<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = match result {
        Ok(r) => r.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    if ctx.rt.python.is_not_implemented(v) {
        // No answer from `__eq__`: `!=` falls back to identity.
        let same = state
            .first()
            .zip(state.get(1))
            .is_some_and(|(a, b)| a.raw_eq(*b));
        return ctx.ret1(Value::Bool(!same));
    }
    let step = super::truth::truthy(ctx, v);
    Ok(crate::native::Outcome::step(
        step,
        Continuation::new(not_cont, Vec::new()),
    ))
}

fn not_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => ctx.ret1(Value::Bool(!matches!(r.first(), Some(Value::Bool(true))))),
        Err(e) => Err(NativeError::Throw(e)),
    }
}
