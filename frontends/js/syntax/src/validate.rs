//! Early errors that need context (stub, filled below).

use crate::ast::Program;
use crate::diag::Diag;

pub fn check(_program: &Program) -> Result<(), Diag> {
    Ok(())
}
