//! Early errors that need context, checked in one walk after parsing:
//! `return` outside a function ("Illegal return statement") and a `{ a = 1 }`
//! object literal that never became a destructuring target ("Invalid
//! shorthand property initializer").
//!
//! The walk (ast::walk) keeps its own stack of nodes still to visit instead
//! of recursing, so its Rust stack use does not grow with the tree's depth.
//! Nodes are visited in source order, so the first error in the text is the
//! one reported.

use crate::ast::walk::{children, Node};
use crate::ast::{ExprKind, Program, StmtKind};

use crate::diag::Diag;

type Check = Result<(), Diag>;

pub fn check(program: &Program) -> Check {
    // Each node with whether it lies inside a function body.
    let mut stack: Vec<(Node, bool)> = program
        .body
        .iter()
        .rev()
        .map(|s| (Node::Stmt(s), false))
        .collect();
    let mut next = Vec::new();
    while let Some((node, in_function)) = stack.pop() {
        match node {
            Node::Stmt(s) if !in_function && matches!(s.kind, StmtKind::Return(_)) => {
                return Err(Diag::new(
                    "Illegal return statement",
                    s.span,
                    "`return` outside of a function",
                ));
            }
            Node::CoverInitialized(span) => {
                return Err(Diag::new(
                    "Invalid shorthand property initializer",
                    span,
                    "`=` is only allowed when destructuring",
                )
                .help("use `:` to give the property a value"));
            }
            _ => {}
        }
        // A function's or an arrow's body is inside a function; a class
        // static block is not (§15.7.1: `return` there is an early error).
        let inside = match node {
            Node::Function(_) => true,
            Node::Expr(e) => in_function || matches!(e.kind, ExprKind::Arrow { .. }),
            Node::Class(_) => false,
            _ => in_function,
        };
        children(node, &mut next);
        stack.extend(next.drain(..).rev().map(|n| (n, inside)));
    }
    Ok(())
}
