//! Sigils: `$x`, `${name}`, `$$x`, `$#a`, `@a`, `@{...}`, `%h`, `&f`, `*g`,
//! special variables (`$_`, `$@`, `$1`, `$^W`) and postfix dereference.

use crate::ast::Sigil;
use crate::error::{LexError, Problem};
use crate::token::Tok;

use super::{Expect, Lexer};

type Lexed = Result<(Tok, usize, Expect), LexError>;

/// Punctuation variables perl accepts after `$`.
const PUNCT_VARS: &[u8] = b"&`'+!@/\\,;.0<>[]|?\"-:=~%^()";

impl Lexer<'_> {
    /// A (possibly package-qualified) identifier at `at`: its end.
    fn ident_end(&self, at: usize) -> Option<usize> {
        let mut end = at;
        if self.byte(end) == Some(b':') && self.byte(end + 1) == Some(b':') {
            end += 2;
        }
        let first = self.byte(end)?;
        if first.is_ascii_digit() {
            while self.byte(end).is_some_and(|c| c.is_ascii_digit()) {
                end += 1;
            }
            return Some(end);
        }
        if !(first.is_ascii_alphabetic() || first == b'_') {
            return None;
        }
        loop {
            while self
                .byte(end)
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
            {
                end += 1;
            }
            let more = self.byte(end) == Some(b':')
                && self.byte(end + 1) == Some(b':')
                && self
                    .byte(end + 2)
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_');
            if !more {
                return Some(end);
            }
            end += 2;
        }
    }

    fn name(&self, start: usize, end: usize) -> String {
        self.src[start..end].to_string()
    }

    pub(super) fn lex_dollar(&mut self, start: usize) -> Lexed {
        let at = start + 1;
        if self.expect == Expect::Arrow {
            if self.byte(at) == Some(b'*') {
                return Ok((Tok::PostDeref(Sigil::Scalar), at + 1, Expect::Operator));
            }
            if self.byte(at) == Some(b'#') && self.byte(at + 1) == Some(b'*') {
                return Ok((Tok::PostDeref(Sigil::ArrayLen), at + 2, Expect::Operator));
            }
        }
        match self.byte(at) {
            Some(b'#') => {
                let after = at + 1;
                match self.byte(after) {
                    Some(b'{' | b'$') => Ok((Tok::Cast(Sigil::ArrayLen), after, Expect::Cast)),
                    _ => match self.ident_end(after) {
                        Some(end) => {
                            Ok((Tok::ArrayLen(self.name(after, end)), end, Expect::Operator))
                        }
                        None => Ok((Tok::ScalarVar("#".into()), after, Expect::Operator)),
                    },
                }
            }
            Some(b'{') => {
                if let Some(found) = self.braced_name(at, Sigil::Scalar) {
                    return Ok(found);
                }
                Ok((Tok::Cast(Sigil::Scalar), at, Expect::Cast))
            }
            Some(b'$') => {
                let next = self.byte(at + 1);
                if next.is_some_and(|c| {
                    c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c == b'{' || c == b':'
                }) {
                    Ok((Tok::Cast(Sigil::Scalar), at, Expect::Cast))
                } else {
                    Ok((Tok::ScalarVar("$".into()), at + 1, Expect::Subscript))
                }
            }
            Some(b'^') if self.byte(at + 1).is_some_and(|c| c.is_ascii_uppercase()) => Ok((
                Tok::ScalarVar(self.name(at, at + 2)),
                at + 2,
                Expect::Operator,
            )),
            _ => {
                if let Some(end) = self.ident_end(at) {
                    let name = self.name(at, end);
                    if self.expect == Expect::PrintArgs
                        && !name.starts_with(|c: char| c.is_ascii_digit())
                        && self.scalar_is_filehandle(end)
                    {
                        return Ok((Tok::ScalarFh(name), end, Expect::Term));
                    }
                    if self.expect == Expect::SortBlock && self.sort_list_follows(end) {
                        return Ok((Tok::SortSubVar(name), end, Expect::Term));
                    }
                    return Ok((Tok::ScalarVar(name), end, Expect::Subscript));
                }
                match self.byte(at) {
                    Some(c) if PUNCT_VARS.contains(&c) => Ok((
                        Tok::ScalarVar((c as char).to_string()),
                        at + 1,
                        Expect::Subscript,
                    )),
                    _ => Err(LexError::at(Problem::Syntax, start, at)),
                }
            }
        }
    }

    /// `${name}`, `@{name}`, `${^NAME}`: a plain variable in braces.
    fn braced_name(&self, brace: usize, sigil: Sigil) -> Option<(Tok, usize, Expect)> {
        let inner = self.skip_blanks(brace + 1);
        let (name_start, name_end) = if self.byte(inner) == Some(b'^') {
            let mut end = inner + 1;
            while self
                .byte(end)
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
            {
                end += 1;
            }
            (inner, end)
        } else {
            (inner, self.ident_end(inner)?)
        };
        let close = self.skip_blanks(name_end);
        if self.byte(close) != Some(b'}') || name_end == name_start {
            return None;
        }
        let name = self.name(name_start, name_end);
        let tok = match sigil {
            Sigil::Array => Tok::ArrayVar(name),
            _ => Tok::ScalarVar(name),
        };
        Some((tok, close + 1, Expect::Subscript))
    }

    pub(super) fn lex_at(&mut self, start: usize) -> Lexed {
        let at = start + 1;
        match self.byte(at) {
            Some(b'*') if self.expect == Expect::Arrow => {
                Ok((Tok::PostDeref(Sigil::Array), at + 1, Expect::Operator))
            }
            Some(b'{') => {
                if let Some(found) = self.braced_name(at, Sigil::Array) {
                    return Ok(found);
                }
                Ok((Tok::Cast(Sigil::Array), at, Expect::Cast))
            }
            Some(b'$') => Ok((Tok::Cast(Sigil::Array), at, Expect::Cast)),
            Some(b'-' | b'+') => Ok((
                Tok::ArrayVar(self.name(at, at + 1)),
                at + 1,
                Expect::Subscript,
            )),
            _ => match self.ident_end(at) {
                Some(end) => Ok((Tok::ArrayVar(self.name(at, end)), end, Expect::Subscript)),
                None => Err(LexError::at(Problem::Syntax, start, at)),
            },
        }
    }

    /// `%`, `&`, `*` in term position: a sigil when a name, `{` or `$`
    /// follows; `None` leaves it to the operator lexer.
    pub(super) fn lex_sigil_op(
        &mut self,
        start: usize,
        c: u8,
    ) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        let at = start + 1;
        let sigil = match c {
            b'%' => Sigil::Hash,
            b'&' => Sigil::Code,
            _ => Sigil::Glob,
        };
        if self.expect == Expect::Arrow {
            if self.byte(at) == Some(b'*') {
                return Ok(Some((Tok::PostDeref(sigil), at + 1, Expect::Operator)));
            }
            return Ok(None);
        }
        match self.byte(at) {
            Some(b'{' | b'$') => return Ok(Some((Tok::Cast(sigil), at, Expect::Cast))),
            Some(b'+' | b'-') if sigil == Sigil::Hash => {
                return Ok(Some((
                    Tok::HashVar(self.name(at, at + 1)),
                    at + 1,
                    Expect::Subscript,
                )));
            }
            Some(b'^') if sigil == Sigil::Hash && self.byte(at + 1) == Some(b'H') => {
                return Ok(Some((Tok::HashVar("^H".into()), at + 2, Expect::Subscript)));
            }
            _ => {}
        }
        let Some(end) = self.ident_end(at) else {
            return Ok(None);
        };
        if self.byte(at).is_some_and(|d| d.is_ascii_digit()) {
            return Ok(None);
        }
        let name = self.name(at, end);
        let tok = match sigil {
            Sigil::Hash => Tok::HashVar(name),
            Sigil::Code => Tok::CodeVar(name),
            _ => Tok::GlobVar(name),
        };
        Ok(Some((tok, end, Expect::Subscript)))
    }
}
