//! The tokens the grammar consumes: raw tokens plus layout tokens.

use crate::ast::IntValue;
use crate::lexer::RawTok;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok<'a> {
    /// A keyword or operator, exactly as the raw lexer saw it.
    Simple(RawTok),
    Name(&'a str),
    Int(IntValue),
    Float(f64),
    Imaginary(f64),
    /// A whole string literal: prefix, quotes and body, undecoded.
    String(&'a str),
    Newline,
    Indent,
    Dedent,
    /// First token when parsing an f-string replacement field.
    FExprStart,
    /// The `(` of a parenthesized `with (a as b, c):` item list.
    WithParen,
}

impl Tok<'_> {
    /// How a diagnostic names this token.
    pub fn describe(&self) -> &'static str {
        match self {
            Tok::Simple(_) => "token",
            Tok::Name(_) => "name",
            Tok::Int(_) | Tok::Float(_) | Tok::Imaginary(_) => "number",
            Tok::String(_) => "string",
            Tok::Newline => "newline",
            Tok::Indent => "indent",
            Tok::Dedent => "dedent",
            Tok::FExprStart => "start of expression",
            Tok::WithParen => "'('",
        }
    }
}
