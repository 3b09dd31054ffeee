//! Lowering statements and blocks.

use omx_core::ir::{self, Expr, ExprKind, Place, Stmt, StmtKind};
use omx_lua_syntax::ast;

use super::scope::{LResult, Lowerer, Var};

impl Lowerer {
    /// The statements of a block, in a new scope.
    pub(super) fn block_stats(&mut self, block: &ast::Block) -> LResult<ir::Block> {
        self.enter_depth(block.span)?;
        self.push_scope();
        let mut out = Vec::with_capacity(block.stats.len() + 1);
        for stat in &block.stats {
            if let Some(s) = self.stat(stat)? {
                out.push(s);
            }
        }
        if let Some(ret) = &block.ret {
            let exprs = self.exprs(&ret.exprs)?;
            out.push(Stmt {
                kind: StmtKind::Return(exprs),
                line: self.line(ret.span),
            });
        }
        self.pop_scope();
        self.leave_depth();
        Ok(out)
    }

    fn stat(&mut self, stat: &ast::Stat) -> LResult<Option<Stmt>> {
        let mut line = self.line(stat.span);
        let kind = match &stat.kind {
            ast::StatKind::Call(e) => StmtKind::Expr(self.expr(e)?),
            ast::StatKind::Assign { targets, values } => {
                // Targets first, as lparser.c reads them: upvalues are
                // numbered in the order names are first met.
                let mut places = Vec::with_capacity(targets.len());
                for t in targets {
                    places.push(self.place(t)?);
                }
                let values = self.exprs(values)?;
                // The stores are on the line of the statement's last token
                // (luac codes them once the expressions are read).
                line = self.end_line(stat.span);
                StmtKind::Assign {
                    targets: places,
                    values,
                }
            }
            ast::StatKind::Local { names, values } => {
                let values = self.exprs(values)?;
                let mut closes = 0;
                let mut locals = Vec::with_capacity(names.len());
                for n in names {
                    let (is_const, close) = match n.attrib {
                        Some(ast::Attrib::Const) => (true, false),
                        Some(ast::Attrib::Close) => (false, true),
                        None => (false, false),
                    };
                    if close {
                        closes += 1;
                        if closes > 1 {
                            return self.error(
                                n.name.span,
                                "multiple to-be-closed variables in local list",
                            );
                        }
                    }
                    self.check_local_limit(n.name.span)?;
                    locals.push(self.declare(&n.name.name, is_const, close));
                }
                StmtKind::Local { locals, values }
            }
            ast::StatKind::LocalFunction { name, func } => {
                let local = self.declare(&name.name, false, false);
                let f = self.function(&name.name, func, false)?;
                // lparser.c `body`: the closure is made at the function's
                // `end` (its line for hooks, `activelines`, errors).
                line = f.last_line;
                StmtKind::LocalFunction {
                    local,
                    func: Box::new(f),
                }
            }
            ast::StatKind::Function { path, method, func } => {
                let mut full = path
                    .iter()
                    .map(|n| n.name.as_str())
                    .collect::<Vec<_>>()
                    .join(".");
                if let Some(m) = method {
                    full.push(':');
                    full.push_str(&m.name);
                }
                let f = self.function(&full, func, method.is_some())?;
                let first = &path[0];
                let mut target = self.name_expr(&first.name, self.line(first.span));
                let mut place = None;
                let keys: Vec<&ast::Name> = path[1..].iter().chain(method.iter()).collect();
                for (i, key) in keys.iter().enumerate() {
                    let k = Expr::new(
                        ExprKind::Str(key.name.as_bytes().to_vec()),
                        self.line(key.span),
                    );
                    if i + 1 == keys.len() {
                        place = Some(super::expr::index_place(target.clone(), k));
                    } else {
                        let line = self.line(key.span);
                        target = Expr::new(super::expr::index_kind(target, k), line);
                    }
                }
                let place = match place {
                    Some(p) => p,
                    None => self.name_place(&first.name, first.span)?,
                };
                StmtKind::Assign {
                    targets: vec![place],
                    values: vec![{
                        // The closure at the `end`; the store at the first
                        // line (lparser.c `funcstat`: `luaK_fixline`).
                        let end = f.last_line;
                        Expr::new(ExprKind::Function(Box::new(f)), end)
                    }],
                }
            }
            ast::StatKind::Do(b) => StmtKind::Do(self.block_stats(b)?),
            ast::StatKind::While { cond, body } => StmtKind::While {
                cond: self.expr(cond)?,
                body: self.block_stats(body)?,
            },
            ast::StatKind::Repeat { body, cond } => {
                // The condition sees the body's locals: lower both in one
                // scope.
                self.enter_depth(body.span)?;
                self.push_scope();
                let mut stmts = Vec::new();
                for s in &body.stats {
                    if let Some(s) = self.stat(s)? {
                        stmts.push(s);
                    }
                }
                if let Some(ret) = &body.ret {
                    let exprs = self.exprs(&ret.exprs)?;
                    stmts.push(Stmt {
                        kind: StmtKind::Return(exprs),
                        line: self.line(ret.span),
                    });
                }
                let cond = self.expr(cond)?;
                self.pop_scope();
                self.leave_depth();
                StmtKind::Repeat { body: stmts, cond }
            }
            ast::StatKind::If { arms, otherwise } => {
                let mut out = Vec::with_capacity(arms.len());
                for arm in arms {
                    let mut cond = self.expr(&arm.cond)?;
                    // The test is on the `then` line (lparser.c
                    // `test_then_block`), the condition's operands on theirs;
                    // a condition still to be read (a field, a global, an
                    // upvalue) is read there too.
                    let then = self.line(arm.then);
                    if matches!(
                        cond.kind,
                        ExprKind::Index { .. } | ExprKind::Attr { .. } | ExprKind::Upvalue(_)
                    ) {
                        cond.line = then;
                    }
                    let c = Expr::new(ExprKind::Condition(Box::new(cond)), then);
                    out.push((c, self.block_stats(&arm.body)?));
                }
                let otherwise = match otherwise {
                    Some(b) => Some(self.block_stats(b)?),
                    None => None,
                };
                StmtKind::If {
                    arms: out,
                    otherwise,
                }
            }
            ast::StatKind::NumericFor {
                var,
                start,
                limit,
                step,
                body,
            } => {
                let start = self.expr(start)?;
                let limit = self.expr(limit)?;
                let step = match step {
                    Some(s) => Some(self.expr(s)?),
                    None => None,
                };
                self.push_scope();
                let v = self.declare(&var.name, false, false);
                let body = self.block_stats(body)?;
                self.pop_scope();
                StmtKind::NumericFor {
                    var: v,
                    start,
                    limit,
                    step,
                    body,
                }
            }
            ast::StatKind::GenericFor { names, exprs, body } => {
                // lparser.c `forlist`: the loop's calls are on the line of
                // the first token after `in`.
                let in_line = exprs.first().map_or(line, |e| self.line(e.span));
                let exprs = self.exprs(exprs)?;
                self.push_scope();
                let vars = names
                    .iter()
                    .map(|n| self.declare(&n.name, false, false))
                    .collect();
                let body = self.block_stats(body)?;
                self.pop_scope();
                let kind = StmtKind::GenericFor { vars, exprs, body };
                return Ok(Some(Stmt {
                    kind,
                    line: in_line,
                }));
            }
            ast::StatKind::Break => StmtKind::Break { label: None },
            ast::StatKind::Goto(name) => StmtKind::Goto(name.name.clone()),
            ast::StatKind::Label(name) => StmtKind::Label(name.name.clone()),
        };
        Ok(Some(Stmt { kind, line }))
    }

    /// An assignment target.
    fn place(&mut self, e: &ast::Expr) -> LResult<Place> {
        match &e.kind {
            ast::ExprKind::Name(n) => self.name_place(n, e.span),
            ast::ExprKind::Index { obj, key, .. } => {
                Ok(super::expr::index_place(self.expr(obj)?, self.expr(key)?))
            }
            _ => self.error(e.span, "syntax error near '='"),
        }
    }

    fn name_place(&mut self, name: &str, span: omx_core::Span) -> LResult<Place> {
        let line = self.line(span);
        match self.resolve(name) {
            Var::Local(id) => {
                if self.is_const_local(id) {
                    return self.error(
                        span,
                        format!("attempt to assign to const variable '{name}'"),
                    );
                }
                Ok(Place::Local(id))
            }
            Var::Upvalue(id) => {
                if self.is_const_upvalue(id) {
                    return self.error(
                        span,
                        format!("attempt to assign to const variable '{name}'"),
                    );
                }
                Ok(Place::Upvalue(id))
            }
            Var::Global(g) => Ok(Place::Attr {
                obj: self.env_expr(line),
                name: g.into_bytes(),
            }),
        }
    }
}
