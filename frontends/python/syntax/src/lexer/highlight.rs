//! Token classes for colouring Python source (the REPL's highlighter),
//! from the same logos lexer ([`RawTok`]) and literal scanners the
//! indentation layer uses.
//!
//! Strings and numbers are lexed the way `layout.rs` lexes them: logos
//! finds how the literal starts (prefix and quotes, first digit) and
//! `scan.rs` where it ends, so prefixed (`rb'..'`, `f"..."`) and
//! triple-quoted strings are one token each. Comments are skipped by the
//! lexer and found in the gaps between tokens. A character Python does
//! not accept or a malformed number ends the classification; an
//! unterminated string is classified to the end of its line (or of the
//! input when triple-quoted), then the classification ends.

use logos::Logos;
use omx_core::highlight::{with_comments, Class, Token};

use super::raw::RawTok;
use super::scan::{scan_number, scan_string, StringEnd};

/// The classified tokens of `src`, in order. Never fails.
pub fn highlight(src: &str) -> Vec<Token> {
    let mut lexer = RawTok::lexer(src);
    let mut tokens = Vec::new();
    let mut lexed = src.len();
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        let Ok(raw) = result else {
            lexed = span.start;
            break;
        };
        match raw {
            RawTok::StringStart => {
                let opening = lexer.slice().as_bytes();
                let quote = opening[opening.len() - 1];
                let triple =
                    opening.len() >= 3 && opening[opening.len() - 3..].iter().all(|&b| b == quote);
                let body = &src[span.end..];
                let end = match scan_string(body, quote, triple) {
                    StringEnd::Closed(len) => span.end + len,
                    StringEnd::Unterminated => {
                        let line_end = body.find(['\n', '\r']).unwrap_or(body.len());
                        lexed = span.end + line_end;
                        tokens.push((span.start..lexed, Some(Class::String)));
                        break;
                    }
                    StringEnd::UnterminatedTriple => {
                        tokens.push((span.start..src.len(), Some(Class::String)));
                        break;
                    }
                };
                lexer.bump(end - span.end);
                tokens.push((span.start..end, Some(Class::String)));
            }
            RawTok::NumberStart => {
                let Ok((_, len)) = scan_number(&src[span.start..]) else {
                    lexed = span.start;
                    break;
                };
                let end = span.start + len;
                lexer.bump(end.saturating_sub(span.end));
                tokens.push((span.start..end, Some(Class::Number)));
            }
            other => tokens.push((span, class(other))),
        }
    }
    with_comments(src, tokens, lexed, |text| text.starts_with('#'))
}

fn class(raw: RawTok) -> Option<Class> {
    use RawTok::*;
    Some(match raw {
        False | None | True | And | As | Assert | Async | Await | Break | Class | Continue
        | Def | Del | Elif | Else | Except | Finally | For | From | Global | If | Import | In
        | Is | Lambda | Nonlocal | Not | Or | Pass | Raise | Return | Try | While | With
        | Yield => self::Class::Keyword,
        Newline | Backslash | Name | NumberStart | StringStart | LParen | RParen | LBracket
        | RBracket | LBrace | RBrace | Comma | Colon | Semi | Dot | Ellipsis => {
            return Option::None
        }
        _ => self::Class::Operator,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(src: &str) -> Vec<(&str, Class)> {
        omx_core::highlight::texts(src, highlight(src))
    }

    #[test]
    fn every_class_on_one_line() {
        assert_eq!(
            classes("def f(x): return rb'\\d' + f\"{x}\" * 0x_1F  # c"),
            [
                ("def", Class::Keyword),
                ("return", Class::Keyword),
                ("rb'\\d'", Class::String),
                ("+", Class::Operator),
                ("f\"{x}\"", Class::String),
                ("*", Class::Operator),
                ("0x_1F", Class::Number),
                ("# c", Class::Comment),
            ]
        );
        assert_eq!(
            classes("s = '''a\n'b'''; 1.5j"),
            [
                ("=", Class::Operator),
                ("'''a\n'b'''", Class::String),
                ("1.5j", Class::Number),
            ]
        );
    }

    #[test]
    fn unterminated_strings_and_bad_characters_end_the_classes() {
        assert_eq!(
            classes("x = '''open\nmore"),
            [("=", Class::Operator), ("'''open\nmore", Class::String)]
        );
        assert_eq!(
            classes("x = 'open\ny = 1"),
            [("=", Class::Operator), ("'open", Class::String)]
        );
        assert_eq!(classes("a $ 1 # c"), []);
    }
}
