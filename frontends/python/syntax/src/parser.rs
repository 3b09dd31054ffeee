//! Entry points: tokenize, run the generated parser, turn its errors into
//! CPython-worded diagnostics.

use lalrpop_util::{lalrpop_mod, ParseError};
use omx_core::{Span, SyntaxError};

use crate::actions::Top;
use crate::ast::{Expr, Program};
use crate::errors;
use crate::lexer::{tokenize, Mode, RawTok, Spanned};
use crate::token::Tok;

lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    grammar
);

/// Parses a Python 3.11 module.
///
/// The error, if any, already carries `file_name` and `source`, so it
/// renders with its snippet.
pub fn parse(source: &str, file_name: &str) -> Result<Program, SyntaxError> {
    parse_module(source).map_err(|error| error.with_source(file_name, source))
}

fn parse_module(source: &str) -> Result<Program, SyntaxError> {
    let tokens = tokenize(source, 0, Mode::File)?;
    let result = grammar::TopParser::new().parse(tokens.iter().cloned().map(Ok::<_, SyntaxError>));
    match result {
        Ok(Top::Program(body)) => Ok(Program {
            body,
            span: Span::new(0, source.len()),
        }),
        Ok(Top::Expr(expr)) => Err(errors::invalid(
            "invalid syntax",
            expr.span,
            "an expression where a module was expected",
        )),
        Err(error) => Err(convert(error, &tokens, Mode::File, source.len())),
    }
}

/// Parses the expression of an f-string replacement field; `text` starts
/// at byte `offset` of the file.
pub(crate) fn parse_fstring_expression(text: &str, offset: usize) -> Result<Expr, SyntaxError> {
    let tokens = tokenize(text, offset, Mode::FExpr)?;
    let result = grammar::TopParser::new().parse(tokens.iter().cloned().map(Ok::<_, SyntaxError>));
    match result {
        Ok(Top::Expr(expr)) => Ok(expr),
        Ok(Top::Program(_)) => Err(errors::invalid(
            "f-string: invalid syntax",
            Span::new(offset, offset + text.len()),
            "not an expression",
        )),
        Err(error) => Err(convert(error, &tokens, Mode::FExpr, offset + text.len())),
    }
}

type Error<'a> = ParseError<usize, Tok<'a>, SyntaxError>;

fn convert(error: Error<'_>, tokens: &[Spanned<'_>], mode: Mode, end: usize) -> SyntaxError {
    let prefix = if mode == Mode::FExpr {
        "f-string: "
    } else {
        ""
    };
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => errors::invalid(
            format!("{prefix}invalid syntax"),
            Span::new(location, location + 1),
            "invalid token",
        ),
        ParseError::UnrecognizedEof { location, .. } => {
            let span = Span::new(location, location);
            match mode {
                Mode::File => errors::eof("invalid syntax", span, "the input ends here"),
                Mode::FExpr => errors::invalid(
                    "f-string: invalid syntax",
                    span,
                    "the expression ends too early",
                ),
            }
        }
        ParseError::ExtraToken {
            token: (start, _, stop),
        } => errors::invalid(
            format!("{prefix}invalid syntax"),
            Span::new(start, stop),
            "unexpected token",
        ),
        ParseError::UnrecognizedToken {
            token: (start, token, stop),
            expected,
        } => {
            if mode == Mode::FExpr {
                return errors::invalid(
                    "f-string: invalid syntax",
                    Span::new(start, stop),
                    "unexpected token in the f-string expression",
                );
            }
            unrecognized(tokens, start, &token, stop, &expected, end)
        }
    }
}

/// The index of the token that starts at `start` and equals `token`.
fn find_token(tokens: &[Spanned<'_>], start: usize, token: &Tok<'_>) -> Option<usize> {
    let first = tokens.partition_point(|t| t.0 < start);
    (first..tokens.len())
        .take_while(|&i| tokens[i].0 == start)
        .find(|&i| &tokens[i].1 == token)
        .or(Some(first).filter(|&i| i < tokens.len()))
}

/// The index of the first token of the logical line holding token `i`.
fn line_start(tokens: &[Spanned<'_>], i: usize) -> usize {
    let mut j = i;
    while j > 0 {
        match tokens[j - 1].1 {
            Tok::Newline | Tok::Indent | Tok::Dedent => break,
            _ => j -= 1,
        }
    }
    j
}

/// Whether the logical line starting at `first` ends with `:`.
fn line_ends_with_colon(tokens: &[Spanned<'_>], first: usize) -> bool {
    let newline = (first..tokens.len())
        .find(|&i| tokens[i].1 == Tok::Newline)
        .unwrap_or(tokens.len());
    newline > first && tokens[newline - 1].1 == Tok::Simple(RawTok::Colon)
}

fn unrecognized(
    tokens: &[Spanned<'_>],
    start: usize,
    token: &Tok<'_>,
    stop: usize,
    expected: &[String],
    end: usize,
) -> SyntaxError {
    let span = Span::new(start, stop);
    let expects = |what: &str| expected.iter().any(|e| e == what);
    let index = find_token(tokens, start, token);
    let at_end = index.is_some_and(|i| {
        tokens[i..]
            .iter()
            .all(|t| matches!(t.1, Tok::Newline | Tok::Dedent))
            && tokens[i..]
                .iter()
                .all(|t| t.0 >= last_content_end(tokens, i))
    }) || start >= end;

    if let Some(i) = index {
        let first = line_start(tokens, i);
        if let Tok::Name(word @ ("match" | "case")) = tokens[first].1 {
            if line_ends_with_colon(tokens, first) {
                let first_span = Span::new(tokens[first].0, tokens[first].2);
                return errors::unsupported(&format!("'{word}' statements"), first_span)
                    .with_help("rewrite the match statement as an if/elif chain");
            }
        }
        if tokens[first].1 == Tok::Name("print")
            && i == first + 1
            && matches!(
                token,
                Tok::Name(_) | Tok::String(_) | Tok::Int(_) | Tok::Float(_)
            )
        {
            return errors::invalid(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                Span::new(tokens[first].0, stop),
                "print is a function in Python 3",
            )
            .with_help("write print(...)");
        }
    }
    if expects("\":\"") && matches!(token, Tok::Newline) {
        return errors::invalid("expected ':'", Span::new(start, start), "expected ':' here")
            .with_help("a block header ends with a colon");
    }
    if expects("\"except\"") && expects("\"finally\"") {
        let message = "expected 'except' or 'finally' block";
        return if at_end {
            errors::eof(message, span, "the try block needs a handler")
        } else {
            errors::invalid(message, span, "the try block needs a handler")
        };
    }
    if matches!(token, Tok::Indent) {
        return errors::indentation(
            omx_core::SyntaxErrorKind::Invalid,
            "unexpected indent",
            span,
            "this line is indented more than the block it is in",
        );
    }
    if at_end {
        return errors::eof("invalid syntax", span, "the input ends here")
            .with_help("the statement is incomplete");
    }
    let label = format!("unexpected {}", token.describe());
    errors::invalid("invalid syntax", span, label)
}

/// End offset of the last token before index `i` that is not layout.
fn last_content_end(tokens: &[Spanned<'_>], i: usize) -> usize {
    tokens[..i]
        .iter()
        .rev()
        .find(|t| !matches!(t.1, Tok::Newline | Tok::Dedent | Tok::Indent))
        .map_or(0, |t| t.2)
}
