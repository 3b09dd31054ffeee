//! IR expressions.

use super::{BinOp, CompareOp, Function, LocalId, Place, UpvalueId};

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
    /// Perl's `++`/`--` value (perlop "Auto-increment and
    /// Auto-decrement"): a number plus or minus one; anything else is the
    /// language's rule (the magic string increment, overloading).
    Inc,
    Dec,
    /// Perl's `defined EXPR` of a scalar (perlfunc "defined"): false for
    /// `undef` only; no hook of any language is asked.
    Defined,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TableItem {
    Positional(Expr),
    Keyed(Expr, Expr),
}

/// An argument of a call.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*xs` / `...xs`: the elements of a list (its array part).
    Spread(Expr),
    /// `name=value`
    Keyword(Vec<u8>, Expr),
    /// `**d`: the string-keyed entries of an object.
    KeywordSpread(Expr),
}

/// What a general call calls.
#[derive(Debug, Clone, PartialEq)]
pub enum Callee {
    /// A value.
    Value(Box<Expr>),
    /// A method of `obj`, loaded as `load` says.
    Method {
        obj: Box<Expr>,
        name: Vec<u8>,
        load: MethodLoad,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodLoad {
    /// The receiver is always passed (Lua's `obj:m()`, JavaScript's
    /// `obj.m()`).
    Receiver,
    /// The model decides: a method found unbound is called with the
    /// receiver, anything else as it is — without making a bound method
    /// (Python's `obj.m()`).
    MaybeBound,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    /// Lua's `...` (several values).
    Vararg,
    /// The extra arguments as one list (Perl's `@_`).
    ArgList,
    /// How the running call's results are wanted: 0 none (void), 1 one
    /// (scalar), 2 all (list) — Perl's `wantarray`.
    CallContext,
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
    /// A positional call (several values).
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `obj:name(args)`: the receiver is passed first.
    MethodCall {
        obj: Box<Expr>,
        name: Vec<u8>,
        args: Vec<Expr>,
    },
    /// Any call: keywords, spreads, method loads (several values).
    Invoke {
        callee: Callee,
        args: Vec<Arg>,
    },
    Function(Box<Function>),
    /// A function with default values: one per trailing positional
    /// parameter with a default, then one per keyword-only parameter
    /// (`None`: required). Evaluated when the closure is made.
    Closure {
        func: Box<Function>,
        defaults: Vec<Option<Expr>>,
    },
    Table(Vec<TableItem>),
    Arith {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// The operator of an augmented assignment (`x += y`): numbers as
    /// `Arith`, anything else by the language's in-place rule
    /// (`LangOps::inplace`, Python's `__iadd__` before `__add__`).
    InplaceArith {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Concat {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `((a + b) + c) + ...`: the language's `+` (`BinOp::Add`) applied
    /// left to right, for a language whose `+` of a string and a plain
    /// value (`LangOps::concat_text`) is their concatenation (JavaScript).
    /// Where the operands after the first two are constants or locals no
    /// other function writes, they are all evaluated first and added by
    /// one `AddN` (their evaluation cannot observe the earlier additions);
    /// the rest are nested adds.
    AddChain(Vec<Expr>),
    /// A comparison; as a value it is whatever the language's rule gives
    /// (a boolean in Lua, any object from Python's `__eq__`).
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
    /// The condition of a branch whose test instruction is positioned at
    /// this expression's line rather than at its operand's: Lua's `if c
    /// then` tests on the `then` line unless `c` is a comparison (luac's
    /// line information, lparser.c `test_then_block`). As a value it is
    /// the condition's value.
    Condition(Box<Expr>),
    /// `yield value` in a generator: the value sent back by the resumer.
    Yield(Box<Expr>),
    /// `delete place`: whether the key was removed.
    Delete(Box<Place>),
}

impl Expr {
    pub fn new(kind: ExprKind, line: u32) -> Expr {
        Expr { kind, line }
    }

    /// Calls and `...` can produce several values.
    pub fn is_multi(&self) -> bool {
        matches!(
            self.kind,
            ExprKind::Call { .. }
                | ExprKind::MethodCall { .. }
                | ExprKind::Invoke { .. }
                | ExprKind::Vararg
        )
    }
}
