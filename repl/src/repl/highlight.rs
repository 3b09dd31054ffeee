//! Colouring the line being typed: keywords, strings, numbers and
//! comments of the current language, in ANSI colours. A small scanner of
//! its own rather than the parsers' logos lexers: it must colour
//! unfinished input (an open string, half a comment) and never fail, and
//! the syntax crates keep their token enums private, skip comments inside
//! the lexer (Python), or need the parser's state to tell a quote or regex
//! from an operator (Perl's context-sensitive layer, JavaScript's `/`).

use omx::Lang;

use super::lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Keyword,
    String,
    Number,
    Comment,
}

impl Class {
    fn colour(self) -> &'static str {
        match self {
            Class::Keyword => "\x1b[1;35m",
            Class::String => "\x1b[32m",
            Class::Number => "\x1b[33m",
            Class::Comment => "\x1b[2;37m",
        }
    }
}

const RESET: &str = "\x1b[0m";

/// `line` with ANSI colours around its tokens.
pub fn paint(lang: Lang, line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    for (start, end, class) in classify(lang, line) {
        out.push_str(&line[at..start]);
        out.push_str(class.colour());
        out.push_str(&line[start..end]);
        out.push_str(RESET);
        at = end;
    }
    out.push_str(&line[at..]);
    out
}

/// The coloured tokens of `line` as byte ranges, in order.
pub fn classify(lang: Lang, line: &str) -> Vec<(usize, usize, Class)> {
    let bytes = line.as_bytes();
    let keywords = lang::keywords(lang);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &line[i..];
        let c = bytes[i];
        let (end, class) =
            if lang == Lang::Perl && (rest.starts_with("$#") || rest.starts_with("@#")) {
                // `$#array`, `$#{...}`, `$#`: a variable, not a comment.
                (i + 2, None)
            } else if let Some(end) = comment_end(lang, rest) {
                (i + end, Some(Class::Comment))
            } else if let Some(end) = string_end(lang, rest) {
                (i + end, Some(Class::String))
            } else if c.is_ascii_digit() {
                (i + word_len(rest, true), Some(Class::Number))
            } else if let Some(end) = prefixed_string_end(lang, rest, after_sigil(bytes, i)) {
                (i + end, Some(Class::String))
            } else if c.is_ascii_alphabetic() || c == b'_' {
                let end = i + word_len(rest, false);
                let is_keyword = keywords.contains(&&line[i..end]);
                (end, is_keyword.then_some(Class::Keyword))
            } else {
                (i + rest.chars().next().map_or(1, char::len_utf8), None)
            };
        if let Some(class) = class {
            tokens.push((i, end, class));
        }
        i = end;
    }
    tokens
}

/// Length of the identifier (or number: digits, letters, `.`) at the start.
fn word_len(text: &str, number: bool) -> usize {
    text.char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || (number && c == '.')))
        .map_or(text.len(), |(i, _)| i)
}

/// Where the comment starting `text` ends (the end of the line, or the
/// close of a block comment), if one starts there.
fn comment_end(lang: Lang, text: &str) -> Option<usize> {
    let to_line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
    match lang {
        Lang::Lua => {
            let body = text.strip_prefix("--")?;
            match long_bracket_end(body) {
                Some(end) => Some(2 + end),
                None => Some(to_line_end(2)),
            }
        }
        Lang::Python | Lang::Perl => text.starts_with('#').then(|| to_line_end(1)),
        Lang::JavaScript => {
            if text.starts_with("//") {
                Some(to_line_end(2))
            } else {
                let body = text.strip_prefix("/*")?;
                Some(body.find("*/").map_or(text.len(), |i| i + 4))
            }
        }
    }
}

/// Where the string literal starting `text` ends (after its closing
/// quote, or at the end of the input when it is still open).
fn string_end(lang: Lang, text: &str) -> Option<usize> {
    if lang == Lang::Lua
        && let Some(end) = long_bracket_end(text)
    {
        return Some(end);
    }
    let quote = text.chars().next()?;
    let quotes: &[char] = match lang {
        Lang::Lua | Lang::Perl => &['"', '\''],
        Lang::Python => &['"', '\''],
        Lang::JavaScript => &['"', '\'', '`'],
    };
    if !quotes.contains(&quote) {
        return None;
    }
    if lang == Lang::Python {
        let triple: String = std::iter::repeat_n(quote, 3).collect();
        if let Some(body) = text.strip_prefix(triple.as_str()) {
            return Some(body.find(triple.as_str()).map_or(text.len(), |i| i + 6));
        }
    }
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == quote {
            return Some(i + 1);
        } else if c == '\n' && quote != '`' {
            return Some(i);
        }
    }
    Some(text.len())
}

/// Whether the word at `i` follows a Perl sigil or `->` (a variable or a
/// method name, never a quote-like operator).
fn after_sigil(bytes: &[u8], i: usize) -> bool {
    let before = &bytes[..i];
    matches!(before.last(), Some(b'$' | b'@' | b'%' | b'&' | b'*')) || before.ends_with(b"->")
}

/// A string with a word in front: Python's prefixed literals (`r'..'`,
/// `b"..."`, `f'...'`, `rb"""..."""`; Language Reference §2.4.1) and
/// Perl's quote-like operators (`q()`, `qq{}`, `qw//`, `m//`, `qr//`,
/// `s///`, `tr///`, `y///`; perlop "Quote and Quote-like Operators").
/// Where it ends (the end of the input when it is open).
fn prefixed_string_end(lang: Lang, text: &str, after_sigil: bool) -> Option<usize> {
    let word = word_len(text, false);
    let (prefix, rest) = text.split_at(word);
    match lang {
        Lang::Python => {
            let valid = ["r", "u", "b", "f", "br", "rb", "fr", "rf"];
            if word == 0 || !valid.contains(&prefix.to_ascii_lowercase().as_str()) {
                return None;
            }
            string_end(lang, rest).map(|end| word + end)
        }
        Lang::Perl => {
            let parts = match prefix {
                "q" | "qq" | "qw" | "m" | "qr" => 1,
                "s" | "tr" | "y" => 2,
                _ => return None,
            };
            let open = rest.chars().next()?;
            if after_sigil || !matches!(open, '(' | '[' | '{' | '<' | '/' | '|' | '!' | '\'' | '"')
            {
                return None;
            }
            Some(word + perl_quote_len(rest, parts))
        }
        Lang::Lua | Lang::JavaScript => None,
    }
}

/// Length of a Perl quote-like body starting at its opening delimiter
/// with `parts` delimited parts (`s/a/b/` has two; `s{a}{b}` opens the
/// second with a delimiter of its own).
fn perl_quote_len(text: &str, parts: usize) -> usize {
    let mut at = 0;
    for part in 0..parts {
        let Some(open) = text[at..].chars().next() else {
            return text.len();
        };
        let close = match open {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            '<' => '>',
            c => c,
        };
        let bracketed = close != open;
        let mut depth = 0;
        let mut escaped = false;
        let mut end = None;
        for (i, c) in text[at..].char_indices().skip(1) {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if bracketed && c == open {
                depth += 1;
            } else if c == close && depth > 0 {
                depth -= 1;
            } else if c == close {
                end = Some(at + i);
                break;
            }
        }
        let Some(end) = end else {
            return text.len();
        };
        // `s/a/b/`: the closing delimiter opens the next part too.
        at = if bracketed || part + 1 == parts {
            end + close.len_utf8()
        } else {
            end
        };
        if bracketed && part + 1 < parts {
            at += text[at..].len() - text[at..].trim_start().len();
        }
    }
    // Trailing flags (`/gi`).
    at + word_len(&text[at..], false)
}

/// Lua's long bracket `[[ ... ]]` / `[==[ ... ]==]` at the start of
/// `text`: where it ends (or the end of the input when it is open).
fn long_bracket_end(text: &str) -> Option<usize> {
    let body = text.strip_prefix('[')?;
    let level = body.bytes().take_while(|&b| b == b'=').count();
    let body = body[level..].strip_prefix('[')?;
    let close = format!("]{}]", "=".repeat(level));
    let opened = level + 2;
    Some(
        body.find(&close)
            .map_or(text.len(), |i| opened + i + close.len()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(lang: Lang, line: &str) -> Vec<(&str, Class)> {
        classify(lang, line)
            .into_iter()
            .map(|(s, e, c)| (&line[s..e], c))
            .collect()
    }

    #[test]
    fn lua_tokens_are_classified() {
        assert_eq!(
            classes(Lang::Lua, "local s = 'it''s' .. [[long]] -- note"),
            [
                ("local", Class::Keyword),
                ("'it'", Class::String),
                ("'s'", Class::String),
                ("[[long]]", Class::String),
                ("-- note", Class::Comment),
            ]
        );
        assert_eq!(
            classes(Lang::Lua, "x = 0x1F + 2.5e3 --[[a]] y"),
            [
                ("0x1F", Class::Number),
                ("2.5e3", Class::Number),
                ("--[[a]]", Class::Comment),
            ]
        );
    }

    #[test]
    fn unfinished_input_is_coloured_to_its_end() {
        assert_eq!(
            classes(Lang::Python, "s = '''open"),
            [("'''open", Class::String)]
        );
        assert_eq!(
            classes(Lang::JavaScript, "/* open é"),
            [("/* open é", Class::Comment)]
        );
        assert_eq!(classes(Lang::Lua, "[==[é"), [("[==[é", Class::String)]);
    }

    #[test]
    fn python_prefixed_strings_and_perl_quote_like_operators() {
        assert_eq!(
            classes(Lang::Python, "x = rb'\\d' + f\"{y}\" # c"),
            [
                ("rb'\\d'", Class::String),
                ("f\"{y}\"", Class::String),
                ("# c", Class::Comment),
            ]
        );
        assert_eq!(
            classes(Lang::Perl, "my @w = qw(a (b) c); $s =~ s/x/y/g; $#w"),
            [
                ("my", Class::Keyword),
                ("qw(a (b) c)", Class::String),
                ("s/x/y/g", Class::String),
            ]
        );
        assert_eq!(
            classes(Lang::Perl, "$h{q} = tr{a}{b}; $x->y(1) # end"),
            [
                ("tr{a}{b}", Class::String),
                ("1", Class::Number),
                ("# end", Class::Comment),
            ]
        );
        assert_eq!(classes(Lang::Perl, "qq{open"), [("qq{open", Class::String)]);
    }

    #[test]
    fn painting_keeps_the_text() {
        for lang in lang::ALL {
            let line = "if x then print('é', 1) end # -- // \"open";
            let painted = paint(lang, line);
            let plain = painted
                .replace(RESET, "")
                .replace(Class::Keyword.colour(), "")
                .replace(Class::String.colour(), "")
                .replace(Class::Number.colour(), "")
                .replace(Class::Comment.colour(), "");
            assert_eq!(plain, line);
        }
    }
}
