//! AST construction helpers called from the grammar's actions, with the
//! early errors that belong to one construct (ECMA-262 "Static Semantics:
//! Early Errors").

use omx_core::Span;

use super::{cover, user, PResult};
use crate::ast::{
    ArrowBody, BinaryOp, Class, ClassMember, ClassMemberKind, Expr, ExprKind, ExprOrSpread,
    ForHead, Function, Ident, MemberProp, MethodKind, Params, Pattern, PatternKind, PropKey, Stmt,
    StmtKind, Template, TemplatePart, VarDecl, VarKind,
};
use crate::diag::Diag;
use crate::lexer::Lexed;

/// The parenthesised cover `( ... )`: an expression or arrow parameters.
pub enum Cover {
    Paren(Expr, Span),
    Empty(Span),
    Trailing(Expr, Span),
    Rest(Option<Expr>, Pattern, Span),
}

/// One link of an optional chain; the `usize` is the end offset.
pub enum Suffix {
    Call(Vec<ExprOrSpread>, bool, usize),
    Computed(Expr, bool, usize),
    Name(Ident, bool, usize),
    Private(Ident, bool, usize),
}

impl Suffix {
    pub fn optional(self, end: usize) -> Suffix {
        match self {
            Suffix::Call(a, o, _) => Suffix::Call(a, o, end),
            Suffix::Computed(e, o, _) => Suffix::Computed(e, o, end),
            Suffix::Name(n, o, _) => Suffix::Name(n, o, end),
            Suffix::Private(n, o, _) => Suffix::Private(n, o, end),
        }
    }
}

fn closing_paren(span: Span) -> Span {
    Span::new(span.end.saturating_sub(1) as usize, span.end as usize)
}

pub fn paren<'s>(cover: Cover) -> PResult<'s, Expr> {
    match cover {
        Cover::Paren(e, span) => Ok(Expr::new(ExprKind::Paren(Box::new(e)), span)),
        Cover::Empty(span) | Cover::Trailing(_, span) | Cover::Rest(_, _, span) => Err(user(
            Diag::new(
                "Unexpected token ')'",
                closing_paren(span),
                "expected an expression",
            )
            .help("only arrow function parameters may be empty, end in a comma or use `...`"),
        )),
    }
}

fn cover_items<'s>(e: Expr) -> PResult<'s, Vec<Pattern>> {
    match e.kind {
        ExprKind::Sequence(items) => items.into_iter().map(cover::param).collect(),
        _ => Ok(vec![cover::param(e)?]),
    }
}

pub fn arrow<'s>(cover: Cover, body: ArrowBody, span: Span) -> PResult<'s, Expr> {
    let params = match cover {
        Cover::Empty(_) => Params::default(),
        Cover::Paren(e, _) | Cover::Trailing(e, _) => Params {
            items: cover_items(e)?,
            rest: None,
        },
        Cover::Rest(e, rest, _) => Params {
            items: match e {
                Some(e) => cover_items(e)?,
                None => vec![],
            },
            rest: Some(Box::new(rest)),
        },
    };
    Ok(Expr::new(
        ExprKind::Arrow {
            params,
            body: Box::new(body),
            is_async: false,
        },
        span,
    ))
}

pub fn arrow_ident(param: Ident, body: ArrowBody, span: Span) -> Expr {
    let pspan = param.span;
    let params = Params {
        items: vec![Pattern::new(PatternKind::Ident(param), pspan)],
        rest: None,
    };
    Expr::new(
        ExprKind::Arrow {
            params,
            body: Box::new(body),
            is_async: false,
        },
        span,
    )
}

/// `async` before an arrow function (§15.9).
pub fn async_arrow(arrow: Expr) -> Expr {
    match arrow.kind {
        ExprKind::Arrow { params, body, .. } => Expr::new(
            ExprKind::Arrow {
                params,
                body,
                is_async: true,
            },
            arrow.span,
        ),
        other => Expr::new(other, arrow.span),
    }
}

pub fn sequence(first: Expr, next: Expr, span: Span) -> Expr {
    match first.kind {
        ExprKind::Sequence(mut items) => {
            items.push(next);
            Expr::new(ExprKind::Sequence(items), span)
        }
        _ => Expr::new(ExprKind::Sequence(vec![first, next]), span),
    }
}

pub fn member(object: Expr, property: MemberProp, span: Span) -> Expr {
    Expr::new(
        ExprKind::Member {
            object: Box::new(object),
            property,
            optional: false,
        },
        span,
    )
}

pub fn optional_chain(base: Expr, links: Vec<Suffix>, span: Span) -> Expr {
    let start = base.span.start as usize;
    let mut expr = base;
    for link in links {
        let (kind, end) = match link {
            Suffix::Call(args, optional, end) => (
                ExprKind::Call {
                    callee: Box::new(expr),
                    args,
                    optional,
                },
                end,
            ),
            Suffix::Computed(e, optional, end) => (
                ExprKind::Member {
                    object: Box::new(expr),
                    property: MemberProp::Computed(Box::new(e)),
                    optional,
                },
                end,
            ),
            Suffix::Name(n, optional, end) => (
                ExprKind::Member {
                    object: Box::new(expr),
                    property: MemberProp::Name(n),
                    optional,
                },
                end,
            ),
            Suffix::Private(n, optional, end) => (
                ExprKind::Member {
                    object: Box::new(expr),
                    property: MemberProp::Private(n),
                    optional,
                },
                end,
            ),
        };
        expr = Expr::new(kind, Span::new(start, end));
    }
    Expr::new(ExprKind::OptionalChain(Box::new(expr)), span)
}

pub fn new_target<'s>(name: &str, span: Span) -> PResult<'s, Expr> {
    if name == "target" {
        Ok(Expr::new(ExprKind::NewTarget, span))
    } else {
        Err(user(Diag::new(
            format!("Unexpected identifier '{name}'"),
            span,
            "only `new.target` is allowed",
        )))
    }
}

pub fn template(
    head: TemplatePart,
    first: Expr,
    middles: Vec<(TemplatePart, Expr)>,
    tail: TemplatePart,
) -> Template {
    let mut quasis = vec![head];
    let mut exprs = vec![first];
    for (part, e) in middles {
        quasis.push(part);
        exprs.push(e);
    }
    quasis.push(tail);
    Template { quasis, exprs }
}

pub fn untagged_template<'s>(lexed: &Lexed<'_>, t: Template, span: Span) -> PResult<'s, Expr> {
    for q in &t.quasis {
        if q.cooked.is_none() {
            let start = q.span.start as usize;
            let message = lexed
                .template_errors
                .iter()
                .find(|(at, _)| *at == start)
                .map_or("Invalid escape sequence in template", |(_, e)| e.message());
            return Err(user(Diag::new(message, q.span, "bad escape sequence").help(
                "escapes like this are only allowed in tagged templates; write \\\\ for a backslash",
            )));
        }
    }
    Ok(Expr::new(ExprKind::Template(t), span))
}

pub fn array(items: Vec<Option<ExprOrSpread>>, last: Option<ExprOrSpread>, span: Span) -> Expr {
    let mut items = items;
    if let Some(last) = last {
        items.push(Some(last));
    }
    Expr::new(ExprKind::Array(items), span)
}

/// `for (x in o)` parsed as `for (Expr)`: the expression must be an `in`.
pub fn for_in<'s>(e: Expr, body: Stmt, span: Span) -> PResult<'s, Stmt> {
    // `a in b in c` is `a in (b in c)` here: peel the left spine.
    let mut operands = Vec::new();
    let mut cur = e;
    loop {
        match cur.kind {
            ExprKind::Binary {
                op: BinaryOp::In,
                left,
                right,
            } => {
                operands.push(*right);
                cur = *left;
            }
            kind => {
                cur = Expr::new(kind, cur.span);
                break;
            }
        }
    }
    let Some(mut right) = operands.pop() else {
        let at = Span::new(cur.span.end as usize, cur.span.end as usize + 1);
        return Err(user(Diag::new(
            "Unexpected token ')'",
            at,
            "expected `;`, `in` or `of`",
        )));
    };
    while let Some(next) = operands.pop() {
        let s = right.span.to(next.span);
        right = Expr::new(
            ExprKind::Binary {
                op: BinaryOp::In,
                left: Box::new(right),
                right: Box::new(next),
            },
            s,
        );
    }
    let target = cover::assign_target(cur, true)?;
    Ok(Stmt::new(
        StmtKind::ForIn {
            left: ForHead::Target(target),
            right,
            body: Box::new(body),
        },
        span,
    ))
}

pub fn var_stmt<'s>(d: VarDecl, span: Span) -> PResult<'s, Stmt> {
    for (target, init) in &d.decls {
        if init.is_some() {
            continue;
        }
        if d.kind == VarKind::Const {
            return Err(user(
                Diag::new(
                    "Missing initializer in const declaration",
                    target.span,
                    "this constant has no value",
                )
                .help("give the constant a value: const x = ..."),
            ));
        }
        if !matches!(target.kind, PatternKind::Ident(_)) {
            return Err(user(Diag::new(
                "Missing initializer in destructuring declaration",
                target.span,
                "nothing to destructure",
            )));
        }
    }
    Ok(Stmt::new(StmtKind::Var(d), span))
}

pub fn accessor<'s>(
    key: PropKey,
    kind: MethodKind,
    f: Function,
) -> PResult<'s, (PropKey, MethodKind, Function)> {
    let n = f.params.items.len() + usize::from(f.params.rest.is_some());
    if kind == MethodKind::Getter && n != 0 {
        return Err(user(Diag::new(
            "Getter must not have any formal parameters.",
            f.span,
            "getter with parameters",
        )));
    }
    if kind == MethodKind::Setter && (n != 1 || f.params.rest.is_some()) {
        return Err(user(Diag::new(
            "Setter must have exactly one formal parameter.",
            f.span,
            "setter parameter list",
        )));
    }
    Ok((key, kind, f))
}

fn key_is(key: &PropKey, name: &str) -> bool {
    match key {
        PropKey::Name(i) => i.name == name,
        PropKey::String(s, _) => s == name,
        _ => false,
    }
}

pub fn method_member(
    (key, kind, func): (PropKey, MethodKind, Function),
    is_static: bool,
    span: Span,
) -> ClassMember {
    let kind = if !is_static && kind == MethodKind::Method && key_is(&key, "constructor") {
        ClassMemberKind::Constructor(Box::new(func))
    } else {
        ClassMemberKind::Method {
            key,
            kind,
            func: Box::new(func),
        }
    };
    ClassMember {
        kind,
        is_static,
        span,
    }
}

pub fn class<'s>(
    id: Option<Ident>,
    super_class: Option<Expr>,
    members: Vec<Option<ClassMember>>,
    span: Span,
) -> PResult<'s, Class> {
    let members: Vec<ClassMember> = members.into_iter().flatten().collect();
    let mut seen_constructor = false;
    for m in &members {
        let fail = |message: &str| Err(user(Diag::new(message, m.span, "invalid class member")));
        match &m.kind {
            ClassMemberKind::Constructor(f) => {
                if seen_constructor {
                    return fail("A class may only have one constructor");
                }
                if f.is_generator {
                    return fail("Class constructor may not be a generator");
                }
                seen_constructor = true;
            }
            ClassMemberKind::Method { key, kind, .. } => {
                if !m.is_static && *kind != MethodKind::Method && key_is(key, "constructor") {
                    return fail("Class constructor may not be an accessor");
                }
                if m.is_static && key_is(key, "prototype") {
                    return fail("Classes may not have a static property named 'prototype'");
                }
                if matches!(key, PropKey::Private(i) if i.name == "constructor") {
                    return fail("Classes may not have a private field named '#constructor'");
                }
            }
            ClassMemberKind::Field { key, .. } => {
                if key_is(key, "constructor") {
                    return fail("Classes may not have a field named 'constructor'");
                }
                if m.is_static && key_is(key, "prototype") {
                    return fail("Classes may not have a static property named 'prototype'");
                }
            }
            ClassMemberKind::StaticBlock(_) => {}
        }
    }
    Ok(Class {
        id,
        super_class,
        members,
        span,
    })
}
