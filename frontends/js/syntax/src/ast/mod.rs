//! The typed JavaScript AST. Every node carries an [`omx_core::Span`].
//!
//! Node structs (`Expr`, `Stmt`, `Pattern`, ...) pair a `kind` enum with a
//! span; their `Debug` form prints the span as `@start..end` before the kind
//! so that `omx check --ast` stays readable.

mod debug;
mod expr;
mod function;
mod pattern;
mod stmt;
pub mod walk;

pub use expr::{
    AssignOp, BinaryOp, Expr, ExprKind, ExprOrSpread, LogicalOp, MemberProp, MethodKind, Prop,
    PropKey, PropKind, Template, TemplatePart, UnaryOp, UpdateOp,
};
pub use function::{ArrowBody, Class, ClassMember, ClassMemberKind, Function, Params};
pub use pattern::{ObjectPatternProp, Pattern, PatternKind};
pub use stmt::{
    CatchClause, ForHead, ForInit, Program, Stmt, StmtKind, SwitchCase, VarDecl, VarKind,
};

use omx_core::Span;

/// A name with its span: identifiers, labels, property names after `.`,
/// private names (`#x` is stored without the `#`).
#[derive(Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn new(name: impl Into<String>, span: Span) -> Ident {
        Ident {
            name: name.into(),
            span,
        }
    }
}
