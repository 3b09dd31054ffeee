//! Expressions, assignment targets, call arguments and parameters.

use std::fmt;

use omx_core::Span;

use super::literal::{IntValue, StringLiteral};
use super::node::{debug_struct_with_span, Ident, Node};

pub type Expr = Node<ExprKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Name(String),
    Int(IntValue),
    Float(f64),
    /// An imaginary literal such as `2.5j`: the value of the imaginary part.
    Imaginary(f64),
    /// One or more adjacent string literals (implicit concatenation).
    Strings(Vec<StringLiteral>),
    None,
    True,
    False,
    Ellipsis,
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    ListComp {
        element: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        element: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        element: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `*value` inside a display, a call or an assignment's right side.
    Starred(Box<Expr>),
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a and b and c`: two or more values.
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    /// A comparison chain `left op1 e1 op2 e2 ...`.
    Compare {
        left: Box<Expr>,
        comparisons: Vec<(CmpOp, Expr)>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        parameters: Parameters,
        body: Box<Expr>,
    },
    /// `target := value`.
    NamedExpr {
        target: Ident,
        value: Box<Expr>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    /// `value[index]`; a tuple index for `a[i, j]`.
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step`, only inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Argument>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// An entry of a dict display.
#[derive(Debug, Clone, PartialEq)]
pub enum DictItem {
    KeyValue(Expr, Expr),
    /// `**mapping`
    Unpack(Expr),
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, PartialEq)]
pub struct Comprehension {
    pub target: Target,
    pub iter: Expr,
    pub conditions: Vec<Expr>,
    pub span: Span,
}

/// A call argument, in source order.
#[derive(Debug, Clone, PartialEq)]
pub enum Argument {
    Positional(Expr),
    /// `*iterable`
    Starred(Expr),
    Keyword(Ident, Expr),
    /// `**mapping`
    DoubleStarred(Expr),
}

/// A validated assignment (or `for`/`with`/`del`) target.
pub type Target = Node<TargetKind>;

#[derive(Debug, Clone, PartialEq)]
pub enum TargetKind {
    Name(String),
    Attribute {
        value: Box<Expr>,
        attr: Ident,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `a, b` or `(a, b)`.
    Tuple(Vec<Target>),
    /// `[a, b]`.
    List(Vec<Target>),
    /// `*rest` inside a tuple or list target.
    Starred(Box<Target>),
}

/// The parameter list of a `def` or a `lambda`.
#[derive(Clone, PartialEq)]
pub struct Parameters {
    pub params: Vec<Parameter>,
    pub span: Span,
}

#[derive(Clone, PartialEq)]
pub struct Parameter {
    pub name: Ident,
    pub kind: ParameterKind,
    pub annotation: Option<Box<Expr>>,
    pub default: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterKind {
    /// Before a `/`.
    PositionalOnly,
    PositionalOrKeyword,
    /// `*args`
    VarPositional,
    /// After `*` or `*args`.
    KeywordOnly,
    /// `**kwargs`
    VarKeyword,
}

impl fmt::Debug for Comprehension {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "Comprehension",
            &[
                ("target", &self.target),
                ("iter", &self.iter),
                ("conditions", &self.conditions),
            ],
            self.span,
        )
    }
}

impl fmt::Debug for Parameters {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(f, "Parameters", &[("params", &self.params)], self.span)
    }
}

impl fmt::Debug for Parameter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        debug_struct_with_span(
            f,
            "Parameter",
            &[
                ("name", &self.name),
                ("kind", &self.kind),
                ("annotation", &self.annotation),
                ("default", &self.default),
            ],
            self.span,
        )
    }
}
