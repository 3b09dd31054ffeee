//! omx-core: the language-neutral runtime shared by every omx frontend:
//! one GC heap, one value type, one bytecode, one stackless VM, and the
//! object-model protocols of each language.

pub mod bytecode;
pub mod cache;
pub mod compiler;
pub mod debuginfo;
pub mod diagnostic;
pub mod disasm;
pub mod function;
pub mod highlight;
pub mod hook;
pub mod host;
pub mod ir;
pub mod lang;
pub mod memory;
pub mod model;
pub mod native;
pub mod nesting;
pub mod number;
pub mod numeric;
pub mod object;
pub mod protocol;
pub mod runtime;
pub mod sort;
pub mod span;
pub mod string;
pub mod thread;
pub mod trace;
pub mod value;
pub mod vm;

pub use diagnostic::{SyntaxError, SyntaxErrorKind};
pub use host::{BufferHost, Host, HostError, ReadFormat};
pub use lang::Lang;
pub use runtime::{Engine, RunError, StepResult};
pub use span::Span;
pub use value::Value;
pub use vm::UncaughtError;
