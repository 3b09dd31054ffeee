//! omx-lua-syntax: the Lua 5.4 lexer, grammar and AST of omx.
//!
//! [`parse`] turns source bytes into an [`ast::Chunk`] or a
//! [`omx_core::SyntaxError`] worded as `luac5.4` words it.

pub mod ast;
pub mod highlight;
mod lexer;
pub mod limits;
mod line_index;
use omx_core::nesting;
mod node;
mod parse;
mod report;
mod report_context;
mod scan;
mod token;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports)]
    grammar
);

pub use highlight::highlight;
pub use line_index::LineIndex;
pub use parse::{line_index, parse};
pub use scan::str2number;
pub use token::Numeral;
