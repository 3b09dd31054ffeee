//! The IR every frontend lowers into: functions with resolved variables.
//!
//! A frontend applies its language's scoping rules (Lua's lexical `local`,
//! Python's function scope, ...) and hands the compiler a tree in which every
//! variable is already a local slot, an upvalue or an indexing expression
//! (globals are `_ENV[name]` for Lua). The compiler only allocates registers
//! and emits bytecode.

pub use crate::bytecode::{BinOp, CompareOp};
use crate::Lang;

pub type LocalId = usize;
pub type UpvalueId = usize;

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: String,
    pub chunk_name: String,
    pub lang: Lang,
    pub line_defined: u32,
    pub last_line: u32,
    pub params: Vec<LocalId>,
    pub is_vararg: bool,
    pub locals: Vec<LocalDecl>,
    pub upvalues: Vec<UpvalueDecl>,
    pub body: Block,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LocalDecl {
    pub name: String,
    /// Captured by an inner function: lives in a heap cell.
    pub captured: bool,
    /// A `<close>` variable.
    pub to_be_closed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capture {
    /// A local of the directly enclosing function.
    Local(LocalId),
    /// An upvalue of the directly enclosing function.
    Upvalue(UpvalueId),
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpvalueDecl {
    pub name: String,
    pub capture: Capture,
}

pub type Block = Vec<Stmt>;

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// Declare `locals` (in scope until the end of the enclosing block) and
    /// assign them `values` adjusted to their count.
    Local {
        locals: Vec<LocalId>,
        values: Vec<Expr>,
    },
    /// Declare `local`, then assign it the function (so it can recurse).
    LocalFunction {
        local: LocalId,
        func: Box<Function>,
    },
    Assign {
        targets: Vec<Place>,
        values: Vec<Expr>,
    },
    /// An expression evaluated for its effects (a call).
    Expr(Expr),
    Do(Block),
    While {
        cond: Expr,
        body: Block,
    },
    /// The condition is evaluated in the scope of the body.
    Repeat {
        body: Block,
        cond: Expr,
    },
    If {
        arms: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    NumericFor {
        var: LocalId,
        start: Expr,
        limit: Expr,
        step: Option<Expr>,
        body: Block,
    },
    GenericFor {
        vars: Vec<LocalId>,
        exprs: Vec<Expr>,
        body: Block,
    },
    Break,
    /// `goto name`: to a label visible from here (Lua 5.4 §3.3.4).
    Goto(String),
    /// `::name::`
    Label(String),
    Return(Vec<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Local(LocalId),
    Upvalue(UpvalueId),
    /// `obj[key]` (item assignment).
    Index {
        obj: Expr,
        key: Expr,
    },
    /// `obj.name` (attribute assignment).
    Attr {
        obj: Expr,
        name: Vec<u8>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Not,
    Len,
    BNot,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TableItem {
    Positional(Expr),
    Keyed(Expr, Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    Vararg,
    Local(LocalId),
    Upvalue(UpvalueId),
    /// `obj[key]`: item access.
    Index {
        obj: Box<Expr>,
        key: Box<Expr>,
    },
    /// `obj.name`: attribute access (Lua's `t.name` and `t["name"]` alike).
    Attr {
        obj: Box<Expr>,
        name: Vec<u8>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
    },
    MethodCall {
        obj: Box<Expr>,
        name: Vec<u8>,
        args: Vec<Expr>,
    },
    Function(Box<Function>),
    Table(Vec<TableItem>),
    Arith {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Concat {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Compare {
        op: CompareOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    And {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Or {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// Truncate a multi-value expression to one value.
    Paren(Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line }
    }

    /// Calls and `...` can produce several values.
    pub fn is_multi(&self) -> bool {
        matches!(
            self.kind,
            ExprKind::Call { .. } | ExprKind::MethodCall { .. } | ExprKind::Vararg
        )
    }
}
