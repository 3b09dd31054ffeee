//! The IR every frontend lowers into: functions with resolved variables.
//!
//! A frontend applies its language's scoping rules (Lua's lexical `local`,
//! Python's function scope, JavaScript's hoisting...) and hands the
//! compiler a tree in which every variable is already a local slot, an
//! upvalue or an indexing expression (Lua's globals are `_ENV.name`). The
//! compiler only allocates registers and emits bytecode.
//!
//! The IR covers the four languages' control flow: exceptions (`Try`,
//! `Throw`), generators (`Yield` in a function marked `is_generator`),
//! call signatures (defaults, keyword-only parameters, `*args`,
//! `**kwargs`, a receiver `this`, Lua/Perl varargs and the call's context),
//! attribute access apart from item access, method loads, the iterator
//! protocol (`ForIn`), `delete`, comparisons as values, and labelled
//! `break`/`continue`.

mod expr;
mod stmt;

pub use crate::bytecode::{BinOp, CompareOp};
pub use expr::{Arg, Callee, Expr, ExprKind, MethodLoad, TableItem, UnaryOp};
pub use stmt::{Block, Catch, Place, Stmt, StmtKind};

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
    /// Positional parameters, in order (after `signature.this`).
    pub params: Vec<LocalId>,
    /// Lua's `...` (and Perl's `@_`): extra arguments are kept for
    /// `ExprKind::Vararg` and `ExprKind::ArgList`.
    pub is_vararg: bool,
    pub signature: Signature,
    /// A generator function: a call makes a generator (a suspended frame
    /// of its own) instead of running the body.
    pub is_generator: bool,
    pub locals: Vec<LocalDecl>,
    pub upvalues: Vec<UpvalueDecl>,
    pub body: Block,
}

/// What a function's parameters accept beyond plain positional ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signature {
    /// How many trailing `params` have default values (given by
    /// `ExprKind::Closure`).
    pub defaults: usize,
    /// Keyword-only parameters (Python's after `*`).
    pub kwonly: Vec<LocalId>,
    /// For each keyword-only parameter: has it a default value?
    pub kwonly_defaults: Vec<bool>,
    /// `*args`: the surplus positional arguments, as the language's list.
    pub rest: Option<LocalId>,
    /// `**kwargs`: the surplus keyword arguments, as the language's dict.
    pub kwrest: Option<LocalId>,
    /// JavaScript's `this`: the call's receiver (or `undefined`).
    pub this: Option<LocalId>,
}

impl Signature {
    /// Only plain positional parameters.
    pub fn is_simple(&self) -> bool {
        self.defaults == 0
            && self.kwonly.is_empty()
            && self.rest.is_none()
            && self.kwrest.is_none()
            && self.this.is_none()
    }
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

impl Function {
    /// An empty function of `lang` (for frontends and tests that build IR).
    pub fn new(name: &str, chunk_name: &str, lang: Lang) -> Function {
        Function {
            name: name.into(),
            chunk_name: chunk_name.into(),
            lang,
            line_defined: 0,
            last_line: 0,
            params: Vec::new(),
            is_vararg: false,
            signature: Signature::default(),
            is_generator: false,
            locals: Vec::new(),
            upvalues: Vec::new(),
            body: Vec::new(),
        }
    }

    /// Declare a new local and return its id.
    pub fn local(&mut self, name: &str) -> LocalId {
        self.locals.push(LocalDecl {
            name: name.into(),
            captured: false,
            to_be_closed: false,
        });
        self.locals.len() - 1
    }
}
