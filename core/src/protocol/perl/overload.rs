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
use crate::native::Ctx;
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
    if find(ctx, me, key).is_none() && op == BinOp::Concat {
        // `.` falls back to the string conversion (the rule in ops.rs).
        return Step::Absent;
    }
    call_handler(ctx, key, a, b, left)
}

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
    Step::Absent
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
