//! omx-python: the Python 3.11 frontend of omx. Parsing is
//! `omx-python-syntax`; this crate resolves scopes and lowers the AST into
//! the shared IR (`lower`), and provides Python's builtins (`builtins`).

pub mod builtins;
pub mod lower;

pub use builtins::{install, new_module};
pub use lower::{compile, compile_mode, lower, Mode};
pub use omx_python_syntax::{ast, parse};
