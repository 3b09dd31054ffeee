//! Third pass: the bound on how deeply the tree can nest
//! ([`crate::nesting`]), over the finished token list, so that no input
//! makes the parser build a tree that `Debug`, `Drop`, the validation walk
//! or lowering could not walk on a small stack. Past a limit the input is
//! refused with V8's words for what it does on such input: "Maximum call
//! stack size exceeded".
//!
//! Every operator counts: prefix (`-`, `!`, `typeof`, `new`), infix (`+`,
//! `=`, `:` of a ternary or a label), postfix (`.`, `?.`, a call's `(`, an
//! index's `[`, a tagged template), `=>`, and the keywords that nest a
//! statement without braces (`if`, `for`, `while`, `with`, `do`); see
//! [`weight`]. Names and literals count nothing; `,` separates siblings. A
//! statement boundary (`;`, a `}` or a line break before a new statement)
//! forgets the statement before it, except before `else`, `catch`,
//! `finally` and the `while` of a `do`, which continue a statement still
//! open: an `else if` chain nests one `if` per link.

use omx_core::Span;

use super::token::Tok;
use super::TokMeta;
use crate::diag::Diag;
use crate::limits::{MAX_LEVELS, MAX_NESTING};
use crate::nesting::Nesting;

/// What a token does to the nesting count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A name or a literal: no level.
    Operand,
    /// A token that continues the statement or expression before it
    /// without a level of its own (`else`, the `?` whose `:` is counted).
    Neutral,
    /// May wrap the operands around it in one more level.
    Operator,
    /// `(` `[` `{` and the start of a template substitution.
    Open,
    /// `)` `]`: the closed bracket becomes an operand of its frame.
    Close,
    /// `}`: closes, and may end a statement.
    CloseBrace,
    /// `}` of a template substitution followed by another substitution.
    Reopen,
    /// `,` between siblings, and `case`/`default` between switch clauses.
    Separator,
    /// `;`: ends a statement.
    Semicolon,
}

fn role(tok: &Tok<'_>) -> Role {
    match tok {
        Tok::Ident(_)
        | Tok::PrivateName(_)
        | Tok::Number(_)
        | Tok::BigInt(_)
        | Tok::String(_)
        | Tok::Regex(_)
        | Tok::TemplateFull(_)
        | Tok::False
        | Tok::True
        | Tok::Null
        | Tok::This
        | Tok::Super
        | Tok::Get
        | Tok::Set
        | Tok::Static
        | Tok::Of
        | Tok::Async => Role::Operand,
        Tok::Else | Tok::Catch | Tok::Finally | Tok::Question => Role::Neutral,
        Tok::LParen | Tok::LBracket | Tok::LBrace | Tok::TemplateHead(_) => Role::Open,
        Tok::RParen | Tok::RBracket | Tok::TemplateTail(_) => Role::Close,
        Tok::RBrace => Role::CloseBrace,
        Tok::TemplateMiddle(_) => Role::Reopen,
        Tok::Comma | Tok::Case | Tok::Default => Role::Separator,
        Tok::Semi => Role::Semicolon,
        Tok::Break
        | Tok::Class
        | Tok::Const
        | Tok::Continue
        | Tok::Debugger
        | Tok::Delete
        | Tok::Do
        | Tok::Enum
        | Tok::Export
        | Tok::Extends
        | Tok::For
        | Tok::Function
        | Tok::If
        | Tok::Import
        | Tok::In
        | Tok::Instanceof
        | Tok::New
        | Tok::Return
        | Tok::Switch
        | Tok::Throw
        | Tok::Try
        | Tok::Typeof
        | Tok::Var
        | Tok::Void
        | Tok::While
        | Tok::With
        | Tok::Yield
        | Tok::YieldNl
        | Tok::Await
        | Tok::AsyncFn
        | Tok::Let
        | Tok::Dot
        | Tok::Ellipsis
        | Tok::Lt
        | Tok::Gt
        | Tok::Le
        | Tok::Ge
        | Tok::EqEq
        | Tok::NotEq
        | Tok::EqEqEq
        | Tok::NotEqEq
        | Tok::Plus
        | Tok::Minus
        | Tok::Star
        | Tok::Slash
        | Tok::Percent
        | Tok::StarStar
        | Tok::PlusPlus
        | Tok::MinusMinus
        | Tok::PlusPlusNl
        | Tok::MinusMinusNl
        | Tok::Shl
        | Tok::Shr
        | Tok::UShr
        | Tok::Amp
        | Tok::Pipe
        | Tok::Caret
        | Tok::Bang
        | Tok::Tilde
        | Tok::AmpAmp
        | Tok::PipePipe
        | Tok::Nullish
        | Tok::QuestionDot
        | Tok::Colon
        | Tok::Assign
        | Tok::PlusAssign
        | Tok::MinusAssign
        | Tok::StarAssign
        | Tok::SlashAssign
        | Tok::PercentAssign
        | Tok::StarStarAssign
        | Tok::ShlAssign
        | Tok::ShrAssign
        | Tok::UShrAssign
        | Tok::AmpAssign
        | Tok::PipeAssign
        | Tok::CaretAssign
        | Tok::AndAssign
        | Tok::OrAssign
        | Tok::NullishAssign
        | Tok::Arrow => Role::Operator,
    }
}

/// The levels an operator counts: two for those that build two nested
/// nodes (`?.` an optional chain around a member access, `=>` a function
/// around its body) and for those that nest a statement in another
/// (`if`, `for`, `while`, `with`, `do`, a label's `:`), whose nodes are the
/// largest to clone; one for the others.
fn weight(tok: &Tok<'_>) -> u32 {
    let double = matches!(
        tok,
        Tok::QuestionDot
            | Tok::Arrow
            | Tok::If
            | Tok::For
            | Tok::While
            | Tok::With
            | Tok::Do
            | Tok::Colon
    );
    if double {
        2
    } else {
        1
    }
}

/// A token that can only start a new statement (or class member) when it
/// follows a finished one: after `}`, or after a line break that ends the
/// statement before it (automatic semicolon insertion).
fn starts_statement(tok: &Tok<'_>) -> bool {
    match role(tok) {
        Role::Operand => !matches!(tok, Tok::TemplateFull(_)),
        Role::Operator => !matches!(
            tok,
            Tok::In
                | Tok::Instanceof
                | Tok::Dot
                | Tok::QuestionDot
                | Tok::Arrow
                | Tok::Colon
                | Tok::Lt
                | Tok::Gt
                | Tok::Le
                | Tok::Ge
                | Tok::EqEq
                | Tok::NotEq
                | Tok::EqEqEq
                | Tok::NotEqEq
                | Tok::Plus
                | Tok::Minus
                | Tok::Star
                | Tok::Slash
                | Tok::Percent
                | Tok::StarStar
                | Tok::PlusPlus
                | Tok::MinusMinus
                | Tok::Shl
                | Tok::Shr
                | Tok::UShr
                | Tok::Amp
                | Tok::Pipe
                | Tok::Caret
                | Tok::AmpAmp
                | Tok::PipePipe
                | Tok::Nullish
                | Tok::Assign
                | Tok::PlusAssign
                | Tok::MinusAssign
                | Tok::StarAssign
                | Tok::SlashAssign
                | Tok::PercentAssign
                | Tok::StarStarAssign
                | Tok::ShlAssign
                | Tok::ShrAssign
                | Tok::UShrAssign
                | Tok::AmpAssign
                | Tok::PipeAssign
                | Tok::CaretAssign
                | Tok::AndAssign
                | Tok::OrAssign
                | Tok::NullishAssign
        ),
        Role::Open => matches!(tok, Tok::LBrace),
        // A `,` continues the expression; a `;` ends the statement itself.
        Role::Separator => !matches!(tok, Tok::Comma),
        Role::Semicolon => false,
        Role::Neutral | Role::Close | Role::CloseBrace | Role::Reopen => false,
    }
}

/// Whether an expression can end with `tok`, so that a `(`, `[` or
/// template after it is a call, an index or a tag.
fn ends_value(tok: &Tok<'_>) -> bool {
    tok.ends_operand() || matches!(tok, Tok::RParen | Tok::RBrace)
}

/// The statements open in one frame.
#[derive(Debug, Clone, Copy, Default)]
struct Statements {
    /// Levels of the statements around the current expression that are
    /// still open: `if`, `for`, `while`, `with`, `do` and labels nest the
    /// statement after them. Counted again after a `,` or before an `else`,
    /// whose operands are nested in them, not siblings.
    levels: u32,
    /// `do` statements whose `while` has not come yet.
    pending_do: u32,
    /// This frame is the `(...)` of an `if`, `for`, `while` or `with`: the
    /// statement goes on after its `)`, even on the next line.
    header: bool,
}

/// The running check, fed the tokens in order as the parser reads them,
/// so that a syntax error earlier in the input is the one reported.
pub struct DepthGuard {
    nesting: Nesting,
    /// One entry per open frame, the first for the script.
    frames: Vec<Statements>,
    /// The previous token ends a statement if the next one starts one:
    /// `Some(true)` after `;`, `Some(false)` after `}`.
    boundary_next: Option<bool>,
    /// The previous token is `.` or `?.`: this one is a property name.
    after_dot: bool,
    /// The previous token ends a value: a `(`, `[` or template after it is
    /// a call, an index or a tag.
    after_value: bool,
    /// A statement may start here, so a word followed by `:` is a label.
    statement_start: bool,
    /// The previous token is a word where a statement may start.
    label_word: bool,
    /// The previous token is `if`, `for`, `while` or `with`: a `(` here
    /// opens a statement header.
    after_header_keyword: bool,
    /// The token being read closed a statement header.
    closed_header: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BoundaryEnd {
    /// The statement before goes on (`else`, `catch`, `finally`).
    Continues,
    /// `next` is the `while` of a `do` statement.
    DoWhile,
    /// The statement before is finished.
    Ended,
    /// Not a boundary after all: `next` continues the expression before
    /// (`function () {} + 1`, `{} (x)`).
    Expression,
}

const LEVELS: &str = "too many nested operators and brackets";

impl Default for DepthGuard {
    fn default() -> DepthGuard {
        DepthGuard {
            nesting: Nesting::new(0, MAX_LEVELS),
            frames: vec![Statements::default()],
            boundary_next: None,
            after_dot: false,
            after_value: false,
            statement_start: true,
            label_word: false,
            after_header_keyword: false,
            closed_header: false,
        }
    }
}

impl DepthGuard {
    /// The next token, `Err` if the tree could nest past the limits.
    pub fn see(
        &mut self,
        start: usize,
        tok: &Tok<'_>,
        end: usize,
        meta: &TokMeta,
    ) -> Result<(), Diag> {
        let (after_dot, after_value) = (self.after_dot, self.after_value);
        let boundary = match self.boundary_next.take() {
            Some(after_semicolon) => Some(after_semicolon),
            // A line break ends a statement before a token that cannot
            // continue it, except before `{`: a body may start on the next
            // line (`function f()` or `if (a)`, then `{`).
            None if meta.nl_before
                && after_value
                && starts_statement(tok)
                && !matches!(tok, Tok::LBrace) =>
            {
                Some(false)
            }
            None => None,
        };
        let end_of = boundary.map(|after_semicolon| self.boundary(tok, after_semicolon));
        let result = match end_of {
            Some(BoundaryEnd::Continues | BoundaryEnd::DoWhile) => self.reopen_statements(),
            Some(BoundaryEnd::Ended | BoundaryEnd::Expression) | None => Ok(()),
        };
        let label_word = std::mem::take(&mut self.label_word);
        let result = result.and_then(|()| {
            if after_dot {
                // A property name, whatever word it is.
                Ok(())
            } else {
                self.count(tok, after_value, end_of, label_word)
            }
        });
        // A word after `.` is a property name: it ends a value; the `)` of
        // a statement header does not.
        self.after_dot = !after_dot && matches!(tok, Tok::Dot | Tok::QuestionDot);
        self.after_value = ((after_dot && tok.is_word()) || ends_value(tok))
            && !std::mem::take(&mut self.closed_header);
        self.after_header_keyword =
            !after_dot && matches!(tok, Tok::If | Tok::For | Tok::While | Tok::With);
        let starts = self.statement_start || end_of == Some(BoundaryEnd::Ended);
        self.label_word = starts && !after_dot && role(tok) == Role::Operand;
        self.statement_start = !after_dot
            && matches!(
                tok,
                Tok::LBrace | Tok::RParen | Tok::Else | Tok::Do | Tok::Colon
            );
        result.map_err(|label| too_deep(Span::new(start, end.max(start + 1)), label))
    }

    fn statements(&mut self) -> &mut Statements {
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn count(
        &mut self,
        tok: &Tok<'_>,
        after_value: bool,
        end_of: Option<BoundaryEnd>,
        label_word: bool,
    ) -> Result<(), &'static str> {
        match role(tok) {
            Role::Operand if matches!(tok, Tok::TemplateFull(_)) && after_value => self.op(),
            Role::Operand | Role::Neutral => Ok(()),
            Role::Operator if end_of == Some(BoundaryEnd::DoWhile) => Ok(()),
            Role::Operator => {
                let nests_statement = match tok {
                    Tok::If | Tok::For | Tok::While | Tok::With => true,
                    Tok::Do => {
                        self.statements().pending_do += 1;
                        true
                    }
                    Tok::Colon => label_word,
                    _ => false,
                };
                let levels = weight(tok);
                if nests_statement {
                    let statements = self.statements();
                    statements.levels = statements.levels.saturating_add(levels);
                }
                self.nesting.ops(levels).map_err(|_| LEVELS)
            }
            Role::Open => {
                if after_value && !matches!(tok, Tok::LBrace) {
                    self.op()?;
                }
                let header = self.after_header_keyword && matches!(tok, Tok::LParen);
                self.open(header)
            }
            Role::Close => {
                self.close();
                Ok(())
            }
            Role::CloseBrace => {
                self.close();
                self.boundary_next = Some(false);
                Ok(())
            }
            Role::Reopen => {
                self.close();
                self.open(false)
            }
            Role::Separator if matches!(tok, Tok::Comma) => {
                // The operands of a sequence are siblings, nested in the
                // statements around them.
                self.reopen_statements()
            }
            Role::Separator => {
                // `case` and `default` start sibling clauses.
                self.nesting.separate();
                self.statements().levels = 0;
                Ok(())
            }
            Role::Semicolon => {
                self.boundary_next = Some(true);
                Ok(())
            }
        }
    }

    /// A statement boundary before `next`.
    fn boundary(&mut self, next: &Tok<'_>, after_semicolon: bool) -> BoundaryEnd {
        let statements = self.statements();
        match next {
            Tok::Else | Tok::Catch | Tok::Finally => BoundaryEnd::Continues,
            Tok::While if statements.pending_do > 0 => {
                statements.pending_do -= 1;
                BoundaryEnd::DoWhile
            }
            _ if after_semicolon || starts_statement(next) => {
                statements.levels = 0;
                self.nesting.separate();
                BoundaryEnd::Ended
            }
            _ => BoundaryEnd::Expression,
        }
    }

    /// The expression before is finished; what follows is its sibling
    /// inside the statements still open.
    fn reopen_statements(&mut self) -> Result<(), &'static str> {
        let levels = self.statements().levels;
        self.nesting.separate();
        self.nesting.ops(levels).map_err(|_| LEVELS)
    }

    fn op(&mut self) -> Result<(), &'static str> {
        self.nesting.op().map_err(|_| LEVELS)
    }

    fn open(&mut self, header: bool) -> Result<(), &'static str> {
        self.frames.push(Statements {
            header,
            ..Statements::default()
        });
        self.nesting.open().map_err(|_| LEVELS)?;
        if self.nesting.open_frames() > MAX_NESTING {
            return Err("too many nested brackets");
        }
        Ok(())
    }

    fn close(&mut self) {
        if self.frames.len() > 1 {
            self.closed_header = self.frames.pop().is_some_and(|frame| frame.header);
        }
        self.nesting.close();
    }
}

/// V8's error for input nested too deeply to parse.
fn too_deep(span: Span, label: &str) -> Diag {
    Diag::new("Maximum call stack size exceeded", span, label).help(format!(
        "omx allows {MAX_NESTING} nested brackets and {MAX_LEVELS} levels of nested operators and brackets together"
    ))
}
