//! Interpolated strings and regular expressions.

use omx_core::Span;

use super::Expr;

/// One piece of an interpolating string (`"..."`, `qq`, heredoc, regex body).
#[derive(Debug, Clone, PartialEq)]
pub enum StrPart {
    /// Literal text, escapes already decoded (regex bodies keep them raw).
    Lit(String),
    /// `$x`, `$x[1]`, `$x->{k}`, `${\ expr}`, `$#x`: interpolated as a scalar.
    Scalar(Expr),
    /// `@x`, `@x[1,2]`, `@{[ expr ]}`: interpolated joined with `$"`.
    List(Expr),
    /// A case modifier escape (`\U`, `\L`, `\u`, `\l`, `\Q`, `\F`, `\E`).
    Case(CaseMod),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseMod {
    /// `\u`: upper-case the next character.
    UpperNext,
    /// `\l`: lower-case the next character.
    LowerNext,
    /// `\U` ... `\E`.
    Upper,
    /// `\L` ... `\E`.
    Lower,
    /// `\Q` ... `\E`: quotemeta.
    Quote,
    /// `\F` ... `\E`: foldcase.
    Fold,
    /// `\E`: ends the innermost `\U \L \Q \F`.
    End,
}

/// A pattern of `m//`, `qr//`, `s///` or a bare `/.../`.
#[derive(Debug, Clone, PartialEq)]
pub struct Regex {
    /// Pattern text; literal parts keep their backslashes as written.
    pub pattern: Vec<StrPart>,
    pub flags: String,
    pub span: Span,
}
