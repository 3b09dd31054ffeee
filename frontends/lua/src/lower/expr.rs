//! Lowering expressions.

use omx_core::bytecode::BinOp as ArithOp;
use omx_core::ir::{CompareOp, Expr, ExprKind, TableItem, UnaryOp};
use omx_lua_syntax::ast::{self, BinOp, UnOp};

use super::scope::{LResult, Lowerer, Var};

impl Lowerer {
    pub(super) fn exprs(&mut self, es: &[ast::Expr]) -> LResult<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    /// `_ENV` as an expression (an upvalue, or a local named `_ENV`).
    pub(super) fn env_expr(&mut self, line: u32) -> Expr {
        let kind = match self.resolve("_ENV") {
            Var::Local(id) => ExprKind::Local(id),
            Var::Upvalue(id) => ExprKind::Upvalue(id),
            Var::Global(_) => ExprKind::Nil,
        };
        Expr::new(kind, line)
    }

    pub(super) fn name_expr(&mut self, name: &str, line: u32) -> Expr {
        match self.resolve(name) {
            Var::Local(id) => Expr::new(ExprKind::Local(id), line),
            Var::Upvalue(id) => Expr::new(ExprKind::Upvalue(id), line),
            Var::Global(g) => Expr::new(
                ExprKind::Attr {
                    obj: Box::new(self.env_expr(line)),
                    name: g.into_bytes(),
                },
                line,
            ),
        }
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> LResult<Expr> {
        self.enter_depth(e.span)?;
        // Operators go straight to their own small frames: nested
        // operators recurse through them, not through `expr_inner`'s large
        // one (a debug build's stack per level).
        let r = match &e.kind {
            ast::ExprKind::Binary { .. } => self.binary_chain(e),
            _ => self.expr_inner(e),
        };
        self.leave_depth();
        r
    }

    /// A binary operation and the left-associative chain it ends, as
    /// lparser.c `subexpr` reads it: in a loop at one C level (only each
    /// right operand is a level deeper), so a long chain `a + b + c ...`
    /// is not "too many syntax levels" and is lowered without recursing
    /// down its left spine. The right-associative `..` and `^` recurse
    /// and count. (The lexer's MAX_LEVELS still bounds every chain.)
    fn binary_chain(&mut self, e: &ast::Expr) -> LResult<Expr> {
        let mut spine = Vec::new();
        let mut leftmost = e;
        while let ast::ExprKind::Binary { op, lhs, .. } = &leftmost.kind {
            spine.push(leftmost);
            if matches!(op, BinOp::Concat | BinOp::Pow) {
                break;
            }
            leftmost = lhs;
        }
        let mut acc = match &leftmost.kind {
            // A `..` or `^` at the bottom of the spine: its left operand
            // is a level deeper.
            ast::ExprKind::Binary { lhs, .. } => {
                spine.pop();
                let l = self.expr(lhs)?;
                self.binary(leftmost, l)?
            }
            // The leftmost operand is read at the chain's level.
            _ => {
                self.depth -= 1;
                let l = self.expr(leftmost);
                self.depth += 1;
                l?
            }
        };
        for node in spine.into_iter().rev() {
            acc = self.binary(node, acc)?;
        }
        Ok(acc)
    }

    /// The binary operation `e` with its left operand already lowered.
    fn binary(&mut self, e: &ast::Expr, l: Expr) -> LResult<Expr> {
        let ast::ExprKind::Binary { op, op_at, rhs, .. } = &e.kind else {
            return Ok(l);
        };
        // lparser.c `subexpr`: the operation is on the operator's line.
        let op_line = self.lines.line(*op_at) as u32;
        // lcode.c `luaK_infix`: a left operand still to be read (a field,
        // a global, an upvalue) is read once the operator is, on its line.
        let mut l = l;
        if matches!(
            l.kind,
            ExprKind::Index { .. } | ExprKind::Attr { .. } | ExprKind::Upvalue(_)
        ) {
            l.line = l.line.max(op_line);
        }
        let l = Box::new(l);
        let r = Box::new(self.expr(rhs)?);
        enum Kind {
            Arith(ArithOp),
            Compare(CompareOp),
            Concat,
            And,
            Or,
        }
        let kind = match op {
            BinOp::Add => Kind::Arith(ArithOp::Add),
            BinOp::Sub => Kind::Arith(ArithOp::Sub),
            BinOp::Mul => Kind::Arith(ArithOp::Mul),
            BinOp::Div => Kind::Arith(ArithOp::Div),
            BinOp::IDiv => Kind::Arith(ArithOp::IDiv),
            BinOp::Mod => Kind::Arith(ArithOp::Mod),
            BinOp::Pow => Kind::Arith(ArithOp::Pow),
            BinOp::BAnd => Kind::Arith(ArithOp::BAnd),
            BinOp::BOr => Kind::Arith(ArithOp::BOr),
            BinOp::BXor => Kind::Arith(ArithOp::BXor),
            BinOp::Shl => Kind::Arith(ArithOp::Shl),
            BinOp::Shr => Kind::Arith(ArithOp::Shr),
            BinOp::Concat => Kind::Concat,
            BinOp::Eq => Kind::Compare(CompareOp::Eq),
            BinOp::Ne => Kind::Compare(CompareOp::Ne),
            BinOp::Lt => Kind::Compare(CompareOp::Lt),
            BinOp::Le => Kind::Compare(CompareOp::Le),
            BinOp::Gt => Kind::Compare(CompareOp::Gt),
            BinOp::Ge => Kind::Compare(CompareOp::Ge),
            BinOp::And => Kind::And,
            BinOp::Or => Kind::Or,
        };
        let kind = match kind {
            Kind::Arith(op) => ExprKind::Arith { op, lhs: l, rhs: r },
            Kind::Compare(op) => ExprKind::Compare { op, lhs: l, rhs: r },
            Kind::Concat => ExprKind::Concat { lhs: l, rhs: r },
            Kind::And => ExprKind::And { lhs: l, rhs: r },
            Kind::Or => ExprKind::Or { lhs: l, rhs: r },
        };
        Ok(Expr::new(kind, op_line))
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> LResult<Expr> {
        let mut line = self.line(e.span);
        let kind = match &e.kind {
            ast::ExprKind::Nil => ExprKind::Nil,
            ast::ExprKind::True => ExprKind::Bool(true),
            ast::ExprKind::False => ExprKind::Bool(false),
            ast::ExprKind::Vararg => {
                if !self.current().func.is_vararg {
                    return self.error(
                        e.span,
                        "cannot use '...' outside a vararg function near '...'",
                    );
                }
                ExprKind::Vararg
            }
            ast::ExprKind::Int(i) => ExprKind::Int(*i),
            ast::ExprKind::Float(f) => ExprKind::Float(*f),
            ast::ExprKind::Str(s) => ExprKind::Str(s.clone()),
            ast::ExprKind::Function(body) => {
                let f = self.function("", body, false)?;
                // lparser.c `body`: the closure is made at the `end`.
                line = f.last_line;
                ExprKind::Function(Box::new(f))
            }
            ast::ExprKind::Table(fields) => {
                let mut items = Vec::with_capacity(fields.len());
                for f in fields {
                    items.push(match f {
                        ast::Field::Positional(v) => TableItem::Positional(self.expr(v)?),
                        ast::Field::Named(n, v) => TableItem::Keyed(
                            Expr::new(ExprKind::Str(n.name.as_bytes().to_vec()), self.line(n.span)),
                            self.expr(v)?,
                        ),
                        ast::Field::Keyed(k, v) => TableItem::Keyed(self.expr(k)?, self.expr(v)?),
                    });
                }
                ExprKind::Table(items)
            }
            ast::ExprKind::Binary { .. } => return self.binary_chain(e),
            ast::ExprKind::Unary { op, operand } => {
                let inner = self.expr(operand)?;
                // Fold the negation of a numeral (as luac does).
                match (op, &inner.kind) {
                    (UnOp::Neg, ExprKind::Int(i)) => ExprKind::Int(i.wrapping_neg()),
                    (UnOp::Neg, ExprKind::Float(f)) => ExprKind::Float(-f),
                    _ => ExprKind::Unary {
                        op: match op {
                            UnOp::Neg => UnaryOp::Neg,
                            UnOp::Not => UnaryOp::Not,
                            UnOp::Len => UnaryOp::Len,
                            UnOp::BNot => UnaryOp::BNot,
                        },
                        operand: Box::new(inner),
                    },
                }
            }
            ast::ExprKind::Name(n) => return Ok(self.name_expr(n, line)),
            ast::ExprKind::Index { obj, key, .. } => index_kind(self.expr(obj)?, self.expr(key)?),
            ast::ExprKind::Call { func, args } => ExprKind::Call {
                func: Box::new(self.expr(func)?),
                args: self.exprs(args)?,
            },
            ast::ExprKind::MethodCall { obj, method, args } => ExprKind::MethodCall {
                obj: Box::new(self.expr(obj)?),
                name: method.name.as_bytes().to_vec(),
                args: self.exprs(args)?,
            },
            ast::ExprKind::Paren(inner) => {
                let inner = self.expr(inner)?;
                if inner.is_multi() {
                    ExprKind::Paren(Box::new(inner))
                } else {
                    return Ok(inner);
                }
            }
        };
        Ok(Expr::new(kind, line))
    }
}

/// `t[k]`: a constant string key is an attribute access (`t.k` and
/// `t["k"]` are the same in Lua, and the attribute form has an inline
/// cache); any other key is an item access.
pub(super) fn index_kind(obj: Expr, key: Expr) -> ExprKind {
    match key.kind {
        ExprKind::Str(name) => ExprKind::Attr {
            obj: Box::new(obj),
            name,
        },
        _ => ExprKind::Index {
            obj: Box::new(obj),
            key: Box::new(key),
        },
    }
}

/// The assignment target `t[k]` (see `index_kind`).
pub(super) fn index_place(obj: Expr, key: Expr) -> omx_core::ir::Place {
    use omx_core::ir::Place;
    match key.kind {
        ExprKind::Str(name) => Place::Attr { obj, name },
        _ => Place::Index { obj, key },
    }
}
