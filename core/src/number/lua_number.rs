//! Lua 5.4's conversions between numbers and strings.
//!
//! - [`fmt_lua_float`] is `tostring` of a float: `"%.14g"`, then `".0"` when
//!   the text looks like an integer (Lua: `tostringbuff` in lobject.c).
//! - [`str_to_number`] is `luaO_str2num`: first `l_str2int` (decimal or hex
//!   integer; hex wraps around, a decimal that overflows is not an integer),
//!   then `l_str2d` (C `strtod` syntax, decimal or hex with a `p` exponent,
//!   but any text with an `n`/`N` in it, i.e. `inf` and `nan`, is refused).
//!   Leading and trailing C-locale whitespace is allowed; anything else,
//!   including an embedded NUL, makes the conversion fail.
//! - [`str_to_int_base`] is `tonumber(s, base)` (lbaselib.c `b_str2int`).

use super::printf::{format_float, Flags, FloatSpec};

/// A Lua number: the integer or the float subtype.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    Float(f64),
}

/// Lua's `tostring` of a float (`LUAI_NUMFFORMAT` is `"%.14g"`).
///
/// `1.0` → `"1.0"`, `1e15` → `"1e+15"`, `2^63` → `"9.2233720368548e+18"`,
/// `0/0` → `"-nan"` and `-(0/0)` → `"nan"` on x86-64 Linux (the sign bit is
/// printed as is), infinities as `"inf"` and `"-inf"`.
pub fn fmt_lua_float(x: f64) -> String {
    let spec = FloatSpec {
        flags: Flags::default(),
        width: 0,
        precision: Some(14),
        conv: b'g',
    };
    let mut out = Vec::with_capacity(24);
    format_float(&mut out, &spec, x);
    // lobject.c: `if (buff[strspn(buff, "-0123456789")] == '\0')` add ".0".
    if out.iter().all(|&c| c == b'-' || c.is_ascii_digit()) {
        out.extend_from_slice(b".0");
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// C's `isspace` in the "C" locale (Lua's `lisspace`).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn skip_spaces(s: &[u8], mut i: usize) -> usize {
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    i
}

/// Lua's `luaO_str2num`: the number a string denotes, if any.
pub fn str_to_number(s: &[u8]) -> Option<Number> {
    if let Some(n) = str_to_int(s) {
        return Some(Number::Int(n));
    }
    str_to_float(s).map(Number::Float)
}

/// lobject.c `l_str2int`.
fn str_to_int(s: &[u8]) -> Option<i64> {
    let mut i = skip_spaces(s, 0);
    let mut neg = false;
    match s.get(i) {
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    let mut a: u64 = 0;
    let mut empty = true;
    if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
        i += 2;
        while let Some(d) = s.get(i).and_then(|&c| (c as char).to_digit(16)) {
            a = a.wrapping_mul(16).wrapping_add(u64::from(d));
            empty = false;
            i += 1;
        }
    } else {
        const MAX_BY_10: u64 = (i64::MAX / 10) as u64;
        const MAX_LAST_DIGIT: u64 = (i64::MAX % 10) as u64;
        while let Some(&c) = s.get(i).filter(|c| c.is_ascii_digit()) {
            let d = u64::from(c - b'0');
            if a >= MAX_BY_10 && (a > MAX_BY_10 || d > MAX_LAST_DIGIT + u64::from(neg)) {
                return None; // overflow: not accepted as an integer
            }
            a = a * 10 + d;
            empty = false;
            i += 1;
        }
    }
    i = skip_spaces(s, i);
    if empty || i != s.len() {
        return None;
    }
    let a = if neg { 0u64.wrapping_sub(a) } else { a };
    Some(a as i64)
}

/// lobject.c `l_str2d`: `strtod` syntax without `inf`/`nan`.
fn str_to_float(s: &[u8]) -> Option<f64> {
    // 1. Reject 'inf' and 'nan' (the first of ".xXnN" is an 'n').
    if let Some(&c) = s.iter().find(|c| b".xXnN".contains(c)) {
        if c == b'n' || c == b'N' {
            return None;
        }
    }
    // 2. strtod: spaces, sign, then a hex or decimal numeral.
    let mut i = skip_spaces(s, 0);
    let neg = match s.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let (magnitude, end) = if s.get(i) == Some(&b'0') && matches!(s.get(i + 1), Some(b'x' | b'X')) {
        hex_float(s, i + 2)?
    } else {
        decimal_float(s, i)?
    };
    // 3. Only trailing spaces may follow.
    if skip_spaces(s, end) != s.len() {
        return None;
    }
    Some(if neg { -magnitude } else { magnitude })
}

/// The digits of a decimal `strtod` numeral starting at `i`: its value and end.
fn decimal_float(s: &[u8], start: usize) -> Option<(f64, usize)> {
    let digits = |mut i: usize| {
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    let int_end = digits(start);
    let mut end = int_end;
    let mut any = int_end > start;
    if s.get(end) == Some(&b'.') {
        let frac_end = digits(end + 1);
        any |= frac_end > end + 1;
        end = frac_end;
    }
    if !any {
        return None;
    }
    if matches!(s.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_end = digits(j);
        if exp_end > j {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[start..end]).ok()?;
    // Rust's parser is correctly rounded, like glibc's strtod.
    text.parse::<f64>().ok().map(|x| (x, end))
}

/// The hex numeral after `0x` starting at `start`: its value and end
/// (glibc `strtod`, rounding to nearest, ties to even).
fn hex_float(s: &[u8], start: usize) -> Option<(f64, usize)> {
    let mut i = start;
    let mut mantissa: u64 = 0;
    let mut sticky = false;
    let mut exp2: i64 = 0;
    let mut any = false;
    let mut after_point = false;
    loop {
        match s.get(i) {
            Some(b'.') if !after_point => after_point = true,
            Some(&c) if c.is_ascii_hexdigit() => {
                any = true;
                let d = u64::from((c as char).to_digit(16).unwrap_or(0));
                if mantissa < (1u64 << 60) {
                    mantissa = mantissa * 16 + d;
                    if after_point {
                        exp2 -= 4;
                    }
                } else {
                    sticky |= d != 0;
                    if !after_point {
                        exp2 += 4;
                    }
                }
            }
            _ => break,
        }
        i += 1;
    }
    if !any {
        return None; // "0x" alone: strtod stops after the "0"
    }
    if matches!(s.get(i), Some(b'p' | b'P')) {
        let mut j = i + 1;
        let neg = match s.get(j) {
            Some(b'-') => {
                j += 1;
                true
            }
            Some(b'+') => {
                j += 1;
                false
            }
            _ => false,
        };
        let mut e: i64 = 0;
        let digits_start = j;
        while let Some(&c) = s.get(j).filter(|c| c.is_ascii_digit()) {
            e = (e * 10 + i64::from(c - b'0')).min(1 << 20);
            j += 1;
        }
        if j > digits_start {
            exp2 += if neg { -e } else { e };
            i = j;
        }
    }
    Some((compose(mantissa, sticky, exp2), i))
}

/// `mantissa * 2^exp2` rounded to the nearest double (ties to even); `sticky`
/// says nonzero bits were dropped below the mantissa.
fn compose(mantissa: u64, sticky: bool, exp2: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    let lz = mantissa.leading_zeros();
    let m = mantissa << lz;
    // value = 1.xxx * 2^top
    let mut top = exp2 - i64::from(lz) + 63;
    if top > 1023 {
        return f64::INFINITY;
    }
    // Significant bits the result can hold at this magnitude.
    let bits = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if bits < 0 {
        return 0.0;
    }
    let shift = 64 - u32::try_from(bits).unwrap_or(0);
    let wide = u128::from(m);
    let mut kept = (wide >> shift) as u64;
    let rest = wide & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && (sticky || kept & 1 == 1)) {
        kept += 1;
    }
    if top >= -1022 {
        if kept == 1u64 << 53 {
            kept >>= 1;
            top += 1;
            if top > 1023 {
                return f64::INFINITY;
            }
        }
        let biased = u64::try_from(top + 1023).unwrap_or(0);
        f64::from_bits((biased << 52) | (kept & ((1u64 << 52) - 1)))
    } else {
        // Subnormal: kept counts units of 2^-1074 (a carry to 2^52 is the
        // smallest normal, whose bit pattern is exactly that).
        f64::from_bits(kept)
    }
}

/// `tonumber(s, base)` (lbaselib.c `b_str2int`): optional spaces, an optional
/// `-` or `+`, alphanumeric digits below `base`, optional spaces. Wraps around
/// on overflow. `base` must be in 2..=36 (the caller checks, as Lua does).
pub fn str_to_int_base(s: &[u8], base: u32) -> Option<i64> {
    let mut i = skip_spaces(s, 0);
    let mut neg = false;
    match s.get(i) {
        Some(b'-') => {
            neg = true;
            i += 1;
        }
        Some(b'+') => i += 1,
        _ => {}
    }
    if !s.get(i).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let mut n: u64 = 0;
    while let Some(&c) = s.get(i).filter(|c| c.is_ascii_alphanumeric()) {
        let digit = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c.to_ascii_uppercase() - b'A') + 10
        };
        if digit >= base {
            return None;
        }
        n = n
            .wrapping_mul(u64::from(base))
            .wrapping_add(u64::from(digit));
        i += 1;
    }
    if skip_spaces(s, i) != s.len() {
        return None;
    }
    Some((if neg { 0u64.wrapping_sub(n) } else { n }) as i64)
}
