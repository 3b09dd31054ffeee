//! IR → bytecode. Register allocation is stack-like, as in Lua's own code
//! generator: locals occupy registers in declaration order, temporaries sit
//! above them and are released when the expression is done.

mod call;
mod control;
mod expr;
mod loops;
mod state;
mod stmt;

pub use state::{compile, CompileError, CompiledProto, Constant};
