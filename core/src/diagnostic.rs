//! Syntax errors of every frontend, as miette diagnostics.
//!
//! One type for all four languages so the CLI, the REPL and the playground
//! render them alike. The message is in the language's own terms (each
//! frontend words it); `kind` tells "unexpected end of input" apart so the
//! REPL can ask for another line instead of reporting an error.

use std::fmt;
use std::sync::Arc;

use miette::{Diagnostic, LabeledSpan, NamedSource, SourceCode};

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// The input ended where more was needed (unclosed bracket, string,
    /// block, heredoc...). A REPL reads another line and tries again.
    UnexpectedEof,
    /// Any other malformed input.
    Invalid,
}

#[derive(Clone)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// The headline, e.g. "unexpected symbol near 'then'".
    pub message: String,
    pub span: Span,
    /// Text of the label drawn under `span`.
    pub label: String,
    /// A help line, when the fix is obvious.
    pub help: Option<String>,
    /// Diagnostic code, e.g. "lua::syntax".
    pub code: &'static str,
    source: Arc<NamedSource<String>>,
}

impl SyntaxError {
    pub fn new(
        code: &'static str,
        kind: SyntaxErrorKind,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            message: message.into(),
            span,
            label: label.into(),
            help: None,
            code,
            source: Arc::new(NamedSource::new("<input>", String::new())),
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    /// Attach the file name and text so the diagnostic can show the snippet.
    pub fn with_source(mut self, file_name: &str, source: &str) -> SyntaxError {
        self.source = Arc::new(NamedSource::new(file_name, source.to_string()));
        self
    }

    pub fn is_unexpected_eof(&self) -> bool {
        self.kind == SyntaxErrorKind::UnexpectedEof
    }

    /// File name attached by [`SyntaxError::with_source`].
    pub fn file_name(&self) -> &str {
        self.source.name()
    }

    /// 1-based line of the error, in the attached source.
    pub fn line(&self) -> usize {
        crate::span::line_of(self.source.inner(), self.span.start as usize)
    }
}

impl fmt::Debug for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SyntaxError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("span", &self.span)
            .field("label", &self.label)
            .field("help", &self.help)
            .finish()
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}

impl Diagnostic for SyntaxError {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&*self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = LabeledSpan::new_with_span(Some(self.label.clone()), self.span);
        Some(Box::new(std::iter::once(label)))
    }
}
