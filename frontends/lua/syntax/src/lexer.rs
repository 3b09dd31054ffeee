//! The token stream handed to the grammar.
//!
//! Lexing is lazy like Lua's: tokens are produced as the parser asks, so a
//! syntax error before a lexical error is the one reported.

use logos::{Logos, SpannedIter};

use crate::scan::{LexError, Near};
use crate::token::Tok;

/// `(start, token, end)` triples for lalrpop, then one lexical error if
/// the input has one.
pub struct Lexer<'s> {
    inner: SpannedIter<'s, Tok>,
    failed: bool,
    varargs: VarargTracker,
    depth: DepthGuard,
}

/// Most brackets and blocks open at once; Lua's own parser stops at about
/// 200 levels (`LUAI_MAXCCALLS`).
pub const MAX_NESTING: usize = 200;
/// Most operators in the expression runs open at once: a left-associative
/// chain `a + b + c ...` nests one AST level per operator, and later
/// passes (and dropping the tree) recurse over it.
pub const MAX_OPERATOR_RUN: u32 = 1000;

/// Bounds the depth of the tree the parser builds, so no later recursive
/// pass can overflow the stack.
#[derive(Default)]
struct DepthGuard {
    /// Operators seen in the current expression run, one entry per open
    /// bracket or block (the first entry is the chunk's top level).
    runs: Vec<u32>,
    /// The sum of `runs`.
    total: u32,
}

impl DepthGuard {
    /// `Err` with a message when `token` goes past a limit.
    fn see(&mut self, token: &Tok) -> Result<(), &'static str> {
        if self.runs.is_empty() {
            self.runs.push(0);
        }
        match token {
            Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Function
            | Tok::If
            | Tok::Do
            | Tok::Repeat => {
                self.runs.push(0);
                if self.runs.len() > MAX_NESTING {
                    return Err("chunk has too many syntax levels");
                }
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::End | Tok::Until
                if self.runs.len() > 1 =>
            {
                self.total -= self.runs.pop().unwrap_or(0);
            }
            Tok::Comma
            | Tok::Semi
            | Tok::Assign
            | Tok::Local
            | Tok::Return
            | Tok::Then
            | Tok::Else
            | Tok::Elseif
            | Tok::While
            | Tok::For
            | Tok::Goto
            | Tok::Break
            | Tok::DoubleColon => {
                if let Some(run) = self.runs.last_mut() {
                    self.total -= *run;
                    *run = 0;
                }
            }
            Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::DoubleSlash
            | Tok::Percent
            | Tok::Caret
            | Tok::Hash
            | Tok::Ampersand
            | Tok::Tilde
            | Tok::Pipe
            | Tok::Shl
            | Tok::Shr
            | Tok::EqEq
            | Tok::NotEq
            | Tok::LtEq
            | Tok::GtEq
            | Tok::Lt
            | Tok::Gt
            | Tok::Concat
            | Tok::And
            | Tok::Or
            | Tok::Not => {
                if let Some(run) = self.runs.last_mut() {
                    *run += 1;
                    self.total += 1;
                    if self.total > MAX_OPERATOR_RUN {
                        return Err("expression has too many operators in a row");
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }
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
            depth: DepthGuard::default(),
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
            Ok(token) => {
                if let Err(message) = self.depth.see(&token) {
                    self.failed = true;
                    return Some(Err(LexError::new(
                        message,
                        Near::Absent,
                        span.start,
                        span.end,
                        "too deeply nested",
                    )));
                }
                Some(Ok((span.start, self.varargs.see(token), span.end)))
            }
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
