//! TEMPORARY minimal version; replaced by the strlib helper's complete module on merge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

pub fn fmt_lua_float(x: f64) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() {
            "-nan".into()
        } else {
            "nan".into()
        };
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let e = format!("{:.13e}", x);
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut s = if (-4..14).contains(&exp) {
        let prec = (13 - exp).max(0) as usize;
        let f = format!("{:.*}", prec, x);
        if f.contains('.') {
            f.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            f
        }
    } else {
        let m = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.')
        } else {
            mant
        };
        format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
    };
    if !s.contains(['.', 'e', 'n', 'i']) {
        s.push_str(".0");
    }
    s
}

pub fn str_to_number(s: &[u8]) -> Option<Number> {
    let t = std::str::from_utf8(s).ok()?.trim();
    if let Ok(i) = t.parse::<i64>() {
        return Some(Number::Int(i));
    }
    let lower = t.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        return u64::from_str_radix(hex, 16)
            .ok()
            .map(|u| Number::Int(u as i64));
    }
    if lower.contains("inf") || lower.contains("nan") {
        return None;
    }
    t.parse::<f64>().ok().map(Number::Float)
}

pub fn str_to_int_base(s: &[u8], base: u32) -> Option<i64> {
    let t = std::str::from_utf8(s).ok()?.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for c in digits.chars() {
        let d = c.to_digit(base)? as i64;
        n = n.wrapping_mul(base as i64).wrapping_add(d);
    }
    Some(if neg { n.wrapping_neg() } else { n })
}
