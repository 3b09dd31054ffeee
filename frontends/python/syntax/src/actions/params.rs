//! Parameter lists of `def` and `lambda`, checked in CPython's order rules.

use omx_core::{Span, SyntaxError};

use crate::ast::{
    Expr, ExprKind, FunctionDef, Ident, Parameter, ParameterKind, Parameters, Stmt, StmtKind,
};
use crate::errors;

/// A parameter-list item as the grammar sees it.
#[derive(Debug)]
pub enum ParamItem {
    /// `name[: annotation][= default]`
    Named(Ident, Option<Expr>, Option<Expr>, Span),
    /// `*` alone: the following parameters are keyword-only.
    BareStar(Span),
    /// `*args[: annotation]`
    Star(Ident, Option<Expr>, Span),
    /// `**kwargs[: annotation]`
    DoubleStar(Ident, Option<Expr>, Span),
    /// `/`: the preceding parameters are positional-only.
    Slash(Span),
}

fn fail(message: &str, span: Span, label: &str) -> SyntaxError {
    errors::invalid(message, span, label)
}

/// Orders and validates the items into [`Parameters`].
pub fn parameters(items: Vec<ParamItem>, span: Span) -> Result<Parameters, SyntaxError> {
    let mut params: Vec<Parameter> = Vec::with_capacity(items.len());
    let mut star_seen = false;
    let mut bare_star: Option<Span> = None;
    let mut slash_seen = false;
    let mut double_star_seen = false;
    let mut default_seen = false;
    for item in items {
        if double_star_seen {
            let span = match &item {
                ParamItem::Named(_, _, _, s)
                | ParamItem::BareStar(s)
                | ParamItem::Star(_, _, s)
                | ParamItem::DoubleStar(_, _, s)
                | ParamItem::Slash(s) => *s,
            };
            return Err(fail(
                "arguments cannot follow var-keyword argument",
                span,
                "nothing may follow **kwargs",
            ));
        }
        match item {
            ParamItem::Named(name, annotation, default, span) => {
                let kind = if star_seen {
                    ParameterKind::KeywordOnly
                } else {
                    ParameterKind::PositionalOrKeyword
                };
                if kind == ParameterKind::PositionalOrKeyword {
                    if default.is_some() {
                        default_seen = true;
                    } else if default_seen {
                        return Err(fail(
                            "non-default argument follows default argument",
                            span,
                            "this parameter needs a default too",
                        ));
                    }
                }
                bare_star = None;
                params.push(Parameter {
                    name,
                    kind,
                    annotation: annotation.map(Box::new),
                    default: default.map(Box::new),
                    span,
                });
            }
            ParamItem::BareStar(span) | ParamItem::Star(_, _, span) if star_seen => {
                return Err(fail("* argument may appear only once", span, "a second *"));
            }
            ParamItem::BareStar(span) => {
                star_seen = true;
                bare_star = Some(span);
            }
            ParamItem::Star(name, annotation, span) => {
                star_seen = true;
                params.push(Parameter {
                    name,
                    kind: ParameterKind::VarPositional,
                    annotation: annotation.map(Box::new),
                    default: None,
                    span,
                });
            }
            ParamItem::DoubleStar(name, annotation, span) => {
                if let Some(star) = bare_star {
                    return Err(fail(
                        "named arguments must follow bare *",
                        star,
                        "a bare * needs keyword-only parameters after it",
                    ));
                }
                double_star_seen = true;
                params.push(Parameter {
                    name,
                    kind: ParameterKind::VarKeyword,
                    annotation: annotation.map(Box::new),
                    default: None,
                    span,
                });
            }
            ParamItem::Slash(span) => {
                if slash_seen {
                    return Err(fail("/ may appear only once", span, "a second /"));
                }
                if star_seen {
                    return Err(fail("/ must be ahead of *", span, "move / before *"));
                }
                if params.is_empty() {
                    return Err(fail(
                        "at least one argument must precede /",
                        span,
                        "nothing before /",
                    ));
                }
                slash_seen = true;
                for param in &mut params {
                    param.kind = ParameterKind::PositionalOnly;
                }
            }
        }
    }
    if let Some(star) = bare_star {
        return Err(fail(
            "named arguments must follow bare *",
            star,
            "a bare * needs keyword-only parameters after it",
        ));
    }
    for (i, param) in params.iter().enumerate() {
        if params[..i].iter().any(|p| p.name.name == param.name.name) {
            return Err(fail(
                &format!(
                    "duplicate argument '{}' in function definition",
                    param.name.name
                ),
                param.name.span,
                "this name is already a parameter",
            ));
        }
    }
    Ok(Parameters { params, span })
}

pub fn lambda(
    items: Vec<ParamItem>,
    params_span: Span,
    body: Expr,
    span: Span,
) -> Result<Expr, SyntaxError> {
    Ok(Expr::new(
        ExprKind::Lambda {
            parameters: parameters(items, params_span)?,
            body: Box::new(body),
        },
        span,
    ))
}

pub fn function_def(
    name: Ident,
    items: Vec<ParamItem>,
    params_span: Span,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    Ok(Stmt::new(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            parameters: parameters(items, params_span)?,
            returns,
            body,
            decorators: Vec::new(),
        })),
        span,
    ))
}
