//! String literals: prefixes, escape sequences and f-strings.

mod escape;
mod fstring;

use omx_core::{Span, SyntaxError};

use crate::ast::{Expr, ExprKind, StringLiteral, StringValue};
use crate::errors;
use crate::lexer::field_depth;

pub use escape::{decode_bytes, decode_text};

/// The depth of the deepest replacement field of an f-string token (0 for
/// other strings), each field counted from `base` levels; only "too deep"
/// is an error here: the parser reports the string's other errors.
pub fn fstring_depth(raw: &str, start: usize, base: u32) -> Result<u32, SyntaxError> {
    let prefix_len = raw.find(['\'', '"']).unwrap_or(0);
    let prefix = raw[..prefix_len].to_ascii_lowercase();
    if !prefix.contains('f') {
        return Ok(0);
    }
    let rest = &raw[prefix_len..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    if rest.len() < 2 * quote_len {
        return Ok(0);
    }
    let body_start = prefix_len + quote_len;
    let body = &raw[body_start..raw.len() - quote_len];
    let mut deepest = 0;
    let mut too_deep = None;
    let mut measure = |text: &str, offset: usize| {
        match field_depth(text, offset, base.saturating_add(1)) {
            Ok(depth) => deepest = deepest.max(depth.saturating_add(1)),
            Err(error) => too_deep = Some(error),
        }
        match &too_deep {
            // Stop at the first field too deep.
            Some(error) => Err(error.clone()),
            None => Ok(Expr::new(ExprKind::None, Span::new(offset, offset))),
        }
    };
    let _ = fstring::parse_with(body, start + body_start, prefix.contains('r'), &mut measure);
    match too_deep {
        Some(error) => Err(error),
        None => Ok(deepest),
    }
}

/// Decodes one string token (`rb'...'`, `f"""..."""`, ...) starting at
/// byte `start` of the file.
pub fn string_literal(raw: &str, start: usize) -> Result<StringLiteral, SyntaxError> {
    let span = Span::new(start, start + raw.len());
    let prefix_len = raw.find(['\'', '"']).unwrap_or(0);
    let prefix = &raw[..prefix_len];
    let rest = &raw[prefix_len..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    if rest.len() < 2 * quote_len {
        return Err(errors::invalid(
            "unterminated string literal",
            span,
            "this string is not closed",
        ));
    }
    let body_start = prefix_len + quote_len;
    let body = &raw[body_start..raw.len() - quote_len];
    let lower = prefix.to_ascii_lowercase();
    let is_raw = lower.contains('r');
    let body_offset = start + body_start;
    let value = if lower.contains('f') {
        StringValue::Format(fstring::parse(body, body_offset, is_raw)?)
    } else if lower.contains('b') {
        StringValue::Bytes(decode_bytes(body, body_offset, is_raw)?)
    } else {
        StringValue::Text(decode_text(body, body_offset, is_raw)?)
    };
    Ok(StringLiteral {
        prefix: prefix.to_string(),
        value,
        span,
    })
}
