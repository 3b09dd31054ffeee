//! Backslash escapes of string and bytes literals (Python Language
//! Reference 2.4.1).

use omx_core::{Span, SyntaxError};

use crate::errors;

/// A decoded escape: either a char (text) or a byte value (bytes).
enum Escape {
    Char(char),
    /// `\ooo` or `\xhh`: a code point in text, a byte in bytes.
    Code(u32),
    /// Backslash-newline: nothing.
    Nothing,
    /// Not an escape: the backslash stays, with the next character.
    Keep(char),
}

fn escape_error(message: &str, at: usize, len: usize) -> SyntaxError {
    errors::invalid(
        message,
        Span::new(at, at + len.max(1)),
        "this escape sequence is malformed",
    )
}

/// Reads the escape after a backslash; `chars` is positioned after it.
fn read_escape(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    body: &str,
    at: usize,
    text: bool,
) -> Result<Escape, SyntaxError> {
    let Some((_, c)) = chars.next() else {
        return Ok(Escape::Keep('\0'));
    };
    let simple = match c {
        '\n' => return Ok(Escape::Nothing),
        '\r' => {
            if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
            }
            return Ok(Escape::Nothing);
        }
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0C',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0B',
        '0'..='7' => {
            let mut value = c as u32 - '0' as u32;
            for _ in 0..2 {
                match chars.peek() {
                    Some(&(_, d @ '0'..='7')) => {
                        value = value * 8 + (d as u32 - '0' as u32);
                        chars.next();
                    }
                    _ => break,
                }
            }
            return Ok(Escape::Code(value));
        }
        'x' => return hex_escape(chars, body, at, 2, "\\xXX").map(Escape::Code),
        'u' if text => return hex_escape(chars, body, at, 4, "\\uXXXX").map(Escape::Code),
        'U' if text => return hex_escape(chars, body, at, 8, "\\UXXXXXXXX").map(Escape::Code),
        'N' if text => {
            return Err(escape_error(
                "not supported by omx: \\N{...} escapes (no Unicode name table)",
                at,
                2,
            ))
        }
        other => return Ok(Escape::Keep(other)),
    };
    Ok(Escape::Char(simple))
}

fn hex_escape(
    chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    _body: &str,
    at: usize,
    digits: usize,
    form: &str,
) -> Result<u32, SyntaxError> {
    let mut value = 0u32;
    for _ in 0..digits {
        match chars.peek() {
            Some(&(_, d)) if d.is_ascii_hexdigit() => {
                value = value * 16 + d.to_digit(16).unwrap_or(0);
                chars.next();
            }
            _ => {
                return Err(escape_error(
                    &format!("(unicode error) truncated {form} escape"),
                    at,
                    2,
                ))
            }
        }
    }
    Ok(value)
}

/// Decodes a text literal's body; `offset` is its byte offset in the file.
pub fn decode_text(body: &str, offset: usize, raw: bool) -> Result<String, SyntaxError> {
    if raw || !body.contains('\\') {
        return Ok(normalize_newlines(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
            }
            out.push('\n');
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        match read_escape(&mut chars, body, offset + i, true)? {
            Escape::Char(c) => out.push(c),
            Escape::Code(code) => match char::from_u32(code) {
                Some(c) => out.push(c),
                None => {
                    return Err(escape_error(
                        "(unicode error) illegal Unicode character",
                        offset + i,
                        2,
                    ))
                }
            },
            Escape::Nothing => {}
            Escape::Keep(c) => {
                out.push('\\');
                if c != '\0' {
                    out.push(c);
                }
            }
        }
    }
    Ok(out)
}

/// Decodes a bytes literal's body.
pub fn decode_bytes(body: &str, offset: usize, raw: bool) -> Result<Vec<u8>, SyntaxError> {
    if let Some((i, _)) = body.char_indices().find(|(_, c)| !c.is_ascii()) {
        return Err(errors::invalid(
            "bytes can only contain ASCII literal characters",
            Span::new(offset + i, offset + i + 1),
            "a non-ASCII character in a bytes literal",
        )
        .with_help("write it as a \\x escape"));
    }
    if raw {
        return Ok(normalize_newlines(body).into_bytes());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' {
            if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
            }
            out.push(b'\n');
            continue;
        }
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        match read_escape(&mut chars, body, offset + i, false)? {
            Escape::Char(c) => out.push(c as u8),
            Escape::Code(code) => out.push((code & 0xFF) as u8),
            Escape::Nothing => {}
            Escape::Keep(c) => {
                out.push(b'\\');
                if c != '\0' {
                    out.push(c as u8);
                }
            }
        }
    }
    Ok(out)
}

/// Source line ends inside a literal are `\n` in the value.
fn normalize_newlines(body: &str) -> String {
    if body.contains('\r') {
        body.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        body.to_string()
    }
}
