//! Binary and logical operators: the grammar reads `a op b op c ...` as a
//! flat chain and this module applies the precedences of ECMA-262 §13.6-13.13
//! by precedence climbing. It also enforces the two early errors of the
//! flat grammar: `??` mixed with `||`/`&&` without parentheses, and a unary
//! operator directly left of `**`.

use omx_core::Span;

use super::PResult;
use crate::ast::{BinaryOp, Expr, ExprKind, LogicalOp};
use crate::diag::Diag;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Nullish,
    Or,
    And,
    Bin(BinaryOp),
}

#[derive(Debug, Clone, Copy)]
pub struct BinTok {
    pub op: Op,
    pub span: Span,
}

/// `first (op operand)*`, as written.
pub struct Chain {
    first: Expr,
    rest: Vec<(BinTok, Expr)>,
}

fn precedence(op: Op) -> u8 {
    match op {
        Op::Nullish => 1,
        Op::Or => 2,
        Op::And => 3,
        Op::Bin(b) => match b {
            BinaryOp::BitOr => 4,
            BinaryOp::BitXor => 5,
            BinaryOp::BitAnd => 6,
            BinaryOp::Eq | BinaryOp::NotEq | BinaryOp::StrictEq | BinaryOp::StrictNotEq => 7,
            BinaryOp::Lt
            | BinaryOp::LtEq
            | BinaryOp::Gt
            | BinaryOp::GtEq
            | BinaryOp::In
            | BinaryOp::InstanceOf => 8,
            BinaryOp::Shl | BinaryOp::Shr | BinaryOp::UShr => 9,
            BinaryOp::Add | BinaryOp::Sub => 10,
            BinaryOp::Mul | BinaryOp::Div | BinaryOp::Rem => 11,
            BinaryOp::Exp => 12,
        },
    }
}

fn op_text(op: Op) -> &'static str {
    match op {
        Op::Nullish => "??",
        Op::Or => "||",
        Op::And => "&&",
        Op::Bin(_) => "",
    }
}

impl Chain {
    pub fn new(first: Expr) -> Chain {
        Chain {
            first,
            rest: Vec::new(),
        }
    }

    pub fn push(&mut self, op: BinTok, operand: Expr) {
        self.rest.push((op, operand));
    }

    pub fn resolve<'s>(self) -> PResult<'s, Expr> {
        if self.rest.is_empty() {
            return Ok(self.first);
        }
        check_nullish_mix(&self.rest)?;
        let mut operands = vec![self.first];
        let mut ops: Vec<BinTok> = Vec::new();
        for (op, operand) in self.rest {
            let p = precedence(op.op);
            while let Some(top) = ops.last() {
                let tp = precedence(top.op);
                let right_assoc = op.op == Op::Bin(BinaryOp::Exp);
                if tp > p || (tp == p && !right_assoc) {
                    reduce(&mut operands, &mut ops)?;
                } else {
                    break;
                }
            }
            ops.push(op);
            operands.push(operand);
        }
        while !ops.is_empty() {
            reduce(&mut operands, &mut ops)?;
        }
        operands
            .pop()
            .ok_or_else(|| super::user(Diag::new("Unexpected token", Span::default(), "")))
    }
}

fn check_nullish_mix<'s>(rest: &[(BinTok, Expr)]) -> PResult<'s, ()> {
    let mut seen_nullish = false;
    let mut seen_logical = false;
    for (op, _) in rest {
        let clash = match op.op {
            Op::Nullish => {
                seen_nullish = true;
                seen_logical
            }
            Op::Or | Op::And => {
                seen_logical = true;
                seen_nullish
            }
            Op::Bin(_) => false,
        };
        if clash {
            return Err(super::user(
                Diag::new(
                    format!("Unexpected token '{}'", op_text(op.op)),
                    op.span,
                    "`??` cannot be mixed with `||` or `&&`",
                )
                .help("add parentheses to say which operator applies first"),
            ));
        }
    }
    Ok(())
}

fn reduce<'s>(operands: &mut Vec<Expr>, ops: &mut Vec<BinTok>) -> PResult<'s, ()> {
    let (Some(op), Some(right), Some(left)) = (ops.pop(), operands.pop(), operands.pop()) else {
        return Err(super::user(Diag::new(
            "Unexpected token",
            Span::default(),
            "",
        )));
    };
    let span = left.span.to(right.span);
    let kind = match op.op {
        Op::Nullish => logical(LogicalOp::Nullish, left, right),
        Op::Or => logical(LogicalOp::Or, left, right),
        Op::And => logical(LogicalOp::And, left, right),
        Op::Bin(BinaryOp::Exp) if matches!(left.kind, ExprKind::Unary { .. }) => {
            return Err(super::user(
                Diag::new(
                    "Unary operator used immediately before exponentiation expression. \
                     Parenthesis must be used to disambiguate operator precedence",
                    op.span,
                    "the operand on the left is a unary expression",
                )
                .help("write (-a) ** b or -(a ** b)"),
            ));
        }
        Op::Bin(b) => ExprKind::Binary {
            op: b,
            left: Box::new(left),
            right: Box::new(right),
        },
    };
    operands.push(Expr::new(kind, span));
    Ok(())
}

fn logical(op: LogicalOp, left: Expr, right: Expr) -> ExprKind {
    ExprKind::Logical {
        op,
        left: Box::new(left),
        right: Box::new(right),
    }
}
