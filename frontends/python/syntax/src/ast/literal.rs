//! Literal payloads: integers, strings, bytes and f-strings.

use std::fmt;

use omx_core::Span;

use super::expr::Expr;
use super::node::debug_struct_with_span;

/// An integer literal. `Big` keeps the digits (underscores removed, no
/// prefix) and the radix when the value does not fit an `i64`.
#[derive(Debug, Clone, PartialEq)]
pub enum IntValue {
    Small(i64),
    Big { radix: u32, digits: String },
}

/// One string literal of an implicit concatenation, e.g. `rb'\d'`.
#[derive(Clone, PartialEq)]
pub struct StringLiteral {
    /// The prefix as written (`""`, `"r"`, `"Rb"`, `"f"`, ...).
    pub prefix: String,
    pub value: StringValue,
    pub span: Span,
}

/// The decoded content of one literal.
#[derive(Debug, Clone, PartialEq)]
pub enum StringValue {
    Text(String),
    Bytes(Vec<u8>),
    Format(Vec<FStringPart>),
}

/// A piece of an f-string (or of a format spec).
#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field(Box<FStringField>),
}

/// A replacement field `{expr=!r:spec}`.
#[derive(Clone, PartialEq)]
pub struct FStringField {
    pub expr: Expr,
    /// For `{expr=}`: the text `expr=` (with its whitespace) printed before
    /// the value.
    pub debug_text: Option<String>,
    /// `'r'`, `'s'` or `'a'`.
    pub conversion: Option<char>,
    /// The format spec after `:`, itself able to contain fields.
    pub format_spec: Option<Vec<FStringPart>>,
    pub span: Span,
}

impl fmt::Debug for StringLiteral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "StringLiteral",
            &[("prefix", &self.prefix), ("value", &self.value)],
            self.span,
        )
    }
}

impl fmt::Debug for FStringField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "FStringField",
            &[
                ("expr", &self.expr),
                ("debug_text", &self.debug_text),
                ("conversion", &self.conversion),
                ("format_spec", &self.format_spec),
            ],
            self.span,
        )
    }
}
