//! Cover grammars: expressions reinterpreted as patterns.
//!
//! Object and array literals are parsed as expressions and converted here
//! when they turn out to be destructuring targets (`[a, b] = [b, a]`,
//! `({x, y = 1} = p)`, arrow parameters, declarations), following ECMA-262
//! §13.15.5 (assignment patterns) and §8.6 (binding patterns).

use omx_core::Span;

use super::PResult;
use crate::ast::{
    AssignOp, Expr, ExprKind, ExprOrSpread, ObjectPatternProp, Pattern, PatternKind, Prop, PropKey,
    PropKind, UpdateOp,
};
use crate::diag::Diag;

/// Whether leaves may be member expressions (assignment) or only names
/// (declarations and parameters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Assign,
    Binding,
}

fn invalid<'s, T>(span: Span, message: &str) -> PResult<'s, T> {
    Err(super::user(Diag::new(message, span, "not a valid target")))
}

/// The target of `=` (patterns allowed when `destructure`) or `op=`.
pub fn assign_target<'s>(e: Expr, destructure: bool) -> PResult<'s, Pattern> {
    match e.kind {
        ExprKind::Array(_) | ExprKind::Object(_) if destructure => to_pattern(e, Mode::Assign),
        _ => simple_target(e, "Invalid left-hand side in assignment"),
    }
}

/// An identifier or a (non-optional) member expression, possibly in
/// parentheses.
fn simple_target<'s>(e: Expr, message: &str) -> PResult<'s, Pattern> {
    let span = e.span;
    match e.kind {
        ExprKind::Ident(name) => Ok(Pattern::new(
            PatternKind::Ident(crate::ast::Ident::new(name, span)),
            span,
        )),
        ExprKind::Member { .. } | ExprKind::SuperMember(_) => {
            Ok(Pattern::new(PatternKind::Member(Box::new(e)), span))
        }
        ExprKind::Paren(inner) => match inner.kind {
            ExprKind::Ident(_) | ExprKind::Member { .. } | ExprKind::Paren(_) => {
                simple_target(*inner, message)
            }
            _ => invalid(span, message),
        },
        _ => invalid(span, message),
    }
}

pub fn assign<'s>(target: Expr, op: AssignOp, value: Expr, span: Span) -> PResult<'s, Expr> {
    let target = assign_target(target, op == AssignOp::Assign)?;
    Ok(Expr::new(
        ExprKind::Assign {
            op,
            target: Box::new(target),
            value: Box::new(value),
        },
        span,
    ))
}

pub fn update<'s>(op: UpdateOp, prefix: bool, arg: Expr, span: Span) -> PResult<'s, Expr> {
    let message = if prefix {
        "Invalid left-hand side expression in prefix operation"
    } else {
        "Invalid left-hand side expression in postfix operation"
    };
    simple_target(arg.clone(), message)?;
    Ok(Expr::new(
        ExprKind::Update {
            op,
            prefix,
            arg: Box::new(arg),
        },
        span,
    ))
}

/// A declaration or parameter target written as an array/object literal.
pub fn binding<'s>(e: Expr) -> PResult<'s, Pattern> {
    to_pattern(e, Mode::Binding)
}

/// An arrow parameter (one item of the parenthesised cover).
pub fn param<'s>(e: Expr) -> PResult<'s, Pattern> {
    to_pattern(e, Mode::Binding)
}

fn to_pattern<'s>(e: Expr, mode: Mode) -> PResult<'s, Pattern> {
    let span = e.span;
    let bad = "Invalid destructuring assignment target";
    match e.kind {
        ExprKind::Ident(name) => Ok(Pattern::new(
            PatternKind::Ident(crate::ast::Ident::new(name, span)),
            span,
        )),
        ExprKind::Member { .. } | ExprKind::SuperMember(_) | ExprKind::Paren(_)
            if mode == Mode::Assign =>
        {
            simple_target(e, bad)
        }
        ExprKind::Assign {
            op: AssignOp::Assign,
            target,
            value,
        } => {
            let target = if mode == Mode::Binding {
                check_binding(*target)?
            } else {
                *target
            };
            Ok(Pattern::new(
                PatternKind::Default {
                    target: Box::new(target),
                    default: value,
                },
                span,
            ))
        }
        ExprKind::Array(items) => array_pattern(items, mode, span),
        ExprKind::Object(props) => object_pattern(props, mode, span),
        _ => invalid(span, bad),
    }
}

/// A pattern built in assignment mode, re-checked for a declaration.
fn check_binding<'s>(p: Pattern) -> PResult<'s, Pattern> {
    let span = p.span;
    let kind = match p.kind {
        PatternKind::Ident(_) => p.kind,
        PatternKind::Member(_) => return invalid(span, "Illegal property in declaration context"),
        PatternKind::Default { target, default } => PatternKind::Default {
            target: Box::new(check_binding(*target)?),
            default,
        },
        PatternKind::Array { elems, rest } => PatternKind::Array {
            elems: elems
                .into_iter()
                .map(|e| e.map(check_binding).transpose())
                .collect::<Result<_, _>>()?,
            rest: rest.map(|r| check_binding(*r).map(Box::new)).transpose()?,
        },
        PatternKind::Object { props, rest } => PatternKind::Object {
            props: props
                .into_iter()
                .map(|mut prop| {
                    prop.value = check_binding(prop.value)?;
                    Ok::<_, lalrpop_util::ParseError<usize, crate::lexer::Tok<'s>, Diag>>(prop)
                })
                .collect::<Result<_, _>>()?,
            rest: rest.map(|r| check_binding(*r).map(Box::new)).transpose()?,
        },
    };
    Ok(Pattern::new(kind, span))
}

fn rest_target<'s>(e: Expr, mode: Mode) -> PResult<'s, Pattern> {
    if let ExprKind::Assign { .. } = e.kind {
        return invalid(e.span, "Rest element may not have a default initializer");
    }
    to_pattern(e, mode)
}

fn array_pattern<'s>(
    items: Vec<Option<ExprOrSpread>>,
    mode: Mode,
    span: Span,
) -> PResult<'s, Pattern> {
    let count = items.len();
    let mut elems = Vec::with_capacity(count);
    let mut rest = None;
    for (i, item) in items.into_iter().enumerate() {
        match item {
            None => elems.push(None),
            Some(ExprOrSpread::Expr(e)) => elems.push(Some(to_pattern(e, mode)?)),
            Some(ExprOrSpread::Spread(e)) => {
                if i + 1 != count {
                    return invalid(e.span, "Rest element must be last element");
                }
                rest = Some(Box::new(rest_target(e, mode)?));
            }
        }
    }
    Ok(Pattern::new(PatternKind::Array { elems, rest }, span))
}

fn object_pattern<'s>(props: Vec<Prop>, mode: Mode, span: Span) -> PResult<'s, Pattern> {
    let count = props.len();
    let mut out = Vec::with_capacity(count);
    let mut rest = None;
    for (i, prop) in props.into_iter().enumerate() {
        let prop_span = prop.span;
        match prop.kind {
            PropKind::KeyValue { key, value } => out.push(ObjectPatternProp {
                key,
                value: to_pattern(value, mode)?,
                shorthand: false,
                span: prop_span,
            }),
            PropKind::Shorthand(name) => out.push(ObjectPatternProp {
                key: PropKey::Name(name.clone()),
                value: Pattern::new(PatternKind::Ident(name), prop_span),
                shorthand: true,
                span: prop_span,
            }),
            PropKind::CoverInitialized { name, default } => {
                let target = Pattern::new(PatternKind::Ident(name.clone()), name.span);
                out.push(ObjectPatternProp {
                    key: PropKey::Name(name),
                    value: Pattern::new(
                        PatternKind::Default {
                            target: Box::new(target),
                            default: Box::new(default),
                        },
                        prop_span,
                    ),
                    shorthand: true,
                    span: prop_span,
                })
            }
            PropKind::Spread(e) => {
                if i + 1 != count {
                    return invalid(e.span, "Rest element must be last element");
                }
                rest = Some(Box::new(rest_target(e, mode)?));
            }
            PropKind::Method { .. } => {
                return invalid(prop_span, "Invalid destructuring assignment target")
            }
        }
    }
    Ok(Pattern::new(PatternKind::Object { props: out, rest }, span))
}
