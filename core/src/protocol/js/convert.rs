//! Type conversion of primitives (ECMA-262 §7.1): ToBoolean (§7.1.2),
//! ToNumber (§7.1.4, with StringToNumber §7.1.4.1.1), ToString (§7.1.17)
//! and Number::toString (§6.1.6.1.20): the shortest digits that round-trip
//! (Rust's `{:e}` gives them), laid out by the spec's steps 5–12.
//! Objects are converted by the prelude's ToPrimitive, which may run user
//! code; these functions see only primitives.

use crate::value::Value;

/// §7.1.2 ToBoolean of any value (objects are true).
pub fn to_boolean(v: Value<'_>) -> bool {
    match v {
        Value::Nil | Value::Null | Value::Empty => false,
        Value::Bool(b) => b,
        Value::Int(i) => i != 0,
        Value::Float(f) => !(f == 0.0 || f.is_nan()),
        Value::Str(s) => !s.is_empty(),
        Value::BigInt(b) => b.0 != num_bigint::BigInt::from(0),
        _ => true,
    }
}

/// §7.1.4 ToNumber of a primitive (`None` for an object or symbol).
pub fn to_number(v: Value<'_>) -> Option<f64> {
    Some(match v {
        Value::Nil | Value::Empty => f64::NAN,
        Value::Null => 0.0,
        Value::Bool(b) => b as i64 as f64,
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        Value::Str(s) => string_to_number(&s.to_str_lossy()),
        _ => return None,
    })
}

/// ToNumber keeping integers as `Int` where the value is one.
pub fn to_numeric<'gc>(v: Value<'gc>) -> Option<Value<'gc>> {
    match v {
        Value::Int(i) => Some(Value::Int(i)),
        other => to_number(other).map(number_value),
    }
}

/// A number as a value: integral floats in the safe range become `Int`
/// (never `-0`).
pub fn number_value<'gc>(f: f64) -> Value<'gc> {
    if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 && !(f == 0.0 && f.is_sign_negative())
    {
        Value::Int(f as i64)
    } else {
        Value::Float(f)
    }
}

/// §7.1.4.1.1 StringToNumber.
pub fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return 0.0;
    }
    let radix = |p: &str, r: u32| -> f64 {
        if p.is_empty() {
            return f64::NAN;
        }
        let mut n = 0.0f64;
        for c in p.chars() {
            match c.to_digit(r) {
                Some(d) => n = n * r as f64 + d as f64,
                None => return f64::NAN,
            }
        }
        n
    };
    let lower = t.to_ascii_lowercase();
    if let Some(p) = lower.strip_prefix("0x") {
        return radix(p, 16);
    }
    if let Some(p) = lower.strip_prefix("0o") {
        return radix(p, 8);
    }
    if let Some(p) = lower.strip_prefix("0b") {
        return radix(p, 2);
    }
    let (sign, body) = match t.as_bytes()[0] {
        b'-' => (-1.0, &t[1..]),
        b'+' => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    let ok = !body.is_empty()
        && body
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && body.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        return f64::NAN;
    }
    body.parse::<f64>().map(|f| sign * f).unwrap_or(f64::NAN)
}

/// §6.1.6.1.20 Number::toString(x) in radix 10.
pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    // The shortest round-trip digits and exponent: d.ddde±N.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let e: i64 = exp.parse().unwrap_or(0);
    let k = digits.len() as i64;
    let n = e + 1;
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n > 0 { '+' } else { '-' });
        out.push_str(&(n - 1).abs().to_string());
    }
    out
}

/// Number::toString of an integer value (outside ±2^53 it prints as the
/// double it stands for).
pub fn int_to_string(i: i64) -> String {
    if i.unsigned_abs() <= 1 << 53 {
        i.to_string()
    } else {
        number_to_string(i as f64)
    }
}

/// §7.1.17 ToString of a primitive (`None` for an object or symbol).
pub fn primitive_to_string(v: Value<'_>) -> Option<String> {
    Some(match v {
        Value::Nil | Value::Empty => "undefined".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => int_to_string(i),
        Value::Float(f) => number_to_string(f),
        Value::Str(s) => s.to_str_lossy().into_owned(),
        Value::BigInt(b) => b.0.to_string(),
        _ => return None,
    })
}

/// §7.1.6 ToInt32.
pub fn to_int32(f: f64) -> i32 {
    if !f.is_finite() {
        return 0;
    }
    let t = f.trunc();
    let m = t.rem_euclid(4_294_967_296.0);
    (m as u64 as u32) as i32
}

/// §7.1.7 ToUint32.
pub fn to_uint32(f: f64) -> u32 {
    to_int32(f) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(1e-7), "1e-7");
        assert_eq!(number_to_string(123.456), "123.456");
        assert_eq!(number_to_string(0.000001), "0.000001");
        assert_eq!(number_to_string(1e20), "100000000000000000000");
        assert_eq!(number_to_string(-2.5), "-2.5");
        assert_eq!(number_to_string(1.5e300), "1.5e+300");
    }
}
