//! One helper for every JavaScript syntax error: V8's wording, a labelled
//! span, and whether the input merely ended too early.

use omx_core::{Span, SyntaxError, SyntaxErrorKind};

/// The diagnostic code of every JavaScript syntax error.
pub const CODE: &str = "js::syntax";

/// A syntax error before the source is attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Diag {
    pub message: String,
    pub span: Span,
    pub label: String,
    pub help: Option<String>,
    /// The input ended where more was needed.
    pub eof: bool,
}

impl Diag {
    pub fn new(message: impl Into<String>, span: Span, label: impl Into<String>) -> Diag {
        Diag {
            message: message.into(),
            span,
            label: label.into(),
            help: None,
            eof: false,
        }
    }

    pub fn eof(mut self) -> Diag {
        self.eof = true;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Diag {
        self.help = Some(help.into());
        self
    }

    pub fn into_syntax_error(self, file_name: &str, source: &str) -> SyntaxError {
        let kind = if self.eof {
            SyntaxErrorKind::UnexpectedEof
        } else {
            SyntaxErrorKind::Invalid
        };
        let mut error = SyntaxError::new(CODE, kind, self.message, self.span, self.label);
        if let Some(help) = self.help {
            error = error.with_help(help);
        }
        error.with_source(file_name, source)
    }
}
