//! omx-js: the JavaScript (ES2020 plus class fields) frontend of omx.
//!
//! For now this crate re-exports the parser of `omx-js-syntax`: `parse`
//! turns a script into a typed [`ast::Program`] or a miette
//! [`omx_core::SyntaxError`] worded like V8's. Later issues add the lowering
//! into the shared IR and the JavaScript builtins here.

pub use omx_js_syntax::{ast, parse};
