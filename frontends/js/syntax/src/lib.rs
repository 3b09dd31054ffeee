//! omx-js-syntax: the JavaScript (ES2020 plus class fields) parser of omx.
//!
//! A logos lexer with a context layer (regex literals, templates, the
//! restricted productions), an LR(1) lalrpop grammar with automatic
//! semicolon insertion, a typed AST with a span on every node, and V8-worded
//! miette diagnostics.

pub mod ast;
mod diag;
mod lexer;
pub mod limits;
use omx_core::nesting;
mod parser;
mod validate;

pub use diag::CODE;
pub use lexer::highlight;

/// Parse a JavaScript script. The error carries `file_name` and `source`.
pub fn parse(source: &str, file_name: &str) -> Result<ast::Program, omx_core::SyntaxError> {
    parser::parse_script(source)
        .and_then(|program| validate::check(&program).map(|()| program))
        .map_err(|d| d.into_syntax_error(file_name, source))
}
