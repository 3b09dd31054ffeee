//! Numerals: decimal and hexadecimal integers and floats (Lua 5.4 manual
//! §3.1; `llex.c: read_numeral`, `lobject.c: luaO_str2num`).
//!
//! Lua first reads a greedy run of numeral-like bytes, then converts it:
//! an integer when it has no dot or exponent and fits (hex integers wrap
//! modulo 2^64; decimal ones that overflow become floats), else a float.

use logos::Lexer;

use super::{hex_value, LexError, Near};
use crate::token::{Numeral, Tok};

/// Scans a numeral starting with a digit or with `.` and a digit.
pub fn numeral(lex: &mut Lexer<'_, Tok>) -> Result<Numeral, LexError> {
    let src = lex.source();
    let start = lex.span().start;
    let end = numeral_end(src, start);
    lex.bump(end - lex.span().end);
    let text = &src[start..end];
    str2number(text).ok_or_else(|| {
        LexError::new(
            "malformed number",
            Near::Text(text.to_vec()),
            start,
            end,
            "not a valid numeral",
        )
    })
}

/// `read_numeral`: where the run of numeral bytes starting at `start` ends.
fn numeral_end(src: &[u8], start: usize) -> usize {
    let mut pos = start;
    if src.get(pos) == Some(&b'.') {
        pos += 1;
    }
    let first = src.get(pos).copied();
    pos += 1;
    let mut exponent: &[u8] = b"Ee";
    if first == Some(b'0') && matches!(src.get(pos), Some(b'x' | b'X')) {
        pos += 1;
        exponent = b"Pp";
    }
    loop {
        match src.get(pos) {
            Some(byte) if exponent.contains(byte) => {
                pos += 1;
                if matches!(src.get(pos), Some(b'+' | b'-')) {
                    pos += 1;
                }
            }
            Some(byte) if byte.is_ascii_hexdigit() || *byte == b'.' => pos += 1,
            _ => break,
        }
    }
    // A numeral touching a letter is malformed: take the letter along.
    if src
        .get(pos)
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        pos += 1;
    }
    pos
}

/// `luaO_str2num` on the text of a numeral (no sign, no spaces).
pub fn str2number(text: &[u8]) -> Option<Numeral> {
    str2int(text)
        .map(Numeral::Int)
        .or_else(|| str2float(text).map(Numeral::Float))
}

/// `l_str2int`: hex wraps around, decimal fails on overflow.
fn str2int(text: &[u8]) -> Option<i64> {
    if let Some(hex) = text
        .strip_prefix(b"0x")
        .or_else(|| text.strip_prefix(b"0X"))
    {
        if hex.is_empty() || !hex.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let value = hex.iter().fold(0u64, |acc, &digit| {
            acc.wrapping_mul(16)
                .wrapping_add(u64::from(hex_value(digit)))
        });
        return Some(value as i64);
    }
    if text.is_empty() || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut value: i64 = 0;
    for &digit in text {
        value = value
            .checked_mul(10)?
            .checked_add(i64::from(digit - b'0'))?;
    }
    Some(value)
}

/// `l_str2d`: decimal floats as `strtod` reads them, hex floats exactly.
fn str2float(text: &[u8]) -> Option<f64> {
    if text.iter().any(|b| matches!(b, b'n' | b'N')) {
        return None; // Lua rejects 'inf' and 'nan'
    }
    if text.len() > 1 && matches!(text[1], b'x' | b'X') {
        return hex_float(&text[2..]);
    }
    let text = std::str::from_utf8(text).ok()?;
    text.parse::<f64>().ok()
}

/// The part of a hex float after `0x`: `h*[.h*][p[+-]d+]` with at least one
/// hex digit, rounded to nearest like glibc's `strtod`.
fn hex_float(text: &[u8]) -> Option<f64> {
    let mut mantissa: u64 = 0;
    let mut exponent: i64 = 0;
    let mut sticky = false;
    let mut digits = 0;
    let mut seen_dot = false;
    let mut pos = 0;
    while let Some(&byte) = text.get(pos) {
        if byte == b'.' {
            if seen_dot {
                return None;
            }
            seen_dot = true;
        } else if byte.is_ascii_hexdigit() {
            digits += 1;
            if mantissa >> 60 == 0 {
                mantissa = mantissa * 16 + u64::from(hex_value(byte));
                if seen_dot {
                    exponent -= 4;
                }
            } else {
                sticky |= byte != b'0';
                if !seen_dot {
                    exponent += 4;
                }
            }
        } else {
            break;
        }
        pos += 1;
    }
    if digits == 0 {
        return None;
    }
    if let Some(&(b'p' | b'P')) = text.get(pos) {
        pos += 1;
        let negative = match text.get(pos) {
            Some(b'-') => {
                pos += 1;
                true
            }
            Some(b'+') => {
                pos += 1;
                false
            }
            _ => false,
        };
        let exp_digits = &text[pos..];
        if exp_digits.is_empty() || !exp_digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let value = exp_digits.iter().fold(0i64, |acc, &d| {
            (acc * 10 + i64::from(d - b'0')).min(1_000_000)
        });
        exponent += if negative { -value } else { value };
        pos = text.len();
    }
    if pos != text.len() {
        return None;
    }
    if sticky {
        mantissa |= 1; // breaks rounding ties the way the dropped digits would
    }
    Some(scale_by_power_of_two(mantissa as f64, exponent))
}

/// `ldexp`: `value * 2^exponent` without intermediate overflow.
fn scale_by_power_of_two(mut value: f64, mut exponent: i64) -> f64 {
    let step = f64::from_bits(((1023 + 1000) as u64) << 52); // 2^1000
    let step_down = f64::from_bits(((1023 - 1000) as u64) << 52); // 2^-1000
    while exponent > 1000 && value.is_finite() && value != 0.0 {
        value *= step;
        exponent -= 1000;
    }
    while exponent < -1000 && value != 0.0 {
        value *= step_down;
        exponent += 1000;
    }
    let exponent = exponent.clamp(-1000, 1000);
    value * f64::from_bits(((1023 + exponent) as u64) << 52)
}
