//! Semantic actions of the grammar: building AST nodes and the checks
//! CPython makes while parsing (assignment targets, parameter order, call
//! argument order, string concatenation).

mod calls;
mod exprs;
mod params;
mod stmts;
mod targets;

use lalrpop_util::ParseError;
use omx_core::SyntaxError;

use crate::ast::{Expr, Stmt};
use crate::token::Tok;

pub use calls::{call, class_def, ArgItem};
pub use exprs::{
    bin_op, bool_op, comprehension, dotted, generator, list_comp, parenthesized, set_comp, strings,
    tuple_or_single, unary,
};
pub use params::{function_def, lambda, ParamItem};
pub use stmts::{
    ann_assign, assign, aug_assign, decorate, delete, expr_stmt, for_stmt, if_stmt, import_from,
    try_stmt, with_item,
};

/// What the single `pub` rule produced.
#[derive(Debug)]
pub enum Top {
    Program(Vec<Stmt>),
    /// An f-string replacement field's expression.
    Expr(Expr),
}

/// Turns an action's `SyntaxError` into lalrpop's user error.
pub fn lift<'a, T>(
    result: Result<T, SyntaxError>,
) -> Result<T, ParseError<usize, Tok<'a>, SyntaxError>> {
    result.map_err(|error| ParseError::User { error })
}
