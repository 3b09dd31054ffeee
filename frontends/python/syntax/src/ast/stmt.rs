//! Statements and the program.

use std::fmt;

use omx_core::Span;

use super::expr::{Argument, BinOp, Expr, Parameters, Target};
use super::node::{debug_struct_with_span, Ident, Node};

/// A whole module.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub body: Vec<Stmt>,
    pub span: Span,
}

pub type Stmt = Node<StmtKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: one or more targets.
    Assign {
        targets: Vec<Target>,
        value: Expr,
    },
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` when the target is a bare
    /// name not in parentheses.
    AnnAssign {
        target: Target,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise {
        exception: Option<Expr>,
        cause: Option<Expr>,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Delete(Vec<Target>),
    Assert {
        test: Expr,
        message: Option<Expr>,
    },
    Import(Vec<Alias>),
    /// `from ..module import names`; `level` counts the leading dots.
    ImportFrom {
        module: Option<Ident>,
        level: u32,
        names: ImportNames,
    },
    /// `elif` is an `If` alone in the `orelse` of the previous one.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `try`; `star` for `except*` handlers.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        star: bool,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
}

/// `import a.b as c` / `from m import a as c`; dotted names keep their dots.
#[derive(Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImportNames {
    /// `from m import *`
    Star(Span),
    Names(Vec<Alias>),
}

#[derive(Clone, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Target>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub parameters: Parameters,
    pub returns: Option<Expr>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    /// Bases and keywords (`metaclass=...`) as call arguments.
    pub arguments: Vec<Argument>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

impl fmt::Debug for Alias {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "Alias",
            &[("name", &self.name), ("asname", &self.asname)],
            self.span,
        )
    }
}

impl fmt::Debug for ExceptHandler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "ExceptHandler",
            &[
                ("type_", &self.type_),
                ("name", &self.name),
                ("body", &self.body),
            ],
            self.span,
        )
    }
}

impl fmt::Debug for WithItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "WithItem",
            &[("context", &self.context), ("target", &self.target)],
            self.span,
        )
    }
}
