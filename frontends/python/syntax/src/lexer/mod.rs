//! Lexing: the raw logos lexer, the literal scanners and the layout layer
//! that produces NEWLINE/INDENT/DEDENT.

mod depth;
mod highlight;
mod layout;
mod raw;
mod scan;

pub use depth::{field_depth, DepthGuard};
pub use highlight::highlight;
pub use layout::{tokenize, Mode, Spanned, Tokens, AT_END};
pub use raw::RawTok;
