//! Assignment targets: which expressions may be assigned to or deleted,
//! and CPython's messages for those that may not.

use omx_core::{Span, SyntaxError};

use crate::ast::{Expr, ExprKind, StringValue, Target, TargetKind};
use crate::errors;

/// Where a target appears; decides the wording of errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetContext {
    /// The left side of `=` (`top` when not nested in a tuple or list).
    Assign,
    Delete,
    /// `for`, comprehensions, `with ... as`.
    Bind,
}

/// CPython's name for an expression kind in error messages.
pub fn describe(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imaginary(_) => "literal",
        ExprKind::Strings(parts) => {
            if parts
                .iter()
                .any(|p| matches!(p.value, StringValue::Format(_)))
            {
                "f-string expression"
            } else {
                "literal"
            }
        }
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Starred(_) => "starred",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Call { .. } => "function call",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
    }
}

fn refuse(expr: &Expr, context: TargetContext, top: bool) -> SyntaxError {
    let what = describe(expr);
    let constant = matches!(expr.kind, ExprKind::None | ExprKind::True | ExprKind::False);
    let message = match context {
        TargetContext::Delete => format!("cannot delete {what}"),
        _ if constant => format!("cannot assign to {what}"),
        TargetContext::Assign if top => {
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
        }
        _ => format!("cannot assign to {what}"),
    };
    let label = match context {
        TargetContext::Delete => "this cannot be deleted",
        _ => "this cannot be assigned to",
    };
    errors::invalid(message, expr.span, label)
}

/// Validates `expr` as a target.
pub fn to_target(expr: Expr, context: TargetContext) -> Result<Target, SyntaxError> {
    if let ExprKind::Starred(_) = expr.kind {
        if context != TargetContext::Delete {
            return Err(errors::invalid(
                "starred assignment target must be in a list or tuple",
                expr.span,
                "a lone starred target",
            ));
        }
    }
    convert(expr, context, true)
}

fn convert(expr: Expr, context: TargetContext, top: bool) -> Result<Target, SyntaxError> {
    let span = expr.span;
    let kind = match expr.kind {
        ExprKind::Name(name) => TargetKind::Name(name),
        ExprKind::Attribute { value, attr } => TargetKind::Attribute { value, attr },
        ExprKind::Subscript { value, index } => TargetKind::Subscript { value, index },
        ExprKind::Tuple(items) => TargetKind::Tuple(sequence(items, context, span)?),
        ExprKind::List(items) => TargetKind::List(sequence(items, context, span)?),
        ExprKind::Starred(inner) if context != TargetContext::Delete && !top => {
            TargetKind::Starred(Box::new(convert(*inner, context, false)?))
        }
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if context == TargetContext::Assign => {
            return Err(errors::invalid(
                "assignment to yield expression not possible",
                span,
                "a yield expression cannot be assigned to",
            ))
        }
        kind => return Err(refuse(&Expr::new(kind, span), context, top)),
    };
    Ok(Target::new(kind, span))
}

fn sequence(
    items: Vec<Expr>,
    context: TargetContext,
    span: Span,
) -> Result<Vec<Target>, SyntaxError> {
    let starred = items
        .iter()
        .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
        .count();
    if starred > 1 && context != TargetContext::Delete {
        return Err(errors::invalid(
            "multiple starred expressions in assignment",
            span,
            "only one starred target is allowed here",
        ));
    }
    items
        .into_iter()
        .map(|item| convert(item, context, false))
        .collect()
}

/// Validates the target of an augmented assignment (`x += 1`).
pub fn aug_target(expr: Expr) -> Result<Target, SyntaxError> {
    match expr.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            convert(expr, TargetContext::Assign, true)
        }
        _ => Err(errors::invalid(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(&expr)
            ),
            expr.span,
            "this cannot be updated in place",
        )),
    }
}
