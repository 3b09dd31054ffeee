//! Call arguments (and class bases), checked in CPython's order rules.

use omx_core::{Span, SyntaxError};

use crate::ast::{Argument, ClassDef, Expr, ExprKind, Ident, Stmt, StmtKind};
use crate::errors;

/// An argument as the grammar sees it, before the order checks.
#[derive(Debug)]
pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesized generator expression `f(x for x in y)`.
    Generator(Expr),
    Keyword(Expr, Expr, Span),
    Starred(Expr, Span),
    DoubleStarred(Expr),
}

/// Checks argument order and keyword names; returns the arguments.
pub fn arguments(items: Vec<ArgItem>) -> Result<Vec<Argument>, SyntaxError> {
    let count = items.len();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut out = Vec::with_capacity(count);
    for item in items {
        match item {
            ArgItem::Positional(expr) | ArgItem::Generator(expr) if seen_double_star => {
                return Err(errors::invalid(
                    "positional argument follows keyword argument unpacking",
                    expr.span,
                    "positional argument after **",
                ));
            }
            ArgItem::Positional(expr) | ArgItem::Generator(expr) if seen_keyword => {
                return Err(errors::invalid(
                    "positional argument follows keyword argument",
                    expr.span,
                    "positional argument after a keyword argument",
                ));
            }
            ArgItem::Positional(expr) => out.push(Argument::Positional(expr)),
            ArgItem::Generator(expr) => {
                if count > 1 {
                    return Err(errors::invalid(
                        "Generator expression must be parenthesized",
                        expr.span,
                        "this generator expression shares the call with other arguments",
                    )
                    .with_help("put parentheses around the generator expression"));
                }
                out.push(Argument::Positional(expr));
            }
            ArgItem::Starred(expr, span) => {
                if seen_double_star {
                    return Err(errors::invalid(
                        "iterable argument unpacking follows keyword argument unpacking",
                        span,
                        "*iterable after **mapping",
                    ));
                }
                out.push(Argument::Starred(expr));
            }
            ArgItem::Keyword(key, value, span) => {
                seen_keyword = true;
                out.push(Argument::Keyword(keyword_name(key, span)?, value));
            }
            ArgItem::DoubleStarred(expr) => {
                seen_double_star = true;
                out.push(Argument::DoubleStarred(expr));
            }
        }
    }
    Ok(out)
}

fn keyword_name(key: Expr, span: Span) -> Result<Ident, SyntaxError> {
    match key.kind {
        ExprKind::Name(name) => Ok(Ident::new(name, key.span)),
        ExprKind::True | ExprKind::False | ExprKind::None => Err(errors::invalid(
            format!("cannot assign to {}", super::targets::describe(&key)),
            key.span,
            "not a keyword name",
        )),
        _ => Err(errors::invalid(
            "expression cannot contain assignment, perhaps you meant \"==\"?",
            span,
            "a keyword argument needs a plain name before `=`",
        )),
    }
}

/// `func(args)`.
pub fn call(func: Expr, items: Vec<ArgItem>, span: Span) -> Result<Expr, SyntaxError> {
    Ok(Expr::new(
        ExprKind::Call {
            func: Box::new(func),
            args: arguments(items)?,
        },
        span,
    ))
}

/// `class Name(bases, metaclass=M): body`.
pub fn class_def(
    name: Ident,
    items: Vec<ArgItem>,
    body: Vec<Stmt>,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    if let Some(ArgItem::Generator(expr)) = items.first() {
        return Err(errors::invalid(
            "invalid syntax",
            expr.span,
            "a generator expression cannot be a base class list",
        ));
    }
    Ok(Stmt::new(
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            arguments: arguments(items)?,
            body,
            decorators: Vec::new(),
        })),
        span,
    ))
}
