//! Python's operator table (`LangOps`): what a Python frame makes of each
//! operation (DESIGN.md invariant 4) and how its errors read (CPython's
//! messages: "unsupported operand type(s) for +: 'int' and 'str'",
//! "name 'x' is not defined", "Traceback (most recent call last):").

use super::errors::{error, from_message, tname};
use super::lookup::lookup;
use super::model::{new_dict, new_list, special_attr, PY_TYPE};
use super::state::{type_name, type_of, T};
use crate::bytecode::{BinOp, UnaryOp};
use crate::debuginfo::{frames, TraceFrame};
use crate::model::{Access, ArityError, ErrorSite, LangOps, OpError, Step, VarName};
use crate::native::Ctx;
use crate::runtime::RuntimeState;
use crate::thread::ThreadState;
use crate::value::Value;
use crate::Lang;

pub static PYTHON: LangOps = LangOps {
    lang: Lang::Python,
    passes_this: false,
    truthy: super::truth::truthy,
    simple_truthiness: false,
    raw_equality: false,
    missing_is_nil: false,
    fields_are_elements: false,
    string_len_is_bytes: false,
    get,
    set,
    binary: |ctx, op, a, b| match op {
        BinOp::Concat => super::binary::binary(ctx, BinOp::Add, a, b),
        _ => super::binary::binary(ctx, op, a, b),
    },
    inplace: Some(super::inplace::inplace),
    concat_text: |_, _| false,
    unary,
    compare: super::compare::compare,
    call: |ctx, v| Step::Error(super::model::not_callable(ctx, v)),
    delete: |ctx, obj, key, access| match (obj, access, key) {
        // `del name` of a global: the namespace's own rule (NameError).
        (Value::Object(o), _, _) if std::ptr::eq(o.model(), &super::globals::PY_GLOBALS) => {
            (o.model().delete)(ctx, o, key, access)
        }
        (_, Access::Item, _) => super::item::setitem(ctx, obj, key, Value::Empty),
        (_, _, Value::Str(name)) => super::setattr::setattr(ctx, obj, name, Value::Empty),
        _ => Step::Done(Value::Bool(false)),
    },
    get_iter: super::iter::get_iter,
    strict_arity: true,
    new_list: |ctx, values| Value::Object(super::model::tuple(ctx, values)),
    new_kwargs: |ctx, pairs| {
        let d = new_dict(ctx);
        for (k, v) in pairs {
            d.set_key(ctx.mc, Value::Str(*k), *v);
        }
        Value::Object(d)
    },
    make_generator: super::iter::make_generator,
    plan_string_get: Some(super::plan::plan_string_get),
    plan_method: None,
    tostring: super::repr::str_step,
    set_list: |ctx, t, first, values| {
        if let Value::Object(o) = t {
            for (i, v) in values.iter().enumerate() {
                o.array_set(ctx.mc, (first as usize).saturating_sub(1) + i, *v);
            }
        }
        Step::Done(Value::Nil)
    },
    close_handler: |_, _| None,
    new_table: |ctx, _, _| Value::Object(new_dict(ctx)),
    error_value,
    native_error: |ctx, msg| from_message(ctx, msg),
    error_text,
    traceback,
    construct: None,
};

/// `obj.name` / `obj[key]` for any value in a Python frame.
pub fn get<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    let step = match (obj, access) {
        // The core's iterators have Python's `iterator` type as their face.
        (Value::Object(o), _) if !crate::model::iter::is_cursor(o) => {
            (o.model().get)(ctx, o, key, access)
        }
        (_, Access::Item) => super::item::getitem(ctx, obj, key),
        (_, _) => match key {
            Value::Str(name) => match special_attr(ctx, obj, name.as_bytes()) {
                Some(v) => Step::Done(v),
                None => super::getattr::getattr(ctx, obj, name, access),
            },
            _ => Step::Absent,
        },
    };
    match step {
        Step::Absent => match access {
            Access::Item => {
                let e =
                    super::errors::instance_with_args(ctx, ctx.rt.python.ty(T::KeyError), &[key]);
                Step::Error(OpError::Throw(e))
            }
            _ => Step::Error(attribute_error(ctx, obj, key)),
        },
        other => other,
    }
}

/// "'int' object has no attribute 'x'" / "type object 'C' has no
/// attribute 'x'".
pub fn attribute_error<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
) -> OpError<'gc> {
    let name = match key {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => "?".into(),
    };
    let msg = match obj {
        Value::Object(o) if std::ptr::eq(o.model(), &PY_TYPE) => {
            format!("type object '{}' has no attribute '{name}'", type_name(o))
        }
        _ => format!("'{}' object has no attribute '{name}'", tname(ctx, obj)),
    };
    error(ctx, T::AttributeError, msg)
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    obj: Value<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    access: Access,
) -> Step<'gc> {
    match (obj, access, key) {
        (Value::Object(o), _, _) if !crate::model::iter::is_cursor(o) => {
            (o.model().set)(ctx, o, key, value, access)
        }
        (_, Access::Item, _) => super::item::setitem(ctx, obj, key, value),
        (_, _, Value::Str(name)) => super::setattr::setattr(ctx, obj, name, value),
        _ => Step::Absent,
    }
}

/// Unary operators: `-x` (`__neg__`), `~x` (`__invert__`), `not x`, and
/// `len(x)` (`__len__`).
pub fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, op: UnaryOp, v: Value<'gc>) -> Step<'gc> {
    match (op, v) {
        (UnaryOp::Neg, Value::Int(i)) => match i.checked_neg() {
            Some(n) => Step::Done(Value::Int(n)),
            None => Step::Done(super::number::int_value(
                ctx.mc,
                -num_bigint::BigInt::from(i),
            )),
        },
        (UnaryOp::Neg, Value::Bool(b)) => Step::Done(Value::Int(-(b as i64))),
        (UnaryOp::Neg, Value::BigInt(b)) => {
            Step::Done(super::number::int_value(ctx.mc, -b.0.clone()))
        }
        (UnaryOp::Neg, Value::Float(f)) => Step::Done(Value::Float(-f)),
        (UnaryOp::BNot, Value::Int(i)) => Step::Done(Value::Int(!i)),
        (UnaryOp::BNot, Value::Bool(b)) => Step::Done(Value::Int(!(b as i64))),
        (UnaryOp::BNot, Value::BigInt(b)) => {
            Step::Done(super::number::int_value(ctx.mc, -b.0.clone() - 1))
        }
        (UnaryOp::Not, _) => super::truth::falsy(ctx, v),
        (UnaryOp::Len, Value::Str(s)) => {
            let n = if s.is_ascii() {
                s.len()
            } else {
                s.to_str_lossy().chars().count()
            };
            Step::Done(Value::Int(n as i64))
        }
        (UnaryOp::Len, Value::Object(o))
            if super::model::length(o).is_some()
                && lookup(
                    type_of(&ctx.rt.python, v),
                    ctx.rt.intern(ctx.mc, b"__len__"),
                )
                .is_none() =>
        {
            Step::Done(Value::Int(super::model::length(o).unwrap_or(0) as i64))
        }
        _ => {
            let (name, what): (&[u8], &str) = match op {
                UnaryOp::Neg => (b"__neg__", "unary -"),
                UnaryOp::BNot => (b"__invert__", "unary ~"),
                UnaryOp::Len => (b"__len__", "len"),
                UnaryOp::Not => (b"__bool__", "not"),
                // Python has no `++`/`--`: never compiled from Python source;
                // a value of another language reaching here is refused.
                UnaryOp::Inc => (b"", "++"),
                UnaryOp::Dec => (b"", "--"),
                UnaryOp::Defined => (b"", "defined"),
            };
            let tp = type_of(&ctx.rt.python, v);
            let k = ctx.rt.intern(ctx.mc, name);
            if let Some(f) = lookup(tp, k) {
                return Step::call(f, &[v]);
            }
            if let (UnaryOp::Len, Value::Object(o)) = (op, v) {
                // A collection of another language (protocol/foreign.rs).
                if let Some(st) = crate::protocol::foreign::collection_len(ctx, o) {
                    return st;
                }
            }
            let msg = if op == UnaryOp::Len {
                format!("object of type '{}' has no len()", tname(ctx, v))
            } else {
                format!("bad operand type for {what}: '{}'", tname(ctx, v))
            };
            Step::Error(error(ctx, T::TypeError, msg))
        }
    }
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// CPython's wording of a call's argument errors.
pub fn arity_message(e: &ArityError) -> String {
    match e {
        ArityError::TooMany { func, max, given } => format!(
            "{func}() takes {} but {given} {} given",
            plural(*max, "positional argument"),
            if *given == 1 { "was" } else { "were" }
        ),
        ArityError::Missing { func, names } => format!(
            "{func}() missing {} required positional {}: {}",
            names.len(),
            if names.len() == 1 {
                "argument"
            } else {
                "arguments"
            },
            quoted_list(names)
        ),
        ArityError::MissingKeyword { func, names } => format!(
            "{func}() missing {} required keyword-only {}: {}",
            names.len(),
            if names.len() == 1 {
                "argument"
            } else {
                "arguments"
            },
            quoted_list(names)
        ),
        ArityError::UnexpectedKeyword { func, name } => {
            format!("{func}() got an unexpected keyword argument '{name}'")
        }
        ArityError::Multiple { func, name } => {
            format!("{func}() got multiple values for argument '{name}'")
        }
        ArityError::NoKeywords { func } => format!("{func}() takes no keyword arguments"),
    }
}

fn error_value<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    e: OpError<'gc>,
    _: [Option<VarName>; 2],
    _: ErrorSite,
) -> Value<'gc> {
    let (t, msg) = match e {
        OpError::Throw(v) => return v,
        OpError::Message(m) => return from_message(ctx, m),
        OpError::Index(v) => (
            T::TypeError,
            format!("'{}' object is not subscriptable", tname(ctx, v)),
        ),
        OpError::Call(v) => (
            T::TypeError,
            format!("'{}' object is not callable", tname(ctx, v)),
        ),
        OpError::Arith { value, .. }
        | OpError::Bitwise { value, .. }
        | OpError::Concat { value, .. } => (
            T::TypeError,
            format!("unsupported operand type(s): '{}'", tname(ctx, value)),
        ),
        OpError::NoIntegerRep { .. } => (T::TypeError, "integer required".into()),
        OpError::Compare(a, b) => (
            T::TypeError,
            format!(
                "'<' not supported between instances of '{}' and '{}'",
                tname(ctx, a),
                tname(ctx, b)
            ),
        ),
        OpError::Length(v) => (
            T::TypeError,
            format!("object of type '{}' has no len()", tname(ctx, v)),
        ),
        OpError::NotClosable(_) => (T::TypeError, "not closable".into()),
        OpError::ForLoop { what, .. } => (T::TypeError, format!("'for' {what} must be a number")),
        OpError::YieldOutside => (T::RuntimeError, "yield outside a generator".into()),
        OpError::Arity(a) => (T::TypeError, arity_message(&a)),
        OpError::NotIterable(v) => (
            T::TypeError,
            format!("'{}' object is not iterable", tname(ctx, v)),
        ),
    };
    super::errors::new_exception(ctx, t, msg)
}

/// "TypeError: message" for an uncaught exception.
fn error_text<'gc>(rt: &RuntimeState<'gc>, v: Value<'gc>) -> String {
    let tp = type_of(&rt.python, v);
    let name = type_name(tp);
    let args = super::errors::exception_args(rt, v);
    let text = match args.as_slice() {
        [] => String::new(),
        [Value::Str(s)] => s.to_str_lossy().into_owned(),
        [Value::Int(i)] => i.to_string(),
        [other] => format!("{:?}", other.kind()),
        _ => "...".into(),
    };
    let text = if name == "KeyError" {
        match args.as_slice() {
            [Value::Str(s)] => super::repr::str_repr(&s.to_str_lossy()),
            _ => text,
        }
    } else {
        text
    };
    if text.is_empty() {
        name
    } else {
        format!("{name}: {text}")
    }
}

/// `Traceback (most recent call last):` with a `File "...", line N, in
/// name` line per frame, outermost first.
fn traceback(ts: &ThreadState<'_>) -> String {
    let mut lines = vec!["Traceback (most recent call last):".to_string()];
    for f in frames(ts).iter().rev() {
        if let TraceFrame::Compiled {
            chunk, line, name, ..
        } = f
        {
            let name = if name.is_empty() || name == "main chunk" {
                "<module>"
            } else {
                name
            };
            lines.push(format!("  File \"{chunk}\", line {line}, in {name}"));
        }
    }
    lines.join("\n")
}

#[allow(dead_code)]
fn unused<'gc>(ctx: &mut Ctx<'gc, '_>) -> Value<'gc> {
    Value::Object(new_list(ctx, &[]))
}
