//! Parser errors in V8's words: "Unexpected token '}'", "Unexpected
//! identifier 'x'", "Unexpected end of input", "missing ) after argument
//! list"...

use lalrpop_util::ParseError;
use omx_core::Span;

use crate::diag::Diag;
use crate::lexer::{self, Tok};

pub fn describe(src: &str, error: ParseError<usize, Tok<'_>, Diag>) -> Diag {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => Diag::new(
            "Invalid or unexpected token",
            Span::new(location, location + 1),
            "unexpected character",
        ),
        ParseError::UnrecognizedEof { location, .. } => end_of_input(src, location),
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => unexpected(src, start, &tok, end, &expected),
        ParseError::ExtraToken {
            token: (start, tok, end),
        } => unexpected(src, start, &tok, end, &[]),
    }
}

/// The innermost bracket still open before `at`, with whether a `(` is the
/// start of an argument list.
fn open_bracket(src: &str, at: usize) -> Option<(usize, Tok<'_>, bool)> {
    let lexed = lexer::lex(src).ok()?;
    let mut stack: Vec<(usize, Tok<'_>, bool)> = Vec::new();
    let mut prev: Option<&Tok<'_>> = None;
    for (start, tok, _) in &lexed.tokens {
        if *start >= at {
            break;
        }
        match tok {
            Tok::LParen => {
                let call = prev.is_some_and(|p| {
                    matches!(
                        p,
                        Tok::Ident(_)
                            | Tok::RParen
                            | Tok::RBracket
                            | Tok::TemplateFull(_)
                            | Tok::TemplateTail(_)
                            | Tok::Super
                            | Tok::Get
                            | Tok::Set
                            | Tok::Static
                            | Tok::Of
                            | Tok::Async
                    )
                });
                stack.push((*start, tok.clone(), call));
            }
            Tok::LBrace | Tok::LBracket | Tok::TemplateHead(_) => {
                stack.push((*start, tok.clone(), false))
            }
            Tok::RParen | Tok::RBrace | Tok::RBracket | Tok::TemplateTail(_) => {
                stack.pop();
            }
            Tok::TemplateMiddle(_) => {
                stack.pop();
                stack.push((*start, tok.clone(), false));
            }
            _ => {}
        }
        prev = Some(tok);
    }
    // A call's `(` directly after a `function NAME` is a parameter list.
    stack.pop()
}

fn end_of_input(src: &str, location: usize) -> Diag {
    let at = Span::new(location, location);
    let d = match open_bracket(src, location) {
        Some((start, tok, _)) => {
            let (text, close) = match tok {
                Tok::LParen => ("(", ")"),
                Tok::LBracket => ("[", "]"),
                Tok::LBrace => ("{", "}"),
                _ => ("${", "}"),
            };
            Diag::new(
                "Unexpected end of input",
                Span::new(start, start + text.len()),
                format!("this `{text}` is never closed"),
            )
            .help(format!("add the missing `{close}`"))
        }
        None => Diag::new("Unexpected end of input", at, "the input ends here"),
    };
    d.eof()
}

fn unexpected(src: &str, start: usize, tok: &Tok<'_>, end: usize, expected: &[String]) -> Diag {
    let span = Span::new(start, end.max(start));
    let text = src.get(start..end).unwrap_or("");
    let expects = |t: &str| expected.iter().any(|e| e == t);
    if expects("\")\"") && expects("\",\"") {
        if let Some((_, Tok::LParen, true)) = open_bracket(src, start) {
            return Diag::new("missing ) after argument list", span, "expected `,` or `)`")
                .help("close the argument list with `)`");
        }
    }
    let message = match tok {
        Tok::Ident(name) => format!("Unexpected identifier '{name}'"),
        Tok::Get | Tok::Set | Tok::Static | Tok::Of | Tok::Async | Tok::Let => {
            format!("Unexpected identifier '{text}'")
        }
        Tok::Number(_) | Tok::BigInt(_) => "Unexpected number".to_string(),
        Tok::String(_) => "Unexpected string".to_string(),
        Tok::TemplateFull(_) | Tok::TemplateHead(_) => "Unexpected template string".to_string(),
        Tok::Regex(_) => "Unexpected regular expression".to_string(),
        Tok::Semi if start == end => "Unexpected token ';'".to_string(),
        Tok::Enum | Tok::Export | Tok::Import => format!("Unexpected reserved word '{text}'"),
        _ => format!("Unexpected token '{text}'"),
    };
    let label = if expects("\";\"") || expects("\"}\"") || expected.is_empty() {
        "unexpected here"
    } else {
        "not allowed here"
    };
    Diag::new(message, span, label)
}
