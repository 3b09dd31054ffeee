//! Entry points: run the context-sensitive lexer into the LR parser and
//! turn lalrpop's errors into Perl-worded diagnostics.

use lalrpop_util::ParseError;
use omx_core::{Span, SyntaxError};

use crate::ast::{Block, Expr, Program, StmtKind};
use crate::error::{LexError, Problem, TooDeep};
use crate::grammar::ProgramParser;
use crate::lexer::Lexer;
use crate::limits::MAX_INTERPOLATION;
use crate::token::Tok;

/// Parse a whole Perl program. The error, if any, carries `file_name` and
/// `source` so it renders with the offending line.
pub fn parse(source: &str, file_name: &str) -> Result<Program, SyntaxError> {
    parse_program(source).map_err(|e| e.into_syntax_error(file_name, source))
}

fn parse_program(source: &str) -> Result<Program, LexError> {
    let mut lexer = Lexer::new(source, 0, source.len());
    let parsed = ProgramParser::new().parse(&mut lexer);
    match parsed {
        Ok(body) => Ok(Program {
            body,
            data: lexer.take_data(),
            span: Span::new(0, source.len()),
        }),
        Err(error) => Err(convert(error, &lexer, source)),
    }
}

/// Parse `src[start..end]` as one expression (an interpolated variable),
/// `depth` strings deep, counting nesting from `base` levels (those of the
/// code around the string). Returns the expression and its depth.
pub(crate) fn parse_expr_range(
    src: &str,
    start: usize,
    end: usize,
    depth: usize,
    base: u32,
) -> Result<(Expr, u32), LexError> {
    check_depth(depth, start, end)?;
    let mut lexer = Lexer::new(src, start, end)
        .expecting_term()
        .interpolated(depth, base);
    let mut body = ProgramParser::new()
        .parse(&mut lexer)
        .map_err(|e| convert(e, &lexer, src))?;
    match (body.pop(), body.is_empty()) {
        (
            Some(crate::ast::Stmt {
                kind: StmtKind::Expr(expr),
                label: None,
                ..
            }),
            true,
        ) => Ok((expr, lexer.depth())),
        _ => Err(LexError::at(Problem::Syntax, start, end)),
    }
}

/// Parse `src[start..end]` as statements (the code of `s///e`), as
/// [`parse_expr_range`] does.
pub(crate) fn parse_block_range(
    src: &str,
    start: usize,
    end: usize,
    depth: usize,
    base: u32,
) -> Result<(Block, u32), LexError> {
    check_depth(depth, start, end)?;
    let mut lexer = Lexer::new(src, start, end).interpolated(depth, base);
    let stmts = ProgramParser::new()
        .parse(&mut lexer)
        .map_err(|e| convert(e, &lexer, src))?;
    let block = Block {
        stmts,
        span: Span::new(start, end),
    };
    Ok((block, lexer.depth()))
}

/// Interpolations nest (`qq{@{[ qq{...} ]}}`), each one parser deeper on
/// the Rust stack: refuse absurd depths.
fn check_depth(depth: usize, start: usize, end: usize) -> Result<(), LexError> {
    if depth > MAX_INTERPOLATION {
        return Err(LexError::at(
            Problem::TooDeep(TooDeep::Interpolation),
            start,
            end,
        ));
    }
    Ok(())
}

fn convert(error: ParseError<usize, Tok, LexError>, lexer: &Lexer<'_>, source: &str) -> LexError {
    match error {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { location, .. } => match lexer.open_bracket() {
            Some(open) => LexError::at(Problem::MissingBracket, open, open + 1),
            None => {
                let at = location.min(source.len());
                LexError::at(Problem::SyntaxAtEof, at, at)
            }
        },
        ParseError::UnrecognizedToken {
            token: (l, _, r),
            expected,
        } => {
            let mut error = LexError::at(Problem::Syntax, l, r);
            let starts_line = source[..l.min(source.len())]
                .trim_end_matches([' ', '\t'])
                .ends_with('\n');
            if starts_line && expected.iter().any(|e| e == "\";\"") {
                error.help = Some("Missing semicolon on previous line?".to_string());
            }
            error
        }
        ParseError::ExtraToken { token: (l, _, r) } => LexError::at(Problem::Syntax, l, r),
        ParseError::InvalidToken { location } => {
            LexError::at(Problem::Syntax, location, location + 1)
        }
    }
}
