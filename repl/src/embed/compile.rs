//! Compiling a chunk so that it returns its value: Lua's `return EXPR`
//! (as `lua5.4 -i` tries first), and for Python, JavaScript and Perl the
//! value of a last expression statement (as their REPLs echo it, and as
//! Perl's `do FILE` returns it).

use omx_core::compiler::CompiledProto;
use omx_core::{Lang, SyntaxError};

/// `source` compiled to return its value.
pub(crate) fn compile_eval(
    lang: Lang,
    name: &str,
    source: &str,
) -> Result<CompiledProto, SyntaxError> {
    match lang {
        Lang::Lua => {
            let returning = format!("return {source}");
            omx_lua::compile(returning.as_bytes(), name)
                .or_else(|_| omx_lua::compile(source.as_bytes(), name))
        }
        Lang::JavaScript => omx_js::compile_eval(source, name),
        Lang::Python => {
            use omx_python::ast::{Stmt, StmtKind};
            let mut program = omx_python::parse(source, name)?;
            if let Some(last) = program.body.pop() {
                program.body.push(match last.kind {
                    StmtKind::Expr(x) => Stmt::new(StmtKind::Return(Some(x)), last.span),
                    other => Stmt::new(other, last.span),
                });
            }
            let func = omx_python::lower(&program, source, name)?;
            finish(func, name, source)
        }
        Lang::Perl => {
            let mut program = omx_perl::parse(source, name)?;
            omx_perl::lower::return_last_value(&mut program);
            let func = omx_perl::lower(&program, source, name)?;
            finish(func, name, source)
        }
    }
}

fn finish(
    func: omx_core::ir::Function,
    name: &str,
    source: &str,
) -> Result<CompiledProto, SyntaxError> {
    omx_core::compiler::compile(&func).map_err(|e| {
        SyntaxError::new(
            "embed::compile",
            omx_core::SyntaxErrorKind::Invalid,
            e.message.clone(),
            omx_core::Span::new(0, 0),
            e.message,
        )
        .with_source(name, source)
    })
}
