//! Statement builders.

use omx_core::{Span, SyntaxError};

use super::targets::{aug_target, to_target, TargetContext};
use crate::ast::{
    BinOp, ExceptHandler, Expr, ExprKind, Ident, ImportNames, Stmt, StmtKind, WithItem,
};
use crate::errors;

/// An expression used as a statement.
pub fn expr_stmt(expr: Expr, span: Span) -> Result<Stmt, SyntaxError> {
    if let ExprKind::Starred(_) = expr.kind {
        return Err(errors::invalid(
            "can't use starred expression here",
            expr.span,
            "a starred expression alone",
        ));
    }
    Ok(Stmt::new(StmtKind::Expr(expr), span))
}

/// `t1 = t2 = ... = value`: every item but the last is a target.
pub fn assign(first: Expr, mut rest: Vec<Expr>, span: Span) -> Result<Stmt, SyntaxError> {
    let Some(value) = rest.pop() else {
        return expr_stmt(first, span);
    };
    let mut targets = Vec::with_capacity(rest.len() + 1);
    for expr in std::iter::once(first).chain(rest) {
        targets.push(to_target(expr, TargetContext::Assign)?);
    }
    Ok(Stmt::new(StmtKind::Assign { targets, value }, span))
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, span: Span) -> Result<Stmt, SyntaxError> {
    Ok(Stmt::new(
        StmtKind::AugAssign {
            target: aug_target(target)?,
            op,
            value,
        },
        span,
    ))
}

/// `target: annotation [= value]`.
pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    // A bare name not in parentheses starts where the statement starts.
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start == span.start;
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return Err(errors::invalid(
                "only single target (not tuple) can be annotated",
                target.span,
                "a tuple target",
            ))
        }
        ExprKind::List(_) => {
            return Err(errors::invalid(
                "only single target (not list) can be annotated",
                target.span,
                "a list target",
            ))
        }
        _ => {
            return Err(errors::invalid(
                format!(
                    "illegal target for annotation: {}",
                    super::targets::describe(&target)
                ),
                target.span,
                "this cannot be annotated",
            ))
        }
    }
    Ok(Stmt::new(
        StmtKind::AnnAssign {
            target: to_target(target, TargetContext::Assign)?,
            annotation,
            value,
            simple,
        },
        span,
    ))
}

/// `del a, b[0]`.
pub fn delete(targets: Expr, span: Span) -> Result<Stmt, SyntaxError> {
    // `del a, b` deletes each; `del (a, b)` is the same thing.
    let items = match targets.kind {
        ExprKind::Tuple(items) => items,
        kind => vec![Expr::new(kind, targets.span)],
    };
    let targets = items
        .into_iter()
        .map(|item| to_target(item, TargetContext::Delete))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Stmt::new(StmtKind::Delete(targets), span))
}

pub fn for_stmt(
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    Ok(Stmt::new(
        StmtKind::For {
            target: to_target(target, TargetContext::Bind)?,
            iter,
            body,
            orelse: orelse.unwrap_or_default(),
        },
        span,
    ))
}

pub fn with_item(context: Expr, target: Option<Expr>, span: Span) -> Result<WithItem, SyntaxError> {
    let target = match target {
        Some(target) => Some(to_target(target, TargetContext::Bind)?),
        None => None,
    };
    Ok(WithItem {
        context,
        target,
        span,
    })
}

/// `if` with its `elif` chain folded into nested `orelse` blocks.
pub fn if_stmt(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
    span: Span,
) -> Stmt {
    let mut orelse = orelse.unwrap_or_default();
    for (start, test, body) in elifs.into_iter().rev() {
        let elif = Stmt::new(
            StmtKind::If { test, body, orelse },
            Span::new(start, span.end as usize),
        );
        orelse = vec![elif];
    }
    Stmt::new(StmtKind::If { test, body, orelse }, span)
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<(bool, ExceptHandler)>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    let star = handlers.first().is_some_and(|(star, _)| *star);
    let mut checked = Vec::with_capacity(handlers.len());
    let count = handlers.len();
    for (i, (is_star, handler)) in handlers.into_iter().enumerate() {
        if is_star != star {
            return Err(errors::invalid(
                "cannot have both 'except' and 'except*' on the same 'try'",
                handler.span,
                "this handler differs from the first one",
            ));
        }
        if handler.type_.is_none() && i + 1 < count {
            return Err(errors::invalid(
                "default 'except:' must be last",
                handler.span,
                "a bare except catches everything, so later handlers never run",
            ));
        }
        if is_star && handler.type_.is_none() {
            return Err(errors::invalid(
                "expected one or more exception types",
                handler.span,
                "except* needs an exception type",
            ));
        }
        checked.push(handler);
    }
    Ok(Stmt::new(
        StmtKind::Try {
            body,
            handlers: checked,
            orelse: orelse.unwrap_or_default(),
            finalbody: finalbody.unwrap_or_default(),
            star,
        },
        span,
    ))
}

pub fn import_from(
    dots: Vec<u32>,
    module: Option<Ident>,
    names: ImportNames,
    span: Span,
) -> Result<Stmt, SyntaxError> {
    let level = dots.iter().sum();
    if level == 0 && module.is_none() {
        return Err(errors::invalid(
            "invalid syntax",
            span,
            "`from` needs a module name or dots",
        ));
    }
    Ok(Stmt::new(
        StmtKind::ImportFrom {
            module,
            level,
            names,
        },
        span,
    ))
}

/// Attaches decorators to a `def` or `class`.
pub fn decorate(decorators: Vec<Expr>, mut stmt: Stmt) -> Stmt {
    match &mut stmt.kind {
        StmtKind::FunctionDef(def) => def.decorators = decorators,
        StmtKind::ClassDef(def) => def.decorators = decorators,
        _ => {}
    }
    stmt
}
