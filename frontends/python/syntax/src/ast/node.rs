//! `Node<K>`: a node kind plus its span, with a compact Debug form.

use std::fmt;

use omx_core::Span;

/// A node of kind `K` covering `span` in the source.
///
/// Debug prints the kind followed by `@start..end`, so `{:#?}` of a whole
/// program stays readable.
#[derive(Clone, PartialEq)]
pub struct Node<K> {
    pub kind: K,
    pub span: Span,
}

impl<K> Node<K> {
    pub fn new(kind: K, span: Span) -> Node<K> {
        Node { kind, span }
    }
}

impl<K: fmt::Debug> fmt::Debug for Node<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)?;
        write!(f, " @{}..{}", self.span.start, self.span.end)
    }
}

/// An identifier with its span.
#[derive(Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn new(name: impl Into<String>, span: Span) -> Ident {
        Ident {
            name: name.into(),
            span,
        }
    }
}

impl fmt::Debug for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} @{}..{}", self.name, self.span.start, self.span.end)
    }
}

/// Writes a struct node in Debug form with its span shown as `@start..end`
/// after the closing brace, like [`Node`].
pub(crate) fn debug_struct_with_span(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    fields: &[(&str, &dyn fmt::Debug)],
    span: Span,
) -> fmt::Result {
    let mut builder = f.debug_struct(name);
    for (field, value) in fields {
        builder.field(field, value);
    }
    builder.finish()?;
    write!(f, " @{}..{}", span.start, span.end)
}
