//! `repr()` and `str()` (Language Reference §3.3.1 `__repr__`, `__str__`;
//! CPython `PyObject_Repr`, `PyObject_Str`, `float_repr` with the shortest
//! round-tripping digits): builtin values are written here; an object
//! whose type defines `__repr__`/`__str__` gets it called (on the type,
//! never the instance); containers holding such objects are written by
//! the frontend's helper, which calls `repr` on each element.

use super::binary::helper;
use super::lookup::type_lookup;
use super::model::{is_dict, is_list, is_set, is_tuple, PY_INSTANCE, PY_METHOD, PY_TYPE};
use super::state::{is_subtype, type_name, type_of, T};
use crate::model::Step;
use crate::native::Ctx;
use crate::string::Str;
use crate::value::Value;

/// CPython's `float_repr`: the shortest digits that round-trip,
/// positional for exponents -4..16, else scientific.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let e = format!("{:e}", f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(&digits);
                for _ in digits.len()..point {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// A string literal as `repr` writes it (single quotes unless the text
/// has one and no double quote).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Whether `v`'s type has its own `name` method (not a builtin's).
fn user_method<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>, name: &[u8]) -> Option<Value<'gc>> {
    let tp = type_of(&ctx.rt.python, v);
    let k = ctx.rt.intern(ctx.mc, name);
    let (f, owner) = type_lookup(tp, k)?;
    let builtin = ctx.rt.python.types.contains(&owner);
    (!builtin || !matches!(f, Value::Native(_))).then_some(f)
}

/// The repr of a value, written without user code; `false` when some
/// part needs a user `__repr__`.
pub fn repr_simple<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    v: Value<'gc>,
    out: &mut String,
    depth: usize,
) -> bool {
    if depth > 100 {
        return false;
    }
    match v {
        Value::Nil | Value::Empty | Value::Null => out.push_str("None"),
        Value::Bool(b) => out.push_str(if b { "True" } else { "False" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => out.push_str(&b.0.to_string()),
        Value::Float(f) => out.push_str(&float_repr(f)),
        Value::Str(s) => out.push_str(&str_repr(&s.to_str_lossy())),
        Value::Closure(c) => out.push_str(&format!(
            "<function {} at 0x{:x}>",
            c.proto().info.name,
            v.heap_address().unwrap_or(0)
        )),
        Value::Native(n) => out.push_str(&format!("<built-in function {}>", n.name())),
        Value::Thread(_) | Value::Cell(_) => out.push_str("<object>"),
        Value::Object(o) => {
            if user_method(ctx, v, b"__repr__").is_some() {
                return false;
            }
            let py = &ctx.rt.python;
            let tp = type_of(py, v);
            if std::ptr::eq(o.model(), &PY_TYPE) {
                let name = type_name(o);
                if ctx.rt.python.types.contains(&o) {
                    out.push_str(&format!("<class '{name}'>"));
                } else {
                    out.push_str(&format!("<class '__main__.{name}'>"));
                }
                return true;
            }
            if is_list(o) || is_tuple(o) {
                let items = o.with_array(|a| a.to_vec());
                let list = is_list(o);
                out.push(if list { '[' } else { '(' });
                for (i, x) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if matches!(x, Value::Object(y) if *y == o) {
                        out.push_str(if list { "[...]" } else { "(...)" });
                    } else if !repr_simple(ctx, x.or_nil(), out, depth + 1) {
                        return false;
                    }
                }
                if !list && items.len() == 1 {
                    out.push(',');
                }
                out.push(if list { ']' } else { ')' });
                return true;
            }
            if tp == ctx.rt.python.ty(T::Slice) {
                // `slice(start, stop, step)` (CPython `slice_repr`).
                out.push_str("slice(");
                for i in 0..3 {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if !repr_simple(ctx, o.internal(i).or_nil(), out, depth + 1) {
                        return false;
                    }
                }
                out.push(')');
                return true;
            }
            if is_dict(o) {
                let entries = super::model::dict_storage(o).keyed_entries();
                let tname = type_name(tp);
                let plain = tp == ctx.rt.python.ty(T::Dict);
                if !plain {
                    return false;
                }
                let _ = tname;
                out.push('{');
                for (i, (k, x)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if !repr_simple(ctx, *k, out, depth + 1) {
                        return false;
                    }
                    out.push_str(": ");
                    if !repr_simple(ctx, *x, out, depth + 1) {
                        return false;
                    }
                }
                out.push('}');
                return true;
            }
            if is_set(o) {
                let entries = o.keyed_entries();
                let frozen = tp == ctx.rt.python.ty(T::FrozenSet);
                if entries.is_empty() {
                    out.push_str(if frozen { "frozenset()" } else { "set()" });
                    return true;
                }
                if frozen {
                    out.push_str("frozenset(");
                }
                out.push('{');
                for (i, (k, _)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if !repr_simple(ctx, *k, out, depth + 1) {
                        return false;
                    }
                }
                out.push('}');
                if frozen {
                    out.push(')');
                }
                return true;
            }
            if std::ptr::eq(o.model(), &PY_METHOD) {
                out.push_str("<bound method>");
                return false;
            }
            if o == ctx.rt.python.not_implemented {
                out.push_str("NotImplemented");
                return true;
            }
            if std::ptr::eq(o.model(), &PY_INSTANCE)
                && is_subtype(tp, ctx.rt.python.ty(T::BaseException))
            {
                let args = super::errors::exception_args(ctx.rt, v);
                out.push_str(&type_name(tp));
                out.push('(');
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if !repr_simple(ctx, *a, out, depth + 1) {
                        return false;
                    }
                }
                out.push(')');
                return true;
            }
            if tp == ctx.rt.python.ty(T::Range) {
                // CPython `range_repr`: the step only when it is not 1.
                if let (Value::Int(a), Value::Int(b), Value::Int(c)) =
                    (o.internal(0), o.internal(1), o.internal(2))
                {
                    out.push_str(&match c {
                        1 => format!("range({a}, {b})"),
                        _ => format!("range({a}, {b}, {c})"),
                    });
                    return true;
                }
            }
            if tp == ctx.rt.python.ty(T::Generator) {
                out.push_str(&format!("<generator object at 0x{:x}>", o.address()));
                return true;
            }
            if o.model().lang != Some(crate::Lang::Python) {
                out.push_str(&format!(
                    "<{} object at 0x{:x}>",
                    o.model().name,
                    o.address()
                ));
                return true;
            }
            let module = if ctx.rt.python.types.contains(&tp) {
                ""
            } else {
                "__main__."
            };
            out.push_str(&format!(
                "<{module}{} object at 0x{:x}>",
                type_name(tp),
                o.address()
            ));
        }
    }
    true
}

/// `repr(v)` as a step.
pub fn repr_step<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    if let Value::Nil | Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) = v {
        // `None`, `bool`, `int` and `float` themselves (a subclass's
        // instance is an object): builtin types, whose `__repr__` no
        // program can replace.
        let mut out = String::new();
        repr_simple(ctx, v, &mut out, 0);
        return Step::Done(Value::Str(Str::from_vec(ctx.mc, out.into_bytes())));
    }
    if let Some(f) = user_method(ctx, v, b"__repr__") {
        return Step::call(f, &[v]);
    }
    let mut out = String::new();
    if repr_simple(ctx, v, &mut out, 0) {
        return Step::Done(Value::Str(Str::from_vec(ctx.mc, out.into_bytes())));
    }
    match helper(ctx, b"repr_slow") {
        Some(h) => Step::call(h, &[v]),
        None => Step::Done(Value::Str(Str::from_vec(ctx.mc, out.into_bytes()))),
    }
}

/// `str(v)` as a step.
pub fn str_step<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Step<'gc> {
    match v {
        Value::Str(_) => return Step::Done(v),
        Value::Object(o) => {
            if let Some(f) = user_method(ctx, v, b"__str__") {
                return Step::call(f, &[v]);
            }
            let tp = type_of(&ctx.rt.python, v);
            if std::ptr::eq(o.model(), &PY_INSTANCE)
                && is_subtype(tp, ctx.rt.python.ty(T::BaseException))
                && user_method(ctx, v, b"__repr__").is_none()
            {
                let args = super::errors::exception_args(ctx.rt, v);
                let key_error = is_subtype(tp, ctx.rt.python.ty(T::KeyError));
                return match args.len() {
                    0 => Step::Done(Value::Str(ctx.rt.intern(ctx.mc, b""))),
                    1 if key_error => repr_step(ctx, args[0]),
                    1 => str_step(ctx, args[0]),
                    _ => {
                        let t = super::model::tuple(ctx, &args);
                        repr_step(ctx, Value::Object(t))
                    }
                };
            }
        }
        _ => {}
    }
    repr_step(ctx, v)
}

/// The text of a value that needs no user code (for messages).
pub fn text_of<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> String {
    match v {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        _ => {
            let mut out = String::new();
            repr_simple(ctx, v, &mut out, 0);
            out
        }
    }
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
