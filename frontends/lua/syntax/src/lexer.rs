//! The token stream handed to the grammar.
//!
//! Lexing is lazy like Lua's: tokens are produced as the parser asks, so a
//! syntax error before a lexical error is the one reported.

use logos::{Logos, SpannedIter};

use crate::limits::{MAX_LEVELS, MAX_NESTING};
use crate::nesting::Nesting;
use crate::scan::{LexError, Near};
use crate::token::Tok;

/// `(start, token, end)` triples for lalrpop, then one lexical error if
/// the input has one.
pub struct Lexer<'s> {
    inner: SpannedIter<'s, Tok>,
    failed: bool,
    varargs: VarargTracker,
    depth: DepthGuard,
    /// The previous token is a value no call can follow (see
    /// [`Tok::StatBreak`]).
    after_literal: bool,
    /// A `(` held back while its `<stat-break>` is handed out.
    pending: Option<(usize, Tok, usize)>,
    /// The previous token ends a value (a `{` or string after it is a
    /// call's argument).
    prev_ends_value: bool,
    /// For each open `{`: is it a call's argument (`f{...}`, whose result
    /// can be called) rather than a table constructor (which cannot)?
    brace_calls: Vec<bool>,
}

/// Bounds the depth of the tree the parser builds, so no later recursive
/// pass can overflow the stack: [`crate::nesting`] with Lua's tokens.
struct DepthGuard {
    nesting: Nesting,
    /// The previous token ends an expression: a `(`, `[`, `{` or string
    /// after it is a call or an index, and a name starts a new statement.
    after_value: bool,
    /// Right-associative operators (`..`, `^`) read since the last
    /// separator: lparser.c `subexpr` recurses once for each, so lua5.4
    /// stops a chain at its C-level limit (200) where omx's tree bound
    /// would allow more.
    right_chain: usize,
}

impl Default for DepthGuard {
    fn default() -> DepthGuard {
        DepthGuard {
            nesting: Nesting::new(0, MAX_LEVELS),
            after_value: false,
            right_chain: 0,
        }
    }
}

impl DepthGuard {
    /// `Err` with a label when `token` goes past a limit.
    fn see(&mut self, token: &Tok) -> Result<(), &'static str> {
        let after_value = std::mem::replace(&mut self.after_value, ends_value(token));
        match token {
            Tok::Concat | Tok::Caret => {
                self.right_chain += 1;
                if self.right_chain > MAX_NESTING {
                    return Err("too many nested operators");
                }
            }
            // A separator, or a statement starts.
            Tok::Comma
            | Tok::Semi
            | Tok::StatBreak
            | Tok::Assign
            | Tok::Local
            | Tok::Return
            | Tok::If
            | Tok::Then
            | Tok::Else
            | Tok::Elseif
            | Tok::While
            | Tok::Do
            | Tok::For
            | Tok::In
            | Tok::Repeat
            | Tok::Until
            | Tok::Function
            | Tok::End
            | Tok::Goto
            | Tok::Break
            | Tok::DoubleColon => self.right_chain = 0,
            Tok::Name(_) if after_value => self.right_chain = 0,
            _ => {}
        }
        let counted = match token {
            Tok::LParen | Tok::LBracket | Tok::LBrace => {
                // A call or an index wraps what precedes it.
                let postfix = if after_value {
                    self.nesting.op()
                } else {
                    Ok(())
                };
                postfix.and_then(|()| self.nesting.open())
            }
            Tok::Function | Tok::If | Tok::Do | Tok::Repeat => self.nesting.open(),
            Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::End | Tok::Until => {
                self.nesting.close();
                Ok(())
            }
            // `f "str"`: a call.
            Tok::Str(_) if after_value => self.nesting.op(),
            // Lua has no juxtaposition: a name right after a value starts
            // the next statement (`f() g()`, `a = b c = d`).
            Tok::Name(_) if after_value => {
                self.nesting.separate();
                Ok(())
            }
            Tok::Comma
            | Tok::Semi
            | Tok::StatBreak
            | Tok::Assign
            | Tok::Local
            | Tok::Return
            | Tok::Then
            | Tok::Else
            | Tok::Elseif
            | Tok::While
            | Tok::For
            | Tok::In
            | Tok::Goto
            | Tok::Break
            | Tok::DoubleColon => {
                self.nesting.separate();
                Ok(())
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
            | Tok::Not
            | Tok::Dot
            | Tok::Colon => self.nesting.op(),
            Tok::False
            | Tok::Nil
            | Tok::True
            | Tok::Dots
            | Tok::DotsOutsideVararg
            | Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::BadDelimiter
            | Tok::Comment
            | Tok::Other(_) => Ok(()),
        };
        if counted.is_err() {
            return Err("too many nested operators and brackets");
        }
        if self.nesting.open_frames() > MAX_NESTING {
            return Err("too many nested brackets and blocks");
        }
        Ok(())
    }
}

/// Whether `token` can end an expression.
fn ends_value(token: &Tok) -> bool {
    matches!(
        token,
        Tok::Name(_)
            | Tok::Number(_)
            | Tok::Str(_)
            | Tok::Nil
            | Tok::True
            | Tok::False
            | Tok::Dots
            | Tok::DotsOutsideVararg
            | Tok::RParen
            | Tok::RBracket
            | Tok::RBrace
            | Tok::End
    )
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
            after_literal: false,
            pending: None,
            prev_ends_value: false,
            brace_calls: Vec::new(),
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
        if let Some(token) = self.pending.take() {
            return Some(Ok(token));
        }
        if self.failed {
            return None;
        }
        let (result, span) = self.inner.next()?;
        match result {
            Ok(token) => {
                if let Err(label) = self.depth.see(&token) {
                    self.failed = true;
                    return Some(Err(LexError::new(
                        "chunk has too many syntax levels",
                        Near::Absent,
                        span.start,
                        span.end,
                        label,
                    )));
                }
                let token = self.varargs.see(token);
                let break_before = self.after_literal && token == Tok::LParen;
                let prev_ends_value =
                    std::mem::replace(&mut self.prev_ends_value, ends_value(&token));
                // Values that are not prefix expressions (§3.4): a call
                // cannot follow them, so a `(` after one starts a statement.
                self.after_literal = match token {
                    Tok::Nil
                    | Tok::True
                    | Tok::False
                    | Tok::Number(_)
                    | Tok::Dots
                    | Tok::DotsOutsideVararg
                    | Tok::End => true,
                    // A string literal, unless it is an argument (`f"x"`).
                    Tok::Str(_) => !prev_ends_value,
                    Tok::LBrace => {
                        self.brace_calls.push(prev_ends_value);
                        false
                    }
                    // A table constructor, unless it is an argument.
                    Tok::RBrace => !self.brace_calls.pop().unwrap_or(true),
                    _ => false,
                };
                if break_before {
                    // The break carries the `(`'s span: an error there
                    // reads "near '('".
                    self.pending = Some((span.start, token, span.end));
                    return Some(Ok((span.start, Tok::StatBreak, span.end)));
                }
                Some(Ok((span.start, token, span.end)))
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
