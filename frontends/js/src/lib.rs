//! omx-js: the JavaScript (ES2020 plus class fields) frontend of omx: the
//! parser of `omx-js-syntax`, the lowering into the shared IR (`lower`),
//! and the builtins (`builtins`, with a prelude written in JavaScript).

pub mod builtins;
pub mod lower;

pub use builtins::install;
pub use lower::{compile, compile_eval, compile_exporting, compile_repl};
pub use omx_js_syntax::{ast, parse};
