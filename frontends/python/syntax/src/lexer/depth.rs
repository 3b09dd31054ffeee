//! The bound on how deeply the tree can nest ([`crate::nesting`]), kept
//! over the tokens as the parser reads them, so that no input makes the
//! parser build a tree that `Debug`, `Drop` or lowering could not walk on
//! a small stack. Past the limit the input is refused with the words
//! CPython uses when its compiler runs out of recursion on such input:
//! "maximum recursion depth exceeded during compilation".
//!
//! Brackets and indented blocks are frames; operators and keywords count
//! one level, an `elif` two and a `lambda` five (see [`weight`]); names,
//! literals, `=` and `:` none: they build no nested chain. A logical line
//! ends the statement before it, except before `elif`, `else`, `except`,
//! `finally` or an indented block, which continue it. The compound
//! statements still open (`if`, `elif`, `while`, `for`, `with`, `def`,
//! `class`, `try` at the start of a statement) are counted again after a
//! `,` or `;`, whose operands are nested in them, not their siblings; so
//! are the `lambda`s whose parameters are being read (`lambda a=1,
//! b=lambda ...` nests in the defaults). An f-string's replacement fields
//! are measured when the string is read, with the levels around the string
//! as their base.

use omx_core::{Span, SyntaxError};

use super::layout::{tokenize, Mode, Spanned};
use super::raw::RawTok;
use crate::errors;
use crate::limits::MAX_LEVELS;
use crate::literal::fstring_depth;
use crate::nesting::{Nesting, TooDeep};
use crate::token::Tok;

/// What a token does to the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A name or a literal.
    Operand,
    /// Builds no level of its own (`=`, `:`, `else`).
    Neutral,
    Operator,
    Open,
    Close,
    /// `,` and `;`: siblings inside the statements still open.
    Separator,
    /// The end of a logical line.
    Newline,
    /// The end of an indented block.
    Dedent,
}

fn role(tok: &Tok<'_>) -> Role {
    match tok {
        Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_) | Tok::String(_) => {
            Role::Operand
        }
        Tok::Newline => Role::Newline,
        Tok::Indent | Tok::WithParen => Role::Open,
        Tok::Dedent => Role::Dedent,
        Tok::FExprStart => Role::Neutral,
        Tok::Simple(raw) => simple_role(*raw),
    }
}

fn simple_role(raw: RawTok) -> Role {
    match raw {
        RawTok::Name
        | RawTok::NumberStart
        | RawTok::StringStart
        | RawTok::False
        | RawTok::None
        | RawTok::True
        | RawTok::Ellipsis
        | RawTok::Pass
        | RawTok::Break
        | RawTok::Continue => Role::Operand,
        RawTok::Assign | RawTok::Colon | RawTok::Else | RawTok::Newline | RawTok::Backslash => {
            Role::Neutral
        }
        RawTok::LParen | RawTok::LBracket | RawTok::LBrace => Role::Open,
        RawTok::RParen | RawTok::RBracket | RawTok::RBrace => Role::Close,
        RawTok::Comma | RawTok::Semi => Role::Separator,
        RawTok::And
        | RawTok::As
        | RawTok::Assert
        | RawTok::Async
        | RawTok::Await
        | RawTok::Class
        | RawTok::Def
        | RawTok::Del
        | RawTok::Elif
        | RawTok::Except
        | RawTok::Finally
        | RawTok::For
        | RawTok::From
        | RawTok::Global
        | RawTok::If
        | RawTok::Import
        | RawTok::In
        | RawTok::Is
        | RawTok::Lambda
        | RawTok::Nonlocal
        | RawTok::Not
        | RawTok::Or
        | RawTok::Raise
        | RawTok::Return
        | RawTok::Try
        | RawTok::While
        | RawTok::With
        | RawTok::Yield
        | RawTok::Dot
        | RawTok::At
        | RawTok::Arrow
        | RawTok::Walrus
        | RawTok::Plus
        | RawTok::Minus
        | RawTok::Star
        | RawTok::Slash
        | RawTok::DoubleSlash
        | RawTok::Percent
        | RawTok::DoubleStar
        | RawTok::LShift
        | RawTok::RShift
        | RawTok::Amper
        | RawTok::Pipe
        | RawTok::Caret
        | RawTok::Tilde
        | RawTok::Less
        | RawTok::Greater
        | RawTok::EqEq
        | RawTok::NotEq
        | RawTok::LessEq
        | RawTok::GreaterEq
        | RawTok::PlusEq
        | RawTok::MinusEq
        | RawTok::StarEq
        | RawTok::SlashEq
        | RawTok::DoubleSlashEq
        | RawTok::PercentEq
        | RawTok::AtEq
        | RawTok::AmperEq
        | RawTok::PipeEq
        | RawTok::CaretEq
        | RawTok::DoubleStarEq
        | RawTok::LShiftEq
        | RawTok::RShiftEq => Role::Operator,
    }
}

/// The levels an operator counts: an `elif` builds an `if` inside the
/// `else` list of the one before (two levels); a `lambda` nests what its
/// parameter defaults hold five deep (lambda, arguments, list, parameter,
/// default); the others one.
fn weight(tok: &Tok<'_>) -> u32 {
    match tok {
        Tok::Simple(RawTok::Elif) => 2,
        Tok::Simple(RawTok::Lambda) => 5,
        _ => 1,
    }
}

/// Whether an expression can end with `tok`: a `(` or `[` after it is a
/// call or a subscript.
fn ends_value(tok: &Tok<'_>) -> bool {
    match tok {
        Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_) | Tok::String(_) => true,
        Tok::Simple(raw) => matches!(
            raw,
            RawTok::RParen
                | RawTok::RBracket
                | RawTok::RBrace
                | RawTok::None
                | RawTok::True
                | RawTok::False
                | RawTok::Ellipsis
        ),
        Tok::Newline | Tok::Indent | Tok::Dedent | Tok::FExprStart | Tok::WithParen => false,
    }
}

/// A keyword that starts a compound statement, whose body nests in it.
fn opens_statement(tok: &Tok<'_>) -> bool {
    matches!(
        tok,
        Tok::Simple(
            RawTok::If
                | RawTok::Elif
                | RawTok::While
                | RawTok::For
                | RawTok::With
                | RawTok::Def
                | RawTok::Class
                | RawTok::Try
        )
    )
}

/// What stays open around the current expression of one frame.
#[derive(Debug, Clone, Copy, Default)]
struct Open {
    /// Levels of the compound statements still open.
    statements: u32,
    /// `lambda`s whose parameters are being read: a `,` separates their
    /// parameters, whose defaults are nested in them.
    lambdas: u32,
}

/// The running check over a token stream.
pub struct DepthGuard {
    nesting: Nesting,
    /// Per open frame (the first is the text).
    frames: Vec<Open>,
    /// The previous token ended a logical line or a block.
    boundary_next: bool,
    /// A statement starts here.
    statement_start: bool,
    after_value: bool,
}

impl DepthGuard {
    /// A check whose count starts at `base` levels (those of the text
    /// around an f-string's replacement field).
    pub fn new(base: u32) -> DepthGuard {
        DepthGuard {
            nesting: Nesting::new(base, MAX_LEVELS),
            frames: vec![Open::default()],
            boundary_next: false,
            statement_start: true,
            after_value: false,
        }
    }

    /// The depth of the whole text read so far.
    pub fn depth(&self) -> u32 {
        self.nesting.depth()
    }

    /// The next token, `Err` if the tree could nest past the limit.
    pub fn see(&mut self, token: &Spanned<'_>) -> Result<(), SyntaxError> {
        let (start, tok, end) = token;
        let span = Span::new(*start, (*end).max(start + 1));
        let after_value = std::mem::replace(&mut self.after_value, ends_value(tok));
        let mut statement_start = std::mem::take(&mut self.statement_start);

        if std::mem::take(&mut self.boundary_next) {
            let continues = matches!(
                tok,
                Tok::Indent
                    | Tok::Simple(RawTok::Elif | RawTok::Else | RawTok::Except | RawTok::Finally)
            );
            if continues {
                self.reopen_statements().map_err(|_| too_deep(span))?;
            } else {
                self.nesting.separate();
                *self.top() = Open::default();
            }
            statement_start = true;
        }
        let counted = match role(tok) {
            Role::Operand => match tok {
                Tok::String(raw) => self.fstring(raw, *start),
                _ => Ok(()),
            },
            Role::Neutral => {
                // The `:` ending a lambda's parameters.
                let top = self.top();
                if matches!(tok, Tok::Simple(RawTok::Colon)) && top.lambdas > 0 {
                    top.lambdas -= 1;
                }
                Ok(())
            }
            Role::Operator => {
                let levels = weight(tok);
                if statement_start && opens_statement(tok) {
                    self.top().statements += levels;
                }
                if matches!(tok, Tok::Simple(RawTok::Lambda)) {
                    self.top().lambdas += 1;
                }
                self.nesting.ops(levels).map_err(|_| too_deep(span))
            }
            Role::Open => {
                let postfix =
                    after_value && matches!(tok, Tok::Simple(RawTok::LParen | RawTok::LBracket));
                if postfix {
                    self.nesting.op().map_err(|_| too_deep(span))?;
                }
                self.frames.push(Open::default());
                self.nesting.open().map_err(|_| too_deep(span))
            }
            Role::Close => {
                self.close();
                Ok(())
            }
            Role::Separator => self.reopen_statements().map_err(|_| too_deep(span)),
            Role::Newline => {
                self.boundary_next = true;
                Ok(())
            }
            Role::Dedent => {
                self.close();
                self.boundary_next = true;
                Ok(())
            }
        };
        self.statement_start = matches!(tok, Tok::Indent | Tok::Simple(RawTok::Semi));
        counted
    }

    fn top(&mut self) -> &mut Open {
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn close(&mut self) {
        if self.frames.len() > 1 {
            self.frames.pop();
        }
        self.nesting.close();
    }

    /// The expression before is finished; what follows is its sibling
    /// inside the compound statements and `lambda` parameter lists still
    /// open.
    fn reopen_statements(&mut self) -> Result<(), TooDeep> {
        let top = *self.top();
        let lambdas = top
            .lambdas
            .saturating_mul(weight(&Tok::Simple(RawTok::Lambda)));
        let levels = top.statements.saturating_add(lambdas);
        self.nesting.separate();
        self.nesting.ops(levels)
    }

    /// An f-string's fields are expressions nested in the string.
    fn fstring(&mut self, raw: &str, start: usize) -> Result<(), SyntaxError> {
        let depth = fstring_depth(raw, start, self.nesting.levels())?;
        if depth > 0 {
            let span = Span::new(start, start + raw.len());
            self.nesting.operand(depth).map_err(|_| too_deep(span))?;
        }
        Ok(())
    }
}

/// The depth of the expression `text` (an f-string's replacement field at
/// byte `offset`), counted from `base`; `Ok(0)` when it does not even
/// tokenize: the parser reports that.
pub fn field_depth(text: &str, offset: usize, base: u32) -> Result<u32, SyntaxError> {
    let Ok(tokens) = tokenize(text, offset, Mode::FExpr) else {
        return Ok(0);
    };
    let mut guard = DepthGuard::new(base);
    for token in &tokens.tokens {
        guard.see(token)?;
    }
    Ok(guard.depth())
}

/// CPython's error when its compiler runs out of recursion.
fn too_deep(span: Span) -> SyntaxError {
    errors::invalid(
        "maximum recursion depth exceeded during compilation",
        span,
        "too many nested operators, brackets and blocks",
    )
    .with_help(format!(
        "omx allows {MAX_LEVELS} levels of nested operators, brackets and blocks together"
    ))
}
