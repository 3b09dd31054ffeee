//! One input of a REPL session. Perl has no REPL of its own; what users of
//! `perl -de0` and Devel::REPL's LexEnv expect is that a file-scoped
//! lexical outlives the line that declared it (`my $x = 1;`, then
//! `print $x` on the next line). An input is its own compilation unit, so
//! its file-scoped `my` variables (statements `my ...;` and `my ... =
//! ...;` at the top level of the input) are compiled as `our` variables of
//! the current package: they persist, under the same short names (perlsub
//! "Private Variables via my()", perlfunc "our"). Lexicals declared inside
//! blocks, loops and subs stay lexical.

use omx_core::compiler::CompiledProto;
use omx_core::SyntaxError;
use omx_perl_syntax::ast::{self, DeclKind, ExprKind, StmtKind};

/// Parse, lower and compile one REPL input.
pub fn compile_repl(source: &str, chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    let mut program = omx_perl_syntax::parse(source, chunk_name)?;
    for stmt in &mut program.body {
        if let StmtKind::Expr(e) = &mut stmt.kind {
            file_scoped_my_to_our(e);
        }
    }
    super::compile_program(&program, source, chunk_name)
}

/// `my $x` or `my ($a, @b) = ...` as a statement: `our` instead.
fn file_scoped_my_to_our(e: &mut ast::Expr) {
    match &mut e.kind {
        ExprKind::Decl { kind, .. } if *kind == DeclKind::My => *kind = DeclKind::Our,
        ExprKind::Assign { op: None, lhs, .. } => file_scoped_my_to_our(lhs),
        _ => {}
    }
}
