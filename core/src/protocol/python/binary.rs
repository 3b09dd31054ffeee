//! Binary operators (Language Reference §3.3.8 "Emulating numeric types",
//! CPython `binary_op1`): numbers by the numeric tower; `str`, `list` and
//! `tuple` concatenate and repeat; otherwise `type(a).__add__(a, b)`, and
//! when that is missing or returns `NotImplemented`, the reflected
//! `type(b).__radd__(b, a)`; both failing is a `TypeError`.

use super::lookup::lookup;
use super::number::{arith, ArithError};
use super::state::{new_tuple, type_of, T};
use crate::bytecode::BinOp;
use crate::model::Step;
use crate::native::{Continuation, Ctx, NativeError, NativeResult};
use crate::object::Object;
use crate::string::Str;
use crate::value::Value;

/// The operator's symbol and its special methods.
pub fn names(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("+", "__add__", "__radd__"),
        BinOp::Sub => ("-", "__sub__", "__rsub__"),
        BinOp::Mul => ("*", "__mul__", "__rmul__"),
        BinOp::Div => ("/", "__truediv__", "__rtruediv__"),
        BinOp::IDiv => ("//", "__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("%", "__mod__", "__rmod__"),
        BinOp::Pow => ("**", "__pow__", "__rpow__"),
        BinOp::BAnd => ("&", "__and__", "__rand__"),
        BinOp::BOr => ("|", "__or__", "__ror__"),
        BinOp::BXor => ("^", "__xor__", "__rxor__"),
        BinOp::Shl => ("<<", "__lshift__", "__rlshift__"),
        BinOp::Shr => (">>", "__rshift__", "__rrshift__"),
        BinOp::Concat => ("+", "__add__", "__radd__"),
    }
}

pub fn op_code(op: BinOp) -> i64 {
    ALL.iter().position(|o| *o == op).unwrap_or(0) as i64
}

pub const ALL: [BinOp; 12] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::IDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::BAnd,
    BinOp::BOr,
    BinOp::BXor,
    BinOp::Shl,
    BinOp::Shr,
];

fn is(o: Object<'_>, model: &crate::model::ObjectModel) -> bool {
    std::ptr::eq(o.model(), model)
}

/// The builtin meaning of `a op b` on sequences, when there is one.
fn sequence_op<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Option<Step<'gc>> {
    let repeat = |n: Value<'gc>| -> Option<usize> {
        match n {
            Value::Int(i) => Some(i.max(0) as usize),
            Value::Bool(b) => Some(b as usize),
            _ => None,
        }
    };
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            if !crate::memory::fits(x.len() + y.len()) {
                return Some(Step::Error(super::errors::error(
                    ctx,
                    T::MemoryError,
                    String::new(),
                )));
            }
            // `s += t` appends in place when it can (Str::concat), as
            // CPython's unicode_concatenate resizes a string it holds alone.
            Some(Step::Done(Value::Str(Str::concat(ctx.mc, x, y.as_bytes()))))
        }
        (BinOp::Mul, Value::Str(x), n) | (BinOp::Mul, n, Value::Str(x)) => {
            let n = repeat(n)?;
            if x.len().saturating_mul(n) > 1 << 30 {
                return Some(Step::Error(super::errors::error(
                    ctx,
                    T::OverflowError,
                    "repeated string is too long".into(),
                )));
            }
            if !crate::memory::fits(x.len() * n) {
                return Some(Step::Error(super::errors::error(
                    ctx,
                    T::MemoryError,
                    String::new(),
                )));
            }
            Some(Step::Done(Value::Str(Str::from_vec(
                ctx.mc,
                x.as_bytes().repeat(n),
            ))))
        }
        (BinOp::Add, Value::Object(x), Value::Object(y))
            if (super::model::is_list(x) && super::model::is_list(y))
                || (is(x, &super::PY_TUPLE) && is(y, &super::PY_TUPLE)) =>
        {
            let mut items = x.with_array(|a| a.to_vec());
            y.with_array(|a| items.extend_from_slice(a));
            Some(Step::Done(Value::Object(same_kind(ctx, x, &items))))
        }
        (BinOp::Mul, Value::Object(x), n) | (BinOp::Mul, n, Value::Object(x))
            if super::model::is_list(x) || is(x, &super::PY_TUPLE) =>
        {
            let n = repeat(n)?;
            let one = x.with_array(|a| a.to_vec());
            if one.len().saturating_mul(n) > 1 << 28 {
                return Some(Step::Error(super::errors::error(
                    ctx,
                    T::OverflowError,
                    "repeated sequence is too long".into(),
                )));
            }
            let mut items = Vec::with_capacity(one.len() * n);
            for _ in 0..n {
                items.extend_from_slice(&one);
            }
            Some(Step::Done(Value::Object(same_kind(ctx, x, &items))))
        }
        (BinOp::Mod, Value::Str(_), _) => {
            let f = helper(ctx, b"percent_format")?;
            Some(Step::call(f, &[a, b]))
        }
        (
            BinOp::BOr | BinOp::BAnd | BinOp::Sub | BinOp::BXor,
            Value::Object(x),
            Value::Object(y),
        ) if super::model::is_set(x) && super::model::is_set(y) => {
            let f = helper(ctx, b"set_op")?;
            Some(Step::call(f, &[Value::Int(op_code(op)), a, b]))
        }
        _ => None,
    }
}

/// A helper function the frontend installed.
pub fn helper<'gc>(ctx: &mut Ctx<'gc, '_>, name: &[u8]) -> Option<Value<'gc>> {
    let k = ctx.rt.intern(ctx.mc, name);
    let v = ctx.rt.python.helpers.get_field(k);
    (!v.is_empty()).then_some(v)
}

fn same_kind<'gc>(ctx: &mut Ctx<'gc, '_>, like: Object<'gc>, items: &[Value<'gc>]) -> Object<'gc> {
    if is(like, &super::PY_TUPLE) {
        new_tuple(ctx.mc, ctx.rt.root_shape, items)
    } else {
        super::model::new_list(ctx, items)
    }
}

/// `a op b` in a Python frame.
pub fn binary<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    binary_for(ctx, op, a, b, false)
}

/// `a op b`, for `a op= b` when `inplace` (augmented assignment falling
/// back to the binary operator: only the error's operator reads `op=`, as
/// in CPython's `binary_iop`).
pub fn binary_for<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
    inplace: bool,
) -> Step<'gc> {
    if let Some(r) = arith(ctx.mc, op, a, b) {
        return match r {
            Ok(v) => Step::Done(v),
            Err(ArithError::ZeroDivision(m)) => {
                Step::Error(super::errors::error(ctx, T::ZeroDivisionError, m.into()))
            }
            Err(ArithError::Overflow(m)) => {
                Step::Error(super::errors::error(ctx, T::OverflowError, m.into()))
            }
            Err(ArithError::Value(m)) => {
                Step::Error(super::errors::error(ctx, T::ValueError, m.into()))
            }
        };
    }
    if let Some(s) = sequence_op(ctx, op, a, b) {
        return s;
    }
    dunder(ctx, op, a, b, 0, inplace)
}

/// Stage 0: try `type(a).__op__`; stage 1: `type(b).__rop__`; then the
/// error.
fn dunder<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
    stage: i64,
    inplace: bool,
) -> Step<'gc> {
    let (_, name, rname) = names(op);
    let ta = type_of(&ctx.rt.python, a);
    let tb = type_of(&ctx.rt.python, b);
    if stage == 0 {
        let k = ctx.rt.intern(ctx.mc, name.as_bytes());
        if let Some(f) = lookup(ta, k) {
            if ctx.rt.tracing {
                ctx.rt
                    .trace("Python binary operator", "py.binary.left", |_| {
                        format!("type of the left operand defines {name}: call it")
                    });
            }
            return Step::call_then(
                f,
                &[a, b],
                Continuation::new(
                    after,
                    vec![
                        Value::Int(op_code(op)),
                        a,
                        b,
                        Value::Int(1),
                        Value::Bool(inplace),
                    ],
                ),
            );
        }
    }
    if stage <= 1 && ta != tb {
        let k = ctx.rt.intern(ctx.mc, rname.as_bytes());
        if let Some(f) = lookup(tb, k) {
            if ctx.rt.tracing {
                ctx.rt
                    .trace("Python binary operator", "py.binary.reflected", |_| {
                        format!("the right operand's type defines {rname}: call it reflected")
                    });
            }
            return Step::call_then(
                f,
                &[b, a],
                Continuation::new(
                    after,
                    vec![
                        Value::Int(op_code(op)),
                        a,
                        b,
                        Value::Int(2),
                        Value::Bool(inplace),
                    ],
                ),
            );
        }
    }
    Step::Error(unsupported(ctx, op, a, b, inplace))
}

pub fn unsupported<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
    inplace: bool,
) -> crate::model::OpError<'gc> {
    let (sym, _, _) = names(op);
    let eq = if inplace { "=" } else { "" };
    let is_seq = |v: Value<'gc>| match v {
        Value::Str(_) => true,
        Value::Object(o) => super::model::is_list(o) || is(o, &super::PY_TUPLE),
        _ => false,
    };
    if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
        let other = if is_seq(a) { b } else { a };
        let msg = format!(
            "can't multiply sequence by non-int of type '{}'",
            super::errors::tname(ctx, other)
        );
        return super::errors::error(ctx, T::TypeError, msg);
    }
    // A sequence's own concatenation (CPython `unicode_concatenate`,
    // `list_concat`, `tuple_concat`) names the kind it accepts.
    let kind = match a {
        Value::Str(_) => Some("str"),
        Value::Object(o) if super::model::is_list(o) => Some("list"),
        Value::Object(o) if is(o, &super::PY_TUPLE) => Some("tuple"),
        _ => None,
    };
    if let (BinOp::Add | BinOp::Concat, Some(kind)) = (op, kind) {
        let msg = format!(
            "can only concatenate {kind} (not \"{}\") to {kind}",
            super::errors::tname(ctx, b)
        );
        return super::errors::error(ctx, T::TypeError, msg);
    }
    let msg = format!(
        "unsupported operand type(s) for {sym}{eq}: '{}' and '{}'",
        super::errors::tname(ctx, a),
        super::errors::tname(ctx, b)
    );
    super::errors::error(ctx, T::TypeError, msg)
}

/// The value a binary dunder call returned, `None` for `NotImplemented`
/// (then the next candidate is tried); its error passes through.
pub(super) fn implemented<'gc>(
    ctx: &Ctx<'gc, '_>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> Result<Option<Value<'gc>>, NativeError<'gc>> {
    let v = match result {
        Ok(r) => r.first().copied().unwrap_or(Value::Nil),
        Err(e) => return Err(NativeError::Throw(e)),
    };
    Ok((!ctx.rt.python.is_not_implemented(v)).then_some(v))
}

fn after<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    if let Some(v) = super::binary::implemented(ctx, result)? {
        return ctx.ret1(v);
    }
    let op = ALL[super::state::small_int(state[0]).unwrap_or(0) as usize];
    let stage = super::state::small_int(state[3]).unwrap_or(2);
    let inplace = matches!(state[4], Value::Bool(true));
    let step = dunder(ctx, op, state[1], state[2], stage, inplace);
    Ok(crate::native::Outcome::step(
        step,
        Continuation::new(pass_through, Vec::new()),
    ))
}

/// A continuation that returns the step's result as it is.
pub fn pass_through<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(r) => ctx.ret1(r.first().copied().unwrap_or(Value::Nil)),
        Err(e) => Err(NativeError::Throw(e)),
    }
}
