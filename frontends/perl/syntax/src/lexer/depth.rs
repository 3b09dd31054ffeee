//! The bound on how deeply the tree can nest ([`crate::nesting`]), kept
//! token by token as the lexer hands tokens to the parser, so that no input
//! makes the parser build a tree that `Debug`, `Drop` or lowering could not
//! walk on a small stack.
//!
//! Brackets and blocks are frames. Operators and keywords count one level
//! each: prefix (`!`, `-`, `\`, `not`, a cast sigil in `$$x`), infix (`+`,
//! `=`, `?`, `:`, `->`); named operators, list operators and subscripts or
//! calls after a value count two, as their nodes nest their operands two
//! values deep; names, variables and literals count nothing.
//! A `;` or the `}` of a statement block ends the statement; Perl needs
//! braces around every nested statement, so nothing else stays open across
//! it. A `,` separates siblings, but a list operator without parentheses
//! (`print`, `join`, `push`, `map`) takes the whole rest of the list as its
//! arguments, and `not`, `and`, `or`, `xor` bind looser than `,`:
//! `join ",", join ",", ...` and `1, 1 or 1, 1 or ...` nest, so those
//! operators are counted again after each `,`. An interpolated string holds expressions the lexer has
//! already parsed, with the levels around the string as their base: the
//! string counts as deep as they are.

use crate::error::{LexError, Problem, TooDeep};
use crate::limits::MAX_LEVELS;
use crate::nesting::Nesting;
use crate::token::Tok;

/// What a token does to the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A variable, literal or name.
    Operand,
    Operator,
    /// A list operator without parentheses, or a logical operator looser
    /// than `,` (`not`, `and`, `or`, `xor`): its operands run across
    /// commas.
    ListOperator,
    Open,
    Close,
    Comma,
    Semicolon,
}

fn role(tok: &Tok) -> Role {
    match tok {
        Tok::Int(_)
        | Tok::Float(_)
        | Tok::Str(_)
        | Tok::Interp(_)
        | Tok::Version(_)
        | Tok::Qw(_)
        | Tok::Match(_)
        | Tok::Qr(_)
        | Tok::Subst(_)
        | Tok::Translit(_)
        | Tok::Readline(_)
        | Tok::Magic(_)
        | Tok::ScalarVar(_)
        | Tok::ArrayVar(_)
        | Tok::HashVar(_)
        | Tok::CodeVar(_)
        | Tok::GlobVar(_)
        | Tok::ArrayLen(_)
        | Tok::UniOp0(_)
        | Tok::ListOp0(_)
        | Tok::PrintOp0(_)
        | Tok::SortSubName(_)
        | Tok::SortSubVar(_)
        | Tok::Filehandle(_)
        | Tok::ScalarFh(_)
        | Tok::MethodName(_)
        | Tok::SubName(_)
        | Tok::Prototype(_)
        | Tok::Label(_) => Role::Operand,
        Tok::ListOp(_)
        | Tok::PrintOp(_)
        | Tok::SortOp(_)
        | Tok::LowAnd
        | Tok::LowOr
        | Tok::LowXor
        | Tok::LowNot => Role::ListOperator,
        Tok::LParen
        | Tok::LBracket
        | Tok::LBrace
        | Tok::LBraceHash
        | Tok::LBraceSub
        | Tok::FhBlock => Role::Open,
        Tok::RParen | Tok::RBracket | Tok::RBrace => Role::Close,
        Tok::Comma => Role::Comma,
        Tok::Semi => Role::Semicolon,
        Tok::Cast(_)
        | Tok::PostDeref(_)
        | Tok::Func(_)
        | Tok::UniOp(_)
        | Tok::PrintFunc(_)
        | Tok::SortFunc(_)
        | Tok::Bareword(_)
        | Tok::LoopCtl(_)
        | Tok::Phaser(_)
        | Tok::My
        | Tok::Our
        | Tok::State
        | Tok::Local
        | Tok::Sub
        | Tok::Package
        | Tok::Use
        | Tok::No
        | Tok::If
        | Tok::Elsif
        | Tok::Else
        | Tok::Unless
        | Tok::While
        | Tok::Until
        | Tok::For
        | Tok::Continue
        | Tok::DoBlock
        | Tok::EvalBlock
        | Tok::Arrow
        | Tok::Inc
        | Tok::Dec
        | Tok::Pow
        | Tok::Bang
        | Tok::Tilde
        | Tok::Backslash
        | Tok::BindMatch
        | Tok::BindNotMatch
        | Tok::Star
        | Tok::Slash
        | Tok::Percent
        | Tok::Repeat
        | Tok::Plus
        | Tok::Minus
        | Tok::Dot
        | Tok::Shl
        | Tok::Shr
        | Tok::Isa
        | Tok::NumLt
        | Tok::NumGt
        | Tok::NumLe
        | Tok::NumGe
        | Tok::StrLt
        | Tok::StrGt
        | Tok::StrLe
        | Tok::StrGe
        | Tok::NumEq
        | Tok::NumNe
        | Tok::NumCmp
        | Tok::StrEq
        | Tok::StrNe
        | Tok::StrCmp
        | Tok::SmartMatch
        | Tok::Amp
        | Tok::Pipe
        | Tok::Caret
        | Tok::AndAnd
        | Tok::OrOr
        | Tok::DorDor
        | Tok::DotDot
        | Tok::DotDotDot
        | Tok::Question
        | Tok::Colon
        | Tok::Assign
        | Tok::OpAssign(_) => Role::Operator,
    }
}

/// The levels an operator counts: two for named operators, whose call
/// node nests its operand two values deep; one for the others.
fn weight(tok: &Tok) -> u32 {
    if matches!(
        tok,
        Tok::UniOp(_) | Tok::Func(_) | Tok::PrintFunc(_) | Tok::SortFunc(_)
    ) {
        2
    } else {
        1
    }
}

/// Whether an expression can end with `tok`: a `[`, `{` or `(` after it
/// subscripts or calls it.
fn ends_value(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::ScalarVar(_)
            | Tok::ArrayVar(_)
            | Tok::HashVar(_)
            | Tok::CodeVar(_)
            | Tok::GlobVar(_)
            | Tok::MethodName(_)
            | Tok::PostDeref(_)
            | Tok::RParen
            | Tok::RBracket
            | Tok::RBrace
    )
}

/// The running check; see the module documentation.
#[derive(Debug, Clone)]
pub(crate) struct DepthGuard {
    nesting: Nesting,
    /// Per open frame (the first is the text): list operators without
    /// parentheses whose arguments are still being read.
    lists: Vec<u32>,
    after_value: bool,
    /// The previous token is `->`: a `[` or `(` after it subscripts or
    /// calls.
    after_arrow: bool,
}

impl DepthGuard {
    /// A count starting at `base` levels: those of the code around the
    /// string this text is interpolated in.
    pub(crate) fn new(base: u32) -> DepthGuard {
        DepthGuard {
            nesting: Nesting::new(base, MAX_LEVELS),
            lists: vec![0],
            after_value: false,
            after_arrow: false,
        }
    }

    /// The levels used at this point, around a string being interpolated.
    pub(crate) fn levels(&self) -> u32 {
        self.nesting.levels()
    }

    /// The depth of the whole text read so far.
    pub(crate) fn depth(&self) -> u32 {
        self.nesting.depth()
    }

    /// The next token; `inner` is the depth of the expressions parsed
    /// inside it (an interpolated string), `statement_after` whether a new
    /// statement may start after it (the `}` of a statement block).
    pub(crate) fn see(
        &mut self,
        tok: &Tok,
        start: usize,
        end: usize,
        inner: u32,
        statement_after: bool,
    ) -> Result<(), LexError> {
        let after_value = std::mem::replace(&mut self.after_value, ends_value(tok));
        let after_arrow = std::mem::replace(&mut self.after_arrow, matches!(tok, Tok::Arrow));
        let counted = match role(tok) {
            Role::Operand if inner > 0 => self.nesting.operand(inner),
            Role::Operand => Ok(()),
            Role::Operator => self.nesting.ops(weight(tok)),
            Role::ListOperator => {
                let last = self.lists.len() - 1;
                self.lists[last] += 2;
                self.nesting.ops(2)
            }
            Role::Open => {
                let subscript = matches!(tok, Tok::LBraceSub)
                    || (after_value && matches!(tok, Tok::LParen | Tok::LBracket))
                    || (after_arrow && matches!(tok, Tok::LBracket | Tok::LParen));
                let postfix = if subscript {
                    self.nesting.ops(2)
                } else {
                    Ok(())
                };
                self.lists.push(0);
                postfix.and_then(|()| self.nesting.open())
            }
            Role::Close => {
                if self.lists.len() > 1 {
                    self.lists.pop();
                }
                self.nesting.close();
                if statement_after {
                    self.end_statement();
                }
                Ok(())
            }
            Role::Comma => {
                let lists = self.lists[self.lists.len() - 1];
                self.nesting.separate();
                self.nesting.ops(lists)
            }
            Role::Semicolon => {
                self.end_statement();
                Ok(())
            }
        };
        counted
            .map_err(|_| LexError::at(Problem::TooDeep(TooDeep::Levels), start, end.max(start + 1)))
    }

    fn end_statement(&mut self) {
        let last = self.lists.len() - 1;
        self.lists[last] = 0;
        self.nesting.separate();
    }
}
