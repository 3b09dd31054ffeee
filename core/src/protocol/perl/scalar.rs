//! A Perl scalar is a string and a number at once (perlnumber, perldata
//! "Scalar values"; sv.c `sv_2nv`/`sv_2pv` and `looks_like_number`): a
//! string used as a number is read from its leading numeric part, a
//! number used as a string is printed with `%.15g` (integers exactly),
//! and false is `undef`, `""`, `"0"` and `0`.

use crate::value::Value;

/// Perl's truthiness (perlsyn "Truth and Falsehood"): `undef`, `""`,
/// `"0"`, `0` and `0.0` are false; references are true.
pub fn truthy(v: Value<'_>) -> bool {
    match v {
        Value::Nil | Value::Empty | Value::Null => false,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => f != 0.0,
        Value::Str(s) => {
            let b = s.as_bytes();
            !(b.is_empty() || b == b"0")
        }
        _ => true,
    }
}

/// The number a string stands for (sv.c `grok_number` + `Atof`): leading
/// whitespace, an optional sign, digits with an optional fraction and
/// exponent, or `Inf`/`NaN`; anything after is ignored, nothing numeric
/// is 0. Integers stay integers when they fit.
pub fn str_to_num<'gc>(b: &[u8]) -> Value<'gc> {
    let (v, _) = parse_num(b);
    v
}

/// The number and whether the whole string (but surrounding whitespace)
/// was numeric (`looks_like_number`).
pub fn parse_num<'gc>(b: &[u8]) -> (Value<'gc>, bool) {
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    let start = i;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let rest = &b[i..];
    let lower: Vec<u8> = rest
        .iter()
        .take(8)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let neg = start < b.len() && b[start] == b'-';
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        let len = if lower.starts_with(b"infinity") { 8 } else { 3 };
        let f = if lower.starts_with(b"nan") {
            f64::NAN
        } else if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        let whole = b[i + len..].iter().all(|c| c.is_ascii_whitespace());
        return (Value::Float(f), whole);
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_digits = i - digits_start;
    let mut is_float = false;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        let j = i + 1;
        let mut k = j;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        frac_digits = k - j;
        if int_digits > 0 || frac_digits > 0 {
            is_float = true;
            i = k;
        }
    }
    if int_digits == 0 && frac_digits == 0 {
        return (Value::Int(0), false);
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut k = i + 1;
        if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
            k += 1;
        }
        let es = k;
        while k < b.len() && b[k].is_ascii_digit() {
            k += 1;
        }
        if k > es {
            is_float = true;
            i = k;
        }
    }
    let whole = b[i..].iter().all(|c| c.is_ascii_whitespace());
    let text = std::str::from_utf8(&b[start..i]).unwrap_or("0");
    if !is_float {
        if let Ok(n) = text.parse::<i64>() {
            return (Value::Int(n), whole);
        }
    }
    (Value::Float(text.parse::<f64>().unwrap_or(0.0)), whole)
}

/// A plain value as a number (`undef` is 0, a reference its address).
pub fn to_num<'gc>(v: Value<'gc>) -> Value<'gc> {
    match v {
        Value::Int(_) | Value::Float(_) => v,
        Value::Bool(b) => Value::Int(b as i64),
        Value::Str(s) => str_to_num(s.as_bytes()),
        Value::Object(o) => Value::Int(o.address() as i64),
        Value::Closure(c) => Value::Int(gc_arena::Gc::as_ptr(c.0) as usize as i64),
        _ => Value::Int(0),
    }
}

/// A number as `f64`.
pub fn to_f64(v: Value<'_>) -> f64 {
    match to_num(v) {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        _ => 0.0,
    }
}

/// Perl prints a float with `%.15g` ("Inf", "NaN" for the specials).
pub fn format_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Inf".into() } else { "-Inf".into() };
    }
    if f == 0.0 {
        // perl prints a negative zero as "0" too.
        return "0".into();
    }
    format_g(f, 15, false)
}

/// C's `%.{prec}g` (with `alt`: `%#g`, trailing zeros kept).
pub fn format_g(f: f64, prec: usize, alt: bool) -> String {
    let prec = prec.max(1);
    if !f.is_finite() {
        return format_float(f);
    }
    let e = format!("{:.*e}", prec - 1, f);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= prec as i32 {
        let mut m = mant.to_string();
        if !alt && m.contains('.') {
            m = m.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (prec as i32 - 1 - exp).max(0) as usize;
        let mut s = format!("{:.*}", decimals, f);
        if !alt && s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        s
    }
}

/// The string form of a plain (non-reference) value; `None` for objects
/// and code, whose form is the reference rule's.
pub fn plain_str(v: Value<'_>) -> Option<Vec<u8>> {
    Some(match v {
        Value::Nil | Value::Empty | Value::Null => Vec::new(),
        Value::Bool(true) => b"1".to_vec(),
        Value::Bool(false) => Vec::new(),
        Value::Int(i) => i.to_string().into_bytes(),
        Value::Float(f) => format_float(f).into_bytes(),
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::BigInt(b) => b.0.to_string().into_bytes(),
        _ => return None,
    })
}
