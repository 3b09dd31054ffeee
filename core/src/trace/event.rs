//! The explain facility's events: an operation begins (what is looked up,
//! set, called or computed, on which receiver, where, in which language),
//! the protocol reports the steps it applies (each under a stable rule id,
//! with the sentence a human reads and the objects involved), and the
//! operation ends with its result. An operation begun while a step's call
//! runs (an `__index` function, a getter, a descriptor's `__get__`) nests
//! under that operation. Events are plain data: no GC handle escapes, so a
//! tracer may keep them after the runtime has moved on.

use crate::lang::Lang;

/// A value as the explain output shows it: the name the program uses for
/// it when one is known (a variable, a global, a field it was found
/// through), else its kind and address; constants by their text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjRef {
    /// `table`, `function`, `string`, `number`, `nil`, a model's name...
    pub kind: String,
    /// The heap address of an object (0 for strings, numbers and the like).
    pub address: usize,
    /// The name the program uses for it, if known.
    pub name: Option<String>,
    /// How the explain text shows it: the name, a literal (`"barks"`,
    /// `0`), or kind and address (`table 0x55d0c4a2b3c0`).
    pub text: String,
}

/// What an operation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// `obj.key` / `obj[key]`.
    Get,
    /// `obj.key = value`.
    Set,
    /// Calling a value that is not a function.
    Call,
    /// `new F(...)`: JavaScript's [[Construct]] of the target.
    Construct,
    /// A method call resolved by name on a receiver (Perl's
    /// `$obj->name`): the target is the invocant, the key the name.
    Method,
    /// A binary operator (`+`, `..`, `&`, ...).
    Binary(&'static str),
    /// A unary operator (`-`, `#`, `~`, ...).
    Unary(&'static str),
    /// A comparison (`==`, `<`, `<=`).
    Compare(&'static str),
}

impl OpKind {
    /// The stable name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            OpKind::Get => "get",
            OpKind::Set => "set",
            OpKind::Call => "call",
            OpKind::Method => "method",
            OpKind::Construct => "construct",
            OpKind::Binary(_) => "binary",
            OpKind::Unary(_) => "unary",
            OpKind::Compare(_) => "compare",
        }
    }

    /// The operator's symbol, for operators.
    pub fn symbol(self) -> Option<&'static str> {
        match self {
            OpKind::Binary(s) | OpKind::Unary(s) | OpKind::Compare(s) => Some(s),
            OpKind::Get | OpKind::Set | OpKind::Call | OpKind::Method | OpKind::Construct => None,
        }
    }
}

/// Where in the source an operation happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub chunk: String,
    pub line: u32,
}

/// An operation begins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpBegin {
    /// Numbers operations in the order they begin, from 1.
    pub id: u32,
    /// The operation whose step's call this one runs inside.
    pub parent: Option<u32>,
    pub kind: OpKind,
    /// The language of the frame that performs it.
    pub lang: Lang,
    /// The receiver (`obj` of `obj.key`, the left operand, the callee).
    pub target: ObjRef,
    /// The key of a get or set, the right operand of a binary operator.
    pub key: Option<ObjRef>,
    /// The value stored by a set.
    pub value: Option<ObjRef>,
    pub position: Option<Position>,
    /// The language's own machinery rather than the program's, decided
    /// when it begins: performed by library code
    /// ([`super::Tracer::is_library`], a prelude). `:explain` and `:trace`
    /// leave these out and keep the program's operations nested in them.
    pub library: bool,
}

/// A rule applied while an operation runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepEvent {
    /// The operation it belongs to.
    pub op: u32,
    /// The protocol, e.g. "Lua index event".
    pub protocol: &'static str,
    /// A stable rule id, e.g. `lua.index.rawget`.
    pub rule: &'static str,
    /// The sentence a human reads, objects by their names.
    pub text: String,
}

/// How an operation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Its result (for a set, the value stored).
    Value(ObjRef),
    /// Nothing was found: the language's "missing" (Lua nil).
    Absent,
    /// It raised this error.
    Error(String),
    /// A step called a function whose result the runtime did not report
    /// (the program stopped first).
    Unfinished,
}

/// An operation ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpEnd {
    pub op: u32,
    pub outcome: Outcome,
}

/// One event of the stream a [`super::Tracer`] receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TraceEvent {
    Begin(Box<OpBegin>),
    Step(StepEvent),
    End(OpEnd),
}
