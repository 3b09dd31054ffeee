//! Statements, blocks and whole programs.

use std::fmt;

use omx_core::Span;

use super::{Expr, Var};

#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    pub body: Vec<Stmt>,
    /// The text after `__END__` or `__DATA__`, if any.
    pub data: Option<DataSection>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DataSection {
    /// `"__END__"` or `"__DATA__"`.
    pub marker: String,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

/// Compact: `Block [...] @start..end`.
impl fmt::Debug for Block {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Block ")?;
        self.stmts.fmt(f)?;
        write!(f, " @{}..{}", self.span.start, self.span.end)
    }
}

#[derive(Clone, PartialEq)]
pub struct Stmt {
    /// `LABEL:` in front of the statement.
    pub label: Option<String>,
    pub kind: StmtKind,
    pub span: Span,
}

/// Compact: `LABEL: ` if any, the kind, then `@start..end`.
impl fmt::Debug for Stmt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(label) = &self.label {
            write!(f, "{label}: ")?;
        }
        self.kind.fmt(f)?;
        write!(f, " @{}..{}", self.span.start, self.span.end)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    If,
    Unless,
    While,
    Until,
    For,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ElsIf {
    pub cond: Expr,
    pub block: Block,
}

/// The loop variable of `foreach`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoopVar {
    /// `my`/`our`/`state`, or `None` for an existing variable.
    pub decl: Option<super::DeclKind>,
    pub var: Var,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SigParam {
    pub var: Var,
    /// `= EXPR` default value.
    pub default: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub params: Vec<SigParam>,
    pub span: Span,
}

/// A named or anonymous sub.
#[derive(Debug, Clone, PartialEq)]
pub struct SubDef {
    pub name: Option<String>,
    /// A prototype such as `($$)` (without the parentheses).
    pub prototype: Option<String>,
    pub signature: Option<Signature>,
    /// `None` for a forward declaration `sub name;`.
    pub body: Option<Block>,
    pub span: Span,
}

/// `use MODULE LIST;`, `no MODULE LIST;`, `use VERSION;`.
#[derive(Debug, Clone, PartialEq)]
pub struct UseStmt {
    /// `true` for `no`.
    pub no: bool,
    pub module: Option<String>,
    pub version: Option<String>,
    /// The import list, as written (`None` when absent).
    pub args: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    Expr(Expr),
    /// `EXPR if COND;`, `EXPR for LIST;` ...
    Modified {
        expr: Expr,
        modifier: Modifier,
        cond: Expr,
    },
    Block(Block),
    /// `if`/`unless` with `elsif` and `else` clauses.
    If {
        unless: bool,
        cond: Expr,
        then: Block,
        elsifs: Vec<ElsIf>,
        otherwise: Option<Block>,
    },
    /// `while` / `until` (`cond` is `None` for `while ()`).
    While {
        until: bool,
        cond: Option<Expr>,
        body: Block,
        cont: Option<Block>,
    },
    /// C-style `for (INIT; COND; STEP)`.
    ForC {
        init: Option<Expr>,
        cond: Option<Expr>,
        step: Option<Expr>,
        body: Block,
    },
    /// `foreach VAR (LIST)`; without a variable the loop uses `$_`.
    Foreach {
        var: Option<LoopVar>,
        list: Expr,
        body: Block,
        cont: Option<Block>,
    },
    Sub(SubDef),
    /// `package NAME;` or `package NAME { ... }`.
    Package {
        name: String,
        version: Option<String>,
        block: Option<Block>,
    },
    Use(UseStmt),
    /// `BEGIN`, `END`, `INIT`, `CHECK`, `UNITCHECK` blocks.
    Phaser {
        name: String,
        block: Block,
    },
    /// A lone `;`.
    Empty,
}
