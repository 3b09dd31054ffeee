//! The token stream handed to the grammar.
//!
//! Lexing is lazy like Lua's: tokens are produced as the parser asks, so a
//! syntax error before a lexical error is the one reported.

use logos::{Logos, SpannedIter};

use crate::scan::LexError;
use crate::token::Tok;

/// `(start, token, end)` triples for lalrpop, then one lexical error if
/// the input has one.
pub struct Lexer<'s> {
    inner: SpannedIter<'s, Tok>,
    failed: bool,
    varargs: VarargTracker,
}

/// Follows function nesting token by token to tell whether a `...` is
/// inside a vararg function. Every `end` closes one `function`, `if` or
/// `do` (a `while` or `for` body opens with its `do`).
#[derive(Default)]
pub struct VarargTracker {
    /// One entry per open `function`/`if`/`do`: `Some(is_vararg)` for
    /// functions, `None` for the others.
    blocks: Vec<Option<bool>>,
    awaiting_params: bool,
    in_params: bool,
}

impl VarargTracker {
    /// The token, or [`Tok::DotsOutsideVararg`] for a misplaced `...`.
    pub fn see(&mut self, token: Tok) -> Tok {
        match token {
            Tok::Function => {
                self.blocks.push(Some(false));
                self.awaiting_params = true;
            }
            Tok::If | Tok::Do => self.blocks.push(None),
            Tok::End => {
                self.blocks.pop();
            }
            Tok::LParen if self.awaiting_params => {
                self.awaiting_params = false;
                self.in_params = true;
            }
            Tok::RParen if self.in_params => self.in_params = false,
            Tok::Dots if self.in_params => {
                if let Some(Some(is_vararg)) = self.blocks.iter_mut().rev().find(|b| b.is_some()) {
                    *is_vararg = true;
                }
            }
            Tok::Dots => {
                // The main chunk is vararg.
                let in_vararg = self.blocks.iter().rev().find_map(|b| *b).unwrap_or(true);
                if !in_vararg {
                    return Tok::DotsOutsideVararg;
                }
            }
            _ => {}
        }
        token
    }
}

impl<'s> Lexer<'s> {
    pub fn new(source: &'s [u8]) -> Lexer<'s> {
        let mut inner = Tok::lexer(source);
        inner.bump(prelude_len(source));
        Lexer {
            inner: inner.spanned(),
            failed: false,
            varargs: VarargTracker::default(),
        }
    }
}

/// Bytes skipped before the first token: a UTF-8 byte order mark and a
/// first line starting with `#` (as `luaL_loadfile` does), keeping the
/// newline so line numbers stay right.
pub fn prelude_len(source: &[u8]) -> usize {
    let bom = if source.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    if source.get(bom) == Some(&b'#') {
        let rest = &source[bom..];
        bom + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
    } else {
        bom
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<(usize, Tok, usize), LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let (result, span) = self.inner.next()?;
        match result {
            Ok(token) => Some(Ok((span.start, self.varargs.see(token), span.end))),
            Err(mut error) => {
                self.failed = true;
                if error.end == 0 {
                    error.start = span.start;
                    error.end = span.end;
                }
                Some(Err(error))
            }
        }
    }
}
