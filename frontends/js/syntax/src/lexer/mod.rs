//! The token layer over the logos lexer.
//!
//! logos splits the text into raw tokens; this layer decides what needs
//! context: a `/` starts a regex literal or divides depending on the token
//! before it (and, for `)` and `}`, on what the bracket closed); template
//! literals are scanned by hand, with a bracket stack so that `${ {a: 1} }`
//! resumes the template at the right `}`; words become keywords. A second
//! pass ([`restrict`]) applies the restricted productions of ECMA-262 §12.10
//! so the grammar never has to look at line breaks itself.

mod depth;
mod highlight;
mod layer;
mod literal;
mod raw;
mod restrict;
mod token;

pub use depth::DepthGuard;
pub use highlight::highlight;
pub use layer::lex;
pub use literal::EscapeError;
pub use token::{RegexLit, Tok};

/// What the grammar's actions may ask about a token, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokMeta {
    pub start: usize,
    pub end: usize,
    /// A line terminator separates this token from the one before.
    pub nl_before: bool,
    /// End of the previous token (0 for the first).
    pub prev_end: usize,
}

/// The token stream of one source text.
#[derive(Debug, Default)]
pub struct Lexed<'s> {
    pub tokens: Vec<(usize, Tok<'s>, usize)>,
    pub meta: Vec<TokMeta>,
    /// Bad escapes in template chunks, by chunk start: an error unless the
    /// template is tagged.
    pub template_errors: Vec<(usize, EscapeError)>,
}

impl Lexed<'_> {
    /// Metadata of the token starting at `start`, if any.
    pub fn meta_at(&self, start: usize) -> Option<&TokMeta> {
        self.meta
            .binary_search_by_key(&start, |m| m.start)
            .ok()
            .and_then(|i| self.meta.get(i))
    }
}
