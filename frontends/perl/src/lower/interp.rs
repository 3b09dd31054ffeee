//! Interpolation in double-quoted strings (perlop "Quote and Quote-like
//! Operators", "Gory details of parsing quoted constructs"): the pieces
//! concatenated, case modifiers `\U \L \u \l \Q \F` up to `\E`.

use omx_core::ir::{Arg, Expr as IExpr, ExprKind as K};
use omx_perl_syntax::ast::{self, CaseMod, ExprKind as A, Sigil, StrPart};

use super::{e, str_e, LResult, Lowerer};

impl Lowerer {
    pub fn interp(&mut self, parts: &[StrPart], line: u32) -> LResult<IExpr> {
        let mut acc: Vec<IExpr> = Vec::new();
        // Case modifiers apply to what follows until \E.
        let mut stack: Vec<(CaseMod, Vec<IExpr>)> = Vec::new();
        let mut one_shot: Option<CaseMod> = None;
        let mut pending_shot: Vec<(usize, CaseMod)> = Vec::new();
        let parts = fix_arrow_parts(parts);
        for p in &parts {
            let piece = match p {
                StrPart::Lit(t) => str_e(t, line),
                StrPart::Scalar(x) => self.scalar(x)?,
                StrPart::List(x) => {
                    let l = self.list(x)?;
                    let sep = self.var_scalar("\"", line)?;
                    let mut args = vec![Arg::Positional(sep)];
                    args.extend(l);
                    e(
                        K::Paren(Box::new(self.native_args("join", args, line))),
                        line,
                    )
                }
                StrPart::Case(m) => {
                    match m {
                        CaseMod::UpperNext | CaseMod::LowerNext => one_shot = Some(*m),
                        CaseMod::End => {
                            let depth = stack.len();
                            if let Some((m, items)) = stack.pop() {
                                let joined = concat_all(items, line);
                                let f = case_fn(m);
                                let mut v = self.native(f, vec![joined], line);
                                if pending_shot.last().is_some_and(|(d, _)| *d == depth) {
                                    if let Some((_, o)) = pending_shot.pop() {
                                        v = self.native(case_fn(o), vec![v], line);
                                    }
                                }
                                push_piece(&mut stack, &mut acc, v);
                            }
                        }
                        _ => {
                            // `\u\L...\E`: the one-shot applies to the group.
                            stack.push((*m, Vec::new()));
                            if let Some(o) = one_shot.take() {
                                pending_shot.push((stack.len(), o));
                            }
                        }
                    }
                    continue;
                }
            };
            let piece = match one_shot.take() {
                Some(m) => self.native(case_fn(m), vec![piece], line),
                None => piece,
            };
            push_piece(&mut stack, &mut acc, piece);
        }
        while let Some((m, items)) = stack.pop() {
            let depth = stack.len() + 1;
            let joined = concat_all(items, line);
            let mut v = self.native(case_fn(m), vec![joined], line);
            if pending_shot.last().is_some_and(|(d, _)| *d == depth) {
                if let Some((_, o)) = pending_shot.pop() {
                    v = self.native(case_fn(o), vec![v], line);
                }
            }
            push_piece(&mut stack, &mut acc, v);
        }
        if acc.len() == 1 && !matches!(acc[0].kind, K::Str(_)) {
            // `"$x"` alone is a string conversion (`""`), not a `.`.
            let only = acc.pop().unwrap_or_else(|| e(K::Nil, line));
            return Ok(self.native("str", vec![only], line));
        }
        Ok(concat_all(acc, line))
    }
}

pub(super) fn push_piece(stack: &mut [(CaseMod, Vec<IExpr>)], acc: &mut Vec<IExpr>, piece: IExpr) {
    match stack.last_mut() {
        Some((_, items)) => items.push(piece),
        None => acc.push(piece),
    }
}

pub(super) fn case_fn(m: CaseMod) -> &'static str {
    match m {
        CaseMod::UpperNext => "ucfirst",
        CaseMod::LowerNext => "lcfirst",
        CaseMod::Upper => "uc",
        CaseMod::Lower | CaseMod::Fold => "lc",
        CaseMod::Quote => "quotemeta",
        CaseMod::End => "str",
    }
}

pub(super) fn concat_all(items: Vec<IExpr>, line: u32) -> IExpr {
    let mut it = items.into_iter();
    let mut acc = str_e("", line);
    if let Some(first) = it.next() {
        acc = e(
            K::Concat {
                lhs: Box::new(acc),
                rhs: Box::new(first),
            },
            line,
        );
    }
    for x in it {
        acc = e(
            K::Concat {
                lhs: Box::new(acc),
                rhs: Box::new(x),
            },
            line,
        );
    }
    acc
}

/// `"$@->{code}"`: the parser leaves `->{word}` after a punctuation
/// variable as text; make it the element it names.
pub(super) fn fix_arrow_parts(parts: &[StrPart]) -> Vec<StrPart> {
    let mut out: Vec<StrPart> = Vec::new();
    for p in parts {
        if let (StrPart::Lit(t), Some(StrPart::Scalar(prev))) = (p, out.last()) {
            let is_punct = matches!(&prev.kind, A::Var(v) if v.name == "@" || v.name == "!")
                || matches!(&prev.kind, A::HashElem { .. });
            if is_punct {
                if let Some(rest) = t.strip_prefix("->{") {
                    if let Some(end) = rest.find('}') {
                        let key = &rest[..end];
                        if !key.is_empty()
                            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                        {
                            let prev = prev.clone();
                            let span = prev.span;
                            let elem = ast::Expr::new(
                                A::HashElem {
                                    hash: Box::new(ast::Expr::new(
                                        A::Deref {
                                            sigil: Sigil::Hash,
                                            expr: Box::new(prev),
                                        },
                                        span,
                                    )),
                                    key: Box::new(ast::Expr::new(A::Str(key.to_string()), span)),
                                },
                                span,
                            );
                            out.pop();
                            out.push(StrPart::Scalar(elem));
                            let tail = &rest[end + 1..];
                            if !tail.is_empty() {
                                out.push(StrPart::Lit(tail.to_string()));
                            }
                            continue;
                        }
                    }
                }
            }
        }
        out.push(p.clone());
    }
    out
}
