//! The Perl 5 frontend of omx: the parser (`omx-perl-syntax`), the
//! lowering of its AST into the shared IR (`lower`), and Perl's builtins
//! as natives (`stdlib`).

pub mod lower;
pub mod stdlib;

pub use lower::{compile, compile_repl, lower};
pub use omx_perl_syntax::{ast, parse};
pub use stdlib::install;
