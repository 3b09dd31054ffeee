//! Lexing: the raw logos lexer, the literal scanners and the layout layer
//! that produces NEWLINE/INDENT/DEDENT.

mod layout;
mod raw;
mod scan;

pub use layout::{tokenize, Mode, Spanned};
pub use raw::RawTok;
