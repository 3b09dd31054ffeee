//! omx-python: the Python 3.11 frontend of omx.
//!
//! For now this crate re-exports the parser of `omx-python-syntax`: [`parse`]
//! turns Python source text into a typed [`ast::Program`] (every node carries
//! an `omx_core::Span`) or a miette-rendered `omx_core::SyntaxError` worded
//! as CPython words it. Later issues add the lowering into the shared IR and
//! the Python builtins here.

pub use omx_python_syntax::{ast, parse};
