//! Second pass: the restricted productions of ECMA-262 §12.10.1 and the
//! contextual words, decided from the line-break flags of the first pass.
//!
//! - `return`, `break`, `continue` followed by a line break get a `;` right
//!   after them (a zero-width token), so `return\nx` is `return; x;`.
//! - `throw` followed by a line break is an error, as in V8.
//! - `++`/`--` after a line break become prefix-only tokens, so `a\n++b` is
//!   `a; ++b;` (the grammar's ASI fires on the prefix token).
//! - `yield` followed by a line break becomes an operand-less `yield`.
//! - `=>` after a line break is an error.
//! - `let` is a keyword when a binding follows it, an identifier otherwise.
//! - `async` becomes `AsyncFn` where an async function, arrow or method
//!   starts (`async function`, `async x =>`, `async (..) =>`, `async m(`).
//! - `for await` is rejected with a clear message.
//!
//! Every step looks at one or two neighbouring tokens: the pass is linear.

use omx_core::Span;

use super::layer::Pending;
use super::token::Tok;
use super::{Lexed, TokMeta};
use crate::diag::Diag;

pub(super) fn restrict<'s>(src: &'s str, tokens: Vec<Pending<'s>>) -> Result<Lexed<'s>, Diag> {
    let _ = src;
    let mut out = Lexed {
        tokens: Vec::with_capacity(tokens.len() + 16),
        meta: Vec::with_capacity(tokens.len() + 16),
        template_errors: Vec::new(),
    };
    let mut prev_end = 0;
    let mut prev_is_dot = false;
    let mut closers = None;
    for (i, p) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let next_nl = next.is_none_or(|n| n.nl_before);
        let span = Span::new(p.start, p.end);
        let tok = match &p.tok {
            Tok::Ident("let") if !prev_is_dot && next.is_some_and(starts_binding) => Tok::Let,
            Tok::Yield if !prev_is_dot && next_nl => Tok::YieldNl,
            Tok::PlusPlus if p.nl_before => Tok::PlusPlusNl,
            Tok::MinusMinus if p.nl_before => Tok::MinusMinusNl,
            Tok::Throw if !prev_is_dot && next.is_some_and(|n| n.nl_before) => {
                return Err(Diag::new(
                    "Illegal newline after throw",
                    span,
                    "the thrown value must start on this line",
                )
                .help("put the thrown expression on the same line as `throw`"));
            }
            Tok::Arrow if p.nl_before => {
                return Err(Diag::new(
                    "Unexpected token '=>'",
                    span,
                    "`=>` must be on the same line as the parameters",
                ));
            }
            Tok::For if next.is_some_and(|n| n.tok == Tok::Await) => {
                return Err(Diag::new(
                    "not supported by omx: for await",
                    span,
                    "for await",
                )
                .help("await each step in a plain loop: `for (const p of list) { const v = await p; }`"));
            }
            Tok::Async
                if !prev_is_dot
                    && is_async_function(
                        &tokens,
                        i,
                        closers.get_or_insert_with(|| closers_of(&tokens)),
                    ) =>
            {
                Tok::AsyncFn
            }
            other => other.clone(),
        };
        let restricted = matches!(tok, Tok::Return | Tok::Break | Tok::Continue) && !prev_is_dot;
        prev_is_dot = matches!(tok, Tok::Dot | Tok::QuestionDot);
        out.meta.push(TokMeta {
            start: p.start,
            end: p.end,
            nl_before: p.nl_before,
            prev_end,
        });
        out.tokens.push((p.start, tok, p.end));
        prev_end = p.end;
        if restricted && next.is_some_and(|n| n.nl_before && n.tok != Tok::Semi) {
            out.meta.push(TokMeta {
                start: p.end,
                end: p.end,
                nl_before: false,
                prev_end,
            });
            out.tokens.push((p.end, Tok::Semi, p.end));
        }
    }
    Ok(out)
}

/// `let` followed by these starts a declaration.
fn starts_binding(next: &Pending<'_>) -> bool {
    matches!(
        &next.tok,
        Tok::Ident(_)
            | Tok::Get
            | Tok::Set
            | Tok::Static
            | Tok::Of
            | Tok::Async
            | Tok::LBracket
            | Tok::LBrace
            | Tok::Yield
            | Tok::Let
    )
}

/// For each `(`, the index of the `)` that closes it, if any: one pass
/// over the tokens, so that looking at every `async (` stays linear.
fn closers_of(tokens: &[Pending<'_>]) -> Vec<Option<usize>> {
    let mut closers = vec![None; tokens.len()];
    let mut open = Vec::new();
    for (i, p) in tokens.iter().enumerate() {
        match p.tok {
            Tok::LParen => open.push(i),
            Tok::RParen => {
                if let Some(opener) = open.pop() {
                    closers[opener] = Some(i);
                }
            }
            _ => {}
        }
    }
    closers
}

/// `async function`, `async x =>`, `async (..) =>`, `async name(` (methods).
/// `closers` is [`closers_of`] the tokens.
fn is_async_function(tokens: &[Pending<'_>], i: usize, closers: &[Option<usize>]) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    if next.nl_before {
        return false;
    }
    let after = tokens.get(i + 2).map(|p| &p.tok);
    match &next.tok {
        Tok::Function => true,
        Tok::LParen => {
            closers.get(i + 1).copied().flatten().is_some_and(|close| {
                matches!(tokens.get(close + 1).map(|p| &p.tok), Some(Tok::Arrow))
            })
        }
        Tok::Star => matches!(after, Some(t) if t.is_word()),
        t if t.is_word() || matches!(t, Tok::LBracket | Tok::String(_) | Tok::PrivateName(_)) => {
            matches!(after, Some(Tok::Arrow | Tok::LParen))
        }
        _ => false,
    }
}
