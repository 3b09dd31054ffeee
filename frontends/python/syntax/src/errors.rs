//! One place that builds Python syntax errors, worded like CPython 3.11.

use omx_core::{Span, SyntaxError, SyntaxErrorKind};

pub const SYNTAX: &str = "python::syntax";
pub const INDENTATION: &str = "python::indentation";
pub const TAB: &str = "python::tab";

/// A `SyntaxError` that is not about a premature end of input.
pub fn invalid(message: impl Into<String>, span: Span, label: impl Into<String>) -> SyntaxError {
    SyntaxError::new(SYNTAX, SyntaxErrorKind::Invalid, message, span, label)
}

/// The input ended where more was needed.
pub fn eof(message: impl Into<String>, span: Span, label: impl Into<String>) -> SyntaxError {
    SyntaxError::new(SYNTAX, SyntaxErrorKind::UnexpectedEof, message, span, label)
}

/// An `IndentationError`.
pub fn indentation(
    kind: SyntaxErrorKind,
    message: impl Into<String>,
    span: Span,
    label: impl Into<String>,
) -> SyntaxError {
    SyntaxError::new(INDENTATION, kind, message, span, label)
}

/// A `TabError`.
pub fn tab(span: Span) -> SyntaxError {
    SyntaxError::new(
        TAB,
        SyntaxErrorKind::Invalid,
        "inconsistent use of tabs and spaces in indentation",
        span,
        "this indentation mixes tabs and spaces differently from the block",
    )
    .with_help("indent with spaces only")
}

/// Unsupported-by-omx constructs, e.g. `async`.
pub fn unsupported(what: &str, span: Span) -> SyntaxError {
    invalid(
        format!("not supported by omx: {what}"),
        span,
        "not supported by omx",
    )
}
