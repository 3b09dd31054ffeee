//! The explain facility (DESIGN.md invariant 5, shared/EXPLORER.md). The
//! VM reports each operation that leaves its fast path (a lookup, a store,
//! an operator, a call of a non-function) and protocol rules report each
//! step they apply, to the runtime's tracer when one is installed; without
//! one a rule pays a single flag test and the VM's inline fast paths are
//! used. Language-neutral: nothing here depends on a `protocol::<lang>`.

pub mod event;
pub mod graph;
pub mod log;
pub mod native;
pub mod render;
pub mod session;
pub mod stream;

pub use event::{ObjRef, OpBegin, OpEnd, OpKind, Outcome, Position, StepEvent, TraceEvent};
pub use log::{assemble, without_internal, Item, Operation, TraceLog};
pub use session::{Namer, TraceSession};
pub use stream::{StreamFormat, TraceStream};

use crate::value::Value;

/// Receives the event stream (the REPL's `:explain`, the playground,
/// `omx run --trace`, tests).
pub trait Tracer {
    fn event(&mut self, event: TraceEvent);

    /// Whether `chunk` is a language's own library code (a prelude): the
    /// variable names its operations read through are not taken as names
    /// of the objects (a prelude's local `I` is not the program's name for
    /// the intrinsics).
    fn is_library(&self, chunk: &str) -> bool {
        let _ = chunk;
        false
    }
}

/// A short description of a value for trace text: strings quoted, numbers
/// as Lua prints them, heap objects by kind.
pub fn describe(v: Value<'_>) -> String {
    match v {
        Value::Str(s) => format!("{:?}", s.to_str_lossy()),
        Value::Nil | Value::Empty => "nil".into(),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::number::fmt_lua_float(f),
        Value::BigInt(b) => b.0.to_string(),
        Value::Object(o) if o.model().name == "table" => "a table".into(),
        Value::Object(o) => format!("a {}", o.model().name),
        Value::Closure(_) | Value::Native(_) => "a function".into(),
        Value::Thread(_) => "a thread".into(),
        Value::Cell(_) => "a cell".into(),
    }
}
