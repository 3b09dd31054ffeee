//! Compact `Debug` forms for span-carrying nodes: `@start..end Kind {..}`.

use std::fmt;

use super::{Expr, Ident, Pattern, Stmt};

struct At(omx_core::Span);

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}..{}", self.0.start, self.0.end)
    }
}

impl fmt::Debug for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} {}", self.name, At(self.span))
    }
}

impl fmt::Debug for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", At(self.span))?;
        fmt::Debug::fmt(&self.kind, f)
    }
}

impl fmt::Debug for Stmt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", At(self.span))?;
        fmt::Debug::fmt(&self.kind, f)
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", At(self.span))?;
        fmt::Debug::fmt(&self.kind, f)
    }
}
