//! Look-ahead helpers: peeking past blanks without consuming anything.

use super::words::{classify, is_operator_word};
use super::Lexer;

impl Lexer<'_> {
    /// The offset of the first non-blank, non-comment byte at or after `at`.
    pub(super) fn skip_blanks(&self, mut at: usize) -> usize {
        loop {
            match self.byte(at) {
                Some(b' ' | b'\t' | b'\r' | b'\n' | b'\x0c') => at += 1,
                Some(b'#') => {
                    while self.byte(at).is_some_and(|c| c != b'\n') {
                        at += 1;
                    }
                }
                _ => return at,
            }
        }
    }

    /// The next significant byte after `at`.
    pub(super) fn peek_byte(&self, at: usize) -> Option<u8> {
        self.byte(self.skip_blanks(at))
    }

    /// After `sort NAME` or `sort $var` ending at `at`: does a list
    /// follow, so that the name or variable is the comparator (perlfunc
    /// sort: `sort SUBNAME LIST`, `sort $subref LIST`)? A blank, then the
    /// start of a term: a variable, a number, a string, a parenthesised
    /// list, or a word that is not an infix operator (`sort by keys %h`).
    pub(super) fn sort_list_follows(&self, at: usize) -> bool {
        if !matches!(self.byte(at), Some(b' ' | b'\t')) {
            return false;
        }
        let next = self.skip_blanks(at);
        match self.byte(next) {
            Some(b'@' | b'$' | b'%' | b'(' | b'\'' | b'"' | b'0'..=b'9') => true,
            Some(c) if c.is_ascii_alphabetic() => {
                let end = (next..)
                    .find(|&i| {
                        !self
                            .byte(i)
                            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
                    })
                    .unwrap_or(next);
                let word = String::from_utf8_lossy(&self.bytes()[next..end]).into_owned();
                !is_operator_word(&word)
                    && !matches!(
                        word.as_str(),
                        "if" | "unless" | "for" | "foreach" | "while" | "until"
                    )
            }
            _ => false,
        }
    }

    /// Is a `=>` next, quoting the word that ends at `at`?
    pub(super) fn followed_by_fat_comma(&self, at: usize) -> bool {
        let next = self.skip_blanks(at);
        self.byte(next) == Some(b'=') && self.byte(next + 1) == Some(b'>')
    }

    /// Is `(` next (perl treats `name (...)` as a call)?
    pub(super) fn followed_by_paren(&self, at: usize) -> bool {
        self.peek_byte(at) == Some(b'(')
    }

    /// The word starting at `at`, if any.
    pub(super) fn word_at(&self, at: usize) -> Option<&str> {
        let bytes = self.bytes();
        if !bytes
            .get(at)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
        {
            return None;
        }
        let mut end = at;
        while bytes
            .get(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
            || (bytes.get(end) == Some(&b':') && bytes.get(end + 1) == Some(&b':'))
        {
            end += if bytes[end] == b':' { 2 } else { 1 };
        }
        Some(&self.src[at..end])
    }

    /// After a named operator ending at `at`: does an argument (a term) follow?
    pub(super) fn term_follows(&self, at: usize) -> bool {
        let next = self.skip_blanks(at);
        let spaced = next > at;
        let b = |i: usize| self.byte(next + i);
        let Some(c) = b(0) else { return false };
        match c {
            b';' | b')' | b'}' | b']' | b',' | b':' | b'?' | b'=' | b'|' | b'^' | b'>' => false,
            b'<' => match b(1) {
                Some(b'<') => {
                    matches!(b(2), Some(b'"' | b'\'' | b'~'))
                        || b(2).is_some_and(|c| c.is_ascii_uppercase())
                }
                Some(b'$') | Some(b'>') => true,
                Some(c) if c.is_ascii_uppercase() => true,
                _ => false,
            },
            b'&' => {
                b(1).is_some_and(|c| c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c == b'{')
            }
            b'.' => b(1).is_some_and(|c| c.is_ascii_digit()),
            b'*' => b(1).is_some_and(|c| c.is_ascii_alphabetic() || c == b'_' || c == b'{'),
            b'%' => b(1).is_some_and(|c| {
                c.is_ascii_alphabetic() || matches!(c, b'_' | b'{' | b'$' | b'+' | b'^' | b':')
            }),
            b'/' => b(1) != Some(b'/') && (!spaced || b(1) != Some(b' ')),
            b'-' | b'+' => !matches!(b(1), Some(b' ' | b'\t' | b'\n' | b'=' | b'>')),
            b'!' => !matches!(b(1), Some(b'=' | b'~')),
            b'~' => b(1) != Some(b'~'),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let word = self.word_at(next).unwrap_or("");
                !is_operator_word(word) || self.followed_by_fat_comma(next + word.len())
            }
            _ => true,
        }
    }

    /// After `print`/`printf`/`say` and a bareword: is the word a filehandle?
    pub(super) fn bareword_is_filehandle(&self, word: &str, end: usize) -> bool {
        if classify(word).is_some() || is_operator_word(word) || self.known_subs.contains(word) {
            return false;
        }
        if !word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            return false;
        }
        let next = self.skip_blanks(end);
        match self.byte(next) {
            Some(b';') | None => true,
            Some(b'"' | b'\'' | b'$' | b'@' | b'\\') => true,
            Some(b'<') => self.byte(next + 1) == Some(b'<'),
            Some(c) if c.is_ascii_digit() => true,
            Some(c) if c.is_ascii_alphabetic() => {
                let w = self.word_at(next).unwrap_or("");
                !is_operator_word(w)
            }
            _ => false,
        }
    }

    /// After `print $fh`: does a term follow that makes `$fh` the filehandle?
    pub(super) fn scalar_is_filehandle(&self, end: usize) -> bool {
        if !matches!(self.byte(end), Some(b' ' | b'\t')) {
            return false;
        }
        let next = self.skip_blanks(end);
        match self.byte(next) {
            Some(b'"' | b'\'' | b'$' | b'@' | b'\\') => true,
            Some(b'<') => self.byte(next + 1) == Some(b'<') && self.byte(next + 2) != Some(b' '),
            Some(c) if c.is_ascii_digit() => true,
            Some(c) if c.is_ascii_alphabetic() => {
                let w = self.word_at(next).unwrap_or("");
                !is_operator_word(w)
            }
            _ => false,
        }
    }

    /// After `map`/`grep`: does `{` open an anonymous hash? Perl guesses a
    /// hash when the first thing inside is `}` or a word or string followed
    /// by `,` or `=>`.
    pub(super) fn looks_like_anon_hash(&self, after_brace: usize) -> bool {
        let at = self.skip_blanks(after_brace);
        let after_first = match self.byte(at) {
            Some(b'}') => return true,
            Some(q @ (b'"' | b'\'')) => {
                let mut i = at + 1;
                while let Some(c) = self.byte(i) {
                    if c == b'\\' {
                        i += 2;
                        continue;
                    }
                    if c == q {
                        break;
                    }
                    i += 1;
                }
                i + 1
            }
            Some(c) if c.is_ascii_lowercase() => match self.word_at(at) {
                Some(word) => at + word.len(),
                None => return false,
            },
            _ => return false,
        };
        let next = self.skip_blanks(after_first);
        self.byte(next) == Some(b',') || self.followed_by_fat_comma(after_first)
    }
}
