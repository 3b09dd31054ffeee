//! Binding and assignment patterns (destructuring targets).

use omx_core::Span;

use super::{Expr, Ident, PropKey};

#[derive(Clone, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

impl Pattern {
    pub fn new(kind: PatternKind, span: Span) -> Pattern {
        Pattern { kind, span }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    Ident(Ident),
    /// `a.b` / `a[i]` as an assignment target (never in declarations).
    Member(Box<Expr>),
    /// `{ a, b: c, ...rest }`
    Object {
        props: Vec<ObjectPatternProp>,
        rest: Option<Box<Pattern>>,
    },
    /// `[a, , b, ...rest]`: `None` is a hole.
    Array {
        elems: Vec<Option<Pattern>>,
        rest: Option<Box<Pattern>>,
    },
    /// `target = default`
    Default {
        target: Box<Pattern>,
        default: Box<Expr>,
    },
}

/// `key: value` in an object pattern; `{ a }` is `key: a, value: a`.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectPatternProp {
    pub key: PropKey,
    pub value: Pattern,
    pub shorthand: bool,
    pub span: Span,
}
