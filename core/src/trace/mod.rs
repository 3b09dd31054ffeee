//! The explain facility's event stream (DESIGN.md invariant 5,
//! shared/EXPLORER.md). Protocol rules report each step they apply to the
//! runtime's tracer when one is installed; without one a rule pays a single
//! flag test, and the VM's inline fast paths are used.

use std::fmt;

use crate::value::Value;

/// One step of a protocol, in the words the explain output shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceEvent {
    /// The protocol, e.g. "Lua index event".
    pub protocol: &'static str,
    /// The rule applied, e.g. "`__index` is a table: index it".
    pub step: String,
}

impl fmt::Display for TraceEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.protocol, self.step)
    }
}

/// Receives protocol steps (the REPL's `:explain`, the playground, tests).
pub trait Tracer {
    fn event(&mut self, event: TraceEvent);
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
