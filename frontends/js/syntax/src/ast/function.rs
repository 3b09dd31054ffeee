//! Functions, arrows and classes.

use omx_core::Span;

use super::{Expr, Ident, MethodKind, Pattern, PropKey, Stmt};

/// A parameter list: `(a, b = 1, {c}, ...rest)`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    pub items: Vec<Pattern>,
    pub rest: Option<Box<Pattern>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub id: Option<Ident>,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub is_generator: bool,
    /// `async function`, `async m() {}` (§15.8).
    pub is_async: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ArrowBody {
    Expr(Expr),
    Block(Vec<Stmt>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    pub id: Option<Ident>,
    pub super_class: Option<Expr>,
    pub members: Vec<ClassMember>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassMember {
    pub kind: ClassMemberKind,
    pub is_static: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ClassMemberKind {
    Constructor(Box<Function>),
    Method {
        key: PropKey,
        kind: MethodKind,
        func: Box<Function>,
    },
    /// `x = 1;`, `#y;`, `static z = 2;`
    Field {
        key: PropKey,
        value: Option<Expr>,
    },
    /// `static { ... }`
    StaticBlock(Vec<Stmt>),
}
