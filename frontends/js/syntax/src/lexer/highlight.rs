//! Token classes for colouring JavaScript source (the REPL's
//! highlighter), from the parser's own first pass ([`lex_prefix`]).
//!
//! That pass decides what needs context with the parser's rule: a `/`
//! starts a regular expression literal where an operand may start (after
//! an operator, `(`, `,`, a keyword such as `return`, or the `)` of an
//! `if`/`while`/`for` header) and divides after an operand (a name, a
//! literal, `)` or `]`); template literals are scanned by hand with a
//! bracket stack so `${ {a: 1} }` resumes the template at the right `}`.
//! Comments are skipped by the lexer and found in the gaps between tokens.
//! A lexical error ends the classification; an unclosed string, template,
//! regex or comment is classified as far as the error reaches.

use omx_core::highlight::{with_comments, Class, Token};

use super::layer::lex_prefix;
use super::token::Tok;

/// The classified tokens of `src`, in order. Never fails.
pub fn highlight(src: &str) -> Vec<Token> {
    let (lexed, error) = lex_prefix(src);
    let mut tokens = Vec::with_capacity(lexed.len() + 1);
    let mut after_dot = false;
    for (i, (start, tok, end)) in lexed.iter().enumerate() {
        // `let` starts a declaration when a name, `[` or `{` follows (the
        // restrict pass's rule); elsewhere it is a name.
        let declares = matches!(tok, Tok::Ident("let"))
            && matches!(
                lexed.get(i + 1).map(|t| &t.1),
                Some(Tok::Ident(_) | Tok::LBracket | Tok::LBrace)
            );
        // `a.if`: a property name, whatever its spelling.
        let class = if after_dot {
            None
        } else if declares {
            Some(Class::Keyword)
        } else {
            class(tok)
        };
        after_dot = matches!(tok, Tok::Dot | Tok::QuestionDot);
        tokens.push((*start..*end, class));
    }
    let mut stop = src.len();
    if let Some(span) = error {
        let (start, end) = (span.start as usize, (span.end as usize).min(src.len()));
        stop = start;
        let unclosed = match src.as_bytes().get(start) {
            Some(b'/') if src[start..].starts_with("/*") => Some(Class::Comment),
            Some(b'\'' | b'"' | b'`' | b'/') => Some(Class::String),
            _ => None,
        };
        if let Some(class) = unclosed {
            // An unclosed template also takes back its chunks before the error.
            tokens.retain(|(range, _)| range.start < start);
            tokens.push((start..end, Some(class)));
            stop = end;
        }
    }
    with_comments(src, tokens, stop, |text| {
        text.starts_with("//") || text.starts_with("/*")
    })
}

fn class(tok: &Tok<'_>) -> Option<Class> {
    use omx_core::highlight::Class as C;
    use Tok::*;
    Some(match tok {
        Ident(_) | PrivateName(_) | Get | Set | Static | Of | Async => return None,
        Number(_) | BigInt(_) => C::Number,
        String(_) | Regex(_) | TemplateFull(_) | TemplateHead(_) | TemplateMiddle(_)
        | TemplateTail(_) => C::String,
        Break | Case | Catch | Class | Const | Continue | Debugger | Default | Delete | Do
        | Else | Enum | Export | Extends | False | Finally | For | Function | If | Import | In
        | Instanceof | New | Null | Return | Super | Switch | This | Throw | True | Try
        | Typeof | Var | Void | While | With | Yield | YieldNl | Let | AsyncFn | Await => {
            C::Keyword
        }
        LBrace | RBrace | LParen | RParen | LBracket | RBracket | Dot | Ellipsis | Semi | Comma
        | QuestionDot | Colon => return None,
        _ => C::Operator,
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
            classes("let t = `a${x / 2}b` + /re/g.source; // c"),
            [
                ("let", Class::Keyword),
                ("=", Class::Operator),
                ("`a${", Class::String),
                ("/", Class::Operator),
                ("2", Class::Number),
                ("}b`", Class::String),
                ("+", Class::Operator),
                ("/re/g", Class::String),
                ("// c", Class::Comment),
            ]
        );
        assert_eq!(
            classes("a.new = new A /* c */ (0x1n)"),
            [
                ("=", Class::Operator),
                ("new", Class::Keyword),
                ("/* c */", Class::Comment),
                ("0x1n", Class::Number),
            ]
        );
    }

    #[test]
    fn a_slash_after_an_operand_divides_and_after_an_operator_starts_a_regex() {
        assert_eq!(
            classes("(a) / b / c; if (x) /y/.test(z)"),
            [
                ("/", Class::Operator),
                ("/", Class::Operator),
                ("if", Class::Keyword),
                ("/y/", Class::String),
            ]
        );
    }

    #[test]
    fn unclosed_literals_end_the_classes() {
        assert_eq!(
            classes("x = `a${1}b"),
            [("=", Class::Operator), ("`a${1}b", Class::String)]
        );
        assert_eq!(
            classes("x = 'open"),
            [("=", Class::Operator), ("'open", Class::String)]
        );
        assert_eq!(
            classes("1 /* open"),
            [("1", Class::Number), ("/* open", Class::Comment)]
        );
        assert_eq!(
            classes("x = 1 @ 2"),
            [("=", Class::Operator), ("1", Class::Number)]
        );
    }
}
