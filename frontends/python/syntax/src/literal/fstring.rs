//! f-strings (PEP 498 as of Python 3.11): literal text with `{{`/`}}`,
//! replacement fields `{expr=!r:spec}` whose expressions are parsed by the
//! real grammar (with spans into the file), and format specs that may hold
//! nested fields.

use omx_core::{Span, SyntaxError};

use super::escape::decode_text;
use crate::ast::{Expr, FStringField, FStringPart};
use crate::errors;
use crate::parser::parse_fstring_expression;

/// How deeply format specs may nest fields (`f'{x:{y}}'` is one level):
/// CPython stops at two, "f-string: expressions nested too deeply".
const MAX_SPEC_NESTING: usize = 1;

/// Parses the body of an f-string; `offset` is the body's byte offset in
/// the file.
pub fn parse(body: &str, offset: usize, raw: bool) -> Result<Vec<FStringPart>, SyntaxError> {
    parse_with(body, offset, raw, &mut parse_fstring_expression)
}

/// [`parse`], with `expression(text, offset)` parsing each replacement
/// field's expression.
pub fn parse_with(
    body: &str,
    offset: usize,
    raw: bool,
    expression: &mut dyn FnMut(&str, usize) -> Result<Expr, SyntaxError>,
) -> Result<Vec<FStringPart>, SyntaxError> {
    let mut parser = FString {
        body,
        bytes: body.as_bytes(),
        offset,
        raw,
        pos: 0,
        spec_nesting: 0,
        expression,
    };
    parser.parts(false)
}

struct FString<'a, 'e> {
    body: &'a str,
    bytes: &'a [u8],
    offset: usize,
    raw: bool,
    pos: usize,
    /// Format specs open around the current position.
    spec_nesting: usize,
    expression: &'e mut dyn FnMut(&str, usize) -> Result<Expr, SyntaxError>,
}

/// Where a replacement field's expression stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Close,
    Conversion,
    Spec,
    Debug,
}

impl FString<'_, '_> {
    fn error(&self, message: &str, at: usize, label: &str) -> SyntaxError {
        let start = self.offset + at;
        errors::invalid(message, Span::new(start, start + 1), label)
    }

    /// Literal text and fields up to the end (or, in a format spec, up to
    /// the `}` that closes the field).
    fn parts(&mut self, in_spec: bool) -> Result<Vec<FStringPart>, SyntaxError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut chunk = self.pos;
        while self.pos < self.bytes.len() {
            match self.bytes[self.pos] {
                b'{' if !in_spec && self.bytes.get(self.pos + 1) == Some(&b'{') => {
                    self.flush(chunk, &mut text)?;
                    text.push('{');
                    self.pos += 2;
                    chunk = self.pos;
                }
                b'{' if in_spec && self.spec_nesting > MAX_SPEC_NESTING => {
                    return Err(self.error(
                        "f-string: expressions nested too deeply",
                        self.pos,
                        "a field in the format spec of a field in a format spec",
                    ));
                }
                b'{' => {
                    self.flush(chunk, &mut text)?;
                    if !text.is_empty() {
                        parts.push(FStringPart::Literal(std::mem::take(&mut text)));
                    }
                    parts.push(FStringPart::Field(Box::new(self.field()?)));
                    chunk = self.pos;
                }
                b'}' if in_spec => break,
                b'}' if self.bytes.get(self.pos + 1) == Some(&b'}') => {
                    self.flush(chunk, &mut text)?;
                    text.push('}');
                    self.pos += 2;
                    chunk = self.pos;
                }
                b'}' => {
                    return Err(self
                        .error(
                            "f-string: single '}' is not allowed",
                            self.pos,
                            "a lone closing brace",
                        )
                        .with_help("write `}}` for a literal brace"));
                }
                b'\\' if !self.raw => {
                    self.pos += 1;
                    match self.bytes.get(self.pos) {
                        Some(b'{') | Some(b'}') | None => {}
                        Some(b'N') if self.bytes.get(self.pos + 1) == Some(&b'{') => {
                            while self.pos < self.bytes.len() && self.bytes[self.pos] != b'}' {
                                self.pos += 1;
                            }
                            self.pos += 1;
                        }
                        Some(_) => self.pos += 1,
                    }
                }
                _ => self.pos += 1,
            }
        }
        self.pos = self.pos.min(self.bytes.len());
        self.flush(chunk, &mut text)?;
        if !text.is_empty() {
            parts.push(FStringPart::Literal(text));
        }
        Ok(parts)
    }

    /// Decodes the literal text `chunk..pos` onto `text`.
    fn flush(&self, chunk: usize, text: &mut String) -> Result<(), SyntaxError> {
        let end = self.pos.min(self.bytes.len());
        if chunk < end {
            let decoded = decode_text(&self.body[chunk..end], self.offset + chunk, self.raw)?;
            text.push_str(&decoded);
        }
        Ok(())
    }

    /// A replacement field; `pos` is at its `{`.
    fn field(&mut self) -> Result<FStringField, SyntaxError> {
        let open = self.pos;
        let start = open + 1;
        let (end, mut stop) = self.scan_expression(start)?;
        let source = &self.body[start..end];
        if source.trim().is_empty() {
            return Err(self.error(
                "f-string: empty expression not allowed",
                end,
                "an expression is needed here",
            ));
        }
        let expr = (self.expression)(source, self.offset + start)?;
        self.pos = end;
        let mut debug_text = None;
        if stop == Stop::Debug {
            self.pos += 1;
            while self
                .bytes
                .get(self.pos)
                .is_some_and(|b| b.is_ascii_whitespace())
            {
                self.pos += 1;
            }
            debug_text = Some(self.body[start..self.pos].to_string());
            stop = match self.bytes.get(self.pos) {
                Some(b'!') => Stop::Conversion,
                Some(b':') => Stop::Spec,
                Some(b'}') => Stop::Close,
                _ => return Err(self.expecting_close()),
            };
        }
        let mut conversion = None;
        if stop == Stop::Conversion {
            let c = self.bytes.get(self.pos + 1).copied();
            match c {
                Some(c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                Some(b'}') | Some(b':') | None => {
                    return Err(self.error(
                        "f-string: missed conversion character",
                        self.pos + 1,
                        "a conversion character is needed after !",
                    ))
                }
                Some(_) => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        self.pos + 1,
                        "not a conversion character",
                    ))
                }
            }
            self.pos += 2;
            stop = match self.bytes.get(self.pos) {
                Some(b':') => Stop::Spec,
                Some(b'}') => Stop::Close,
                _ => return Err(self.expecting_close()),
            };
        }
        let mut format_spec = None;
        if stop == Stop::Spec {
            self.pos += 1;
            self.spec_nesting += 1;
            let spec = self.parts(true);
            self.spec_nesting -= 1;
            format_spec = Some(spec?);
        }
        if self.bytes.get(self.pos) != Some(&b'}') {
            return Err(self.expecting_close());
        }
        self.pos += 1;
        Ok(FStringField {
            expr,
            debug_text,
            conversion,
            format_spec,
            span: Span::new(self.offset + open, self.offset + self.pos),
        })
    }

    fn expecting_close(&self) -> SyntaxError {
        self.error(
            "f-string: expecting '}'",
            self.pos.min(self.bytes.len().saturating_sub(1)),
            "the replacement field is not closed",
        )
    }

    /// Finds where a field's expression ends: at depth 0, `}`, `!` (not
    /// `!=`), `:` or a lone `=`.
    fn scan_expression(&self, start: usize) -> Result<(usize, Stop), SyntaxError> {
        let mut depth = 0usize;
        let mut i = start;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            let next = self.bytes.get(i + 1).copied();
            match b {
                b'\'' | b'"' => {
                    i = self.skip_string(i)?;
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => {
                    if depth == 0 {
                        return Err(self.error(
                            &format!("f-string: unmatched '{}'", b as char),
                            i,
                            "nothing to close here",
                        ));
                    }
                    depth -= 1;
                }
                b'}' if depth == 0 => return Ok((i, Stop::Close)),
                b'}' => depth -= 1,
                b'\\' => {
                    return Err(self.error(
                        "f-string expression part cannot include a backslash",
                        i,
                        "a backslash inside the braces",
                    ))
                }
                b'#' => {
                    return Err(self.error(
                        "f-string expression part cannot include '#'",
                        i,
                        "a comment sign inside the braces",
                    ))
                }
                b'!' | b'<' | b'>' | b'=' if next == Some(b'=') => i += 1,
                b'!' if depth == 0 => return Ok((i, Stop::Conversion)),
                b':' if depth == 0 => return Ok((i, Stop::Spec)),
                b'=' if depth == 0 => return Ok((i, Stop::Debug)),
                _ => {}
            }
            i += 1;
        }
        Err(self.error(
            "f-string: expecting '}'",
            self.bytes.len().saturating_sub(1),
            "the replacement field is not closed",
        ))
    }

    /// Skips a string literal inside a field's expression; returns the
    /// offset after its closing quote.
    fn skip_string(&self, at: usize) -> Result<usize, SyntaxError> {
        let quote = self.bytes[at];
        let triple =
            self.bytes.get(at + 1) == Some(&quote) && self.bytes.get(at + 2) == Some(&quote);
        let mut i = if triple { at + 3 } else { at + 1 };
        while i < self.bytes.len() {
            if self.bytes[i] == quote
                && (!triple
                    || (self.bytes.get(i + 1) == Some(&quote)
                        && self.bytes.get(i + 2) == Some(&quote)))
            {
                return Ok(if triple { i + 3 } else { i + 1 });
            }
            i += 1;
        }
        Err(self.error(
            "f-string: unterminated string",
            at,
            "this string inside the field is not closed",
        ))
    }
}
