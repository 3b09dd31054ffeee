//! Syntax classes for colouring source text (the REPL's highlighter).
//!
//! Each syntax crate runs its own lexer over a line and answers the byte
//! ranges of its tokens with one [`Class`] each; this module holds the
//! shared vocabulary and the one step every language needs after lexing:
//! the lexers skip comments, so [`with_comments`] classifies the gaps
//! between tokens that hold one.

use std::ops::Range;

/// What a token is, for colouring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// A reserved word or a builtin operator word (`local`, `def`, `new`,
    /// `my`, `print` in Perl).
    Keyword,
    /// A string literal, and the literals written like one: Python's
    /// prefixed and triple-quoted strings, JavaScript's templates and
    /// regular expressions, Perl's `q qq qw m qr s tr y` and `<FH>`.
    String,
    /// A numeric literal.
    Number,
    /// A comment (found in the text the lexer skipped).
    Comment,
    /// An operator symbol (`+`, `==`, `..`, `=>`, `->`); brackets and
    /// separators are not classified.
    Operator,
}

impl Class {
    /// Every class, in declaration order.
    pub const ALL: [Class; 5] = [
        Class::Keyword,
        Class::String,
        Class::Number,
        Class::Comment,
        Class::Operator,
    ];
}

/// A classified token: its byte range in the source and its class.
pub type Token = (Range<usize>, Class);

/// The classified ones of `tokens` (every token the lexer produced up to
/// offset `lexed`, in source order, `None` for a token left uncoloured)
/// with a [`Class::Comment`] token added for each gap before
/// `lexed` whose first non-blank text `is_comment` accepts; the comment
/// runs to the gap's last non-blank byte. Text after `lexed` (where the
/// lexer stopped on an error) stays unclassified.
pub fn with_comments(
    src: &str,
    tokens: Vec<(Range<usize>, Option<Class>)>,
    lexed: usize,
    is_comment: impl Fn(&str) -> bool,
) -> Vec<Token> {
    let lexed = lexed.min(src.len());
    let mut out = Vec::with_capacity(tokens.len() + 2);
    let mut at = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Token>| {
        let Some(text) = src.get(from..to) else {
            return;
        };
        let start = from + (text.len() - text.trim_start().len());
        let end = from + text.trim_end().len();
        if start < end && is_comment(&src[start..to]) {
            out.push((start..end, Class::Comment));
        }
    };
    for (range, class) in tokens {
        if range.start > at {
            gap(at, range.start.min(lexed), &mut out);
        }
        at = at.max(range.end);
        if let Some(class) = class {
            out.push((range, class));
        }
    }
    if lexed > at {
        gap(at, lexed, &mut out);
    }
    out
}

/// Each token's text with its class (for tests and debugging).
pub fn texts(src: &str, tokens: Vec<Token>) -> Vec<(&str, Class)> {
    tokens
        .into_iter()
        .filter_map(|(range, class)| Some((src.get(range)?, class)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_holding_a_comment_are_classified() {
        let src = "x -- one\n  -- two\ny  ";
        let tokens = vec![(0..1, Some(Class::Keyword)), (18..19, None)];
        let out = with_comments(src, tokens, src.len(), |t| t.starts_with("--"));
        assert_eq!(out, [(0..1, Class::Keyword), (2..17, Class::Comment),]);
    }

    #[test]
    fn text_after_the_lexer_stopped_is_left_alone() {
        let src = "a # c";
        let out = with_comments(src, vec![(0..1, Some(Class::Keyword))], 1, |t| {
            t.starts_with('#')
        });
        assert_eq!(out, [(0..1, Class::Keyword)]);
    }
}
