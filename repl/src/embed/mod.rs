//! Embedding omx as a scripting engine: typed values both ways
//! ([`FromValue`], [`IntoValue`]), handles to script values
//! ([`ScriptValue`]), `eval` and `call` with typed results, globals of
//! each language, host functions and classes, limits and a sandbox.

mod class;
mod compile;
mod convert;
pub(crate) mod eval;
mod function;
mod glue;
mod handle;
mod limits;
mod make;
mod modules;
pub(crate) mod state;
mod types;

pub use class::{Class, Operator};
pub use convert::{ConvError, Cx, FromValue, FromValues, IntoValue, IntoValues};
pub(crate) use function::ActiveGuard;
pub use function::{CallScript, HostCallError, HostFunction, HostOutcome, HostReturn};
pub use function::{RawArgs, RawFn, RawFunction};
pub use handle::ScriptValue;
pub use limits::{InterruptHandle, SandboxHost};
pub(crate) use modules::ModuleHost;
