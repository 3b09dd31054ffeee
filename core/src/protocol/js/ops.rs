//! JavaScript's operator table (`LangOps`): what a JavaScript frame makes
//! of each operation. Primitives follow ECMA-262 §13 (the additive
//! operator §13.8.1 with its string case, the relational comparison §7.2.13
//! IsLessThan) directly; an object operand needs ToPrimitive (§7.1.1),
//! which can run user code, so those cases call the prelude's helper
//! registered in the realm. Strict equality is storage equality
//! (`raw_equality`); `==` is lowered to a call of the loose-equality rule.

use super::convert::{number_value, primitive_to_string, to_boolean, to_number};
use super::error::{make_error, type_error};
use super::model::{is_symbol, JS_ARRAY, JS_ORDINARY};
use super::realm::{intrinsic, proto, Slot};
use crate::bytecode::{BinOp, CompareOp, UnaryOp};
use crate::debuginfo::{frames, TraceFrame};
use crate::model::{Access, ErrorSite, LangOps, OpError, Step, VarKind, VarName};
use crate::native::Ctx;
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;
use crate::thread::ThreadState;
use crate::value::Value;
use crate::Lang;

pub static JS: LangOps = LangOps {
    lang: Lang::JavaScript,
    passes_this: true,
    truthy: |_, v| Step::Done(Value::Bool(to_boolean(v))),
    simple_truthiness: false,
    raw_equality: true,
    missing_is_nil: true,
    fields_are_elements: false,
    string_len_is_bytes: false,
    get,
    set,
    binary,
    inplace: None,
    concat_text,
    unary,
    compare,
    call: |_, v| Step::Error(OpError::Call(v)),
    plan_string_get: Some(super::plan::plan_string_get),
    plan_method: None,
    delete: |ctx, obj, key, access| match obj {
        Value::Object(o) => (o.model().delete)(ctx, o, key, access),
        Value::Nil | Value::Null => type_error(ctx, "Cannot convert undefined or null to object"),
        _ => Step::Done(Value::Bool(true)),
    },
    get_iter,
    strict_arity: false,
    new_list: |ctx, values| Value::Object(new_array(ctx, values)),
    new_kwargs: |ctx, pairs| {
        let o = new_object(ctx);
        for (k, v) in pairs {
            o.set_field(ctx.mc, *k, *v);
        }
        Value::Object(o)
    },
    make_generator,
    tostring,
    set_list: |ctx, t, first, values| {
        if let Value::Object(o) = t {
            for (i, v) in values.iter().enumerate() {
                let key = Value::Int(first + i as i64);
                super::set::write_own(ctx, o, key, *v);
            }
        }
        Step::Done(Value::Nil)
    },
    close_handler: |_, _| None,
    new_table: |ctx, _, _| Value::Object(new_object(ctx)),
    error_value,
    native_error: |ctx, m| make_error(ctx, Slot::TypeErrorProto, &m),
    error_text,
    traceback,
    construct: Some(super::construct::PLAIN),
};

/// A new ordinary object inheriting from `%Object.prototype%`.
pub fn new_object<'gc>(ctx: &mut Ctx<'gc, '_>) -> Object<'gc> {
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &JS_ORDINARY);
    o.set_meta(ctx.mc, proto(ctx.rt, Slot::ObjectProto));
    o
}

/// A new array holding `values`.
pub fn new_array<'gc>(ctx: &mut Ctx<'gc, '_>, values: &[Value<'gc>]) -> Object<'gc> {
    let o = Object::with_capacity(ctx.mc, ctx.rt.root_shape, &JS_ARRAY, values.len(), 0);
    o.set_meta(ctx.mc, proto(ctx.rt, Slot::ArrayProto));
    o.with_array_mut(ctx.mc, |a| a.extend_from_slice(values));
    o
}

fn make_generator<'gc>(ctx: &mut Ctx<'gc, '_>, thread: crate::thread::Thread<'gc>) -> Value<'gc> {
    let o = Object::new(ctx.mc, ctx.rt.root_shape, &JS_ORDINARY);
    o.set_meta(ctx.mc, proto(ctx.rt, Slot::GeneratorProto));
    o.set_internal(ctx.mc, 0, Value::Thread(thread));
    Value::Object(o)
}

fn key_name(key: Value<'_>) -> String {
    match key {
        Value::Object(o) if is_symbol(o) => {
            format!("Symbol({})", super::model::symbol_description(o))
        }
        other => primitive_to_string(other).unwrap_or_default(),
    }
}

/// An object used as a key: ToPropertyKey runs its ToPrimitive (user
/// code) first, then the access goes on with the string (§7.1.19). The
/// state is built only then (this runs on every property access).
fn key_then<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    key: Value<'gc>,
    state: impl FnOnce() -> Vec<Value<'gc>>,
    then: crate::native::ContFn,
) -> Option<Step<'gc>> {
    if !needs_primitive(key) {
        return None;
    }
    let helper = intrinsic(ctx.rt, Slot::HelperToString);
    if helper.is_nil() {
        return None;
    }
    Some(Step::call_then(
        helper,
        &[Value::Nil, key],
        crate::native::Continuation::new(then, state()),
    ))
}

/// Finish a continuation with a protocol step's result.
fn finish<'gc>(ctx: &mut Ctx<'gc, '_>, step: Step<'gc>) -> crate::native::NativeResult<'gc> {
    match step {
        Step::Done(v) => ctx.ret1(v),
        Step::Absent => ctx.ret1(Value::Nil),
        other => Ok(crate::native::Outcome::step(
            other,
            crate::native::Continuation::new(
                |ctx, _, r| match r {
                    Ok(v) => ctx.ret1(v.first().copied().unwrap_or(Value::Nil)),
                    Err(e) => Err(crate::native::NativeError::Throw(e)),
                },
                Vec::new(),
            ),
        )),
    }
}

/// `v[key]` for any value (§13.3.2 with ToObject for primitives).
fn get<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, key: Value<'gc>, access: Access) -> Step<'gc> {
    // A string's `length` (§10.4.3), the commonest get on a primitive,
    // before the general key conversion.
    if let (Value::Str(s), Value::Str(k)) = (v, key) {
        if k.as_bytes() == b"length" {
            return Step::Done(Value::Int(super::units::len16(s) as i64));
        }
    }
    if let Some(step) = key_then(
        ctx,
        key,
        || vec![v],
        |ctx, state, r| {
            let k = match r {
                Ok(k) => k.first().copied().unwrap_or(Value::Nil),
                Err(e) => return Err(crate::native::NativeError::Throw(e)),
            };
            let step = get(ctx, state[0], k, Access::Item);
            finish(ctx, step)
        },
    ) {
        return step;
    }
    let proto_slot = match v {
        Value::Object(o) => {
            return match (o.model().get)(ctx, o, key, access) {
                Step::Absent => Step::Done(Value::Nil),
                other => other,
            }
        }
        Value::Str(s) => match super::key::to_key(ctx.mc, key) {
            Some(Value::Str(k)) if k.as_bytes() == b"length" => {
                return Step::Done(Value::Int(super::units::len16(s) as i64));
            }
            Some(Value::Int(i)) => {
                let units = super::units::Units::of(s);
                return Step::Done(match usize::try_from(i) {
                    Ok(i) if i < units.len() => Value::Str(units.slice(ctx.rt, ctx.mc, i, i + 1)),
                    _ => Value::Nil,
                });
            }
            _ => Slot::StringProto,
        },
        Value::Int(_) | Value::Float(_) => Slot::NumberProto,
        Value::Bool(_) => Slot::BooleanProto,
        Value::BigInt(_) => Slot::BigIntProto,
        Value::Closure(_) | Value::Native(_) => Slot::FunctionProto,
        Value::Nil | Value::Null | Value::Empty => {
            let what = if matches!(v, Value::Null) {
                "null"
            } else {
                "undefined"
            };
            let text = format!(
                "Cannot read properties of {what} (reading '{}')",
                key_name(key)
            );
            return type_error(ctx, &text);
        }
        Value::Thread(_) | Value::Cell(_) => return Step::Done(Value::Nil),
    };
    let Some(p) = proto(ctx.rt, proto_slot) else {
        return Step::Done(Value::Nil);
    };
    let k = super::key::to_key(ctx.mc, key).unwrap_or(key);
    match super::get::get(ctx, p, k, v) {
        Step::Absent => Step::Done(Value::Nil),
        other => other,
    }
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    v: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    if let Some(step) = key_then(
        ctx,
        key,
        || vec![v, value],
        |ctx, state, r| {
            let k = match r {
                Ok(k) => k.first().copied().unwrap_or(Value::Nil),
                Err(e) => return Err(crate::native::NativeError::Throw(e)),
            };
            let step = set(ctx, state[0], k, state[1], Access::Item);
            finish(ctx, step)
        },
    ) {
        return step;
    }
    match v {
        Value::Object(o) => (o.model().set)(ctx, o, key, value, access),
        Value::Nil | Value::Null | Value::Empty => {
            let what = if matches!(v, Value::Null) {
                "null"
            } else {
                "undefined"
            };
            let text = format!(
                "Cannot set properties of {what} (setting '{}')",
                key_name(key)
            );
            type_error(ctx, &text)
        }
        _ => Step::Done(Value::Nil),
    }
}

/// Does this value need ToPrimitive (an object other than a symbol)?
fn needs_primitive(v: Value<'_>) -> bool {
    match v {
        Value::Object(o) => !is_symbol(o),
        Value::Closure(_) | Value::Native(_) => true,
        _ => false,
    }
}

fn op_code(op: BinOp) -> i64 {
    match op {
        BinOp::Add => 0,
        BinOp::Sub => 1,
        BinOp::Mul => 2,
        BinOp::Div => 3,
        BinOp::Mod => 4,
        BinOp::Pow => 5,
        BinOp::IDiv => 6,
        BinOp::BAnd => 7,
        BinOp::BOr => 8,
        BinOp::BXor => 9,
        BinOp::Shl => 10,
        BinOp::Shr => 11,
        BinOp::Concat => 12,
    }
}

/// A binary operator on two primitives (§13.15.3 ApplyStringOrNumericBinaryOperator).
pub fn binary_primitive<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
) -> Step<'gc> {
    if matches!(a, Value::Object(_)) || matches!(b, Value::Object(_)) {
        let to_string = op == BinOp::Concat
            || (op == BinOp::Add && (matches!(a, Value::Str(_)) || matches!(b, Value::Str(_))));
        return type_error(
            ctx,
            if to_string {
                "Cannot convert a Symbol value to a string"
            } else {
                "Cannot convert a Symbol value to a number"
            },
        );
    }
    if let (Value::BigInt(x), Value::BigInt(y)) = (a, b) {
        if op != BinOp::Concat {
            return super::bigint::binary(ctx, op, &x.0, &y.0);
        }
    }
    let string_add = matches!(op, BinOp::Add | BinOp::Concat)
        && (matches!(a, Value::Str(_)) || matches!(b, Value::Str(_)));
    if !string_add && (matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_))) {
        return type_error(
            ctx,
            "Cannot mix BigInt and other types, use explicit conversions",
        );
    }
    if matches!(op, BinOp::Add | BinOp::Concat)
        && (matches!(a, Value::Str(_)) || matches!(b, Value::Str(_)) || op == BinOp::Concat)
    {
        if let Value::Str(x) = a {
            // `s += t` appends in place when it can (Str::concat).
            let tail = primitive_to_string(b).unwrap_or_default();
            return Step::Done(Value::Str(Str::concat(ctx.mc, x, tail.as_bytes())));
        }
        let mut text = primitive_to_string(a).unwrap_or_default();
        text.push_str(&primitive_to_string(b).unwrap_or_default());
        return Step::Done(Value::Str(Str::from_vec(ctx.mc, text.into_bytes())));
    }
    let x = to_number(a).unwrap_or(f64::NAN);
    let y = to_number(b).unwrap_or(f64::NAN);
    if let (Value::Int(i), Value::Int(j)) = (a, b) {
        let r = match op {
            BinOp::Add => i.checked_add(j),
            BinOp::Sub => i.checked_sub(j),
            BinOp::Mul => i.checked_mul(j).filter(|r| *r != 0 || (i >= 0 && j >= 0)),
            _ => None,
        };
        if let Some(r) = r {
            return Step::Done(number_value(r as f64));
        }
    }
    let i32_of = super::convert::to_int32;
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Mod => x % y,
        BinOp::IDiv => (x / y).floor(),
        BinOp::Pow => {
            if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
                f64::NAN
            } else {
                x.powf(y)
            }
        }
        BinOp::BAnd => (i32_of(x) & i32_of(y)) as f64,
        BinOp::BOr => (i32_of(x) | i32_of(y)) as f64,
        BinOp::BXor => (i32_of(x) ^ i32_of(y)) as f64,
        BinOp::Shl => i32_of(x).wrapping_shl(super::convert::to_uint32(y) & 31) as f64,
        BinOp::Shr => (i32_of(x) >> (super::convert::to_uint32(y) & 31)) as f64,
        BinOp::Concat => f64::NAN,
    };
    Step::Done(if r == 0.0 && r.is_sign_negative() {
        Value::Float(r)
    } else {
        number_value(r)
    })
}

fn binary<'gc>(ctx: &mut Ctx<'gc, '_>, op: BinOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    if needs_primitive(a) || needs_primitive(b) {
        let helper = intrinsic(ctx.rt, Slot::HelperBinary);
        if !helper.is_nil() {
            return Step::call(helper, &[Value::Nil, Value::Int(op_code(op)), a, b]);
        }
    }
    binary_primitive(ctx, op, a, b)
}

fn concat_text(v: Value<'_>, buf: Option<&mut Vec<u8>>) -> bool {
    if needs_primitive(v) || matches!(v, Value::Object(_)) {
        return false;
    }
    match (primitive_to_string(v), buf) {
        (Some(t), Some(buf)) => {
            buf.extend_from_slice(t.as_bytes());
            true
        }
        (Some(_), None) => true,
        (None, _) => false,
    }
}

fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, v: Value<'gc>) -> Step<'gc> {
    match op {
        UnaryOp::Not => Step::Done(Value::Bool(!to_boolean(v))),
        // Answered by the VM (Perl's `defined`); here for completeness.
        UnaryOp::Defined => Step::Done(Value::Bool(!v.is_nothing())),
        UnaryOp::Neg if needs_primitive(v) => binary(ctx, BinOp::Mul, v, Value::Int(-1)),
        UnaryOp::Neg => match v {
            Value::BigInt(b) => Step::Done(super::bigint::make(ctx, -b.0.clone())),
            Value::Int(0) => Step::Done(Value::Float(-0.0)),
            Value::Int(i) => Step::Done(number_value(-(i as f64))),
            other => {
                let f = to_number(other).unwrap_or(f64::NAN);
                Step::Done(if f == 0.0 {
                    Value::Float(-f)
                } else {
                    number_value(-f)
                })
            }
        },
        UnaryOp::BNot => {
            if needs_primitive(v) {
                return binary(ctx, BinOp::BXor, v, Value::Int(-1));
            }
            let f = to_number(v).unwrap_or(f64::NAN);
            Step::Done(Value::Int(!super::convert::to_int32(f) as i64))
        }
        UnaryOp::Len => Step::Done(Value::Nil),
        // §13.4.2 Postfix Increment: ToNumeric(v) + 1 (`v - -1` converts
        // as ToNumeric does and adds exactly); BigInts add 1n.
        UnaryOp::Inc | UnaryOp::Dec => {
            let one = if op == UnaryOp::Inc { -1 } else { 1 };
            match v {
                Value::BigInt(b) => Step::Done(super::bigint::make(
                    ctx,
                    &b.0 - num_bigint::BigInt::from(one),
                )),
                _ => binary(ctx, BinOp::Sub, v, Value::Int(one)),
            }
        }
    }
}

/// §7.2.13 IsLessThan on primitives (`None`: undefined, i.e. NaN).
pub fn less_than(a: Value<'_>, b: Value<'_>) -> Option<bool> {
    if let (Value::Str(x), Value::Str(y)) = (a, b) {
        return Some(super::units::compare(x, y).is_lt());
    }
    if matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_)) {
        return super::bigint::less_than(a, b);
    }
    let x = to_number(a)?;
    let y = to_number(b)?;
    if x.is_nan() || y.is_nan() {
        return None;
    }
    Some(x < y)
}

fn compare<'gc>(ctx: &mut Ctx<'gc, '_>, op: CompareOp, a: Value<'gc>, b: Value<'gc>) -> Step<'gc> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) {
        let eq = super::equality::strict_equal(a, b);
        return Step::Done(Value::Bool(eq == (op == CompareOp::Eq)));
    }
    if needs_primitive(a) || needs_primitive(b) {
        let helper = intrinsic(ctx.rt, Slot::HelperCompare);
        if !helper.is_nil() {
            let code = match op {
                CompareOp::Lt => 0,
                CompareOp::Le => 1,
                CompareOp::Gt => 2,
                _ => 3,
            };
            return Step::call(helper, &[Value::Nil, Value::Int(code), a, b]);
        }
    }
    let r = match op {
        CompareOp::Lt => less_than(a, b).unwrap_or(false),
        CompareOp::Gt => less_than(b, a).unwrap_or(false),
        CompareOp::Le => less_than(b, a).map(|r| !r).unwrap_or(false),
        _ => less_than(a, b).map(|r| !r).unwrap_or(false),
    };
    Step::Done(Value::Bool(r))
}

/// §7.1.17 ToString; objects go to the prelude.
pub fn tostring<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    if let Value::Str(_) = v {
        return Step::Done(v);
    }
    if let Some(t) = primitive_to_string(v) {
        return Step::Done(Value::Str(Str::from_vec(ctx.mc, t.into_bytes())));
    }
    if let Value::Object(o) = v {
        if is_symbol(o) {
            return type_error(ctx, "Cannot convert a Symbol value to a string");
        }
    }
    let helper = intrinsic(ctx.rt, Slot::HelperToString);
    if helper.is_nil() {
        return Step::Done(Value::Str(Str::new(ctx.mc, b"[object Object]")));
    }
    Step::call(helper, &[Value::Nil, v])
}

/// GetIterator (§7.4.2) for `for-of`: arrays (with the built-in iterator)
/// and strings iterate directly; anything else through the prelude.
fn get_iter<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    if let Value::Str(s) = v {
        let chars: Vec<Value<'gc>> = s
            .to_str_lossy()
            .chars()
            .map(|c| Value::Str(Str::new(ctx.mc, c.to_string().as_bytes())))
            .collect();
        let list = new_array(ctx, &chars);
        return Step::Done(Value::Object(crate::model::list::array_iter(ctx, list)));
    }
    if let Value::Object(o) = v {
        if super::model::is_array(o) {
            return Step::Done(Value::Object(crate::model::list::array_iter(ctx, o)));
        }
        // An iterator `getIter` already made.
        if std::ptr::eq(o.model(), &super::iterator::JS_ITER_ADAPTER)
            || std::ptr::eq(o.model(), &crate::model::list::ARRAY_ITER)
        {
            return Step::Done(v);
        }
    }
    if matches!(v, Value::Nil | Value::Null) {
        return Step::Error(OpError::NotIterable(v));
    }
    super::iterator::get_iterator(ctx, v)
}

fn describe_value(rt: &RuntimeState<'_>, v: Value<'_>) -> String {
    let _ = rt;
    match v {
        Value::Str(s) => format!("\"{}\"", s.to_str_lossy()),
        Value::Object(o) if is_symbol(o) => {
            format!("Symbol({})", super::model::symbol_description(o))
        }
        Value::Object(o) if super::model::is_array(o) => "object".into(),
        Value::Object(o) => super::error::describe_object(o),
        other => primitive_to_string(other).unwrap_or_else(|| "value".into()),
    }
}

fn var_text(name: &Option<VarName>) -> Option<String> {
    let n = name.as_ref()?;
    if n.name.starts_with('%') || n.name.is_empty() {
        return None;
    }
    Some(match n.kind {
        VarKind::Field | VarKind::Method => n.name.clone(),
        _ => n.name.clone(),
    })
}

fn error_value<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    err: OpError<'gc>,
    names: [Option<VarName>; 2],
    _site: ErrorSite,
) -> Value<'gc> {
    let (slot, msg) = match err {
        OpError::Throw(v) => return v,
        OpError::Call(v) => {
            let what = var_text(&names[0]).unwrap_or_else(|| describe_value(ctx.rt, v));
            (Slot::TypeErrorProto, format!("{what} is not a function"))
        }
        OpError::Index(v) => (
            Slot::TypeErrorProto,
            format!("Cannot read properties of {}", describe_value(ctx.rt, v)),
        ),
        OpError::NotIterable(v) => {
            let what = var_text(&names[0]).unwrap_or_else(|| describe_value(ctx.rt, v));
            (Slot::TypeErrorProto, format!("{what} is not iterable"))
        }
        OpError::Message(m) if m == "stack overflow" => (
            Slot::RangeErrorProto,
            "Maximum call stack size exceeded".to_string(),
        ),
        OpError::Message(m) => (Slot::TypeErrorProto, m),
        OpError::Arity(a) => (
            Slot::TypeErrorProto,
            crate::protocol::python::ops::arity_message(&a),
        ),
        other => (Slot::TypeErrorProto, other.summary()),
    };
    make_error(ctx, slot, &msg)
}

/// `Name: message` of a thrown value, as node's last line shows it.
fn error_text<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> String {
    if let Value::Object(o) = v {
        // An error object of another language (a Python exception raised
        // through JavaScript code) is worded by its own language.
        let lang = o.model().lang.filter(|l| *l != Lang::JavaScript);
        if let Some(ops) = lang.and_then(|l| rt.ops_for(l)) {
            return (ops.error_text)(rt, v);
        }
    }
    match v {
        Value::Object(o) if !is_symbol(o) => {
            let get = |k: &[u8]| super::error::lookup_data_str(o, k);
            let is_error = proto(rt, Slot::ErrorProto).is_some_and(|ep| {
                let mut cur = o.meta();
                for _ in 0..super::MAX_CHAIN {
                    match cur {
                        Some(c) if c == ep => return true,
                        Some(c) => cur = c.meta(),
                        None => return false,
                    }
                }
                false
            });
            if is_error {
                if let Some(Value::Str(s)) = get(b"stack") {
                    return s.to_str_lossy().into_owned();
                }
                let name = get(b"name")
                    .and_then(primitive_to_string)
                    .unwrap_or_else(|| "Error".into());
                let msg = get(b"message")
                    .and_then(primitive_to_string)
                    .unwrap_or_default();
                return if msg.is_empty() {
                    name
                } else {
                    format!("{name}: {msg}")
                };
            }
            format!("Uncaught {}", describe_value(rt, v))
        }
        Value::Str(s) => format!("Uncaught '{}'", s.to_str_lossy()),
        other => format!("Uncaught {}", describe_value(rt, other)),
    }
}

fn traceback(ts: &ThreadState<'_>) -> String {
    let mut out = Vec::new();
    for f in frames(ts).into_iter().take(10) {
        if let TraceFrame::Compiled {
            chunk, line, name, ..
        } = f
        {
            let n = if name.is_empty() {
                "<anonymous>".to_string()
            } else {
                name
            };
            out.push(format!("    at {n} ({chunk}:{line})"));
        }
    }
    out.join("\n")
}
