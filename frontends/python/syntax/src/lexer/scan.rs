//! Hand-written scanners for string and number literals.
//!
//! The raw lexer only recognises how a literal starts; these functions find
//! where it ends and, for numbers, compute the value. Messages follow
//! CPython 3.11's tokenizer.

use crate::ast::IntValue;

/// How a string literal scan failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StringEnd {
    /// Found the closing quote: the length of the body plus closing quotes.
    Closed(usize),
    /// A single-quoted string hit a line end at this offset (or the end of
    /// input).
    Unterminated,
    /// A triple-quoted string hit the end of input.
    UnterminatedTriple,
}

/// Scans the body of a string whose opening quote(s) were just consumed.
pub fn scan_string(body: &str, quote: u8, triple: bool) -> StringEnd {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' {
            // A `\r\n` after a backslash is one line end.
            if bytes.get(i + 1) == Some(&b'\r') && bytes.get(i + 2) == Some(&b'\n') {
                i += 1;
            }
            i += 2;
            continue;
        }
        if b == quote {
            if !triple {
                return StringEnd::Closed(i + 1);
            }
            if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                return StringEnd::Closed(i + 3);
            }
        } else if !triple && (b == b'\n' || b == b'\r') {
            return StringEnd::Unterminated;
        }
        i += 1;
    }
    if triple {
        StringEnd::UnterminatedTriple
    } else {
        StringEnd::Unterminated
    }
}

/// A scanned number literal.
#[derive(Debug, Clone, PartialEq)]
pub enum Number {
    Int(IntValue),
    Float(f64),
    Imaginary(f64),
}

/// A number scan error: the message and the offset it points at.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberError {
    pub message: String,
    pub at: usize,
}

fn error(message: impl Into<String>, at: usize) -> NumberError {
    NumberError {
        message: message.into(),
        at,
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || !c.is_ascii()
}

/// Keywords that may directly follow a number (`1if x else 2`).
const KEYWORDS_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

/// Scans a number literal at the start of `text`; returns its length too.
pub fn scan_number(text: &str) -> Result<(Number, usize), NumberError> {
    let bytes = text.as_bytes();
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let (radix, name) = match bytes[1] {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            b'b' | b'B' => (2, "binary"),
            _ => (10, ""),
        };
        if radix != 10 {
            return scan_radix(text, radix, name);
        }
    }
    scan_decimal(text)
}

fn scan_radix(text: &str, radix: u32, name: &str) -> Result<(Number, usize), NumberError> {
    let mut digits = String::new();
    let mut i = 2;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 2;
    while let Some(&(pos, c)) = chars.get(k) {
        i = pos;
        if c == '_' {
            match chars.get(k + 1) {
                Some(&(_, next)) if next.is_digit(radix) => {
                    k += 1;
                    continue;
                }
                _ => return Err(error(format!("invalid {name} literal"), pos)),
            }
        }
        if c.is_digit(radix) {
            digits.push(c);
            k += 1;
            i = pos + c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
            return Err(error(format!("invalid digit '{c}' in {name} literal"), pos));
        }
        if is_ident_char(c) || digits.is_empty() {
            return Err(error(format!("invalid {name} literal"), pos));
        }
        break;
    }
    if digits.is_empty() {
        return Err(error(format!("invalid {name} literal"), i));
    }
    let value = match i64::from_str_radix(&digits, radix) {
        Ok(value) => IntValue::Small(value),
        Err(_) => IntValue::Big { radix, digits },
    };
    Ok((Number::Int(value), i))
}

/// Scans `digit ('_'? digit)*` from `i`; returns the new offset.
fn scan_digits(bytes: &[u8], mut i: usize, out: &mut String) -> Result<usize, NumberError> {
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            out.push(b as char);
            i += 1;
        } else if b == b'_' {
            if bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit()) && !out.is_empty() {
                i += 1;
            } else {
                return Err(error("invalid decimal literal", i));
            }
        } else {
            break;
        }
    }
    Ok(i)
}

fn scan_decimal(text: &str) -> Result<(Number, usize), NumberError> {
    let bytes = text.as_bytes();
    let mut cleaned = String::new();
    let mut i = scan_digits(bytes, 0, &mut cleaned)?;
    let int_digits = cleaned.clone();
    let mut is_float = false;
    if bytes.get(i) == Some(&b'.') {
        is_float = true;
        cleaned.push('.');
        let mut fraction = String::new();
        i = scan_digits(bytes, i + 1, &mut fraction)?;
        cleaned.push_str(&fraction);
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(bytes.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if bytes.get(j).is_some_and(|b| b.is_ascii_digit()) {
            is_float = true;
            cleaned.push('e');
            if bytes[i + 1] == b'-' {
                cleaned.push('-');
            }
            let mut exponent = String::new();
            i = scan_digits(bytes, j, &mut exponent)?;
            cleaned.push_str(&exponent);
        } else if !starts_with_keyword(&text[i..]) {
            return Err(error("invalid decimal literal", i));
        }
    }
    let imaginary = matches!(bytes.get(i), Some(b'j' | b'J'));
    if imaginary {
        i += 1;
    }
    if let Some(c) = text[i..].chars().next() {
        if is_ident_char(c) && !starts_with_keyword(&text[i..]) {
            return Err(error("invalid decimal literal", i));
        }
    }
    if imaginary || is_float {
        let value: f64 = cleaned
            .parse()
            .map_err(|_| error("invalid decimal literal", 0))?;
        let number = if imaginary {
            Number::Imaginary(value)
        } else {
            Number::Float(value)
        };
        return Ok((number, i));
    }
    if int_digits.len() > 1 && int_digits.starts_with('0') && int_digits.bytes().any(|b| b != b'0')
    {
        return Err(error(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            0,
        ));
    }
    let value = match int_digits.parse::<i64>() {
        Ok(value) => IntValue::Small(value),
        Err(_) => IntValue::Big {
            radix: 10,
            digits: int_digits,
        },
    };
    Ok((Number::Int(value), i))
}

fn starts_with_keyword(text: &str) -> bool {
    KEYWORDS_AFTER_NUMBER.iter().any(|kw| {
        text.starts_with(kw) && !text[kw.len()..].chars().next().is_some_and(is_ident_char)
    })
}
