//! Wording of syntax errors, as `luac5.4` words them.
//!
//! Lua's parser is recursive descent; ours is LR. The LR parser tells the
//! offending token and the set of tokens it would have accepted; from that
//! set this module recovers the message Lua's `lparser.c` gives at the same
//! point: "'then' expected", "unexpected symbol", "syntax error", and for a
//! missing closer "'end' expected (to close 'function' at line 3)", using
//! the innermost construct still open before the offending token.

use lalrpop_util::ParseError;
use omx_core::{Span, SyntaxError, SyntaxErrorKind};

use crate::line_index::LineIndex;
use crate::scan::{LexError, Near};
use crate::token::Tok;

const CODE: &str = "lua::syntax";

pub fn syntax_error(source: &[u8], error: ParseError<usize, Tok, LexError>) -> SyntaxError {
    match error {
        ParseError::User { error } => lexical(source, error),
        ParseError::InvalidToken { location } => SyntaxError::new(
            CODE,
            SyntaxErrorKind::Invalid,
            "unexpected symbol",
            Span::new(location, location + 1),
            "unexpected symbol",
        ),
        ParseError::UnrecognizedEof { expected, .. } => {
            unexpected(source, None, source.len(), &names(&expected))
        }
        ParseError::UnrecognizedToken {
            token: (start, token, end),
            expected,
        } => unexpected(source, Some((token, end)), start, &names(&expected)),
        ParseError::ExtraToken {
            token: (start, token, end),
        } => unexpected(source, Some((token, end)), start, &["<eof>".to_string()]),
    }
}

fn lexical(source: &[u8], error: LexError) -> SyntaxError {
    let kind = if error.at_eof() {
        SyntaxErrorKind::UnexpectedEof
    } else {
        SyntaxErrorKind::Invalid
    };
    let message = error.full_message();
    let help = lexical_help(&error);
    let span = last_line_span(source, error.start, error.end);
    let syntax_error = SyntaxError::new(CODE, kind, message, span, error.label);
    match help {
        Some(help) => syntax_error.with_help(help),
        None => syntax_error,
    }
}

/// `start..end`, cut to its last line: Lua reports the line where it
/// detected the error (where the offending token ends), and the
/// diagnostic's line is the line its span starts on.
fn last_line_span(source: &[u8], start: usize, end: usize) -> Span {
    let end = end.min(source.len());
    let line_start = source[..end]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    Span::new(start.max(line_start).min(end), end)
}

fn lexical_help(error: &LexError) -> Option<&'static str> {
    match error.message.as_str() {
        "invalid escape sequence" => Some(
            "valid escapes are \\a \\b \\f \\n \\r \\t \\v \\\\ \\\" \\' \\z \\xXX \\ddd \\u{XXX} and \\ before a newline",
        ),
        "decimal escape too large" => Some("a decimal escape \\ddd is at most \\255"),
        "UTF-8 value too large" => Some("a \\u{...} escape is at most \\u{7FFFFFFF}"),
        "chunk has too many syntax levels" => Some(
            "omx allows 200 nested brackets and blocks, and 1000 levels of nested operators and brackets together",
        ),
        "unfinished string" if error.near != Near::Eof => Some(
            "a quoted string cannot span lines: close it, end the line with \\, or use a [[long string]]",
        ),
        _ => None,
    }
}

/// Expected terminals without lalrpop's quotes.
fn names(expected: &[String]) -> Vec<String> {
    expected
        .iter()
        .map(|name| name.trim_matches('"').to_string())
        .filter(|name| name != "<outside vararg>" && name != "<stat-break>")
        .collect()
}

/// The error for an unexpected token (`None`: end of input) at `start`.
fn unexpected(
    source: &[u8],
    token: Option<(Tok, usize)>,
    start: usize,
    expected: &[String],
) -> SyntaxError {
    let tokens = crate::report_context::tokens_before(source, start);
    if let Some((dots_start, Tok::DotsOutsideVararg, dots_end)) = tokens.last() {
        // Lua rejects the `...` as soon as it reads it as an expression.
        return lexical(source, crate::node::vararg_error(*dots_start, *dots_end));
    }
    let (near, span, kind) = match &token {
        Some((tok, end)) => (
            tok.near(&source[start..*end]),
            last_line_span(source, start, *end),
            SyntaxErrorKind::Invalid,
        ),
        None => (
            "<eof>".to_string(),
            Span::new(source.len(), source.len()),
            SyntaxErrorKind::UnexpectedEof,
        ),
    };
    let tok = token.as_ref().map(|(tok, _)| tok);
    let lines = LineIndex::new(source);
    // Lua reports the line where the offending token ends.
    let error_line = lines.line(span.end as usize);
    let has = |name: &str| expected.iter().any(|e| e == name);
    let wording = if has("local") {
        statement_position(
            tok,
            has(":") && has("[") && !has("+"),
            &tokens,
            &lines,
            error_line,
        )
    } else if has("nil") {
        Wording::plain("unexpected symbol", "unexpected symbol")
    } else {
        expected_token(expected, tok, &tokens, &lines, error_line)
    };
    let help = wording.help.or_else(|| token_help(tok, source, span));
    let error = SyntaxError::new(
        CODE,
        kind,
        format!("{} near {near}", wording.message),
        span,
        wording.label,
    );
    match help {
        Some(help) => error.with_help(help),
        None => error,
    }
}

struct Wording {
    message: String,
    label: String,
    help: Option<String>,
}

impl Wording {
    fn plain(message: &str, label: &str) -> Wording {
        Wording {
            message: message.to_string(),
            label: label.to_string(),
            help: None,
        }
    }
}

/// The error is where a statement could start (or the previous one go on).
fn statement_position(
    tok: Option<&Tok>,
    after_call_statement: bool,
    tokens: &[(usize, Tok, usize)],
    lines: &LineIndex,
    error_line: usize,
) -> Wording {
    match tok {
        Some(Tok::Assign | Tok::Comma) if after_call_statement => syntax_error_wording(),
        None | Some(Tok::End | Tok::Else | Tok::Elseif | Tok::Until) => {
            closer_expected(tokens, lines, error_line)
        }
        Some(_) => Wording::plain("unexpected symbol", "unexpected symbol"),
    }
}

fn syntax_error_wording() -> Wording {
    Wording {
        message: "syntax error".to_string(),
        label: "unexpected here".to_string(),
        help: Some(
            "a statement is an assignment to names and indexings (a, t.k, t[k]) or a function call"
                .to_string(),
        ),
    }
}

/// Binary operators: expected after any operand.
const BINARY_OPERATORS: &[&str] = &[
    "or", "and", "==", "~=", "<", "<=", ">", ">=", "|", "~", "&", "<<", ">>", "..", "+", "-", "*",
    "/", "//", "%", "^",
];

/// Call and index suffixes: expected after a prefix expression.
const SUFFIXES: &[&str] = &["(", "[", ".", ":", "<string>", "{"];

/// The error is inside a construct that needs one of `expected` next.
fn expected_token(
    expected: &[String],
    tok: Option<&Tok>,
    tokens: &[(usize, Tok, usize)],
    lines: &LineIndex,
    error_line: usize,
) -> Wording {
    let has = |name: &str| expected.iter().any(|e| e == name);
    if expected.is_empty() {
        // The parser reduced to the end of the chunk before seeing the token.
        return statement_position(tok, false, tokens, lines, error_line);
    }
    let after_operand = has("+");
    // After a prefix expression (`a`, `t[k]`, `f(x)`), unlike after a
    // function name (`function a.b`), a call or an index may follow.
    let after_prefix = has(":") && has("[");
    let mut rest: Vec<&str> = expected
        .iter()
        .map(String::as_str)
        .filter(|name| !(after_operand && BINARY_OPERATORS.contains(name)))
        .filter(|name| !(after_prefix && SUFFIXES.contains(name)))
        .collect();
    if rest.is_empty() {
        // Only an operator or a suffix could follow: a bare expression
        // where a statement should be.
        return syntax_error_wording();
    }
    if has("(") && has("{") && has("<string>") && !after_prefix {
        return Wording::plain(
            "function arguments expected",
            "expected '(', '{' or a string",
        );
    }
    if has("=") && has("in") {
        return Wording::plain("'=' or 'in' expected", "expected '=' or 'in'");
    }
    if after_prefix && !after_operand && (has("=") || has(",")) {
        // `restassign` wants '=' after a later target; `exprstat` calls
        // a first target that is not followed by '=' or ',' a syntax error.
        return if crate::report_context::follows_comma(tokens) {
            Wording::plain("'=' expected", "expected '='")
        } else {
            syntax_error_wording()
        };
    }
    if rest.contains(&"(") && rest.contains(&"<name>") {
        // The start of a prefix expression.
        return Wording::plain("unexpected symbol", "unexpected symbol");
    }
    if rest.contains(&"(") && !after_prefix {
        return Wording::plain("'(' expected", "expected '('");
    }
    if rest == [";"] {
        return closer_expected(tokens, lines, error_line);
    }
    if rest.len() > 1 {
        rest.retain(|name| *name != "," && *name != ";");
    }
    if rest.contains(&"<name>") {
        return if rest.contains(&"...") {
            Wording::plain(
                "<name> or '...' expected",
                "expected a parameter name or '...'",
            )
        } else {
            Wording::plain("<name> expected", "expected a name")
        };
    }
    if rest.iter().any(|name| CLOSERS.contains(name)) {
        return closer_expected(tokens, lines, error_line);
    }
    let what = token_text(rest.first().copied().unwrap_or("<eof>"));
    Wording {
        message: format!("{what} expected"),
        label: format!("expected {what}"),
        help: None,
    }
}

const CLOSERS: &[&str] = &["end", "until", ")", "}", "]", "<eof>"];

/// `luaX_token2str`: reserved words and symbols quoted, `<name>` etc. not.
fn token_text(name: &str) -> String {
    if name.starts_with('<') && name.len() > 1 && name.ends_with('>') {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}

/// `check_match`: the closer of the innermost open construct, naming its
/// opener when it is on another line.
fn closer_expected(
    tokens: &[(usize, Tok, usize)],
    lines: &LineIndex,
    error_line: usize,
) -> Wording {
    let Some(open) = crate::report_context::innermost_open(tokens, lines) else {
        return Wording::plain("<eof> expected", "expected the end of the chunk");
    };
    let closer = token_text(open.kind.closer());
    match open.kind.opener() {
        Some(opener) if open.line != error_line => Wording {
            message: format!(
                "{closer} expected (to close '{opener}' at line {})",
                open.line
            ),
            label: format!("expected {closer}"),
            help: Some(format!(
                "add {closer} to close the '{opener}' opened on line {}",
                open.line
            )),
        },
        _ => Wording {
            message: format!("{closer} expected"),
            label: format!("expected {closer}"),
            help: None,
        },
    }
}

/// Hints for habits from other languages.
fn token_help(tok: Option<&Tok>, source: &[u8], span: Span) -> Option<String> {
    let next = source.get(span.end as usize).copied();
    match (tok?, next) {
        (Tok::Other(b'!'), Some(b'=')) => Some("Lua's not-equal operator is ~=".to_string()),
        (Tok::Other(b'!'), _) => Some("Lua's logical negation is 'not'".to_string()),
        (Tok::Plus | Tok::Minus | Tok::Star | Tok::Slash | Tok::Percent, Some(b'=')) => {
            Some("Lua has no compound assignment: write 'x = x + 1'".to_string())
        }
        _ => None,
    }
}
