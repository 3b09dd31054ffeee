//! The value of a file (perlfunc do: "returns the value of the last
//! expression evaluated"; perlfunc require: the file "must return true as
//! the last statement"). omx returns the value of a last expression
//! statement (`1;` ending a module); a file ending in another kind of
//! statement (a sub definition, a loop) has no value it can name.

use omx_core::compiler::CompiledProto;
use omx_core::SyntaxError;
use omx_perl_syntax::ast::{self, Expr, ExprKind, StmtKind};

/// Make a last expression statement of `program` return its value;
/// false when the program does not end in one.
pub fn return_last_value(program: &mut ast::Program) -> bool {
    let Some(last) = program.body.last_mut() else {
        return false;
    };
    let StmtKind::Expr(x) = &mut last.kind else {
        return false;
    };
    let span = x.span;
    let placeholder = Expr {
        kind: ExprKind::Return(Vec::new()),
        span,
    };
    let value = std::mem::replace(x, placeholder);
    *x = Expr {
        kind: ExprKind::Return(vec![value]),
        span,
    };
    true
}

/// Parse, lower and compile a file that returns the value of its last
/// expression statement (nothing when it ends in another statement).
pub fn compile_file(source: &str, chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    let mut program = omx_perl_syntax::parse(source, chunk_name)?;
    return_last_value(&mut program);
    super::compile_program(&program, source, chunk_name)
}
