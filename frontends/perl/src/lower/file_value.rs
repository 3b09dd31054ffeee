//! The value of a file (perlfunc do: "returns the value of the last
//! expression evaluated"; perlfunc require: the file "must return true as
//! the last statement"). Declarations run when the file is compiled (named
//! subs, `use`/`no`, `package NAME;`), so the value is that of the last
//! statement before them that runs: omx returns it when it is an
//! expression statement (`1;` ending a module, perhaps followed by subs).
//! A required file with no statement that runs, or ending in a loop, is
//! false, as in perl ("did not return a true value"); one ending in
//! another kind of statement (an `if`, a block) has no value omx names.

use omx_core::compiler::CompiledProto;
use omx_core::SyntaxError;
use omx_perl_syntax::ast::{self, Expr, ExprKind, StmtKind};

/// Make the last expression statement of `program` that runs (see the
/// module doc) return its value; false when the program does not end in
/// one.
pub fn return_last_value(program: &mut ast::Program) -> bool {
    let Some(last) = program.body.iter_mut().rev().find(|st| !is_declaration(st)) else {
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

/// A statement perl runs when it compiles the file, not after.
fn is_declaration(st: &ast::Stmt) -> bool {
    match &st.kind {
        StmtKind::Sub(def) => def.name.is_some(),
        StmtKind::Use(_) => true,
        StmtKind::Package { block, .. } => block.is_none(),
        _ => false,
    }
}

/// Whether the file's value is false whatever runs: no statement runs, or
/// the last one is a loop (whose value is empty).
fn ends_without_value(program: &ast::Program) -> bool {
    matches!(
        program
            .body
            .iter()
            .rev()
            .find(|st| !is_declaration(st))
            .map(|st| &st.kind),
        None | Some(StmtKind::While { .. } | StmtKind::ForC { .. } | StmtKind::Foreach { .. })
    )
}

/// Parse, lower and compile a file that returns the value of its last
/// expression statement that runs; 0 when it has none (see
/// `ends_without_value`); nothing when it ends in another statement.
pub fn compile_file(source: &str, chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    let mut program = omx_perl_syntax::parse(source, chunk_name)?;
    if !return_last_value(&mut program) && ends_without_value(&program) {
        let span = program.span;
        let zero = Expr {
            kind: ExprKind::Int(0),
            span,
        };
        program.body.push(ast::Stmt {
            label: None,
            kind: StmtKind::Expr(Expr {
                kind: ExprKind::Return(vec![zero]),
                span,
            }),
            span,
        });
    }
    super::compile_program(&program, source, chunk_name)
}
