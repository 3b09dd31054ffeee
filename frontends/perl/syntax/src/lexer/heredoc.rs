//! Heredocs: `<<"EOT"`, `<<'EOT'`, `<<EOT`, `<<~EOT` (indented), several on
//! one line. The body starts on the line after the operator (or after the
//! previous heredoc's body on the same line); the lexer then skips it.

use crate::ast::StrPart;
use crate::error::{LexError, Problem};
use crate::token::Tok;

use super::interp::InterpMode;
use super::{Expect, Lexer};

impl Lexer<'_> {
    pub(super) fn lex_heredoc(
        &mut self,
        start: usize,
    ) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        let mut at = start + 2;
        let indented = self.byte(at) == Some(b'~');
        if indented {
            at += 1;
        }
        let (tag, interpolate, tag_end) = match self.byte(at) {
            Some(q @ (b'"' | b'\'')) => {
                let Some(close) = self.src[at + 1..self.end].find(q as char) else {
                    return Ok(None);
                };
                let tag = self.src[at + 1..at + 1 + close].to_string();
                (tag, q == b'"', at + 1 + close + 1)
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let mut end = at;
                while self
                    .byte(end)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
                {
                    end += 1;
                }
                (self.src[at..end].to_string(), true, end)
            }
            _ => return Ok(None),
        };
        let unterminated = || LexError::at(Problem::StringTerminator(tag.clone()), start, tag_end);
        let (newline, body_start) = match self.heredoc_skip {
            Some((newline, resume)) => (newline, resume),
            None => {
                let newline = self.line_end(tag_end);
                if newline >= self.end {
                    return Err(unterminated());
                }
                (newline, newline + 1)
            }
        };
        // Find the terminator line.
        let mut line_start = body_start;
        let (body_end, resume, indent) = loop {
            if line_start >= self.end {
                return Err(unterminated());
            }
            let line_end = self.line_end(line_start);
            let line = self.src[line_start..line_end].trim_end_matches('\r');
            let matches = if indented {
                line.trim_start_matches([' ', '\t']) == tag
            } else {
                line == tag
            };
            if matches {
                let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
                break (line_start, (line_end + 1).min(self.end), indent);
            }
            line_start = line_end + 1;
        };
        self.heredoc_skip = Some((newline, resume));

        let parts = if indented {
            let mut parts = Vec::new();
            let mut line_start = body_start;
            while line_start < body_end {
                let line_end = (self.line_end(line_start) + 1).min(body_end);
                let mut from = line_start;
                while from < line_start + indent && matches!(self.byte(from), Some(b' ' | b'\t')) {
                    from += 1;
                }
                parts.extend(self.heredoc_text(from, line_end, interpolate)?);
                line_start = line_end;
            }
            merge_literals(parts)
        } else {
            self.heredoc_text(body_start, body_end, interpolate)?
        };
        let tok = if interpolate && parts.iter().any(|p| !matches!(p, StrPart::Lit(_))) {
            Tok::Interp(parts)
        } else {
            let text = parts
                .into_iter()
                .map(|p| match p {
                    StrPart::Lit(s) => s,
                    _ => String::new(),
                })
                .collect();
            Tok::Str(text)
        };
        Ok(Some((tok, tag_end, Expect::Operator)))
    }

    fn heredoc_text(
        &self,
        start: usize,
        end: usize,
        interpolate: bool,
    ) -> Result<Vec<StrPart>, LexError> {
        if interpolate {
            self.interpolate(start, end, InterpMode::Heredoc)
        } else {
            Ok(vec![StrPart::Lit(self.src[start..end].to_string())])
        }
    }
}

/// Join adjacent literal parts.
fn merge_literals(parts: Vec<StrPart>) -> Vec<StrPart> {
    let mut out: Vec<StrPart> = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (Some(StrPart::Lit(prev)), StrPart::Lit(text)) => prev.push_str(&text),
            (_, part) => out.push(part),
        }
    }
    out
}
