//! The Lua 5.4 abstract syntax tree.
//!
//! One node per construct of the Lua 5.4 reference manual (§3.3 statements,
//! §3.4 expressions); every node carries the byte [`Span`] of its source
//! text. Strings are bytes: a Lua string may hold any byte, `"\xff"` is one
//! byte 255. Grouping parentheses are kept as [`ExprKind::Paren`] because
//! they truncate a multi-value expression to one value.

use omx_core::Span;

/// A whole source file or `load`ed string: the main block.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub block: Block,
    pub span: Span,
}

/// A sequence of statements, optionally ended by a `return`.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub stats: Vec<Stat>,
    pub ret: Option<Return>,
    pub span: Span,
}

/// `return e1, e2, ...` (only as the last statement of a block).
#[derive(Debug, Clone, PartialEq)]
pub struct Return {
    pub exprs: Vec<Expr>,
    pub span: Span,
}

/// An identifier with its position.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stat {
    pub kind: StatKind,
    pub span: Span,
}

// Statements are built once and walked once; boxing the big variants would
// only add indirection to the shape the lowering matches on.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum StatKind {
    /// A function call used as a statement: the expression is always an
    /// [`ExprKind::Call`] or an [`ExprKind::MethodCall`].
    Call(Expr),
    /// `t1, t2 = v1, v2`: every target is an [`ExprKind::Name`] or an
    /// [`ExprKind::Index`].
    Assign {
        targets: Vec<Expr>,
        values: Vec<Expr>,
    },
    /// `local a <const>, b = ...` (`values` is empty without `=`).
    Local {
        names: Vec<LocalName>,
        values: Vec<Expr>,
    },
    /// `local function name body`: `name` is in scope inside `func`.
    LocalFunction {
        name: Name,
        func: FuncBody,
    },
    /// `function a.b.c:m body`: `path` is `[a, b, c]`, `method` is `m`
    /// (which adds an implicit first parameter `self`, not listed in
    /// `func.params`).
    Function {
        path: Vec<Name>,
        method: Option<Name>,
        func: FuncBody,
    },
    Do(Block),
    While {
        cond: Expr,
        body: Block,
    },
    /// `repeat body until cond`: `cond` is evaluated in the scope of the
    /// body's locals.
    Repeat {
        body: Block,
        cond: Expr,
    },
    /// `if c1 then b1 elseif c2 then b2 else b3 end`: one arm per condition.
    If {
        arms: Vec<IfArm>,
        otherwise: Option<Block>,
    },
    NumericFor {
        var: Name,
        start: Expr,
        limit: Expr,
        step: Option<Expr>,
        body: Block,
    },
    GenericFor {
        names: Vec<Name>,
        exprs: Vec<Expr>,
        body: Block,
    },
    Break,
    Goto(Name),
    Label(Name),
}

/// One `if cond then body` (or `elseif cond then body`) of an `if`.
#[derive(Debug, Clone, PartialEq)]
pub struct IfArm {
    pub cond: Expr,
    /// The `then` token: luac codes the test of a condition that is not
    /// a comparison on its line (lparser.c `test_then_block`).
    pub then: Span,
    pub body: Block,
}

/// One name of a `local` statement with its optional attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalName {
    pub name: Name,
    pub attrib: Option<Attrib>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attrib {
    /// `<const>`
    Const,
    /// `<close>`
    Close,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Nil,
    True,
    False,
    /// `...`
    Vararg,
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    Function(FuncBody),
    Table(Vec<Field>),
    Binary {
        op: BinOp,
        /// Where the operator is (Lua reports an operation's errors on
        /// the operator's line).
        op_at: usize,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Unary {
        op: UnOp,
        operand: Box<Expr>,
    },
    Name(String),
    /// `obj[key]`, or `obj.name` with `key` a [`ExprKind::Str`] and
    /// `dotted` set.
    Index {
        obj: Box<Expr>,
        key: Box<Expr>,
        dotted: bool,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `obj:method(args)`
    MethodCall {
        obj: Box<Expr>,
        method: Name,
        args: Vec<Expr>,
    },
    /// `(e)`: truncates a call or `...` to exactly one value.
    Paren(Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    IDiv,
    Mod,
    Pow,
    Concat,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    And,
    Or,
    BAnd,
    BOr,
    BXor,
    Shl,
    Shr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    Len,
    BNot,
}

/// One entry of a table constructor.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// `v`: stored at the next array index.
    Positional(Expr),
    /// `name = v`
    Named(Name, Expr),
    /// `[k] = v`
    Keyed(Expr, Expr),
}

/// Parameters and body of a function.
#[derive(Debug, Clone, PartialEq)]
pub struct FuncBody {
    pub params: Vec<Name>,
    /// The parameter list ends with `...`.
    pub is_vararg: bool,
    pub body: Block,
    /// From the `function` keyword to `end`.
    pub span: Span,
}
