//! Augmented assignment's operator (Language Reference §7.2.1 "Augmented
//! assignment statements" and §3.3.8 `__iadd__`...; CPython
//! `binary_iop1`): `x op= y` calls `type(x).__iop__(x, y)` when the type
//! has it, and when it is missing or returns `NotImplemented` the binary
//! operator (`binary.rs`: `__op__`, then the reflected `__rop__`).
//!
//! The VM has already done two numbers (`InplaceArith`'s fast path: no
//! builtin number has an `__iop__`, and a subclass of `int` or `float` is
//! an object, never a VM number). A `list` itself extends in place
//! (CPython `list_inplace_concat`, which is `list.extend`); otherwise
//! `list.__iadd__` and the set's `__ior__`... are ordinary methods of
//! their types (the frontend's builtins), found by the lookup below.

use super::binary::{binary_for, pass_through};
use super::lookup::lookup;
use super::state::{type_of, T};
use crate::bytecode::BinOp;
use crate::model::Step;
use crate::native::{Continuation, Ctx, NativeResult, Outcome};
use crate::value::Value;

/// The in-place method of an operator.
pub fn method_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add | BinOp::Concat => "__iadd__",
        BinOp::Sub => "__isub__",
        BinOp::Mul => "__imul__",
        BinOp::Div => "__itruediv__",
        BinOp::IDiv => "__ifloordiv__",
        BinOp::Mod => "__imod__",
        BinOp::Pow => "__ipow__",
        BinOp::BAnd => "__iand__",
        BinOp::BOr => "__ior__",
        BinOp::BXor => "__ixor__",
        BinOp::Shl => "__ilshift__",
        BinOp::Shr => "__irshift__",
    }
}

/// `a op= b` in a Python frame (`LangOps::inplace`).
pub fn inplace<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    let op = if op == BinOp::Concat { BinOp::Add } else { op };
    let Value::Object(o) = a else {
        // Numbers, strings, `None`...: no builtin immutable has `__iop__`.
        return binary_for(ctx, op, a, b, true);
    };
    let (list, tuple) = (ctx.rt.python.ty(T::List), ctx.rt.python.ty(T::Tuple));
    if let (BinOp::Add, Value::Object(other)) = (op, b) {
        // A list itself extended by a list or tuple: at once.
        if o.meta() == Some(list) && (other.meta() == Some(list) || other.meta() == Some(tuple)) {
            let items = other.with_array(|x| x.to_vec());
            o.with_array_mut(ctx.mc, |x| x.extend(items));
            return Step::Done(a);
        }
    }
    let k = ctx.rt.intern(ctx.mc, method_name(op).as_bytes());
    if let Some(f) = lookup(type_of(&ctx.rt.python, a), k) {
        let code = super::binary::op_code(op);
        return Step::call_then(
            f,
            &[a, b],
            Continuation::new(after_iop, vec![Value::Int(code), a, b]),
        );
    }
    binary_for(ctx, op, a, b, true)
}

/// After `__iop__`: its result, unless `NotImplemented` (then the binary
/// operator).
fn after_iop<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    if let Some(v) = super::binary::implemented(ctx, result)? {
        return ctx.ret1(v);
    }
    let op = match state[0] {
        Value::Int(i) => super::binary::ALL
            .get(i as usize)
            .copied()
            .unwrap_or(BinOp::Add),
        _ => BinOp::Add,
    };
    let step = binary_for(ctx, op, state[1], state[2], true);
    Ok(Outcome::step(
        step,
        Continuation::new(pass_through, Vec::new()),
    ))
}
