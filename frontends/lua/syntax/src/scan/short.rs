//! Short strings `"..."` and `'...'` with every escape sequence
//! (Lua 5.4 manual §3.1; `llex.c`: `read_string`).

use logos::Lexer;

use super::{hex_value, is_space, newline_len, LexError, Near, StrDelim, StrLit};
use crate::token::Tok;

/// Scans a short string whose opening quote is the current token.
pub fn short_string(lex: &mut Lexer<'_, Tok>) -> Result<StrLit, LexError> {
    let src = lex.source();
    let start = lex.span().start;
    let delim = src[start];
    let mut scanner = ShortString {
        src,
        start,
        pos: start + 1,
        // Like llex.c's buffer: the opening quote, then the processed
        // contents; error messages print it.
        buffer: vec![delim],
    };
    scanner.scan(delim)?;
    let consumed = scanner.pos - lex.span().end;
    lex.bump(consumed);
    let mut value = scanner.buffer;
    value.remove(0);
    value.pop();
    Ok(StrLit {
        value,
        delim: StrDelim::Quote(delim),
    })
}

struct ShortString<'s> {
    src: &'s [u8],
    start: usize,
    pos: usize,
    buffer: Vec<u8>,
}

impl ShortString<'_> {
    fn current(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn save_and_next(&mut self) {
        if let Some(byte) = self.current() {
            self.buffer.push(byte);
            self.pos += 1;
        }
    }

    /// `llex.c: esccheck`: on failure the offending byte joins the buffer.
    fn escape_error(&mut self, message: &str, escape_start: usize) -> LexError {
        self.save_and_next();
        LexError::new(
            message,
            Near::Text(self.buffer.clone()),
            escape_start,
            self.pos,
            "in this escape sequence",
        )
    }

    fn scan(&mut self, delim: u8) -> Result<(), LexError> {
        loop {
            match self.current() {
                None => {
                    return Err(LexError::new(
                        "unfinished string",
                        Near::Eof,
                        self.start,
                        self.pos,
                        "this string is never closed",
                    ))
                }
                Some(b'\n' | b'\r') => {
                    return Err(LexError::new(
                        "unfinished string",
                        Near::Text(self.buffer.clone()),
                        self.start,
                        self.pos,
                        "this string ends at the end of the line",
                    ))
                }
                Some(b'\\') => self.escape()?,
                Some(byte) if byte == delim => {
                    self.save_and_next();
                    return Ok(());
                }
                Some(_) => self.save_and_next(),
            }
        }
    }

    /// One escape sequence; the backslash is current.
    fn escape(&mut self) -> Result<(), LexError> {
        let escape_start = self.pos;
        self.save_and_next(); // keep '\\' for error messages
        let simple = match self.current() {
            None => return Ok(()), // "unfinished string" on the next round
            Some(b'a') => Some(0x07),
            Some(b'b') => Some(0x08),
            Some(b'f') => Some(0x0C),
            Some(b'n') => Some(b'\n'),
            Some(b'r') => Some(b'\r'),
            Some(b't') => Some(b'\t'),
            Some(b'v') => Some(0x0B),
            Some(byte @ (b'\\' | b'"' | b'\'')) => Some(byte),
            Some(_) => None,
        };
        if let Some(byte) = simple {
            self.pos += 1;
            self.buffer.pop();
            self.buffer.push(byte);
            return Ok(());
        }
        match self.current() {
            Some(b'x') => {
                let high = self.hex_digit(escape_start)?;
                let low = self.hex_digit(escape_start)?;
                self.pos += 1;
                // remove '\\', 'x' and the first digit
                self.buffer.truncate(self.buffer.len() - 3);
                self.buffer.push(high * 16 + low);
            }
            Some(b'u') => self.utf8_escape(escape_start)?,
            Some(b'\n' | b'\r') => {
                self.pos += newline_len(self.src, self.pos);
                self.buffer.pop();
                self.buffer.push(b'\n');
            }
            Some(b'z') => {
                self.buffer.pop();
                self.pos += 1;
                while self.current().is_some_and(is_space) {
                    self.pos += 1;
                }
            }
            Some(byte) if byte.is_ascii_digit() => self.decimal_escape(escape_start)?,
            _ => return Err(self.escape_error("invalid escape sequence", escape_start)),
        }
        Ok(())
    }

    /// `gethexa`: saves the current byte, then the next must be a hex digit
    /// (left current, unsaved).
    fn hex_digit(&mut self, escape_start: usize) -> Result<u8, LexError> {
        self.save_and_next();
        match self.current() {
            Some(byte) if byte.is_ascii_hexdigit() => Ok(hex_value(byte)),
            _ => Err(self.escape_error("hexadecimal digit expected", escape_start)),
        }
    }

    /// `\u{XXX}`: up to 2^31, encoded as Lua's extended UTF-8.
    fn utf8_escape(&mut self, escape_start: usize) -> Result<(), LexError> {
        let mut removed = 4; // '\\', 'u', '{' and the first digit
        self.save_and_next(); // skip 'u'
        if self.current() != Some(b'{') {
            return Err(self.escape_error("missing '{'", escape_start));
        }
        let mut value = u32::from(self.hex_digit(escape_start)?);
        loop {
            self.save_and_next();
            match self.current() {
                Some(byte) if byte.is_ascii_hexdigit() => {
                    removed += 1;
                    if value > (0x7FFF_FFFF >> 4) {
                        return Err(self.escape_error("UTF-8 value too large", escape_start));
                    }
                    value = (value << 4) + u32::from(hex_value(byte));
                }
                _ => break,
            }
        }
        if self.current() != Some(b'}') {
            return Err(self.escape_error("missing '}'", escape_start));
        }
        self.pos += 1;
        self.buffer.truncate(self.buffer.len() - removed);
        self.buffer.extend_from_slice(&utf8_encode(value));
        Ok(())
    }

    /// `\ddd`: up to three decimal digits, at most 255.
    fn decimal_escape(&mut self, escape_start: usize) -> Result<(), LexError> {
        let mut value: u32 = 0;
        let mut digits = 0;
        while digits < 3 {
            match self.current() {
                Some(byte) if byte.is_ascii_digit() => {
                    value = value * 10 + u32::from(byte - b'0');
                    self.save_and_next();
                    digits += 1;
                }
                _ => break,
            }
        }
        if value > 255 {
            return Err(self.escape_error("decimal escape too large", escape_start));
        }
        // remove '\\' and the digits
        self.buffer.truncate(self.buffer.len() - digits - 1);
        self.buffer.push(value as u8);
        Ok(())
    }
}

/// `lobject.c: luaO_utf8esc`: UTF-8 extended to 31 bits (up to six bytes).
pub fn utf8_encode(mut value: u32) -> Vec<u8> {
    if value < 0x80 {
        return vec![value as u8];
    }
    let mut bytes = Vec::with_capacity(6);
    let mut max_first: u32 = 0x3f; // largest value that fits in the first byte
    loop {
        bytes.push(0x80 | (value & 0x3f) as u8);
        value >>= 6;
        max_first >>= 1;
        if value <= max_first {
            break;
        }
    }
    bytes.push(((!max_first << 1) | value) as u8);
    bytes.reverse();
    bytes
}
