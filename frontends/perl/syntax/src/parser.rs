//! Entry points: run the context-sensitive lexer into the LR parser and
//! turn lalrpop's errors into Perl-worded diagnostics.

use lalrpop_util::ParseError;
use omx_core::{Span, SyntaxError};

use crate::ast::{Block, Expr, Program, StmtKind};
use crate::error::{LexError, Problem};
use crate::grammar::ProgramParser;
use crate::lexer::Lexer;
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

/// Parse `src[start..end]` as one expression (an interpolated variable).
pub(crate) fn parse_expr_range(
    src: &str,
    start: usize,
    end: usize,
    depth: usize,
) -> Result<Expr, LexError> {
    check_depth(depth, start, end)?;
    let mut lexer = Lexer::new(src, start, end).expecting_term();
    lexer.interp_depth = depth;
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
        ) => Ok(expr),
        _ => Err(LexError::at(Problem::Syntax, start, end)),
    }
}

/// Parse `src[start..end]` as statements (the code of `s///e`).
pub(crate) fn parse_block_range(
    src: &str,
    start: usize,
    end: usize,
    depth: usize,
) -> Result<Block, LexError> {
    check_depth(depth, start, end)?;
    let mut lexer = Lexer::new(src, start, end);
    lexer.interp_depth = depth;
    let stmts = ProgramParser::new()
        .parse(&mut lexer)
        .map_err(|e| convert(e, &lexer, src))?;
    Ok(Block {
        stmts,
        span: Span::new(start, end),
    })
}

/// Interpolations nest (`qq{@{[ qq{...} ]}}`); refuse absurd depths.
fn check_depth(depth: usize, start: usize, end: usize) -> Result<(), LexError> {
    const MAX_INTERP_DEPTH: usize = 32;
    if depth > MAX_INTERP_DEPTH {
        return Err(LexError::at(
            Problem::Unsupported(format!(
                "Interpolated strings nested more than {MAX_INTERP_DEPTH} deep"
            )),
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
