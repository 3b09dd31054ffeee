//! The Perl 5 frontend of omx.
//!
//! For now this crate re-exports the Perl 5.36 parser from `omx-perl-syntax`:
//! [`parse`] turns source text into an [`ast::Program`] (or a Perl-worded
//! `omx_core::SyntaxError`). Later issues add the lowering of that AST into
//! the shared IR and Perl's builtins (bless, @ISA/mro dispatch, overload,
//! AUTOLOAD) here.

pub use omx_perl_syntax::{ast, parse};
