//! The typed Python AST. Every node carries an `omx_core::Span`.
//!
//! Shapes follow CPython's `ast` module where that is convenient for
//! lowering, with three deliberate differences: assignment, `for`, `with`,
//! `del` and comprehension targets are a separate [`Target`] type validated
//! by the parser; string literals keep their prefix and stay a list of parts
//! (implicit concatenation is lowering's job); integers too large for `i64`
//! keep their digits.

mod expr;
mod literal;
mod node;
mod stmt;

pub use expr::{
    Argument, BinOp, BoolOp, CmpOp, Comprehension, DictItem, Expr, ExprKind, Parameter,
    ParameterKind, Parameters, Target, TargetKind, UnaryOp,
};
pub use literal::{FStringField, FStringPart, IntValue, StringLiteral, StringValue};
pub use node::{Ident, Node};
pub use stmt::{
    Alias, ClassDef, ExceptHandler, FunctionDef, ImportNames, Program, Stmt, StmtKind, WithItem,
};
