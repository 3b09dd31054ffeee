//! Interpolation in `"..."`, `qq`, heredocs and patterns.
//!
//! The scanner finds where each interpolated variable expression ends, by
//! perl's rules (`$x`, `${x}`, `$x[1]`, `$x{key}`, `$x->[1]{k}`, `@{[ ... ]}`,
//! `${\ ...}`, `$$x`, `@$x`, `$#x`), then hands that source range to the
//! real parser so the string's parts hold parsed expressions, not text.
//! Escapes are decoded here; patterns keep theirs as written.

use crate::ast::{CaseMod, StrPart};
use crate::error::LexError;

use super::Lexer;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InterpMode {
    String,
    Heredoc,
    Regex,
}

/// Punctuation variables interpolated in strings (`"$@"`, `"$&"`, `"$!"`).
const STRING_PUNCT: &[u8] = b"&`'+!@/\\,;.";

impl Lexer<'_> {
    pub(super) fn interpolate(
        &self,
        start: usize,
        end: usize,
        mode: InterpMode,
    ) -> Result<Vec<StrPart>, LexError> {
        let bytes = self.src.as_bytes();
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut i = start;
        while i < end {
            match bytes[i] {
                b'\\' if i + 1 < end => {
                    if mode == InterpMode::Regex {
                        let next = self.char_at(i + 1);
                        lit.push('\\');
                        lit.push(next);
                        i += 1 + next.len_utf8();
                    } else {
                        i = self.escape(i, end, &mut lit, &mut parts);
                    }
                }
                b'$' => match self.scalar_end(i, end, mode) {
                    Some(e) => {
                        flush(&mut lit, &mut parts);
                        let expr = self.interpolated_expr(i, e)?;
                        parts.push(StrPart::Scalar(expr));
                        i = e;
                    }
                    None => {
                        lit.push('$');
                        i += 1;
                    }
                },
                b'@' => match self.array_end(i, end, mode) {
                    Some(e) => {
                        flush(&mut lit, &mut parts);
                        let expr = self.interpolated_expr(i, e)?;
                        parts.push(StrPart::List(expr));
                        i = e;
                    }
                    None => {
                        lit.push('@');
                        i += 1;
                    }
                },
                _ => {
                    let c = self.char_at(i);
                    lit.push(c);
                    i += c.len_utf8();
                }
            }
        }
        flush(&mut lit, &mut parts);
        Ok(parts)
    }

    /// The interpolated expression `src[start..end]`, parsed with the
    /// levels around this string as its base.
    fn interpolated_expr(&self, start: usize, end: usize) -> Result<crate::ast::Expr, LexError> {
        let (expr, depth) = crate::parser::parse_expr_range(
            self.src,
            start,
            end,
            self.interp_depth + 1,
            self.depth.levels(),
        )?;
        self.inner_depth.set(self.inner_depth.get().max(depth));
        Ok(expr)
    }

    fn char_at(&self, at: usize) -> char {
        self.src[at..].chars().next().unwrap_or('\u{fffd}')
    }

    /// The offset past the bracket matching the one at `open`, within `end`.
    fn matching(&self, open: usize, end: usize) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let (o, c) = (
            bytes[open],
            match bytes[open] {
                b'[' => b']',
                b'{' => b'}',
                _ => b')',
            },
        );
        let mut depth = 0usize;
        let mut i = open;
        while i < end {
            let b = bytes[i];
            if b == b'\\' {
                i += 2;
                continue;
            }
            if b == o {
                depth += 1;
            } else if b == c {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            i += 1;
        }
        None
    }

    /// A plain identifier (with `::` parts) at `at`, ending before `end`.
    fn interp_ident_end(&self, at: usize, end: usize) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let mut j = at;
        if j + 1 < end && bytes[j] == b':' && bytes[j + 1] == b':' {
            j += 2;
        }
        if j >= end || !(bytes[j].is_ascii_alphabetic() || bytes[j] == b'_') {
            return None;
        }
        loop {
            while j < end && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_') {
                j += 1;
            }
            if j + 2 < end
                && bytes[j] == b':'
                && bytes[j + 1] == b':'
                && (bytes[j + 2].is_ascii_alphabetic() || bytes[j + 2] == b'_')
            {
                j += 2;
                continue;
            }
            return Some(j);
        }
    }

    /// Where a `$...` interpolation starting at `at` ends, if it is one.
    fn scalar_end(&self, at: usize, end: usize, mode: InterpMode) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let mut j = at + 1;
        if j >= end {
            return None;
        }
        match bytes[j] {
            b'{' => j = self.matching(j, end)?,
            b'$' => {
                let mut k = j;
                while k < end && bytes[k] == b'$' {
                    k += 1;
                }
                if k < end && bytes[k] == b'{' {
                    j = self.matching(k, end)?;
                } else if let Some(e) = self.interp_ident_end(k, end) {
                    j = e;
                } else if mode == InterpMode::Regex {
                    return None;
                } else {
                    return Some(j + 1);
                }
            }
            b'#' => {
                let k = j + 1;
                if k < end && bytes[k] == b'{' {
                    return self.matching(k, end);
                }
                if k < end && bytes[k] == b'$' {
                    return self.interp_ident_end(k + 1, end);
                }
                return self.interp_ident_end(k, end);
            }
            c if c.is_ascii_digit() => {
                while j < end && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                return Some(j);
            }
            // `$+{name}` / `$-[1]`: elements of %+ / @- and friends.
            b'+' | b'-' if j + 1 < end && matches!(bytes[j + 1], b'{' | b'[') => {
                return Some(self.subscripts_end(j + 1, end, mode, false));
            }
            c if mode != InterpMode::Regex && STRING_PUNCT.contains(&c) => return Some(j + 1),
            _ => j = self.interp_ident_end(j, end)?,
        }
        Some(self.subscripts_end(j, end, mode, true))
    }

    /// Where a `@...` interpolation starting at `at` ends, if it is one.
    fn array_end(&self, at: usize, end: usize, mode: InterpMode) -> Option<usize> {
        let bytes = self.src.as_bytes();
        let mut j = at + 1;
        if j >= end {
            return None;
        }
        match bytes[j] {
            b'{' => j = self.matching(j, end)?,
            b'$' => {
                let mut k = j;
                while k < end && bytes[k] == b'$' {
                    k += 1;
                }
                if k < end && bytes[k] == b'{' {
                    j = self.matching(k, end)?;
                } else {
                    j = self.interp_ident_end(k, end)?;
                }
            }
            _ => j = self.interp_ident_end(j, end)?,
        }
        Some(self.subscripts_end(j, end, mode, false))
    }

    /// Extend an interpolated variable over its subscripts.
    fn subscripts_end(&self, mut j: usize, end: usize, mode: InterpMode, chain: bool) -> usize {
        let bytes = self.src.as_bytes();
        let mut after_arrow = false;
        loop {
            if j >= end {
                return j;
            }
            match bytes[j] {
                b'[' if after_arrow || self.index_like(j, end, mode) => match self.matching(j, end)
                {
                    Some(e) => j = e,
                    None => return j,
                },
                b'{' if after_arrow
                    || !(mode == InterpMode::Regex && self.quantifier_like(j, end)) =>
                {
                    match self.matching(j, end) {
                        Some(e) => j = e,
                        None => return j,
                    }
                }
                b'-' if chain
                    && j + 2 < end
                    && bytes[j + 1] == b'>'
                    && matches!(bytes[j + 2], b'[' | b'{') =>
                {
                    j += 2;
                    after_arrow = true;
                    continue;
                }
                _ => return j,
            }
            after_arrow = false;
            if !chain {
                return j;
            }
        }
    }

    /// Does `[` at `at` start an array subscript (not a character class)?
    fn index_like(&self, at: usize, end: usize, mode: InterpMode) -> bool {
        let bytes = self.src.as_bytes();
        let Some(close) = self.matching(at, end) else {
            return false;
        };
        let inner = &self.src[at + 1..close - 1];
        match mode {
            InterpMode::Regex => {
                let digits = inner.strip_prefix('-').unwrap_or(inner);
                (!digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()))
                    || (inner.starts_with('$')
                        && inner.len() > 1
                        && inner[1..]
                            .bytes()
                            .all(|c| c.is_ascii_alphanumeric() || c == b'_'))
            }
            _ => {
                at + 1 < end
                    && (bytes[at + 1] == b'$'
                        || bytes[at + 1].is_ascii_digit()
                        || (bytes[at + 1] == b'-'
                            && at + 2 < end
                            && (bytes[at + 2].is_ascii_digit() || bytes[at + 2] == b'$')))
            }
        }
    }

    /// Is `{` at `at` a regex quantifier like `{2}` or `{1,3}`?
    fn quantifier_like(&self, at: usize, end: usize) -> bool {
        let Some(close) = self.matching(at, end) else {
            return true;
        };
        let inner = &self.src[at + 1..close - 1];
        !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_digit() || c == b',')
    }

    /// Decode the escape at `at` (a backslash); returns the offset after it.
    fn escape(&self, at: usize, end: usize, lit: &mut String, parts: &mut Vec<StrPart>) -> usize {
        let bytes = self.src.as_bytes();
        let c = self.char_at(at + 1);
        let after = at + 1 + c.len_utf8();
        let case = |m: CaseMod, lit: &mut String, parts: &mut Vec<StrPart>| {
            flush(lit, parts);
            parts.push(StrPart::Case(m));
            after
        };
        match c {
            'n' => lit.push('\n'),
            't' => lit.push('\t'),
            'r' => lit.push('\r'),
            'f' => lit.push('\x0c'),
            'b' => lit.push('\x08'),
            'a' => lit.push('\x07'),
            'e' => lit.push('\x1b'),
            'u' => return case(CaseMod::UpperNext, lit, parts),
            'l' => return case(CaseMod::LowerNext, lit, parts),
            'U' => return case(CaseMod::Upper, lit, parts),
            'L' => return case(CaseMod::Lower, lit, parts),
            'Q' => return case(CaseMod::Quote, lit, parts),
            'F' => return case(CaseMod::Fold, lit, parts),
            'E' => return case(CaseMod::End, lit, parts),
            '0'..='7' => {
                let mut j = at + 1;
                let mut value = 0u32;
                while j < end && j < at + 4 && (b'0'..=b'7').contains(&bytes[j]) {
                    value = value * 8 + u32::from(bytes[j] - b'0');
                    j += 1;
                }
                lit.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                return j;
            }
            'x' => {
                if after < end && bytes[after] == b'{' {
                    if let Some(close) = self.matching(after, end) {
                        let hex: String = self.src[after + 1..close - 1]
                            .chars()
                            .filter(|c| !c.is_whitespace() && *c != '_')
                            .collect();
                        let value = u32::from_str_radix(&hex, 16).unwrap_or(0);
                        lit.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                        return close;
                    }
                }
                let mut j = after;
                let mut value = 0u32;
                while j < end && j < after + 2 && bytes[j].is_ascii_hexdigit() {
                    value = value * 16 + (bytes[j] as char).to_digit(16).unwrap_or(0);
                    j += 1;
                }
                lit.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                return j;
            }
            'N' if after < end && bytes[after] == b'{' => {
                if let Some(close) = self.matching(after, end) {
                    let name = &self.src[after + 1..close - 1];
                    if let Some(hex) = name.strip_prefix("U+") {
                        let value = u32::from_str_radix(hex, 16).unwrap_or(0xfffd);
                        lit.push(char::from_u32(value).unwrap_or('\u{fffd}'));
                    } else {
                        lit.push('\u{fffd}');
                    }
                    return close;
                }
                lit.push('N');
            }
            'c' if after < end && bytes[after].is_ascii() => {
                let ctl = bytes[after].to_ascii_uppercase() ^ 64;
                lit.push(ctl as char);
                return after + 1;
            }
            other => lit.push(other),
        }
        after
    }
}

fn flush(lit: &mut String, parts: &mut Vec<StrPart>) {
    if !lit.is_empty() {
        parts.push(StrPart::Lit(std::mem::take(lit)));
    }
}
