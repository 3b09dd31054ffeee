//! The typed Perl 5 AST. Every node carries an `omx_core::Span`.

mod expr;
mod stmt;
mod string;

pub use expr::{
    BinOp, Callee, DeclKind, Expr, ExprKind, MagicConst, MethodName, Sigil, Subst,
    SubstReplacement, Translit, UnaryOp, Var,
};
pub use stmt::{
    Block, DataSection, ElsIf, LoopVar, Modifier, Program, SigParam, Signature, Stmt, StmtKind,
    SubDef, UseStmt,
};
pub use string::{CaseMod, Regex, StrPart};
