//! Quotes and quote-like operators: `'...'`, `"..."`, `q qq qw m qr s tr y`
//! with any delimiters (bracketing pairs nest), and `<FH>` readline.

use crate::ast::{Regex, StrPart, Subst, SubstReplacement, Translit};
use crate::error::{LexError, Problem};
use crate::token::Tok;

use super::interp::InterpMode;
use super::{span, Expect, Lexer};

type Lexed = Result<(Tok, usize, Expect), LexError>;

/// A delimited body: `open` is the offset of the opening delimiter.
#[derive(Debug, Clone, Copy)]
pub(super) struct Delimited {
    pub open: usize,
    pub body_start: usize,
    pub body_end: usize,
    /// Offset just past the closing delimiter.
    pub after: usize,
    pub open_char: char,
    pub close_char: char,
}

fn closing_of(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '<' => '>',
        c => c,
    }
}

impl Lexer<'_> {
    /// Scan from the opening delimiter at `open` to its closing partner.
    pub(super) fn scan_delimited(&self, open: usize) -> Option<Delimited> {
        let open_char = self.src[open..self.end].chars().next()?;
        let close_char = closing_of(open_char);
        let nests = close_char != open_char;
        let body_start = open + open_char.len_utf8();
        let mut depth = 0usize;
        let mut chars = self.src[body_start..self.end].char_indices();
        while let Some((i, c)) = chars.next() {
            if c == '\\' {
                chars.next();
                continue;
            }
            if nests && c == open_char {
                depth += 1;
            } else if c == close_char {
                if depth == 0 {
                    let body_end = body_start + i;
                    return Some(Delimited {
                        open,
                        body_start,
                        body_end,
                        after: body_end + c.len_utf8(),
                        open_char,
                        close_char,
                    });
                }
                depth -= 1;
            }
        }
        None
    }

    fn unterminated_string(&self, open: usize, close: char) -> LexError {
        LexError::at(Problem::StringTerminator(close.to_string()), open, open + 1)
    }

    /// The body of a non-interpolating quote: only `\\` and `\delim` escape.
    fn single_quoted(&self, d: &Delimited) -> String {
        let body = &self.src[d.body_start..d.body_end];
        let mut out = String::with_capacity(body.len());
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(&n) = chars.peek() {
                    if n == '\\' || n == d.open_char || n == d.close_char {
                        out.push(n);
                        chars.next();
                        continue;
                    }
                }
            }
            out.push(c);
        }
        out
    }

    fn interp_token(&self, parts: Vec<StrPart>) -> Tok {
        if parts.iter().all(|p| matches!(p, StrPart::Lit(_))) {
            let text: String = parts
                .into_iter()
                .map(|p| match p {
                    StrPart::Lit(s) => s,
                    _ => String::new(),
                })
                .collect();
            Tok::Str(text)
        } else {
            Tok::Interp(parts)
        }
    }

    pub(super) fn lex_single_string(&mut self, start: usize) -> Lexed {
        let d = self
            .scan_delimited(start)
            .ok_or_else(|| self.unterminated_string(start, '\''))?;
        Ok((Tok::Str(self.single_quoted(&d)), d.after, Expect::Operator))
    }

    pub(super) fn lex_interp_string(&mut self, start: usize) -> Lexed {
        let quote = self.src.as_bytes()[start] as char;
        let d = self
            .scan_delimited(start)
            .ok_or_else(|| self.unterminated_string(start, quote))?;
        let parts = self.interpolate(d.body_start, d.body_end, InterpMode::String)?;
        Ok((self.interp_token(parts), d.after, Expect::Operator))
    }

    /// Where the delimiter of a quote-like operator starts, if one follows.
    fn quote_delimiter(&self, after_word: usize) -> Option<usize> {
        let next = self.skip_blanks(after_word);
        let spaced = next > after_word;
        let c = self.src[next..self.end].chars().next()?;
        if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
            return None;
        }
        if matches!(c, ',' | ';' | ')') || (c == '=' && self.byte(next + 1) == Some(b'>')) {
            return None;
        }
        if spaced && c == '=' {
            return None;
        }
        Some(next)
    }

    pub(super) fn lex_quote_like(
        &mut self,
        start: usize,
        word: &str,
    ) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        let Some(open) = self.quote_delimiter(start + word.len()) else {
            return Ok(None);
        };
        let found = match word {
            "q" => {
                let d = self.delimited_string(open)?;
                (Tok::Str(self.single_quoted(&d)), d.after, Expect::Operator)
            }
            "qq" => {
                let d = self.delimited_string(open)?;
                let parts = if d.open_char == '\'' {
                    vec![StrPart::Lit(self.single_quoted(&d))]
                } else {
                    self.interpolate(d.body_start, d.body_end, InterpMode::String)?
                };
                (self.interp_token(parts), d.after, Expect::Operator)
            }
            "qw" => {
                let d = self.delimited_string(open)?;
                let words = self
                    .single_quoted(&d)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                (Tok::Qw(words), d.after, Expect::Operator)
            }
            "m" => return self.lex_match(start, open, b'm').map(Some),
            "qr" => return self.lex_match(start, open, b'r').map(Some),
            "s" => self.lex_subst(start, open)?,
            _ => self.lex_translit(start, open)?,
        };
        Ok(Some(found))
    }

    fn delimited_string(&self, open: usize) -> Result<Delimited, LexError> {
        self.scan_delimited(open).ok_or_else(|| {
            let close = self.src[open..self.end]
                .chars()
                .next()
                .map(closing_of)
                .unwrap_or('"');
            self.unterminated_string(open, close)
        })
    }

    fn regex_flags(&self, at: usize) -> (String, usize) {
        let mut end = at;
        while self.byte(end).is_some_and(|c| c.is_ascii_alphabetic()) {
            end += 1;
        }
        (self.src[at..end].to_string(), end)
    }

    fn regex_body(&self, d: &Delimited) -> Result<Vec<StrPart>, LexError> {
        if d.open_char == '\'' {
            return Ok(vec![StrPart::Lit(
                self.src[d.body_start..d.body_end].to_string(),
            )]);
        }
        self.interpolate(d.body_start, d.body_end, InterpMode::Regex)
    }

    /// `/.../`, `m{...}`, `qr/.../` (`kind` is `/`, `m` or `r`).
    pub(super) fn lex_match(&mut self, start: usize, open: usize, kind: u8) -> Lexed {
        let d = self
            .scan_delimited(open)
            .ok_or_else(|| LexError::at(Problem::SearchPattern, start, open + 1))?;
        let (flags, end) = self.regex_flags(d.after);
        let regex = Regex {
            pattern: self.regex_body(&d)?,
            flags,
            span: span(start, end),
        };
        let tok = if kind == b'r' {
            Tok::Qr(regex)
        } else {
            Tok::Match(regex)
        };
        Ok((tok, end, Expect::Operator))
    }

    /// The second part of `s///` / `tr///`: right after a non-bracketing
    /// delimiter, or a fresh delimited part after a bracketing one.
    fn second_part(&self, first: &Delimited) -> Option<Delimited> {
        if first.open_char == first.close_char {
            let reopen = first.body_end;
            let mut d = self.scan_delimited(reopen)?;
            d.open = reopen;
            Some(d)
        } else {
            let open = self.skip_blanks(first.after);
            self.scan_delimited(open)
        }
    }

    fn lex_subst(&mut self, start: usize, open: usize) -> Result<(Tok, usize, Expect), LexError> {
        let first = self
            .scan_delimited(open)
            .ok_or_else(|| LexError::at(Problem::SubstPattern, start, open + 1))?;
        let second = self
            .second_part(&first)
            .ok_or_else(|| LexError::at(Problem::SubstReplacement, start, open + 1))?;
        let (flags, end) = self.regex_flags(second.after);
        let replacement = if flags.contains('e') {
            let (body, depth) = crate::parser::parse_block_range(
                self.src,
                second.body_start,
                second.body_end,
                self.interp_depth + 1,
                self.depth.levels(),
            )?;
            self.inner_depth.set(self.inner_depth.get().max(depth));
            SubstReplacement::Code(body)
        } else if second.open_char == '\'' {
            SubstReplacement::Text(vec![StrPart::Lit(self.single_quoted(&second))])
        } else {
            SubstReplacement::Text(self.interpolate(
                second.body_start,
                second.body_end,
                InterpMode::String,
            )?)
        };
        let pattern = Regex {
            pattern: self.regex_body(&first)?,
            flags,
            span: span(start, end),
        };
        Ok((
            Tok::Subst(Box::new(Subst {
                pattern,
                replacement,
            })),
            end,
            Expect::Operator,
        ))
    }

    fn lex_translit(
        &mut self,
        start: usize,
        open: usize,
    ) -> Result<(Tok, usize, Expect), LexError> {
        let first = self
            .scan_delimited(open)
            .ok_or_else(|| LexError::at(Problem::TranslitPattern, start, open + 1))?;
        let second = self
            .second_part(&first)
            .ok_or_else(|| LexError::at(Problem::TranslitReplacement, start, open + 1))?;
        let (flags, end) = self.regex_flags(second.after);
        let translit = Translit {
            search: self.src[first.body_start..first.body_end].to_string(),
            replace: self.src[second.body_start..second.body_end].to_string(),
            flags,
        };
        Ok((Tok::Translit(translit), end, Expect::Operator))
    }

    /// In term position, `<`: a heredoc (`<<"EOT"`), a readline (`<$fh>`,
    /// `<STDIN>`, `<>`), or `None` for the less-than operator.
    pub(super) fn lex_angle(
        &mut self,
        start: usize,
    ) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        if self.byte(start + 1) == Some(b'<') {
            return self.lex_heredoc(start);
        }
        let mut at = start + 1;
        if self.byte(at) == Some(b'$') {
            at += 1;
        }
        while self
            .byte(at)
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b':')
        {
            at += 1;
        }
        if self.byte(at) != Some(b'>') {
            return Ok(None);
        }
        let inner = self.src[start + 1..at].to_string();
        Ok(Some((Tok::Readline(inner), at + 1, Expect::Operator)))
    }
}
