//! String literals: prefixes, escape sequences and f-strings.

mod escape;
mod fstring;

use omx_core::{Span, SyntaxError};

use crate::ast::{StringLiteral, StringValue};
use crate::errors;

pub use escape::{decode_bytes, decode_text};

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
