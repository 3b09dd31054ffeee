//! Expressions, object-literal properties and template literals.

use omx_core::Span;

use super::{ArrowBody, Class, Function, Ident, Params, Pattern};

#[derive(Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    /// An identifier reference (`undefined` included: it is a plain binding).
    Ident(String),
    Number(f64),
    /// A BigInt literal kept as written, without the `n` suffix and `_`.
    BigInt(String),
    String(String),
    Bool(bool),
    Null,
    Regex {
        pattern: String,
        flags: String,
    },
    Template(Template),
    TaggedTemplate {
        tag: Box<Expr>,
        quasi: Template,
    },
    This,
    /// `#x`, only as the left operand of `in` (`#x in obj`).
    PrivateName(String),
    /// `(expr)`: kept so that `(a ?? b) || c` and `(-a) ** b` stay checkable.
    Paren(Box<Expr>),
    /// `[a, , ...b]`: `None` is a hole.
    Array(Vec<Option<ExprOrSpread>>),
    Object(Vec<Prop>),
    Function(Box<Function>),
    Arrow {
        params: Params,
        body: Box<ArrowBody>,
        /// `async x => ...` (§15.9).
        is_async: bool,
    },
    Class(Box<Class>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    Update {
        op: UpdateOp,
        prefix: bool,
        arg: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `target op= value`; for `=` the target may be a destructuring pattern.
    Assign {
        op: AssignOp,
        target: Box<Pattern>,
        value: Box<Expr>,
    },
    Conditional {
        test: Box<Expr>,
        consequent: Box<Expr>,
        alternate: Box<Expr>,
    },
    /// `callee(args)`; `optional` for `callee?.(args)`.
    Call {
        callee: Box<Expr>,
        args: Vec<ExprOrSpread>,
        optional: bool,
    },
    /// `new callee(args)`; `args` is `None` for `new C` without parentheses.
    New {
        callee: Box<Expr>,
        args: Option<Vec<ExprOrSpread>>,
    },
    /// `object.name`, `object[expr]`, `object.#private`; `optional` for `?.`.
    Member {
        object: Box<Expr>,
        property: MemberProp,
        optional: bool,
    },
    /// The whole of an optional chain `a?.b.c()`: a `?.` short-circuits to
    /// the end of this node.
    OptionalChain(Box<Expr>),
    SuperMember(MemberProp),
    SuperCall(Vec<ExprOrSpread>),
    NewTarget,
    Sequence(Vec<Expr>),
    Yield {
        arg: Option<Box<Expr>>,
        delegate: bool,
    },
    /// `await x` (§15.8.5), only inside async functions.
    Await(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprOrSpread {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug, Clone, PartialEq)]
pub enum MemberProp {
    Name(Ident),
    Private(Ident),
    Computed(Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateOp {
    Increment,
    Decrement,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    Shl,
    Shr,
    UShr,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    BitOr,
    BitXor,
    BitAnd,
    In,
    InstanceOf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogicalOp {
    Or,
    And,
    Nullish,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Shr,
    UShr,
    BitOr,
    BitXor,
    BitAnd,
    And,
    Or,
    Nullish,
}

/// An object-literal member.
#[derive(Debug, Clone, PartialEq)]
pub struct Prop {
    pub kind: PropKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PropKind {
    /// `key: value` (`__proto__: value` included; the runtime treats a
    /// non-computed `__proto__` key specially).
    KeyValue { key: PropKey, value: Expr },
    /// `{ x }`
    Shorthand(Ident),
    /// `{ x = 1 }`: only valid when the literal is a destructuring target;
    /// the parser rejects it anywhere else.
    CoverInitialized { name: Ident, default: Expr },
    /// `m() {}`, `get x() {}`, `set x(v) {}`, `*g() {}`
    Method {
        key: PropKey,
        kind: MethodKind,
        func: Box<Function>,
    },
    /// `...expr`
    Spread(Expr),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    Getter,
    Setter,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PropKey {
    /// An identifier name (keywords included), as in `{ class: 1 }`.
    Name(Ident),
    String(String, Span),
    Number(f64, Span),
    BigInt(String, Span),
    Computed(Box<Expr>),
    /// `#name` (class members only).
    Private(Ident),
}

/// A template literal: `quasis.len() == exprs.len() + 1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub quasis: Vec<TemplatePart>,
    pub exprs: Vec<Expr>,
}

/// One literal chunk of a template. `cooked` is `None` when the chunk holds
/// an escape that is only legal in a tagged template (`\unicode`).
#[derive(Debug, Clone, PartialEq)]
pub struct TemplatePart {
    pub cooked: Option<String>,
    pub raw: String,
    pub span: Span,
}
