//! Perl's operator table (`LangOps`, perlop): what a Perl frame makes of
//! each operation. Numbers and strings convert into each other
//! (`scalar.rs`); arithmetic on integers overflows into floats (pp.c
//! `pp_add` "useleft" IV/NV logic); `/` gives an integer only when exact;
//! `%` takes the sign of the right operand; `.` joins string forms; an
//! operand that is a blessed reference answers through its `use overload`
//! table first (`overload.rs`); errors are `die` strings ending in
//! " at FILE line N.\n".

use super::scalar::{plain_str, to_num, truthy};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::debuginfo::position;
use crate::model::{Access, ErrorSite, LangOps, OpError, Step, VarName};
use crate::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::thread::ThreadState;
use crate::value::Value;
use crate::Lang;

pub static PERL: LangOps = LangOps {
    lang: Lang::Perl,
    passes_this: false,
    truthy: perl_truthy,
    simple_truthiness: false,
    raw_equality: false,
    missing_is_nil: true,
    fields_are_elements: true,
    string_len_is_bytes: false,
    get,
    set,
    binary,
    inplace: None,
    concat_text,
    unary,
    compare,
    call: |_, v| Step::Error(OpError::Call(v)),
    plan_string_get: None,
    plan_method: Some(super::method::plan_method),
    delete: |ctx, obj, key, access| match obj {
        Value::Object(o) => (o.model().delete)(ctx, o, key, access),
        _ => Step::Done(Value::Nil),
    },
    get_iter: |_, v| Step::Error(OpError::NotIterable(v)),
    strict_arity: false,
    new_list: |ctx, values| {
        Value::Object(super::container::new_array(
            ctx.mc,
            ctx.rt.root_shape,
            values,
        ))
    },
    new_kwargs: |ctx, pairs| {
        let h = super::container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
        for (k, v) in pairs {
            h.set_key(ctx.mc, Value::Str(*k), *v);
        }
        Value::Object(h)
    },
    make_generator: |_, thread| Value::Thread(thread),
    tostring,
    set_list: |ctx, t, first, values| {
        if let Value::Object(o) = t {
            for (i, v) in values.iter().enumerate() {
                let _ =
                    super::container::array_store(ctx.mc, o, Value::Int(first - 1 + i as i64), *v);
            }
        }
        Step::Done(Value::Nil)
    },
    close_handler: |_, _| None,
    // A constructor of keyed items only is an anonymous hash (`{ k => v }`
    // with constant keys), of positional ones an array.
    new_table: |ctx, array, keys| {
        if array == 0 && keys > 0 {
            return Value::Object(crate::object::Object::with_capacity(
                ctx.mc,
                ctx.rt.perl.hash_shape,
                &super::container::PERL_HASH,
                0,
                keys,
            ));
        }
        let a = crate::object::Object::with_capacity(
            ctx.mc,
            ctx.rt.root_shape,
            &super::container::PERL_ARRAY,
            array,
            0,
        );
        Value::Object(a)
    },
    error_value,
    native_error,
    error_text,
    traceback: |_| String::new(),
    construct: None,
};

fn perl_truthy<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    if let Value::Object(_) = v {
        for key in ["bool", "\"\""] {
            if let Some(h) = super::overload::find(ctx, v, key) {
                return Step::call_then(
                    h,
                    &[v, Value::Nil, Value::Bool(false)],
                    Continuation::new(truthy_cont, Vec::new()),
                );
            }
        }
    }
    Step::Done(Value::Bool(truthy(v)))
}

fn truthy_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    ctx.ret1(Value::Bool(truthy(v)))
}

fn get<'gc>(ctx: &mut Ctx<'gc, '_>, obj: Value<'gc>, key: Value<'gc>, access: Access) -> Step<'gc> {
    if access == Access::Attr {
        return super::elem::get(ctx, obj, key);
    }
    if access == Access::Method {
        return super::method::method_call(ctx, obj, key);
    }
    match obj {
        Value::Object(o) => match (o.model().get)(ctx, o, key, access) {
            Step::Absent => Step::Done(Value::Nil),
            other => other,
        },
        Value::Nil => Step::Done(Value::Nil),
        other => Step::msg(format!(
            "Can't use string (\"{}\") as {} ref while \"strict refs\" in use",
            String::from_utf8_lossy(&plain_str(other).unwrap_or_default()),
            if matches!(key, Value::Int(_)) {
                "an ARRAY"
            } else {
                "a HASH"
            }
        )),
    }
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    if access == Access::Attr {
        return super::elem::set(ctx, obj, key, value);
    }
    match obj {
        Value::Object(o) => (o.model().set)(ctx, o, key, value, access),
        Value::Nil => Step::msg("Can't use an undefined value as a HASH reference"),
        _ => Step::msg("Not a HASH reference"),
    }
}

/// What a plain value contributes to `.`: its string form.
fn concat_text(v: Value<'_>, buf: Option<&mut Vec<u8>>) -> bool {
    match plain_str(v) {
        Some(s) => {
            if let Some(b) = buf {
                b.extend_from_slice(&s);
            }
            true
        }
        None => false,
    }
}

/// Integer arithmetic that overflows into floats, as pp_add/pp_subtract/
/// pp_multiply do.
pub fn arith<'gc>(op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Result<Value<'gc>, String> {
    let (a, b) = (to_num(a), to_num(b));
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::Div => {
                if y == 0 {
                    return Err("Illegal division by zero".into());
                }
                if x % y == 0 {
                    x.checked_div(y)
                } else {
                    None
                }
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err("Illegal modulus zero".into());
                }
                x.checked_rem(y).map(|r| {
                    if r != 0 && (r < 0) != (y < 0) {
                        r + y
                    } else {
                        r
                    }
                })
            }

            BinOp::BAnd => Some(((x as u64) & (y as u64)) as i64),
            BinOp::BOr => Some(((x as u64) | (y as u64)) as i64),
            BinOp::BXor => Some(((x as u64) ^ (y as u64)) as i64),
            BinOp::Shl => Some(((x as u64).checked_shl(y as u32).unwrap_or(0)) as i64),
            BinOp::Shr => Some(((x as u64).checked_shr(y as u32).unwrap_or(0)) as i64),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (super::scalar::to_f64(a), super::scalar::to_f64(b));
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err("Illegal division by zero".into());
            }
            x / y
        }
        BinOp::Mod => {
            let (xi, yi) = (x.trunc(), y.trunc());
            if yi == 0.0 {
                return Err("Illegal modulus zero".into());
            }
            let r = xi % yi;
            if r != 0.0 && (r < 0.0) != (yi < 0.0) {
                r + yi
            } else {
                r
            }
        }
        BinOp::Pow => x.powf(y),
        BinOp::IDiv => (x / y).floor(),
        _ => return arith(op, Value::Int(x as i64), Value::Int(y as i64)),
    }))
}

fn binary<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    for (v, left) in [(a, true), (b, false)] {
        if let Value::Object(o) = v {
            match (o.model().binary)(ctx, op, a, b, left) {
                Step::Absent => {}
                other => return other,
            }
        }
    }
    if op == BinOp::Concat {
        return concat(ctx, a, b);
    }
    match arith(op, a, b) {
        Ok(v) => Step::Done(v),
        Err(m) => Step::msg(m),
    }
}

/// `a . b` when an operand is a reference: its string form (overloaded
/// `""` included), by a continuation when user code must run.
fn concat<'gc>(ctx: &mut Ctx<'gc, '_>, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    for (i, v) in [a, b].into_iter().enumerate() {
        if let Value::Object(o) = v {
            if let Step::Call(mut req) = super::overload::to_string_hook(ctx, o) {
                req.then = Some(Continuation::new(
                    concat_cont,
                    vec![a, b, Value::Int(i as i64)],
                ));
                return Step::Call(req);
            }
        }
    }
    let size = |v: Value<'gc>| if let Value::Str(s) = v { s.len() } else { 0 };
    if !crate::memory::fits(size(a) + size(b)) {
        return Step::Error(OpError::Message("Out of memory!".into()));
    }
    if let Value::Str(x) = a {
        // `$s .= $t` appends in place when it can (Str::concat).
        return Step::Done(Value::Str(Str::concat(ctx.mc, x, &string_of(b))));
    }
    let mut out = string_of(a);
    out.extend(string_of(b));
    Step::Done(Value::Str(Str::from_vec(ctx.mc, out)))
}

fn concat_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let s = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    let (mut a, mut b) = (state[0], state[1]);
    if matches!(state[2], Value::Int(0)) {
        a = Value::Str(Str::from_vec(ctx.mc, string_of(s)));
    } else {
        b = Value::Str(Str::from_vec(ctx.mc, string_of(s)));
    }
    Ok(Outcome::step(
        concat(ctx, a, b),
        Continuation::new(pass_cont, Vec::new()),
    ))
}

pub(super) fn pass_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let v = r
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    ctx.ret1(v)
}

/// The string form of a value without overloading.
pub fn string_of(v: Value<'_>) -> Vec<u8> {
    plain_str(v).unwrap_or_else(|| super::reftype::ref_string(v).into_bytes())
}

fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, a: Value<'gc>) -> Step<'gc> {
    if let Value::Object(o) = a {
        match (o.model().unary)(ctx, op, o) {
            Step::Absent => {}
            other => return other,
        }
    }
    match op {
        // Answered by the VM; no overloading (perlfunc "defined").
        UnaryOp::Defined => Step::Done(Value::Bool(!a.is_nothing())),
        UnaryOp::Inc | UnaryOp::Dec => super::incdec::step(ctx, op, a),
        UnaryOp::Not => Step::Done(Value::Bool(!truthy(a))),
        UnaryOp::Neg => {
            if let Value::Str(s) = a {
                let b = s.as_bytes();
                if let Some(c) = b.first() {
                    if c.is_ascii_alphabetic() || *c == b'_' {
                        let mut v = b"-".to_vec();
                        v.extend_from_slice(b);
                        return Step::Done(Value::Str(Str::from_vec(ctx.mc, v)));
                    }
                }
            }
            match to_num(a) {
                Value::Int(i) => Step::Done(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => Value::Float(-(i as f64)),
                }),
                Value::Float(f) => Step::Done(Value::Float(-f)),
                _ => Step::Done(Value::Int(0)),
            }
        }
        UnaryOp::BNot => match to_num(a) {
            Value::Int(i) => Step::Done(Value::Int(!(i as u64) as i64)),
            Value::Float(f) => Step::Done(Value::Int(!(f as u64) as i64)),
            _ => Step::Done(Value::Int(-1)),
        },
        UnaryOp::Len => Step::Done(Value::Int(string_of(a).len() as i64)),
    }
}

/// Numeric comparison (pp_lt, pp_eq...): both operands as numbers; NaN
/// compares false; two references without overloading compare by
/// address.
fn compare<'gc>(ctx: &mut Ctx<'gc, '_>, op: CompareOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    for (v, left) in [(a, true), (b, false)] {
        if let Value::Object(o) = v {
            match (o.model().compare)(ctx, op, a, b, left) {
                Step::Absent => {}
                other => return other,
            }
        }
    }
    Step::Done(super::overload::ord_result(op, num_cmp(a, b)))
}

/// `<=>` of two plain values (`None` when a NaN is involved).
pub fn num_cmp(a: Value<'_>, b: Value<'_>) -> Option<std::cmp::Ordering> {
    match (to_num(a), to_num(b)) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(&y)),
        (x, y) => super::scalar::to_f64(x).partial_cmp(&super::scalar::to_f64(y)),
    }
}

fn tostring<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    if let Value::Object(o) = v {
        match super::overload::to_string_hook(ctx, o) {
            Step::Absent => {}
            other => return other,
        }
    }
    Step::Done(Value::Str(Str::from_vec(ctx.mc, string_of(v))))
}

/// " at FILE line N.\n" of the running statement.
pub fn at_line(ts: &ThreadState<'_>, level: u32) -> String {
    match position(ts, level) {
        Some((chunk, line)) => format!(" at {chunk} line {line}.\n"),
        None => ".\n".into(),
    }
}

fn op_text<'gc>(err: &OpError<'gc>) -> String {
    match err {
        OpError::Index(v) => {
            if v.is_nil() {
                "Can't use an undefined value as a HASH reference".into()
            } else {
                "Not a HASH reference".into()
            }
        }
        OpError::Call(v) => {
            if v.is_nil() {
                "Can't use an undefined value as a subroutine reference".into()
            } else {
                "Not a CODE reference".into()
            }
        }
        OpError::NotIterable(_) => "Not an ARRAY reference".into(),
        OpError::Message(m) => m.clone(),
        OpError::Arity(a) => crate::protocol::python::ops::arity_message(a),
        other => other.summary(),
    }
}

fn error_value<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    err: OpError<'gc>,
    _: [Option<VarName>; 2],
    _: ErrorSite,
) -> Value<'gc> {
    if let OpError::Throw(v) = err {
        return v;
    }
    let text = format!("{}{}", op_text(&err), at_line(ctx.ts, 1));
    Value::Str(Str::from_vec(ctx.mc, text.into_bytes()))
}

fn native_error<'gc>(ctx: &mut Ctx<'gc, '_>, m: String) -> Value<'gc> {
    let text = if m.ends_with('\n') {
        m
    } else {
        format!("{m}{}", at_line(ctx.ts, 1))
    };
    Value::Str(Str::from_vec(ctx.mc, text.into_bytes()))
}

/// An uncaught `die` prints its message as it is. An error object of
/// another language (a Python exception raised through Perl code) prints
/// as its own language prints it uncaught ("KeyError: 'k'").
fn error_text<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> String {
    if let Value::Object(o) = v {
        let lang = o.model().lang.filter(|l| *l != Lang::Perl);
        if let Some(ops) = lang.and_then(|l| rt.ops_for(l)) {
            return (ops.error_text)(rt, v);
        }
    }
    let s = String::from_utf8_lossy(&string_of(v)).into_owned();
    s.strip_suffix('\n').unwrap_or(&s).to_string()
}
