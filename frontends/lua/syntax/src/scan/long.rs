//! Long brackets: long strings `[==[ ... ]==]` at any level and comments,
//! short `-- ...` and long `--[==[ ... ]==]` (Lua 5.4 manual §3.1;
//! `llex.c`: `read_long_string`, `skip_sep`).

use logos::{FilterResult, Lexer};

use super::{line_at, newline_len, LexError, Near, StrDelim, StrLit};
use crate::token::Tok;

/// A long string; the current token is its opening bracket `[=*[`.
pub fn long_string(lex: &mut Lexer<'_, Tok>) -> Result<StrLit, LexError> {
    let span = lex.span();
    let level = span.len() - 2;
    let src = lex.source();
    let mut value = Vec::new();
    let end = scan_long(src, span.start, span.end, level, Some(&mut value), "string")?;
    lex.bump(end - span.end);
    Ok(StrLit {
        value,
        delim: StrDelim::Long(level),
    })
}

/// `[=` without the second `[`.
pub fn bad_long_delimiter(lex: &mut Lexer<'_, Tok>) -> Result<(), LexError> {
    let span = lex.span();
    Err(LexError::new(
        "invalid long string delimiter",
        Near::Text(lex.slice().to_vec()),
        span.start,
        span.end,
        "a long string opens with '[[' or '[=...=['",
    ))
}

/// A comment, after its `--`: long when a long bracket follows, else up
/// to the end of the line. Comments never reach the parser.
pub fn comment(lex: &mut Lexer<'_, Tok>) -> FilterResult<(), LexError> {
    let src = lex.source();
    let after = lex.span().end;
    if let Some(level) = opening_level(src, after) {
        let open_end = after + level + 2;
        match scan_long(src, lex.span().start, open_end, level, None, "comment") {
            Ok(end) => {
                lex.bump(end - after);
                FilterResult::Skip
            }
            Err(error) => FilterResult::Error(error),
        }
    } else {
        let rest = &src[after..];
        let len = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        lex.bump(len);
        FilterResult::Skip
    }
}

/// The level of a long bracket `[=*[` starting at `pos`, if there is one.
fn opening_level(src: &[u8], pos: usize) -> Option<usize> {
    if src.get(pos) != Some(&b'[') {
        return None;
    }
    let level = src[pos + 1..].iter().take_while(|&&b| b == b'=').count();
    (src.get(pos + 1 + level) == Some(&b'[')).then_some(level)
}

/// Scans the body of a long bracket opened at `start` (its opening ends at
/// `body`), up to the matching close. Returns the offset after the close.
/// The first newline is skipped; every newline sequence reads as `\n`.
fn scan_long(
    src: &[u8],
    start: usize,
    body: usize,
    level: usize,
    mut value: Option<&mut Vec<u8>>,
    what: &str,
) -> Result<usize, LexError> {
    let mut pos = body + newline_len(src, body);
    loop {
        match src.get(pos) {
            None => {
                return Err(LexError::new(
                    format!(
                        "unfinished long {what} (starting at line {})",
                        line_at(src, start)
                    ),
                    Near::Eof,
                    start,
                    pos,
                    if what == "string" {
                        "the input ends inside the long string"
                    } else {
                        "the input ends inside the long comment"
                    },
                ));
            }
            Some(b']') => {
                let equals = src[pos + 1..].iter().take_while(|&&b| b == b'=').count();
                if equals == level && src.get(pos + 1 + equals) == Some(&b']') {
                    return Ok(pos + level + 2);
                }
                if let Some(value) = value.as_deref_mut() {
                    value.push(b']');
                }
                pos += 1;
            }
            Some(b'\n' | b'\r') => {
                if let Some(value) = value.as_deref_mut() {
                    value.push(b'\n');
                }
                pos += newline_len(src, pos);
            }
            Some(&byte) => {
                if let Some(value) = value.as_deref_mut() {
                    value.push(byte);
                }
                pos += 1;
            }
        }
    }
}
