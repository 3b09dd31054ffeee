//! omx-core: the language-neutral runtime shared by every omx frontend.

pub mod diagnostic;
pub mod number;
pub mod span;

pub use diagnostic::{SyntaxError, SyntaxErrorKind};
pub use span::Span;
