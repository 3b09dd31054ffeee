//! Cooking literal text: string escapes, template chunks and numbers.

/// Why an escape sequence could not be cooked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EscapeError {
    Hex,
    Unicode,
    CodePoint,
    /// A legacy octal escape (`\1`, `\08`) inside a template literal.
    Octal,
}

impl EscapeError {
    pub fn message(self) -> &'static str {
        match self {
            EscapeError::Hex => "Invalid hexadecimal escape sequence",
            EscapeError::Unicode => "Invalid Unicode escape sequence",
            EscapeError::CodePoint => "Undefined Unicode code-point",
            EscapeError::Octal => "Octal escape sequences are not allowed in template strings",
        }
    }
}

fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp >= 0x10000 {
        let v = cp - 0x10000;
        out.push(0xD800 | (v >> 10) as u16);
        out.push(0xDC00 | (v & 0x3FF) as u16);
    } else {
        out.push(cp as u16);
    }
}

fn hex_value(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(text, 16).ok()
}

/// Cook the body of a string literal or template chunk (without quotes).
/// Returns the byte offset (within `body`) of a bad escape on error.
/// Lone surrogates become U+FFFD: omx strings are UTF-8.
pub fn cook(body: &str, template: bool) -> Result<String, (usize, EscapeError)> {
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    let mut out: Vec<u16> = Vec::with_capacity(body.len());
    let bytes = body.as_bytes();
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '\r' {
            // Line terminators in templates are normalised to \n.
            if bytes.get(at + 1) == Some(&b'\n') {
                chars.next();
            }
            out.push(u16::from(b'\n'));
            continue;
        }
        if c != '\\' {
            let mut buf = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut buf));
            continue;
        }
        let Some((_, e)) = chars.next() else {
            break;
        };
        match e {
            'b' => out.push(0x08),
            't' => out.push(0x09),
            'n' => out.push(0x0A),
            'v' => out.push(0x0B),
            'f' => out.push(0x0C),
            'r' => out.push(0x0D),
            '\r' => {
                if let Some((_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => {}
            'x' => {
                let digits = body.get(at + 2..at + 4).unwrap_or("");
                let v = (digits.len() == 2)
                    .then(|| hex_value(digits))
                    .flatten()
                    .ok_or((at, EscapeError::Hex))?;
                out.push(v as u16);
                chars.next();
                chars.next();
            }
            'u' => {
                let rest = &body[at + 2..];
                if let Some(inner) = rest.strip_prefix('{') {
                    let close = inner.find('}').ok_or((at, EscapeError::Unicode))?;
                    let v = hex_value(&inner[..close]).ok_or((at, EscapeError::Unicode))?;
                    if v > 0x10FFFF {
                        return Err((at, EscapeError::CodePoint));
                    }
                    push_code_point(&mut out, v);
                    for _ in 0..close + 2 {
                        chars.next();
                    }
                } else {
                    let digits = rest.get(..4).unwrap_or("");
                    let v = hex_value(digits).ok_or((at, EscapeError::Unicode))?;
                    out.push(v as u16);
                    for _ in 0..4 {
                        chars.next();
                    }
                }
            }
            '0' if !matches!(chars.peek(), Some((_, '0'..='9'))) => out.push(0),
            '0'..='7' => {
                if template {
                    return Err((at, EscapeError::Octal));
                }
                let first = e as u32 - '0' as u32;
                let max_len = if first <= 3 { 3 } else { 2 };
                let mut value = first;
                let mut len = 1;
                while len < max_len {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            value = value * 8 + (d as u32 - '0' as u32);
                            chars.next();
                            len += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u16);
            }
            '8' | '9' if template => return Err((at, EscapeError::Octal)),
            other => {
                let mut buf = [0u16; 2];
                out.extend_from_slice(other.encode_utf16(&mut buf));
            }
        }
    }
    Ok(String::from_utf16_lossy(&out))
}

/// Why a numeric literal is malformed.
pub fn separator_error(digits: &str) -> Option<&'static str> {
    if digits.contains("__") {
        return Some("Only one underscore is allowed as numeric separator");
    }
    if digits.ends_with('_') {
        return Some("Numeric separators are not allowed at the end of numeric literals");
    }
    None
}

/// The value of a numeric literal (decimal, `0x`, `0o`, `0b`, legacy octal).
pub fn number_value(text: &str) -> Result<f64, &'static str> {
    let lower = text.get(..2).map(|p| p.to_ascii_lowercase());
    let radix = match lower.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits = &text[2..];
        if digits.is_empty() || digits.starts_with('_') {
            return Err("Invalid or unexpected token");
        }
        if let Some(e) = separator_error(digits) {
            return Err(e);
        }
        let mut value = 0f64;
        for b in digits.bytes().filter(|&b| b != b'_') {
            let d = (b as char)
                .to_digit(radix)
                .ok_or("Invalid or unexpected token")?;
            value = value * radix as f64 + d as f64;
        }
        return Ok(value);
    }
    if text.len() > 1 && text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit()) {
        // Legacy octal `017` (sloppy mode); `089` is decimal.
        if text.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
            return Ok(text[1..]
                .bytes()
                .fold(0f64, |acc, b| acc * 8.0 + (b - b'0') as f64));
        }
        return text
            .parse::<f64>()
            .map_err(|_| "Invalid or unexpected token");
    }
    if text.starts_with('0') && text.len() > 1 && text.as_bytes()[1] == b'_' {
        return Err("Numeric separator can not be used after leading 0.");
    }
    for part in text.split(['.', 'e', 'E', '+', '-']) {
        if part.starts_with('_') {
            return Err("Numeric separators are not allowed here");
        }
        if let Some(e) = separator_error(part) {
            return Err(e);
        }
    }
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    if cleaned.ends_with(['e', 'E', '+', '-']) {
        return Err("Invalid or unexpected token");
    }
    cleaned
        .parse::<f64>()
        .map_err(|_| "Invalid or unexpected token")
}

/// A BigInt literal's digits, kept as text with the radix prefix.
pub fn bigint_text(text: &str) -> Result<String, &'static str> {
    let body = text.strip_suffix('n').unwrap_or(text);
    if body.len() > 1 && body.starts_with('0') && body.as_bytes()[1].is_ascii_digit() {
        return Err("Invalid BigInt syntax");
    }
    let digits = if body.len() > 2 && matches!(&body[..2], "0x" | "0X" | "0o" | "0O" | "0b" | "0B")
    {
        &body[2..]
    } else {
        body
    };
    if digits.is_empty() || digits.starts_with('_') {
        return Err("Invalid or unexpected token");
    }
    if let Some(e) = separator_error(digits) {
        return Err(e);
    }
    Ok(body.chars().filter(|&c| c != '_').collect())
}
