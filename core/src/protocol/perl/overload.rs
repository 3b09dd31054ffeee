//! `use overload` (overload.pm, gv.c `Perl_amagic_call`): a package's
//! overload table maps operator keys (`+`, `""`, `==`, `bool`, `<=>`,
//! `cmp`, `neg`...) to subs; they are inherited along `@ISA`. The handler
//! is called with the object, the other operand and whether the operands
//! were swapped. Missing keys are generated from others when `fallback`
//! allows it (`-` from `neg`, `==` from `<=>`, `eq` from `cmp`, string,
//! number and boolean conversions from one another); `nomethod` is
//! called with the key as a fourth argument when nothing applies.
//!
//! The table lives in the stash under keys `(KEY` (as perl's own glob
//! names `(+`, `(""`); `((fallback` holds the fallback value.

use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::model::Step;
use crate::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use crate::object::Object;
use crate::value::Value;

/// The handler of `key` for a blessed referent, inherited along `@ISA`.
pub fn find<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, key: &str) -> Option<Value<'gc>> {
    let st = v.as_object()?.meta()?;
    if !super::container::is_stash(st) {
        return None;
    }
    let sym = format!("({key}");
    for p in super::mro::linear_isa(ctx.mc, ctx.rt, st) {
        let h = super::container::symbol(ctx.mc, ctx.rt, p, sym.as_bytes());
        if !h.is_nil() {
            return Some(h);
        }
    }
    None
}

/// Whether the referent's class overloads anything.
pub fn has_any<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> bool {
    find(ctx, v, "(").is_some()
}

/// The key of a binary operator.
pub fn binop_key(op: BinOp) -> Option<&'static str> {
    Some(match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::Concat => ".",
        _ => return None,
    })
}

fn swapped<'gc>(left: bool) -> Value<'gc> {
    Value::Bool(!left)
}

/// The call of a handler found for `key`: `(me, other, swapped)`.
pub fn call_handler<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    key: &str,
    a: Value<'gc>,
    b: Value<'gc>,
    left: bool,
) -> Step<'gc> {
    let (me, other) = if left { (a, b) } else { (b, a) };
    if let Some(h) = find(ctx, me, key) {
        if ctx.rt.tracing {
            let k = key.to_string();
            ctx.rt
                .trace("Perl overload", "perl.overload.key", move |n| {
                    format!("{} overloads {k:?}: its handler is called", n.of(me))
                });
        }
        return Step::call(h, &[me, other, swapped(left)]);
    }
    if let Some(h) = find(ctx, me, "nomethod") {
        let k = Value::Str(ctx.rt.intern(ctx.mc, key.as_bytes()));
        return Step::call(h, &[me, other, swapped(left), k]);
    }
    Step::Absent
}

pub fn binary_hook<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
    left: bool,
) -> Step<'gc> {
    let Some(key) = binop_key(op) else {
        return Step::Absent;
    };
    let me = if left { a } else { b };
    if find(ctx, me, key).is_none() {
        if op == BinOp::Concat {
            // `.` falls back to the string conversion (the rule in ops.rs).
            return Step::Absent;
        }
        // Arithmetic without a handler: through the number (or string,
        // or boolean) conversion, then the ordinary operator.
        if let Some((conv, _)) = conversion(ctx, me, &["0+", "\"\"", "bool"]) {
            let state = vec![Value::Int(op as i64), a, b, Value::Bool(left)];
            return Step::call_then(
                conv,
                &[me, Value::Nil, Value::Bool(false)],
                Continuation::new(arith_after_conversion, state),
            );
        }
    }
    call_handler(ctx, key, a, b, left)
}

fn conversion<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    v: Value<'gc>,
    keys: &[&'static str],
) -> Option<(Value<'gc>, &'static str)> {
    for k in keys {
        if let Some(h) = find(ctx, v, k) {
            return Some((h, k));
        }
    }
    None
}

const BINOPS: [BinOp; 7] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::Concat,
];

fn arith_after_conversion<'gc>(
    _: &mut Ctx<'gc, '_>,
    st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let op = match st[0] {
        Value::Int(i) => BINOPS
            .iter()
            .copied()
            .find(|o| *o as i64 == i)
            .unwrap_or(BinOp::Add),
        _ => BinOp::Add,
    };
    let v = if let Value::Object(_) = v {
        Value::Int(super::reftype::address(v) as i64)
    } else {
        v
    };
    let (a, b) = if matches!(st[3], Value::Bool(true)) {
        (v, st[2])
    } else {
        (st[1], v)
    };
    let b = if let Value::Object(_) = b {
        Value::Int(super::reftype::address(b) as i64)
    } else {
        b
    };
    let a = if let Value::Object(_) = a {
        Value::Int(super::reftype::address(a) as i64)
    } else {
        a
    };
    match super::ops::arith(op, a, b) {
        Ok(v) => Ok(Outcome::step(
            Step::Done(v),
            Continuation::new(super::ops::pass_cont, Vec::new()),
        )),
        Err(m) => Err(NativeError::Message(m)),
    }
}

/// `==` and friends: the key's handler, else one generated from `<=>`
/// (overload "Minimal Set of Overloaded Operations"), else through the
/// number conversion.
pub fn compare_hook<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
    left: bool,
) -> Step<'gc> {
    let key = match op {
        CompareOp::Eq => "==",
        CompareOp::Ne => "!=",
        CompareOp::Lt => "<",
        CompareOp::Le => "<=",
        CompareOp::Gt => ">",
        CompareOp::Ge => ">=",
    };
    let me = if left { a } else { b };
    if find(ctx, me, key).is_some() {
        return call_handler(ctx, key, a, b, left);
    }
    let other = if left { b } else { a };
    let state = vec![Value::Int(op as i64), Value::Bool(!left), other];
    if let Some(h) = find(ctx, me, "<=>") {
        if ctx.rt.tracing {
            ctx.rt
                .trace("Perl overload", "perl.overload.fallback", move |n| {
                    format!(
                        "{} has no {key} handler: it is generated from <=>",
                        n.of(me)
                    )
                });
        }
        return Step::call_then(
            h,
            &[me, other, Value::Bool(!left)],
            Continuation::new(compare_from_cmp, state),
        );
    }
    if let Some((conv, _)) = conversion(ctx, me, &["0+", "\"\"", "bool"]) {
        return Step::call_then(
            conv,
            &[me, Value::Nil, Value::Bool(false)],
            Continuation::new(compare_after_conversion, state),
        );
    }
    Step::Absent
}

const CMPOPS: [CompareOp; 6] = [
    CompareOp::Eq,
    CompareOp::Ne,
    CompareOp::Lt,
    CompareOp::Le,
    CompareOp::Gt,
    CompareOp::Ge,
];

fn cmp_op(v: Value<'_>) -> CompareOp {
    match v {
        Value::Int(i) => CMPOPS
            .iter()
            .copied()
            .find(|o| *o as i64 == i)
            .unwrap_or(CompareOp::Eq),
        _ => CompareOp::Eq,
    }
}

/// A comparison's answer from the operands' order (`None`: a NaN).
pub(super) fn ord_result<'gc>(op: CompareOp, o: Option<std::cmp::Ordering>) -> Value<'gc> {
    use std::cmp::Ordering::*;
    let r = match (op, o) {
        (CompareOp::Ne, None) => true,
        (_, None) => false,
        (CompareOp::Eq, Some(o)) => o == Equal,
        (CompareOp::Ne, Some(o)) => o != Equal,
        (CompareOp::Lt, Some(o)) => o == Less,
        (CompareOp::Le, Some(o)) => o != Greater,
        (CompareOp::Gt, Some(o)) => o == Greater,
        (CompareOp::Ge, Some(o)) => o != Less,
    };
    Value::Bool(r)
}

/// The result of `<=>` (already un-swapped by the handler) as `op`.
fn compare_from_cmp<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let n = super::scalar::to_f64(v);
    let mut o = n.partial_cmp(&0.0);
    if matches!(st[1], Value::Bool(true)) {
        o = o.map(|x| x.reverse());
    }
    ctx.ret1(ord_result(cmp_op(st[0]), o))
}

fn compare_after_conversion<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let other = st[2];
    let (a, b) = if matches!(st[1], Value::Bool(true)) {
        (other, v)
    } else {
        (v, other)
    };
    let o = super::ops::num_cmp(a, b);
    ctx.ret1(ord_result(cmp_op(st[0]), o))
}

pub fn unary_hook<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, o: Object<'gc>) -> Step<'gc> {
    let v = Value::Object(o);
    match op {
        UnaryOp::Neg => match find(ctx, v, "neg") {
            Some(h) => Step::call(h, &[v, Value::Nil, Value::Bool(false)]),
            None => match find(ctx, v, "-") {
                Some(h) => Step::call(h, &[v, Value::Int(0), Value::Bool(true)]),
                None => Step::Absent,
            },
        },
        // `++`/`--`: their own handler, or `+ 1`/`- 1` (overload "Minimal
        // Set of Overloaded Operations"); the result is the new value.
        UnaryOp::Inc | UnaryOp::Dec => {
            let (own, by) = if op == UnaryOp::Inc {
                ("++", "+")
            } else {
                ("--", "-")
            };
            match find(ctx, v, own).or_else(|| find(ctx, v, by)) {
                Some(h) => Step::call(h, &[v, Value::Int(1), Value::Bool(false)]),
                None => Step::Absent,
            }
        }
        _ => Step::Absent,
    }
}

/// The string conversion `""` (or, by fallback, `0+`).
pub fn to_string_hook<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    let v = Value::Object(o);
    for key in ["\"\"", "0+"] {
        if let Some(h) = find(ctx, v, key) {
            if ctx.rt.tracing {
                ctx.rt
                    .trace("Perl overload", "perl.overload.string", move |n| {
                        format!("{} overloads \"\": its handler makes the string", n.of(v))
                    });
            }
            return Step::call(h, &[v, Value::Nil, Value::Bool(false)]);
        }
    }
    Step::Absent
}
