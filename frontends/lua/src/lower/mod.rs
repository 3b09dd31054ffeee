//! Lowering a Lua AST into the shared IR: scopes are resolved here
//! (Lua 5.4 §3.5 visibility rules), so the compiler sees only local slots,
//! upvalues and `_ENV` indexing.

mod expr;
mod scope;
mod stmt;

use omx_core::compiler::{self, CompiledProto};
use omx_core::{ir, SyntaxError, SyntaxErrorKind};

pub use scope::Lowerer;

/// Parse, lower and compile a chunk.
pub fn compile(source: &[u8], chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    let chunk = omx_lua_syntax::parse(source, chunk_name)?;
    let func = lower(&chunk, source, chunk_name)?;
    compiler::compile(&func).map_err(|e| {
        // Point at the start of the error's line.
        let mut offset = 0;
        for (i, line) in source.split(|&b| b == b'\n').enumerate() {
            if i + 1 >= e.line as usize {
                break;
            }
            offset += line.len() + 1;
        }
        let offset = offset.min(source.len());
        let label = e.message.clone();
        SyntaxError::new(
            "lua::syntax",
            SyntaxErrorKind::Invalid,
            e.message,
            omx_core::Span::new(offset, offset),
            label,
        )
        .with_source(chunk_name, &String::from_utf8_lossy(source))
    })
}

/// Lower a parsed chunk into its main function.
pub fn lower(
    chunk: &omx_lua_syntax::ast::Chunk,
    source: &[u8],
    chunk_name: &str,
) -> Result<ir::Function, SyntaxError> {
    let mut l = Lowerer::new(source, chunk_name);
    l.main(chunk)
        .map_err(|e| e.with_source(chunk_name, &String::from_utf8_lossy(source)))
}

#[cfg(test)]
mod chain_tests;
