//! Expression builders.

use omx_core::{Span, SyntaxError};

use super::targets::{to_target, TargetContext};
use crate::ast::{
    BinOp, BoolOp, Comprehension, Expr, ExprKind, Ident, StringLiteral, StringValue, UnaryOp,
};
use crate::errors;
use crate::literal::string_literal;

/// `a` stays `a`; `a, b` and `a,` become a tuple.
pub fn tuple_or_single(mut items: Vec<Expr>, trailing_comma: bool, span: Span) -> Expr {
    if items.len() == 1 && !trailing_comma {
        if let Some(only) = items.pop() {
            return only;
        }
    }
    Expr::new(ExprKind::Tuple(items), span)
}

/// `( ... )`: a parenthesized expression or a tuple display.
pub fn parenthesized(
    items: Vec<Expr>,
    trailing_comma: bool,
    span: Span,
) -> Result<Expr, SyntaxError> {
    if items.len() == 1 && !trailing_comma {
        if let Some(ExprKind::Starred(_)) = items.first().map(|e| &e.kind) {
            return Err(errors::invalid(
                "cannot use starred expression here",
                items[0].span,
                "a starred expression needs a tuple, list or call around it",
            )
            .with_help("add a trailing comma to make a tuple: `(*a,)`"));
        }
    }
    Ok(tuple_or_single(items, trailing_comma, span))
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(ExprKind::BoolOp { op, values }, span)
}

pub fn unary(op: UnaryOp, operand: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        span,
    )
}

pub fn bin_op(op: BinOp, left: Expr, right: Expr, span: Span) -> Expr {
    Expr::new(
        ExprKind::BinOp {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        span,
    )
}

/// `a.b.c` as one identifier with its dots.
pub fn dotted(first: &str, rest: Vec<&str>, span: Span) -> Ident {
    let mut name = first.to_string();
    for part in rest {
        name.push('.');
        name.push_str(part);
    }
    Ident::new(name, span)
}

fn no_star(element: &Expr, what: &str) -> Result<(), SyntaxError> {
    if let ExprKind::Starred(_) = element.kind {
        return Err(errors::invalid(
            format!("iterable unpacking cannot be used in {what}"),
            element.span,
            "a starred element",
        ));
    }
    Ok(())
}

pub fn generator(
    element: Expr,
    generators: Vec<Comprehension>,
    span: Span,
) -> Result<Expr, SyntaxError> {
    no_star(&element, "comprehension")?;
    Ok(Expr::new(
        ExprKind::GeneratorExp {
            element: Box::new(element),
            generators,
        },
        span,
    ))
}

pub fn list_comp(
    element: Expr,
    generators: Vec<Comprehension>,
    span: Span,
) -> Result<Expr, SyntaxError> {
    no_star(&element, "comprehension")?;
    Ok(Expr::new(
        ExprKind::ListComp {
            element: Box::new(element),
            generators,
        },
        span,
    ))
}

pub fn set_comp(
    element: Expr,
    generators: Vec<Comprehension>,
    span: Span,
) -> Result<Expr, SyntaxError> {
    no_star(&element, "comprehension")?;
    Ok(Expr::new(
        ExprKind::SetComp {
            element: Box::new(element),
            generators,
        },
        span,
    ))
}

pub fn comprehension(
    target: Expr,
    iter: Expr,
    conditions: Vec<Expr>,
    span: Span,
) -> Result<Comprehension, SyntaxError> {
    Ok(Comprehension {
        target: to_target(target, TargetContext::Bind)?,
        iter,
        conditions,
        span,
    })
}

/// Adjacent string literals: decode each and check they do not mix bytes
/// with text.
pub fn strings(tokens: Vec<(usize, &str)>) -> Result<Expr, SyntaxError> {
    let mut parts: Vec<StringLiteral> = Vec::with_capacity(tokens.len());
    for (start, raw) in tokens {
        parts.push(string_literal(raw, start)?);
    }
    let bytes = parts
        .iter()
        .filter(|p| matches!(p.value, StringValue::Bytes(_)))
        .count();
    let span = match (parts.first(), parts.last()) {
        (Some(first), Some(last)) => first.span.to(last.span),
        _ => Span::default(),
    };
    if bytes != 0 && bytes != parts.len() {
        return Err(errors::invalid(
            "cannot mix bytes and nonbytes literals",
            span,
            "bytes and text literals side by side",
        )
        .with_help("add or remove the `b` prefix so all parts agree"));
    }
    Ok(Expr::new(ExprKind::Strings(parts), span))
}
