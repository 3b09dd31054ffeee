//! Hand-written scanners behind the logos callbacks, one per token family,
//! each following the corresponding function of Lua 5.4's `llex.c` so
//! values and error messages ("malformed number near '3x'") match Lua's.

mod error;
mod long;
mod numeral;
mod short;

pub use error::{LexError, Near};
pub use long::{bad_long_delimiter, comment, long_string};
pub use numeral::{numeral, str2number};
pub use short::short_string;

use logos::Lexer;

use crate::token::Tok;

/// The value of a string token and how it was delimited (for error
/// messages, which show the string as Lua's buffer held it).
#[derive(Debug, Clone, PartialEq)]
pub struct StrLit {
    pub value: Vec<u8>,
    pub delim: StrDelim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrDelim {
    /// `"..."` or `'...'`: the quote byte.
    Quote(u8),
    /// `[==[...]==]`: the number of `=`.
    Long(usize),
}

impl StrLit {
    /// The token as `llex.c` keeps it in its buffer: delimiters around the
    /// processed contents.
    pub fn lua_text(&self) -> Vec<u8> {
        let mut text = Vec::with_capacity(self.value.len() + 4);
        match self.delim {
            StrDelim::Quote(quote) => {
                text.push(quote);
                text.extend_from_slice(&self.value);
                text.push(quote);
            }
            StrDelim::Long(level) => {
                text.push(b'[');
                text.extend(std::iter::repeat_n(b'=', level));
                text.push(b'[');
                text.extend_from_slice(&self.value);
                text.push(b']');
                text.extend(std::iter::repeat_n(b'=', level));
                text.push(b']');
            }
        }
        text
    }
}

/// A name: ASCII letters, digits and `_` (Lua's C-locale `lislalnum`).
pub fn name(lex: &mut Lexer<'_, Tok>) -> String {
    String::from_utf8_lossy(lex.slice()).into_owned()
}

/// Any byte no other pattern takes.
pub fn other(lex: &mut Lexer<'_, Tok>) -> u8 {
    lex.slice().first().copied().unwrap_or(0)
}

/// Lua's `lisspace`: the C-locale `isspace`.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// Length of the newline at `pos` (`\n`, `\r`, `\r\n` or `\n\r` count as
/// one, as in `inclinenumber`), or 0 when there is none.
fn newline_len(src: &[u8], pos: usize) -> usize {
    match (src.get(pos), src.get(pos + 1)) {
        (Some(b'\n'), Some(b'\r')) | (Some(b'\r'), Some(b'\n')) => 2,
        (Some(b'\n' | b'\r'), _) => 1,
        _ => 0,
    }
}

/// 1-based line of byte `offset`.
fn line_at(src: &[u8], offset: usize) -> usize {
    src[..offset.min(src.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn hex_value(byte: u8) -> u8 {
    match byte {
        b'0'..=b'9' => byte - b'0',
        b'a'..=b'f' => byte - b'a' + 10,
        b'A'..=b'F' => byte - b'A' + 10,
        _ => 0,
    }
}
