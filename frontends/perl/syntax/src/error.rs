//! Perl-worded syntax errors.
//!
//! Lexer and parser problems are collected as [`LexError`] values (a
//! [`Problem`] and a span) and rendered once, with the file name and line,
//! into an `omx_core::SyntaxError` worded the way perl 5.36 words it.

use omx_core::span::line_of;
use omx_core::{Span, SyntaxError, SyntaxErrorKind};

use crate::limits::{MAX_INTERPOLATION, MAX_LEVELS, MAX_NESTING};

const CODE: &str = "perl::syntax";

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// `Can't find string terminator "X" anywhere before EOF`.
    StringTerminator(String),
    SearchPattern,
    SubstPattern,
    SubstReplacement,
    TranslitPattern,
    TranslitReplacement,
    /// An opening `{` or `[` never closed.
    MissingBracket,
    /// Generic `syntax error ... near "..."`.
    Syntax,
    /// Input ended in the middle of a construct.
    SyntaxAtEof,
    /// Something perl accepts that this parser rejects on purpose.
    Unsupported(String),
    /// A numeric literal perl would reject.
    BadNumber(String),
    /// Past one of omx's nesting limits (perl itself has none).
    TooDeep(TooDeep),
}

/// Which nesting limit an input went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooDeep {
    /// More than [`MAX_NESTING`] brackets and blocks open at once.
    Brackets,
    /// A tree more than [`MAX_LEVELS`] levels deep.
    Levels,
    /// Strings interpolated in strings more than [`MAX_INTERPOLATION`]
    /// deep.
    Interpolation,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    pub problem: Problem,
    pub span: Span,
    /// A syntax problem only an earlier token explains ("missing semicolon").
    pub help: Option<String>,
}

impl LexError {
    pub fn new(problem: Problem, span: Span) -> LexError {
        LexError {
            problem,
            span,
            help: None,
        }
    }

    pub fn at(problem: Problem, start: usize, end: usize) -> LexError {
        LexError::new(problem, Span::new(start, end))
    }

    fn is_eof(&self) -> bool {
        matches!(
            self.problem,
            Problem::StringTerminator(_)
                | Problem::SearchPattern
                | Problem::SubstPattern
                | Problem::SubstReplacement
                | Problem::TranslitPattern
                | Problem::TranslitReplacement
                | Problem::MissingBracket
                | Problem::SyntaxAtEof
        )
    }

    /// Render as perl would, attaching `file_name` and `source`.
    pub fn into_syntax_error(self, file_name: &str, source: &str) -> SyntaxError {
        let start = (self.span.start as usize).min(source.len());
        let line = line_of(source, start);
        let kind = if self.is_eof() {
            SyntaxErrorKind::UnexpectedEof
        } else {
            SyntaxErrorKind::Invalid
        };
        let (message, label, help) = match &self.problem {
            Problem::StringTerminator(delim) if delim.len() > 1 => (
                format!(
                    "Can't find string terminator \"{delim}\" anywhere before EOF at {file_name} line {line}."
                ),
                "heredoc starts here".to_string(),
                Some(format!("end the heredoc with a line containing only {delim}")),
            ),
            Problem::StringTerminator(delim) => {
                let shown = if delim == "\"" {
                    "'\"'".to_string()
                } else {
                    format!("\"{delim}\"")
                };
                (
                    format!(
                        "Can't find string terminator {shown} anywhere before EOF at {file_name} line {line}."
                    ),
                    "string starts here".to_string(),
                    Some(format!("close the string with {delim}")),
                )
            }
            Problem::SearchPattern => (
                format!("Search pattern not terminated at {file_name} line {line}."),
                "pattern starts here".to_string(),
                None,
            ),
            Problem::SubstPattern => (
                format!("Substitution pattern not terminated at {file_name} line {line}."),
                "substitution starts here".to_string(),
                None,
            ),
            Problem::SubstReplacement => (
                format!("Substitution replacement not terminated at {file_name} line {line}."),
                "substitution starts here".to_string(),
                None,
            ),
            Problem::TranslitPattern => (
                format!("Transliteration pattern not terminated at {file_name} line {line}."),
                "transliteration starts here".to_string(),
                None,
            ),
            Problem::TranslitReplacement => (
                format!("Transliteration replacement not terminated at {file_name} line {line}."),
                "transliteration starts here".to_string(),
                None,
            ),
            Problem::MissingBracket => {
                let end_line = last_line(source);
                (
                    format!(
                        "Missing right curly or square bracket at {file_name} line {end_line}, at end of line"
                    ),
                    "this bracket is never closed".to_string(),
                    Some("add the missing closing bracket".to_string()),
                )
            }
            Problem::Syntax => (
                format!(
                    "syntax error at {file_name} line {line}, near \"{}\"",
                    near_text(source, start)
                ),
                "unexpected here".to_string(),
                None,
            ),
            Problem::SyntaxAtEof => (
                format!(
                    "syntax error at {file_name} line {}, at EOF",
                    last_line(source)
                ),
                "input ends here".to_string(),
                None,
            ),
            Problem::Unsupported(what) => (
                format!("{what} at {file_name} line {line}."),
                "not supported".to_string(),
                None,
            ),
            Problem::TooDeep(limit) => {
                let (what, label) = match limit {
                    TooDeep::Brackets => (
                        format!("Brackets and blocks nested more than {MAX_NESTING} deep"),
                        "one bracket too many",
                    ),
                    TooDeep::Levels => (
                        format!("Expression nested more than {MAX_LEVELS} levels deep"),
                        "too many nested operators, brackets and blocks",
                    ),
                    TooDeep::Interpolation => (
                        format!("Interpolated strings nested more than {MAX_INTERPOLATION} deep"),
                        "one interpolation too many",
                    ),
                };
                (
                    format!("{what} at {file_name} line {line}."),
                    label.to_string(),
                    Some(format!(
                        "omx allows {MAX_NESTING} nested brackets and blocks, {MAX_LEVELS} levels of nested operators, brackets and blocks together, and {MAX_INTERPOLATION} levels of interpolation"
                    )),
                )
            }
            Problem::BadNumber(text) => (
                format!("Integer overflow in number \"{text}\" at {file_name} line {line}."),
                "this number".to_string(),
                None,
            ),
        };
        let mut error = SyntaxError::new(CODE, kind, message, self.span, label);
        if let Some(help) = self.help.or(help) {
            error = error.with_help(help);
        }
        error.with_source(file_name, source)
    }
}

/// Perl's "near" text: from the offending token to the end of its line.
fn near_text(source: &str, start: usize) -> String {
    let rest = source.get(start..).unwrap_or("");
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let text = &rest[..line_end];
    let mut shown: String = text.chars().take(60).collect();
    if shown.is_empty() {
        shown.push_str("EOF");
    }
    shown
}

/// The line of the last non-blank character: where perl says EOF is.
fn last_line(source: &str) -> usize {
    line_of(source, source.trim_end().len())
}
