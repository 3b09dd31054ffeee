//! Small constructors used by the grammar's actions, so they stay one-liners.

use omx_core::Span;

use crate::ast::{
    BinOp, Block, Callee, DeclKind, Expr, ExprKind, MethodName, Sigil, Stmt, StmtKind, UnaryOp, Var,
};

pub fn sp(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr::new(kind, sp(l, r))
}

pub fn stmt(label: Option<String>, kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        label,
        kind,
        span: sp(l, r),
    }
}

pub fn var(sigil: Sigil, name: String, l: usize, r: usize) -> Var {
    Var {
        sigil,
        name,
        span: sp(l, r),
    }
}

pub fn var_expr(sigil: Sigil, name: String, l: usize, r: usize) -> Expr {
    expr(ExprKind::Var(var(sigil, name, l, r)), l, r)
}

pub fn bin(op: BinOp, lhs: Expr, rhs: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Binary {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, e: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Unary {
            op,
            expr: Box::new(e),
        },
        l,
        r,
    )
}

pub fn assign(op: Option<BinOp>, lhs: Expr, rhs: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Assign {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        l,
        r,
    )
}

pub fn ternary(cond: Expr, then: Expr, otherwise: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Ternary {
            cond: Box::new(cond),
            then: Box::new(then),
            otherwise: Box::new(otherwise),
        },
        l,
        r,
    )
}

pub fn deref(sigil: Sigil, e: Expr) -> Expr {
    let span = e.span;
    Expr::new(
        ExprKind::Deref {
            sigil,
            expr: Box::new(e),
        },
        span,
    )
}

pub fn index(array: Expr, index: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Index {
            array: Box::new(array),
            index: Box::new(index),
        },
        l,
        r,
    )
}

pub fn helem(hash: Expr, key: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::HashElem {
            hash: Box::new(hash),
            key: Box::new(key),
        },
        l,
        r,
    )
}

/// `$name[...]` indexes `@name`; `$name{...}` indexes `%name`.
pub fn named_container(sigil: Sigil, name: String, l: usize, r: usize) -> Expr {
    var_expr(sigil, name, l, r)
}

pub fn call(name: String, args: Vec<Expr>, parens: bool, l: usize, r: usize) -> Expr {
    if name == "return" {
        return expr(ExprKind::Return(args), l, r);
    }
    expr(
        ExprKind::Call {
            callee: Callee::Named(name),
            args,
            ampersand: false,
            parens,
        },
        l,
        r,
    )
}

pub fn dyn_call(callee: Expr, args: Vec<Expr>, ampersand: bool, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Call {
            callee: Callee::Expr(Box::new(callee)),
            args,
            ampersand,
            parens: true,
        },
        l,
        r,
    )
}

pub fn method(
    invocant: Expr,
    method: MethodName,
    args: Option<Vec<Expr>>,
    l: usize,
    r: usize,
) -> Expr {
    let parens = args.is_some();
    expr(
        ExprKind::MethodCall {
            invocant: Box::new(invocant),
            method,
            args: args.unwrap_or_default(),
            parens,
        },
        l,
        r,
    )
}

pub fn print(func: String, args: (Option<Expr>, Vec<Expr>), l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Print {
            func,
            filehandle: args.0.map(Box::new),
            args: args.1,
        },
        l,
        r,
    )
}

/// The arguments of `sort`/`map`/`grep`: block, comparator, list.
pub type SortParts = (Option<Block>, Option<Expr>, Vec<Expr>);

pub fn sort_like(func: String, args: SortParts, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::SortLike {
            func,
            block: args.0,
            comparator: args.1.map(Box::new),
            args: args.2,
        },
        l,
        r,
    )
}

/// A comma list: one item without a trailing comma is just that item.
pub fn list_or_single(items: (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
    let (mut items, force) = items;
    if items.len() == 1 && !force {
        if let Some(item) = items.pop() {
            return item;
        }
    }
    expr(ExprKind::List(items), l, r)
}

pub fn items(list: Option<(Vec<Expr>, bool)>) -> Vec<Expr> {
    list.map(|(items, _)| items).unwrap_or_default()
}

pub fn decl(kind: DeclKind, vars: Vec<Option<Var>>, parens: bool, l: usize, r: usize) -> Expr {
    expr(ExprKind::Decl { kind, vars, parens }, l, r)
}

/// The items of a parenthesised or bracketed list.
pub fn flatten(e: Option<Expr>) -> Vec<Expr> {
    match e {
        None => Vec::new(),
        Some(Expr {
            kind: ExprKind::List(items),
            ..
        }) => items,
        Some(other) => vec![other],
    }
}
