//! IR statements.

use super::{Expr, Function, LocalId, UpvalueId};

pub type Block = Vec<Stmt>;

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

impl Stmt {
    pub fn new(kind: StmtKind, line: u32) -> Stmt {
        Stmt { kind, line }
    }
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
    /// Lua's generic `for`: an iterator function called with a state and
    /// a control value.
    GenericFor {
        vars: Vec<LocalId>,
        exprs: Vec<Expr>,
        body: Block,
    },
    /// The iterator protocol (Python's `for`, JavaScript's `for-of`):
    /// `iter` is made iterable by the language's rule, then each value
    /// goes to `var`.
    ForIn {
        var: LocalId,
        iter: Expr,
        body: Block,
    },
    /// A loop with a label (`break label` / `continue label` reach it).
    Labeled {
        label: String,
        body: Box<Stmt>,
    },
    /// Leave the innermost loop, or the loop labelled `label`.
    Break {
        label: Option<String>,
    },
    /// Go on with the next iteration of the innermost (or labelled) loop.
    Continue {
        label: Option<String>,
    },
    /// `goto name`: to a label visible from here (Lua 5.4 §3.3.4).
    Goto(String),
    /// `::name::`
    Label(String),
    Return(Vec<Expr>),
    /// Run `body`; an error raised in it goes to `catch` (when present),
    /// `orelse` runs when `body` finished without error, and `finally`
    /// runs however the statement is left: normally, by an error (which
    /// goes on after it), by `return`, `break` or `continue`.
    Try {
        body: Block,
        catch: Option<Catch>,
        orelse: Block,
        finally: Option<Block>,
    },
    /// Raise a value (rethrow is `Throw` of the caught value).
    Throw(Expr),
}

/// The handler of a `Try`: the caught value goes to `var`.
#[derive(Debug, Clone, PartialEq)]
pub struct Catch {
    pub var: Option<LocalId>,
    pub body: Block,
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
