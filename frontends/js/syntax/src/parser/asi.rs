//! Automatic semicolon insertion, ECMA-262 §12.10.1, driven by the LR
//! parser: `Terminator` is `;` or lalrpop's error token, so the parser
//! "inserts" a semicolon exactly where the next token is not allowed. This
//! module then checks the rule's conditions:
//!
//! 1. the offending token is `}`, or is separated from the previous token
//!    by a line break, or the input ended;
//! 2. the statement being closed ends right before the offending token (the
//!    error recovery popped nothing and dropped no token);
//! 3. for `do ... while (...)` rule 1 is relaxed: a `;` may always be
//!    inserted after its `)`.
//!
//! Otherwise the original syntax error stands. Never inserting an empty
//! statement or a `for(;;)` header semicolon follows from the grammar:
//! neither place uses `Terminator`. The restricted productions are handled
//! by the token layer (lexer/restrict.rs). Each insertion costs O(1): the
//! parse stays linear.

use lalrpop_util::{ErrorRecovery, ParseError};

use super::PResult;
use crate::diag::Diag;
use crate::lexer::{Lexed, Tok};

pub fn check<'s>(
    lexed: &Lexed<'s>,
    lookbehind: usize,
    recovery: ErrorRecovery<usize, Tok<'s>, Diag>,
    do_while: bool,
) -> PResult<'s, ()> {
    if !recovery.dropped_tokens.is_empty() {
        return Err(recovery.error);
    }
    let allowed = match &recovery.error {
        ParseError::UnrecognizedToken {
            token: (start, tok, _),
            ..
        } => lexed.meta_at(*start).is_some_and(|meta| {
            meta.prev_end == lookbehind && (do_while || meta.nl_before || *tok == Tok::RBrace)
        }),
        ParseError::UnrecognizedEof { .. } => lexed.meta.last().map_or(0, |m| m.end) == lookbehind,
        _ => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(recovery.error)
    }
}
