//! omx-python-syntax: the Python 3.11 parser of omx.
//!
//! A logos lexer and a layout layer (NEWLINE/INDENT/DEDENT, brackets,
//! backslash continuation, tabs) feed a lalrpop grammar with a single entry
//! rule; actions build the typed AST of [`ast`] and make CPython's
//! parse-time checks. Errors are `omx_core::SyntaxError` diagnostics worded
//! as CPython 3.11 words them.

mod actions;
pub mod ast;
mod errors;
mod lexer;
pub mod limits;
mod literal;
use omx_core::nesting;
mod parser;
mod token;

pub use lexer::highlight;
pub use parser::parse;
