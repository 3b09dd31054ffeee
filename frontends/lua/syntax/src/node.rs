//! Small constructors used by the grammar's actions, so each action stays
//! one line.

use lalrpop_util::ParseError;
use omx_core::Span;

use crate::ast::{Attrib, BinOp, Block, Expr, ExprKind, FuncBody, Name, Stat, StatKind, UnOp};
use crate::scan::{LexError, Near};
use crate::token::{Numeral, Tok};

pub fn push<T>(mut items: Vec<T>, item: T) -> Vec<T> {
    items.push(item);
    items
}

pub fn cons<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut items = Vec::with_capacity(rest.len() + 1);
    items.push(first);
    items.extend(rest);
    items
}

pub fn snoc<T>(mut items: Vec<T>, last: Option<T>) -> Vec<T> {
    items.extend(last);
    items
}

pub fn stat(kind: StatKind, start: usize, end: usize) -> Stat {
    Stat {
        kind,
        span: Span::new(start, end),
    }
}

pub fn expr(kind: ExprKind, start: usize, end: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(start, end),
    }
}

pub fn assign(first: Expr, rest: Vec<Expr>, values: Vec<Expr>, start: usize, end: usize) -> Stat {
    stat(
        StatKind::Assign {
            targets: cons(first, rest),
            values,
        },
        start,
        end,
    )
}

pub fn func(parts: (Vec<Name>, bool, Block), start: usize, end: usize) -> FuncBody {
    let (params, is_vararg, body) = parts;
    FuncBody {
        params,
        is_vararg,
        body,
        span: Span::new(start, end),
    }
}

pub fn number(value: Numeral, start: usize, end: usize) -> Expr {
    let kind = match value {
        Numeral::Int(n) => ExprKind::Int(n),
        Numeral::Float(x) => ExprKind::Float(x),
    };
    expr(kind, start, end)
}

pub fn binary(op: BinOp, op_at: usize, lhs: Expr, rhs: Expr) -> Expr {
    let span = lhs.span.to(rhs.span);
    Expr {
        kind: ExprKind::Binary {
            op,
            op_at,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
        },
        span,
    }
}

pub fn unary(op: UnOp, operand: Expr, start: usize, end: usize) -> Expr {
    expr(
        ExprKind::Unary {
            op,
            operand: Box::new(operand),
        },
        start,
        end,
    )
}

pub fn index(obj: Expr, key: Expr, dotted: bool, end: usize) -> Expr {
    let start = obj.span.start as usize;
    expr(
        ExprKind::Index {
            obj: Box::new(obj),
            key: Box::new(key),
            dotted,
        },
        start,
        end,
    )
}

/// `obj.name`: an index by the string `"name"`.
pub fn field(obj: Expr, key: Name, end: usize) -> Expr {
    let key = Expr {
        kind: ExprKind::Str(key.name.into_bytes()),
        span: key.span,
    };
    index(obj, key, true, end)
}

pub fn call(func: Expr, args: Vec<Expr>, end: usize) -> Expr {
    let start = func.span.start as usize;
    expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
        },
        start,
        end,
    )
}

pub fn method_call(obj: Expr, method: Name, args: Vec<Expr>, end: usize) -> Expr {
    let start = obj.span.start as usize;
    expr(
        ExprKind::MethodCall {
            obj: Box::new(obj),
            method,
            args,
        },
        start,
        end,
    )
}

/// `<const>` or `<close>`; anything else is Lua's "unknown attribute".
pub fn attrib(name: Name) -> Result<Attrib, ParseError<usize, Tok, LexError>> {
    match name.name.as_str() {
        "const" => Ok(Attrib::Const),
        "close" => Ok(Attrib::Close),
        other => Err(ParseError::User {
            error: LexError::new(
                format!("unknown attribute '{other}'"),
                Near::Absent,
                name.span.start as usize,
                name.span.end as usize,
                "expected 'const' or 'close'",
            ),
        }),
    }
}

/// `...` in a function without `...` parameter.
pub fn vararg_outside(start: usize, end: usize) -> ParseError<usize, Tok, LexError> {
    ParseError::User {
        error: vararg_error(start, end),
    }
}

pub fn vararg_error(start: usize, end: usize) -> LexError {
    LexError::new(
        "cannot use '...' outside a vararg function",
        Near::Text(b"...".to_vec()),
        start,
        end,
        "this function has no '...' parameter",
    )
}
