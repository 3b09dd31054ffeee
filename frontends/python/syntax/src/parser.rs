//! Entry points: tokenize, run the generated parser, turn its errors into
//! CPython-worded diagnostics.

use lalrpop_util::{lalrpop_mod, ParseError};
use omx_core::{Span, SyntaxError};

use crate::actions::Top;
use crate::ast::{Expr, Program};
use crate::errors;
use crate::lexer::{tokenize, DepthGuard, Mode, RawTok, Spanned, Tokens, AT_END};
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
    let mut guard = DepthGuard::new(0);
    let stream = tokens
        .tokens
        .iter()
        .map(|token| guard.see(token).map(|()| token.clone()));
    match grammar::TopParser::new().parse(stream) {
        Ok(Top::Program(body)) => Ok(Program {
            body,
            span: Span::new(0, source.len()),
        }),
        Ok(Top::Expr(expr)) => Err(errors::invalid(
            "invalid syntax",
            expr.span,
            "an expression where a module was expected",
        )),
        Err(error) => Err(convert(error, tokens, Mode::File, source.len())),
    }
}

/// Parses the expression of an f-string replacement field; `text` starts
/// at byte `offset` of the file.
pub(crate) fn parse_fstring_expression(text: &str, offset: usize) -> Result<Expr, SyntaxError> {
    let tokens = tokenize(text, offset, Mode::FExpr)?;
    let stream = tokens.tokens.iter().cloned().map(Ok::<_, SyntaxError>);
    match grammar::TopParser::new().parse(stream) {
        Ok(Top::Expr(expr)) => Ok(expr),
        Ok(Top::Program(_)) => Err(errors::invalid(
            "f-string: invalid syntax",
            Span::new(offset, offset + text.len()),
            "not an expression",
        )),
        Err(error) => Err(convert(error, tokens, Mode::FExpr, offset + text.len())),
    }
}

type Error<'a> = ParseError<usize, Tok<'a>, SyntaxError>;

fn convert(error: Error<'_>, mut tokens: Tokens<'_>, mode: Mode, end: usize) -> SyntaxError {
    let (start, token, stop, expected) = match error {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => (location, None, location, Vec::new()),
        ParseError::UnrecognizedEof { location, expected } => (location, None, location, expected),
        ParseError::ExtraToken {
            token: (start, token, stop),
        } => (start, Some(token), stop, Vec::new()),
        ParseError::UnrecognizedToken {
            token: (start, token, stop),
            expected,
        } => (start, Some(token), stop, expected),
    };
    if mode == Mode::FExpr {
        return errors::invalid(
            "f-string: invalid syntax",
            Span::new(start, stop.max(start + 1).min(end.max(start + 1))),
            "unexpected token in the f-string expression",
        );
    }
    let failure = Failure {
        tokens: &tokens.tokens,
        start,
        token: token.as_ref(),
        stop,
        expected: &expected,
        end,
    };
    // An indentation problem the layer saw at this very place.
    let index = failure
        .token
        .and_then(|token| find_token(failure.tokens, start, token));
    let at_end = failure.at_end(index);
    if let Some(i) = tokens
        .deferred
        .iter()
        .position(|(at, _)| *at == start || (*at == AT_END && at_end))
    {
        return tokens.deferred.swap_remove(i).1;
    }
    failure.diagnose()
}

/// A parse failure, with what is needed to word it.
struct Failure<'t, 'a> {
    tokens: &'t [Spanned<'a>],
    start: usize,
    /// `None` at the end of input.
    token: Option<&'t Tok<'a>>,
    stop: usize,
    expected: &'t [String],
    end: usize,
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

impl Failure<'_, '_> {
    fn expects(&self, terminal: &str) -> bool {
        self.expected.iter().any(|e| e == terminal)
    }

    /// Whether only layout tokens remain from the failure on: the input
    /// simply ended too early.
    fn at_end(&self, index: Option<usize>) -> bool {
        match index {
            None => true,
            Some(i) => {
                self.start >= self.end
                    || self.tokens[i..]
                        .iter()
                        .all(|t| matches!(t.1, Tok::Newline | Tok::Dedent))
            }
        }
    }

    fn error(&self, at_end: bool, message: &str, span: Span, label: &str) -> SyntaxError {
        if at_end {
            errors::eof(message, span, label)
        } else {
            errors::invalid(message, span, label)
        }
    }

    fn diagnose(&self) -> SyntaxError {
        let span = Span::new(self.start, self.stop);
        let index = self
            .token
            .and_then(|token| find_token(self.tokens, self.start, token));
        let at_end = self.at_end(index);

        if let Some(i) = index {
            if let Some(error) = self.soft_keyword_or_print(i) {
                return error;
            }
        }
        if self.expects("\":\"") && matches!(self.token, Some(Tok::Newline) | None) {
            return errors::invalid(
                "expected ':'",
                Span::new(self.start, self.start),
                "expected ':' here",
            )
            .with_help("a block header ends with a colon");
        }
        if self.expects("\"except\"") && self.expects("\"finally\"") {
            return self.error(
                at_end,
                "expected 'except' or 'finally' block",
                span,
                "the try block needs a handler",
            );
        }
        if self.expects("\"else\"") && !self.expects("\"elif\"") {
            return self.error(
                at_end,
                "expected 'else' after 'if' expression",
                span,
                "a conditional expression needs an else part",
            );
        }
        if at_end {
            return errors::eof("invalid syntax", span, "the input ends here")
                .with_help("the statement is incomplete");
        }
        let label = match self.token {
            Some(token) => format!("unexpected {}", token.describe()),
            None => "unexpected end of input".to_string(),
        };
        errors::invalid("invalid syntax", span, label)
    }

    /// `match`/`case` statements (unsupported) and Python 2 `print x`.
    fn soft_keyword_or_print(&self, i: usize) -> Option<SyntaxError> {
        let first = line_start(self.tokens, i);
        let (first_start, ref first_token, first_end) = self.tokens[first];
        if let Tok::Name(word @ ("match" | "case")) = first_token {
            if line_ends_with_colon(self.tokens, first) {
                let span = Span::new(first_start, first_end);
                return Some(
                    errors::unsupported(&format!("'{word}' statements"), span)
                        .with_help("rewrite the match statement as an if/elif chain"),
                );
            }
        }
        if *first_token == Tok::Name("print")
            && i == first + 1
            && matches!(
                self.token,
                Some(Tok::Name(_) | Tok::String(_) | Tok::Int(_) | Tok::Float(_))
            )
        {
            return Some(
                errors::invalid(
                    "Missing parentheses in call to 'print'. Did you mean print(...)?",
                    Span::new(first_start, self.stop),
                    "print is a function in Python 3",
                )
                .with_help("write print(...)"),
            );
        }
        None
    }
}
