//! Lowering a Python AST into the shared IR. Scopes are resolved here
//! (Language Reference §4.2 "Naming and binding": LEGB, `global`,
//! `nonlocal`, class bodies that do not enclose their methods, cells for
//! closures and for `__class__`), so the compiler sees only local slots,
//! upvalues and the module namespace (upvalue `\0G` of the main function).
//! Operations with no IR form call helpers of `builtins` (`__omx_*`).

mod analyze;
mod expr;
mod scope;
mod stmt;
mod target;

use omx_core::compiler::{self, CompiledProto};
use omx_core::{ir, Span, SyntaxError, SyntaxErrorKind};
use omx_python_syntax::ast;

pub use scope::Lowerer;

pub(crate) type LResult<T> = Result<T, SyntaxError>;

/// How a module's code is compiled (CPython's `compile()` modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `exec`: a module (`python3 FILE`).
    Exec,
    /// `single`: one interactive input, as CPython's REPL compiles it:
    /// the value of each expression statement outside a function is
    /// shown with `sys.displayhook` (its repr, unless it is `None`).
    Single,
    /// `eval`: one expression; the main function returns its value (the
    /// explorer's `:explain`, `:graph`).
    Eval,
}

/// Parse, lower and compile a module.
pub fn compile(source: &str, chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    compile_mode(source, chunk_name, Mode::Exec)
}

/// Parse, lower and compile a module in `mode`. Its globals are the
/// namespace the loader gives it, so inputs compiled one by one share a
/// module when they are loaded with the same one (the REPL's `__main__`).
pub fn compile_mode(
    source: &str,
    chunk_name: &str,
    mode: Mode,
) -> Result<CompiledProto, SyntaxError> {
    let program = omx_python_syntax::parse(source, chunk_name)?;
    let mut l = Lowerer::new(source, chunk_name);
    l.mode = mode;
    let func = l
        .module(&program)
        .map_err(|e| e.with_source(chunk_name, source))?;
    compiler::compile(&func).map_err(|e| {
        let offset = line_offset(source, e.line);
        let label = e.message.clone();
        SyntaxError::new(
            "python::syntax",
            SyntaxErrorKind::Invalid,
            e.message,
            Span::new(offset, offset),
            label,
        )
        .with_source(chunk_name, source)
    })
}

fn line_offset(source: &str, line: u32) -> usize {
    let mut offset = 0;
    for (i, l) in source.split('\n').enumerate() {
        if i + 1 >= line as usize {
            break;
        }
        offset += l.len() + 1;
    }
    offset.min(source.len())
}

/// Lower a parsed module into its main function.
pub fn lower(program: &ast::Program, source: &str, chunk_name: &str) -> LResult<ir::Function> {
    let mut l = Lowerer::new(source, chunk_name);
    l.module(program)
        .map_err(|e| e.with_source(chunk_name, source))
}
