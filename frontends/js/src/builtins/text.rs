//! String and number natives (ECMA-262 §22.1.3 String.prototype, §21.1.3
//! Number.prototype, §21.3 Math): one native per family dispatching on the
//! method's name, wrapped by the prelude.

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeResult};
use omx_core::object::Object;
use omx_core::protocol::js::convert::{
    number_to_string, number_value, primitive_to_string, to_number,
};
use omx_core::protocol::js::ops::new_array;
use omx_core::protocol::js::units::Units;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::value::Value;

use super::intrinsics::arg;
use super::register;

fn text(v: Value<'_>) -> String {
    primitive_to_string(v).unwrap_or_default()
}

fn num(v: Value<'_>) -> f64 {
    to_number(v).unwrap_or(f64::NAN)
}

fn sval<'gc>(ctx: &mut Ctx<'gc, '_>, s: &str) -> Value<'gc> {
    Value::Str(Str::new(ctx.mc, s.as_bytes()))
}

/// A relative index (`slice`, `at`) clamped to `0..=len`.
fn rel(v: Value<'_>, len: usize, default: usize) -> usize {
    if v.is_nil() {
        return default;
    }
    let f = num(v);
    let f = if f.is_nan() { 0.0 } else { f.trunc() };
    if f < 0.0 {
        (len as f64 + f).max(0.0) as usize
    } else {
        (f as usize).min(len)
    }
}

pub(crate) fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, i: Object<'gc>) {
    register(mc, rt, i, "strop", strop);
    register(mc, rt, i, "numop", numop);
    register(mc, rt, i, "strMethod", str_method);
}

/// `strop(name, s, ...args)`.
fn strop<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = text(arg(a, 1));
    let s = match arg(a, 2) {
        Value::Str(s) => s,
        v => Str::new(ctx.mc, text(v).as_bytes()),
    };
    string_op(ctx, &name, s, a.get(3..).unwrap_or(&[]))
}

/// `String.prototype[name]` as a native bound to its name and to the
/// prelude's generic method (bound value 1): a primitive string receiver
/// with primitive arguments is served here without a JavaScript frame;
/// anything else (a String object, an argument whose conversion may run
/// user code) goes to the generic method.
fn string_method<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let args = a.get(1..).unwrap_or(&[]);
    if let (Value::Str(s), Value::Str(name)) = (arg(a, 0), ctx.bound(0)) {
        if args.iter().take(2).all(|v| !matches!(v, Value::Object(_))) {
            // The native is named after its method (`str_method`).
            let name = match ctx.callee.map(|c| c.name()) {
                Some(n) if !n.is_empty() => n,
                _ => std::str::from_utf8(name.as_bytes()).unwrap_or(""),
            };
            return string_op(ctx, name, s, args);
        }
    }
    Ok(omx_core::native::Outcome::tail_call_method(
        ctx.bound(1),
        a.to_vec(),
    ))
}

/// `I.strMethod(name, generic)`: the native `String.prototype[name]`.
fn str_method<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = text(arg(a, 1));
    let static_name = METHOD_NAMES
        .iter()
        .find(|n| **n == name)
        .copied()
        .unwrap_or("");
    let f = omx_core::function::NativeFunction::with_bound(
        ctx.mc,
        static_name,
        string_method,
        vec![arg(a, 1), arg(a, 2)],
    );
    ctx.ret1(Value::Native(f))
}

/// The methods `string_op` serves (their names as functions).
const METHOD_NAMES: &[&str] = &[
    "toUpperCase",
    "toLowerCase",
    "trim",
    "trimStart",
    "trimEnd",
    "indexOf",
    "lastIndexOf",
    "includes",
    "startsWith",
    "endsWith",
    "slice",
    "substring",
    "substr",
    "charAt",
    "charCodeAt",
    "codePointAt",
    "at",
    "repeat",
    "padStart",
    "padEnd",
    "split",
    "replaceAll",
    "localeCompare",
    "normalize",
    "toLocaleUpperCase",
    "toLocaleLowerCase",
];

/// ToIntegerOrInfinity (§7.1.5) of an optional position, as a float.
fn position(v: Value<'_>) -> f64 {
    let f = num(v);
    if f.is_nan() {
        0.0
    } else {
        f.trunc()
    }
}

/// One `String.prototype` method on the primitive string `s`.
fn string_op<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    name: &str,
    s: Str<'gc>,
    args: &[Value<'gc>],
) -> NativeResult<'gc> {
    let x = args.first().copied().unwrap_or(Value::Nil);
    let y = args.get(1).copied().unwrap_or(Value::Nil);
    if let (Value::Int(i), "charCodeAt", true) = (x, name, s.is_ascii()) {
        // The commonest call of a scanning loop: an integer index into an
        // ASCII string is its byte (NaN out of range), as the general arm.
        let unit = usize::try_from(i).ok().and_then(|i| s.as_bytes().get(i));
        return ctx.ret1(unit.map_or(Value::Float(f64::NAN), |&b| Value::Int(b as i64)));
    }
    let units = Units::of(s);
    let needle = |ctx: &mut Ctx<'gc, '_>, v: Value<'gc>| match v {
        Value::Str(n) => n,
        v => Str::new(ctx.mc, text(v).as_bytes()),
    };
    let v: Value<'gc> = match name {
        "indexOf" | "includes" => {
            let n = needle(ctx, x);
            let from = rel(y, units.len(), 0);
            let found = units.index_of(&Units::of(n), from);
            if name == "includes" {
                Value::Bool(found.is_some())
            } else {
                Value::Int(found.map_or(-1, |i| i as i64))
            }
        }
        "lastIndexOf" => {
            let n = needle(ctx, x);
            let f = num(y);
            let from = if f.is_nan() {
                units.len()
            } else {
                f.trunc().max(0.0).min(units.len() as f64) as usize
            };
            let r = units.last_index_of(&Units::of(n), from);
            Value::Int(r.map_or(-1, |i| i as i64))
        }
        "startsWith" => {
            let n = needle(ctx, x);
            let from = rel(y, units.len(), 0);
            Value::Bool(units.has_at(&Units::of(n), from))
        }
        "endsWith" => {
            let n = Units::of(needle(ctx, x));
            let end = rel(y, units.len(), units.len());
            Value::Bool(end >= n.len() && units.has_at(&n, end - n.len()))
        }
        "slice" => {
            let b = rel(x, units.len(), 0);
            let e = rel(y, units.len(), units.len());
            Value::Str(units.slice(ctx.rt, ctx.mc, b, e.max(b)))
        }
        "substring" => {
            let c = |v: Value<'_>, d: usize| {
                if v.is_nil() {
                    d
                } else {
                    position(v).clamp(0.0, units.len() as f64) as usize
                }
            };
            let (b, e) = (c(x, 0), c(y, units.len()));
            let (b, e) = if b > e { (e, b) } else { (b, e) };
            Value::Str(units.slice(ctx.rt, ctx.mc, b, e))
        }
        "substr" => {
            let b = rel(x, units.len(), 0);
            let n = if y.is_nil() {
                units.len()
            } else {
                position(y).max(0.0).min(units.len() as f64) as usize
            };
            Value::Str(units.slice(ctx.rt, ctx.mc, b, (b + n).min(units.len())))
        }
        "charAt" | "charCodeAt" | "codePointAt" | "at" => {
            let mut i = position(x);
            if name == "at" && i < 0.0 {
                i += units.len() as f64;
            }
            let i = if i >= 0.0 && i < units.len() as f64 {
                Some(i as usize)
            } else {
                None
            };
            match (name, i) {
                ("charCodeAt", Some(i)) => Value::Int(units.get(i).unwrap_or(0) as i64),
                ("charCodeAt", None) => Value::Float(f64::NAN),
                ("codePointAt", Some(i)) => Value::Int(units.code_point(i).unwrap_or(0) as i64),
                ("codePointAt", None) | ("at", None) => Value::Nil,
                (_, Some(i)) => Value::Str(units.slice(ctx.rt, ctx.mc, i, i + 1)),
                ("charAt", None) => sval(ctx, ""),
                _ => Value::Nil,
            }
        }
        _ => return text_op(ctx, name, s, &units, args),
    };
    ctx.ret1(v)
}

/// The `String.prototype` methods that work on the whole text (case,
/// trimming, padding, splitting, replacing).
fn text_op<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    name: &str,
    s: Str<'gc>,
    units: &Units<'_>,
    args: &[Value<'gc>],
) -> NativeResult<'gc> {
    let x = args.first().copied().unwrap_or(Value::Nil);
    let y = args.get(1).copied().unwrap_or(Value::Nil);
    let s = s.to_str_lossy();
    let from16 = |u: &[u16]| String::from_utf16_lossy(u);
    let v: Value<'gc> = match name {
        "toUpperCase" | "toLocaleUpperCase" => sval(ctx, &s.to_uppercase()),
        "toLowerCase" | "toLocaleLowerCase" => sval(ctx, &s.to_lowercase()),
        "trim" => sval(ctx, s.trim()),
        "trimStart" => sval(ctx, s.trim_start()),
        "trimEnd" => sval(ctx, s.trim_end()),
        "repeat" => {
            let n = num(x);
            if n < 0.0 || n.is_infinite() {
                return Err(omx_core::native::NativeError::Throw(
                    omx_core::protocol::js::error::make_error(
                        ctx,
                        omx_core::protocol::js::realm::Slot::RangeErrorProto,
                        &format!("Invalid count value: {}", number_to_string(n)),
                    ),
                ));
            }
            let n = if n.is_nan() { 0 } else { n as usize };
            // V8's longest string (2^29 - 24 UTF-16 units; counted here in
            // UTF-8 bytes), and the runtime's memory limit.
            let total = s.len().saturating_mul(n);
            if total > (1 << 29) - 24 || !omx_core::memory::fits(total) {
                return Err(omx_core::native::NativeError::Throw(
                    omx_core::protocol::js::error::make_error(
                        ctx,
                        omx_core::protocol::js::realm::Slot::RangeErrorProto,
                        "Invalid string length",
                    ),
                ));
            }
            sval(ctx, &s.repeat(n))
        }
        "padStart" | "padEnd" => {
            let target = num(x).max(0.0) as usize;
            let fill = if y.is_nil() { " ".to_string() } else { text(y) };
            let fill16: Vec<u16> = fill.encode_utf16().collect();
            if target <= units.len() || fill16.is_empty() {
                sval(ctx, &s)
            } else {
                let pad: Vec<u16> = fill16
                    .iter()
                    .cycle()
                    .take(target - units.len())
                    .copied()
                    .collect();
                let out = if name == "padStart" {
                    format!("{}{}", from16(&pad), s)
                } else {
                    format!("{}{}", s, from16(&pad))
                };
                sval(ctx, &out)
            }
        }
        "split" => {
            let parts: Vec<String> = if x.is_nil() {
                vec![s.to_string()]
            } else {
                let sep = text(x);
                if sep.is_empty() {
                    (0..units.len())
                        .map(|i| from16(&[units.get(i).unwrap_or(0)]))
                        .collect()
                } else {
                    s.split(sep.as_str()).map(str::to_string).collect()
                }
            };
            let limit = if y.is_nil() {
                usize::MAX
            } else {
                num(y) as usize
            };
            let vals: Vec<Value<'gc>> = parts
                .iter()
                .take(limit)
                .map(|p| Value::Str(Str::new(ctx.mc, p.as_bytes())))
                .collect();
            Value::Object(new_array(ctx, &vals))
        }
        "replace" => sval(ctx, &s.replacen(&text(x), &text(y), 1)),
        "replaceAll" => sval(ctx, &s.replace(&text(x), &text(y))),
        "fromCharCode" => {
            let u: Vec<u16> = args.iter().map(|v| num(*v) as u32 as u16).collect();
            sval(ctx, &from16(&u))
        }
        "fromCodePoint" => {
            let t: String = args
                .iter()
                .filter_map(|v| char::from_u32(num(*v) as u32))
                .collect();
            sval(ctx, &t)
        }
        "localeCompare" => {
            // ICU's root collation, roughly: letters compare case-blind
            // first, then a lowercase letter sorts before its uppercase.
            let o = text(x);
            let key = |t: &str| {
                (
                    t.to_lowercase(),
                    t.chars().map(|c| c.is_uppercase()).collect::<Vec<_>>(),
                )
            };
            Value::Int(match key(&s).cmp(&key(&o)) {
                std::cmp::Ordering::Less => -1,
                std::cmp::Ordering::Equal => 0,
                std::cmp::Ordering::Greater => 1,
            })
        }
        "encodeURIComponent" | "encodeURI" => {
            let keep: &[u8] = if name == "encodeURI" {
                b"-_.!~*'();/?:@&=+$,#"
            } else {
                b"-_.!~*'()"
            };
            let mut out = String::new();
            for b in s.bytes() {
                if b.is_ascii_alphanumeric() || keep.contains(&b) {
                    out.push(b as char);
                } else {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            sval(ctx, &out)
        }
        "decodeURIComponent" | "decodeURI" => {
            let b = s.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b[i] == b'%' && i + 2 < b.len() {
                    if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                }
                out.push(b[i]);
                i += 1;
            }
            sval(ctx, &String::from_utf8_lossy(&out))
        }
        "normalize" => sval(ctx, &s),
        "quote" => sval(ctx, &quote(&s)),
        "jsonQuote" => sval(ctx, &json_quote(&s)),
        _ => Value::Nil,
    };
    ctx.ret1(v)
}

/// §25.5.2.3 QuoteJSONString.
fn json_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A string as util.inspect quotes it: single quotes unless the text has
/// them (then double, then backticks).
fn quote(s: &str) -> String {
    let q = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') {
        '`'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `numop(name, x, y)`: Math and Number helpers.
/// §7.1.5 ToIntegerOrInfinity of a number.
fn integer_or_infinity(n: f64) -> f64 {
    if n.is_nan() {
        0.0
    } else {
        n.trunc() + 0.0
    }
}

fn range_error<'gc>(ctx: &mut Ctx<'gc, '_>, msg: &str) -> omx_core::native::NativeError<'gc> {
    omx_core::native::NativeError::Throw(omx_core::protocol::js::error::make_error(
        ctx,
        omx_core::protocol::js::realm::Slot::RangeErrorProto,
        msg,
    ))
}

fn numop<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = text(arg(a, 1));
    let x = num(arg(a, 2));
    let yv = arg(a, 3);
    let y = num(yv);
    let f = match name.as_str() {
        "floor" => x.floor(),
        "ceil" => x.ceil(),
        "round" => (x + 0.5).floor(),
        "trunc" => x.trunc(),
        "abs" => x.abs(),
        "sqrt" => x.sqrt(),
        "cbrt" => x.cbrt(),
        "sin" => x.sin(),
        "cos" => x.cos(),
        "tan" => x.tan(),
        "atan" => x.atan(),
        "atan2" => x.atan2(y),
        "asin" => x.asin(),
        "acos" => x.acos(),
        "exp" => x.exp(),
        "log" => x.ln(),
        "log2" => x.log2(),
        "log10" => x.log10(),
        "sign" => {
            if x.is_nan() || x == 0.0 {
                x
            } else {
                x.signum()
            }
        }
        "pow" => {
            let step = omx_core::protocol::js::ops::binary_primitive(
                ctx,
                omx_core::ir::BinOp::Pow,
                number_value(x),
                number_value(y),
            );
            return super::intrinsics::step_result(ctx, step);
        }
        "hypot" => x.hypot(y),
        "random" => {
            let s = &mut ctx.rt.random_state;
            s[0] ^= s[0] << 13;
            s[0] ^= s[0] >> 7;
            s[0] ^= s[0] << 17;
            (s[0] >> 11) as f64 / (1u64 << 53) as f64
        }
        "toFixed" => {
            // §21.1.3.3 steps 2-5: ToIntegerOrInfinity, then 0..=100.
            let f = integer_or_infinity(y);
            if !(0.0..=100.0).contains(&f) {
                return Err(range_error(
                    ctx,
                    "toFixed() digits argument must be between 0 and 100",
                ));
            }
            let d = f as usize;
            // §21.1.3.3 step 9: only x < 0 gets a sign, so -0 prints as 0.
            let x = if x == 0.0 { 0.0 } else { x };
            let t = if x.abs() >= 1e21 {
                number_to_string(x)
            } else {
                format!("{:.*}", d, x)
            };
            let v = sval(ctx, &t);
            return ctx.ret1(v);
        }
        "toExponential" => {
            // §21.1.3.2: a non-finite x prints before the range check.
            let f = integer_or_infinity(y);
            if !x.is_finite() {
                let v = sval(ctx, &number_to_string(x));
                return ctx.ret1(v);
            }
            if !(0.0..=100.0).contains(&f) {
                return Err(range_error(
                    ctx,
                    "toExponential() argument must be between 0 and 100",
                ));
            }
            let y = f;
            let x = if x == 0.0 { 0.0 } else { x };
            let m = if yv.is_nil() {
                format!("{:e}", x)
            } else {
                format!("{:.*e}", y as usize, x)
            };
            let (mm, ee) = m.split_once('e').unwrap_or((&m, "0"));
            let ee: i64 = ee.parse().unwrap_or(0);
            let t = if x.is_finite() {
                format!("{mm}e{}{}", if ee >= 0 { "+" } else { "-" }, ee.abs())
            } else {
                number_to_string(x)
            };
            let v = sval(ctx, &t);
            return ctx.ret1(v);
        }
        "toPrecision" => {
            if yv.is_nil() {
                let v = sval(ctx, &number_to_string(x));
                return ctx.ret1(v);
            }
            // §21.1.3.5: a non-finite x prints before the range check.
            let pf = integer_or_infinity(y);
            if !x.is_finite() {
                let v = sval(ctx, &number_to_string(x));
                return ctx.ret1(v);
            }
            if !(1.0..=100.0).contains(&pf) {
                return Err(range_error(
                    ctx,
                    "toPrecision() argument must be between 1 and 100",
                ));
            }
            let p = pf as usize;
            // -0 prints as 0 (§21.1.3.5 step 7: only x < 0 gets a sign).
            let x = if x == 0.0 { 0.0 } else { x };
            let e = if x == 0.0 {
                0
            } else {
                x.abs().log10().floor() as i64
            };
            let t = if e < -6 || e >= p as i64 {
                let m = format!("{:.*e}", p.saturating_sub(1), x);
                let (mm, ee) = m.split_once('e').unwrap_or((&m, "0"));
                let ee: i64 = ee.parse().unwrap_or(0);
                format!("{mm}e{}{}", if ee >= 0 { "+" } else { "-" }, ee.abs())
            } else {
                format!("{:.*}", (p as i64 - 1 - e).max(0) as usize, x)
            };
            let v = sval(ctx, &t);
            return ctx.ret1(v);
        }
        "toStringRadix" => {
            let r = y as u32;
            if !(2..=36).contains(&r) || r == 10 || !x.is_finite() {
                let v = sval(ctx, &number_to_string(x));
                return ctx.ret1(v);
            }
            let mut frac = x.abs().fract();
            let mut fdigits = String::new();
            while frac > 0.0 && fdigits.len() < 52 {
                frac *= r as f64;
                let d = frac.trunc() as u32;
                fdigits.push(std::char::from_digit(d, r).unwrap_or('0'));
                frac -= d as f64;
            }
            let mut n = x.abs().trunc() as u64;
            let mut digits = Vec::new();
            loop {
                digits.push(std::char::from_digit((n % r as u64) as u32, r).unwrap_or('0'));
                n /= r as u64;
                if n == 0 {
                    break;
                }
            }
            if x < 0.0 {
                digits.push('-');
            }
            let mut t: String = digits.into_iter().rev().collect();
            if !fdigits.is_empty() {
                t.push('.');
                t.push_str(&fdigits);
            }
            let v = sval(ctx, &t);
            return ctx.ret1(v);
        }
        "parseFloat" => {
            let t = text(arg(a, 2));
            let t = t.trim_start();
            let mut end = 0;
            let b = t.as_bytes();
            let mut seen_dot = false;
            let mut seen_e = false;
            while end < b.len() {
                let c = b[end];
                let ok = c.is_ascii_digit()
                    || (c == b'.' && !seen_dot && !seen_e)
                    || ((c == b'-' || c == b'+')
                        && (end == 0 || b[end - 1] == b'e' || b[end - 1] == b'E'))
                    || ((c == b'e' || c == b'E') && !seen_e && end > 0);
                if !ok {
                    break;
                }
                if c == b'.' {
                    seen_dot = true;
                }
                if c == b'e' || c == b'E' {
                    seen_e = true;
                }
                end += 1;
            }
            let mut r = f64::NAN;
            while end > 0 {
                if let Ok(v) = t[..end].parse::<f64>() {
                    r = v;
                    break;
                }
                end -= 1;
            }
            if t.starts_with("Infinity") || t.starts_with("+Infinity") {
                r = f64::INFINITY;
            }
            if t.starts_with("-Infinity") {
                r = f64::NEG_INFINITY;
            }
            r
        }
        "parseInt" => {
            let t = text(arg(a, 2));
            let t = t.trim();
            let (neg, t) = match t.strip_prefix('-') {
                Some(r) => (true, r),
                None => (false, t.strip_prefix('+').unwrap_or(t)),
            };
            let mut radix = if yv.is_nil() { 0 } else { y as u32 };
            let mut t = t;
            if (radix == 0 || radix == 16) && (t.starts_with("0x") || t.starts_with("0X")) {
                t = &t[2..];
                radix = 16;
            }
            if radix == 0 {
                radix = 10;
            }
            if !(2..=36).contains(&radix) {
                f64::NAN
            } else {
                let mut n = 0.0;
                let mut any = false;
                for c in t.chars() {
                    match c.to_digit(radix) {
                        Some(d) => {
                            n = n * radix as f64 + d as f64;
                            any = true;
                        }
                        None => break,
                    }
                }
                if !any {
                    f64::NAN
                } else if neg {
                    -n
                } else {
                    n
                }
            }
        }
        _ => f64::NAN,
    };
    ctx.ret1(if f == 0.0 && f.is_sign_negative() {
        Value::Float(f)
    } else {
        number_value(f)
    })
}
