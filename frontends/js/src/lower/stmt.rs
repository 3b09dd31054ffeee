//! Statements (ECMA-262 §14): blocks with hoisted declarations, loops
//! lowered to labelled `while true` loops (the inner labelled loop is the
//! body, so `continue` is a `break` out of it and the update still runs),
//! `switch` as a case index and fall-through guards, `try`, `throw`.

use omx_core::ir::{self, Catch, Expr, ExprKind, Stmt, StmtKind};

use super::{assign, e, local, s, LResult, Lowerer, Target};
use crate::ast::{self, ForHead, ForInit, StmtKind as K, VarKind};

impl Lowerer {
    /// A function's body: `var` names and function declarations hoisted.
    pub(crate) fn function_body(&mut self, body: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        let mut names = Vec::new();
        for st in body {
            collect_vars(st, &mut names);
        }
        let mut out = Vec::new();
        let mut ids = Vec::new();
        for n in names {
            if self.script_level() {
                self.declare_script(&n);
                continue;
            }
            if let super::Var::Local(_) = self.resolve_here(&n) {
                continue;
            }
            ids.push(self.declare(&n));
        }
        if !ids.is_empty() {
            out.push(s(
                StmtKind::Local {
                    locals: ids,
                    values: vec![],
                },
                0,
            ));
        }
        out.extend(self.block_stmts(body)?);
        Ok(out)
    }

    /// A name declared in the current function's innermost scopes.
    fn resolve_here(&mut self, name: &str) -> super::Var {
        let ctx = self.current();
        for scope in ctx.scopes.iter().rev() {
            if let Some((_, id)) = scope.iter().rev().find(|(n, _)| n == name) {
                return super::Var::Local(*id);
            }
        }
        super::Var::Global(name.into())
    }

    /// The statements of a block, in the current scope: lexical names and
    /// function declarations first.
    pub(crate) fn block_stmts(&mut self, body: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        let mut out = Vec::new();
        let mut ids = Vec::new();
        let script = self.script_level();
        for st in body {
            match &st.kind {
                K::Var(d) if script && d.kind != VarKind::Var => {
                    for (p, _) in &d.decls {
                        let mut names = Vec::new();
                        pattern_names(p, &mut names);
                        for n in names {
                            self.declare_script(&n);
                        }
                    }
                }
                K::Class(c) if script => {
                    if let Some(id) = &c.id {
                        self.declare_script(&id.name);
                    }
                }
                K::Function(f) if script => {
                    if let Some(id) = &f.id {
                        self.declare_script(&id.name);
                    }
                }
                K::Var(d) if d.kind != VarKind::Var => {
                    for (p, _) in &d.decls {
                        let mut names = Vec::new();
                        pattern_names(p, &mut names);
                        for n in names {
                            let id = self.declare(&n);
                            self.tdz.push((self.funcs.len(), id));
                            if d.kind == VarKind::Const {
                                self.consts.push((self.funcs.len(), id));
                            }
                            ids.push(id);
                        }
                    }
                }
                K::Class(c) => {
                    if let Some(id) = &c.id {
                        let l = self.declare(&id.name);
                        self.tdz.push((self.funcs.len(), l));
                        ids.push(l);
                    }
                }
                K::Function(f) => {
                    if let Some(id) = &f.id {
                        if !matches!(self.resolve_here(&id.name), super::Var::Local(_)) {
                            ids.push(self.declare(&id.name));
                        }
                    }
                }
                _ => {}
            }
        }
        if !ids.is_empty() {
            out.push(s(
                StmtKind::Local {
                    locals: ids,
                    values: vec![],
                },
                0,
            ));
        }
        for st in body {
            if let K::Function(f) = &st.kind {
                let line = self.line(st.span);
                let name = f.id.as_ref().map(|i| i.name.clone()).unwrap_or_default();
                let value = self.function_value(f, &name, super::func::Kind::Normal)?;
                let place = self.var_place(&name, line);
                out.push(assign(place, value, line));
            }
        }
        for st in body {
            if !matches!(st.kind, K::Function(_)) {
                out.extend(self.stmt(st)?);
            }
        }
        Ok(out)
    }

    fn scoped_block(&mut self, body: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        self.push_scope();
        let r = self.block_stmts(body);
        self.pop_scope();
        r
    }

    /// A statement as a list; temporaries it needed are kept in a `do`.
    pub(crate) fn stmt(&mut self, st: &ast::Stmt) -> LResult<Vec<Stmt>> {
        let saved = std::mem::take(&mut self.sink);
        let line = self.line(st.span);
        let r = self.stmt_inner(st, line);
        let pre = std::mem::replace(&mut self.sink, saved);
        let mut body = r?;
        if pre.is_empty() {
            return Ok(body);
        }
        let mut all = pre;
        all.append(&mut body);
        Ok(vec![s(StmtKind::Do(all), line)])
    }

    /// Lower `x` with its own sink: the statements it needs, then its value.
    pub(crate) fn expr_with_pre(&mut self, x: &ast::Expr) -> LResult<(Vec<Stmt>, Expr)> {
        let saved = std::mem::take(&mut self.sink);
        let r = self.expr(x);
        let pre = std::mem::replace(&mut self.sink, saved);
        Ok((pre, r?))
    }

    fn stmt_inner(&mut self, st: &ast::Stmt, line: u32) -> LResult<Vec<Stmt>> {
        Ok(match &st.kind {
            K::Expr(x) => self.expr_stmt(x)?,
            K::Var(d) => self.var_decl(d)?,
            K::Function(_) => vec![],
            K::Class(c) => {
                let name = c.id.as_ref().map(|i| i.name.clone()).unwrap_or_default();
                self.end_tdz(&name);
                let v = self.class_value(c)?;
                let place = self.var_place(&name, line);
                vec![assign(place, v, line)]
            }
            K::Block(b) => vec![s(StmtKind::Do(self.scoped_block(b)?), line)],
            K::Empty | K::Debugger => vec![],
            K::If {
                test,
                consequent,
                alternate,
            } => {
                let cond = self.expr(test)?;
                let then = self.sub_stmt(consequent)?;
                let otherwise = match alternate {
                    Some(a) => Some(self.sub_stmt(a)?),
                    None => None,
                };
                vec![s(
                    StmtKind::If {
                        arms: vec![(cond, then)],
                        otherwise,
                    },
                    line,
                )]
            }
            K::While { test, body } => {
                let labels = self.take_labels();
                self.loop_stmt(labels, None, Some(test), None, body, line, false)?
            }
            K::DoWhile { body, test } => {
                let labels = self.take_labels();
                self.loop_stmt(labels, None, Some(test), None, body, line, true)?
            }
            K::For {
                init,
                test,
                update,
                body,
            } => {
                let labels = self.take_labels();
                self.for_stmt(
                    labels,
                    init.as_ref(),
                    test.as_ref(),
                    update.as_ref(),
                    body,
                    line,
                )?
            }
            K::ForIn { left, right, body } => {
                let labels = self.take_labels();
                let obj = self.expr(right)?;
                let keys = self.intrinsic_call("forInKeys", vec![obj], line);
                self.for_of(labels, left, keys, body, line, false)?
            }
            K::ForOf { left, right, body } => {
                let labels = self.take_labels();
                let it = self.expr(right)?;
                self.for_of(labels, left, it, body, line, true)?
            }
            K::Return(v) => {
                let value = match v {
                    Some(x) => self.expr(x)?,
                    None => e(ExprKind::Nil, line),
                };
                let value = self.constructor_return(value, line);
                // One value (a call could hand back several).
                let value = if value.is_multi() {
                    e(ExprKind::Paren(Box::new(value)), line)
                } else {
                    value
                };
                vec![s(StmtKind::Return(vec![value]), line)]
            }
            K::Break(label) => {
                let target = self.find_target(label.as_ref().map(|l| l.name.as_str()), false);
                match target {
                    Some((brk, _)) => vec![s(StmtKind::Break { label: Some(brk) }, line)],
                    None => return self.unsupported(st.span, "break outside a loop"),
                }
            }
            K::Continue(label) => {
                let target = self.find_target(label.as_ref().map(|l| l.name.as_str()), true);
                match target {
                    Some((_, Some(c))) => vec![s(StmtKind::Break { label: Some(c) }, line)],
                    _ => return self.unsupported(st.span, "continue outside a loop"),
                }
            }
            K::Throw(x) => {
                let v = self.expr(x)?;
                vec![s(StmtKind::Throw(v), line)]
            }
            K::Try {
                block,
                handler,
                finalizer,
            } => {
                let body = self.scoped_block(block)?;
                let catch = match handler {
                    Some(h) => {
                        self.push_scope();
                        let name = self.fresh("exc");
                        let var = self.declare(&name);
                        let mut cbody = Vec::new();
                        if let Some(p) = &h.param {
                            cbody.extend(self.bind_pattern(p, local(var, line), true)?);
                        }
                        cbody.extend(self.block_stmts(&h.body)?);
                        self.pop_scope();
                        Some(Catch {
                            var: Some(var),
                            body: cbody,
                        })
                    }
                    None => None,
                };
                let finally = match finalizer {
                    Some(f) => Some(self.scoped_block(f)?),
                    None => None,
                };
                vec![s(
                    StmtKind::Try {
                        body,
                        catch,
                        orelse: vec![],
                        finally,
                    },
                    line,
                )]
            }
            K::Switch {
                discriminant,
                cases,
            } => {
                let labels = self.take_labels();
                self.switch_stmt(labels, discriminant, cases, line)?
            }
            K::Labeled { label, body } => {
                self.pending_labels.push(label.name.clone());
                let is_loop = matches!(
                    body.kind,
                    K::While { .. }
                        | K::DoWhile { .. }
                        | K::For { .. }
                        | K::ForIn { .. }
                        | K::ForOf { .. }
                        | K::Switch { .. }
                        | K::Labeled { .. }
                );
                if is_loop {
                    return self.stmt_inner(body, line);
                }
                // A labelled block: a loop that runs once.
                let labels = self.take_labels();
                let brk = self.fresh("blk");
                self.current().targets.push(Target {
                    labels,
                    brk: brk.clone(),
                    cont: None,
                });
                let inner = self.sub_stmt(body);
                self.current().targets.pop();
                let mut inner = inner?;
                inner.push(s(
                    StmtKind::Break {
                        label: Some(brk.clone()),
                    },
                    line,
                ));
                vec![labelled(brk, inner, line)]
            }
            K::With { .. } => return self.unsupported(st.span, "the with statement"),
        })
    }

    /// The declaration of `name` is reached: reads are fine from here.
    fn end_tdz(&mut self, name: &str) {
        if let super::Var::Local(id) = self.resolve_here(name) {
            let level = self.funcs.len();
            self.tdz.retain(|x| *x != (level, id));
        }
    }

    fn take_labels(&mut self) -> Vec<String> {
        std::mem::take(&mut self.pending_labels)
    }

    /// A nested statement in its own scope.
    pub(crate) fn sub_stmt(&mut self, st: &ast::Stmt) -> LResult<Vec<Stmt>> {
        match &st.kind {
            K::Block(b) => self.scoped_block(b),
            _ => {
                self.push_scope();
                let r = self.block_stmts(std::slice::from_ref(st));
                self.pop_scope();
                r
            }
        }
    }

    fn find_target(&mut self, label: Option<&str>, cont: bool) -> Option<(String, Option<String>)> {
        let ctx = self.current();
        for t in ctx.targets.iter().rev() {
            let ok = match label {
                Some(l) => t.labels.iter().any(|x| x == l),
                None => !cont || t.cont.is_some(),
            };
            let ok = ok && (label.is_some() || t.cont.is_some() || !t.brk.starts_with("%blk"));
            if ok {
                return Some((t.brk.clone(), t.cont.clone()));
            }
        }
        None
    }

    fn expr_stmt(&mut self, x: &ast::Expr) -> LResult<Vec<Stmt>> {
        let line = self.line(x.span);
        match &x.kind {
            ast::ExprKind::Assign { op, target, value } => {
                self.assign_stmt(*op, target, value, line)
            }
            ast::ExprKind::Update { op, arg, .. } => {
                // The statement's value is unused: the prefix form.
                self.statements_of(|me| me.update_expr(*op, true, arg, line), line)
            }
            _ => {
                let v = self.expr(x)?;
                Ok(match v.kind {
                    ExprKind::Local(_) | ExprKind::Nil | ExprKind::Str(_) | ExprKind::Int(_) => {
                        vec![]
                    }
                    _ => vec![s(StmtKind::Expr(v), line)],
                })
            }
        }
    }

    fn var_decl(&mut self, d: &ast::VarDecl) -> LResult<Vec<Stmt>> {
        let mut out = Vec::new();
        for (p, init) in &d.decls {
            let line = self.line(p.span);
            let value = match init {
                Some(x) => {
                    let name = match &p.kind {
                        ast::PatternKind::Ident(i) => i.name.clone(),
                        _ => String::new(),
                    };
                    self.named_expr(x, &name)?
                }
                None if d.kind == VarKind::Var => continue,
                None => e(ExprKind::Nil, line),
            };
            let pre = std::mem::take(&mut self.sink);
            out.extend(pre);
            let mut names = Vec::new();
            pattern_names(p, &mut names);
            for n in &names {
                self.end_tdz(n);
            }
            self.initialising = true;
            let bound = self.bind_pattern(p, value, false);
            self.initialising = false;
            out.extend(bound?);
        }
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn loop_stmt(
        &mut self,
        labels: Vec<String>,
        init: Option<Vec<Stmt>>,
        test: Option<&ast::Expr>,
        update: Option<&ast::Expr>,
        body: &ast::Stmt,
        line: u32,
        test_after: bool,
    ) -> LResult<Vec<Stmt>> {
        let brk = self.fresh("brk");
        let cont = self.fresh("cont");
        self.current().targets.push(Target {
            labels,
            brk: brk.clone(),
            cont: Some(cont.clone()),
        });
        let r = (|| {
            let mut outer = Vec::new();
            let test_stmts = match test {
                Some(t) => {
                    let (mut pre, cond) = self.expr_with_pre(t)?;
                    let not = e(
                        ExprKind::Unary {
                            op: ir::UnaryOp::Not,
                            operand: Box::new(cond),
                        },
                        line,
                    );
                    pre.push(s(
                        StmtKind::If {
                            arms: vec![(
                                not,
                                vec![s(
                                    StmtKind::Break {
                                        label: Some(brk.clone()),
                                    },
                                    line,
                                )],
                            )],
                            otherwise: None,
                        },
                        line,
                    ));
                    pre
                }
                None => vec![],
            };
            if !test_after {
                outer.extend(test_stmts.clone());
            }
            let mut inner = self.sub_stmt(body)?;
            inner.push(s(
                StmtKind::Break {
                    label: Some(cont.clone()),
                },
                line,
            ));
            outer.push(labelled(cont.clone(), inner, line));
            if test_after {
                outer.extend(test_stmts);
            }
            if let Some(u) = update {
                outer.extend(self.stmt(&ast::Stmt::new(ast::StmtKind::Expr(u.clone()), u.span))?);
            }
            Ok(outer)
        })();
        self.current().targets.pop();
        let outer = r?;
        let mut out = init.unwrap_or_default();
        out.push(labelled(brk, outer, line));
        Ok(vec![s(StmtKind::Do(out), line)])
    }

    fn for_stmt(
        &mut self,
        labels: Vec<String>,
        init: Option<&ForInit>,
        test: Option<&ast::Expr>,
        update: Option<&ast::Expr>,
        body: &ast::Stmt,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        self.push_scope();
        let r = (|| {
            let mut pre = Vec::new();
            let mut lets = Vec::new();
            match init {
                Some(ForInit::Var(d)) => {
                    if d.kind != VarKind::Var {
                        for (p, _) in &d.decls {
                            pattern_names(p, &mut lets);
                        }
                        let ids: Vec<_> = lets.iter().map(|n| self.declare(n)).collect();
                        if d.kind == VarKind::Const {
                            let level = self.funcs.len();
                            self.consts.extend(ids.iter().map(|id| (level, *id)));
                        }
                        pre.push(s(
                            StmtKind::Local {
                                locals: ids,
                                values: vec![],
                            },
                            line,
                        ));
                    }
                    pre.extend(self.var_decl(d)?);
                }
                Some(ForInit::Expr(x)) => {
                    pre.extend(self.stmt(&ast::Stmt::new(ast::StmtKind::Expr(x.clone()), x.span))?)
                }
                None => {}
            }
            if lets.is_empty() || !creates_closures(init, test, update, body) {
                // No closure can capture a binding: one copy serves every
                // iteration alike.
                return self.loop_stmt(labels, Some(pre), test, update, body, line, false);
            }
            // A fresh copy of the `let` bindings per iteration
            // (CreatePerIterationEnvironment, §14.7.4.4).
            let init_ids: Vec<_> = lets
                .iter()
                .map(|n| match self.resolve_here(n) {
                    super::Var::Local(id) => id,
                    _ => 0,
                })
                .collect();
            // The values carried from one iteration to the next, apart
            // from the bindings the initialiser made (a closure created
            // there keeps seeing those).
            let outer_ids: Vec<_> = init_ids
                .iter()
                .map(|_| {
                    let name = self.fresh("carry");
                    self.declare(&name)
                })
                .collect();
            pre.push(s(
                StmtKind::Local {
                    locals: outer_ids.clone(),
                    values: init_ids.iter().map(|id| local(*id, line)).collect(),
                },
                line,
            ));
            self.push_scope();
            let copies: Vec<_> = lets.iter().map(|n| self.declare(n)).collect();
            if matches!(init, Some(ForInit::Var(d)) if d.kind == VarKind::Const) {
                let level = self.funcs.len();
                self.consts.extend(copies.iter().map(|id| (level, *id)));
            }
            let first = self.fresh("first");
            let first_id = {
                // Declared in the outer scope (before the copies).
                let ctx = self.current();
                let id = ctx.func.locals.len();
                ctx.func.locals.push(ir::LocalDecl {
                    name: first.clone(),
                    captured: false,
                    to_be_closed: false,
                });
                id
            };
            let brk = self.fresh("brk");
            let cont = self.fresh("cont");
            self.current().targets.push(Target {
                labels,
                brk: brk.clone(),
                cont: Some(cont.clone()),
            });
            let inner_r = (|| {
                let mut outer = vec![s(
                    StmtKind::Local {
                        locals: copies.clone(),
                        values: outer_ids.iter().map(|id| local(*id, line)).collect(),
                    },
                    line,
                )];
                if let Some(u) = update {
                    let upd = self.stmt(&ast::Stmt::new(ast::StmtKind::Expr(u.clone()), u.span))?;
                    outer.push(s(
                        StmtKind::If {
                            arms: vec![(
                                local(first_id, line),
                                vec![assign(
                                    ir::Place::Local(first_id),
                                    e(ExprKind::Bool(false), line),
                                    line,
                                )],
                            )],
                            otherwise: Some(upd),
                        },
                        line,
                    ));
                }
                if let Some(t) = test {
                    let (mut tp, cond) = self.expr_with_pre(t)?;
                    let not = e(
                        ExprKind::Unary {
                            op: ir::UnaryOp::Not,
                            operand: Box::new(cond),
                        },
                        line,
                    );
                    tp.push(s(
                        StmtKind::If {
                            arms: vec![(
                                not,
                                vec![s(
                                    StmtKind::Break {
                                        label: Some(brk.clone()),
                                    },
                                    line,
                                )],
                            )],
                            otherwise: None,
                        },
                        line,
                    ));
                    outer.extend(tp);
                }
                let mut inner = self.sub_stmt(body)?;
                inner.push(s(
                    StmtKind::Break {
                        label: Some(cont.clone()),
                    },
                    line,
                ));
                outer.push(labelled(cont.clone(), inner, line));
                for (o, c) in outer_ids.iter().zip(&copies) {
                    outer.push(assign(ir::Place::Local(*o), local(*c, line), line));
                }
                Ok(outer)
            })();
            self.current().targets.pop();
            self.pop_scope();
            let outer = inner_r?;
            pre.push(s(
                StmtKind::Local {
                    locals: vec![first_id],
                    values: vec![e(ExprKind::Bool(true), line)],
                },
                line,
            ));
            pre.push(labelled(brk, outer, line));
            Ok(vec![s(StmtKind::Do(pre), line)])
        })();
        self.pop_scope();
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn for_of(
        &mut self,
        labels: Vec<String>,
        left: &ForHead,
        iter: Expr,
        body: &ast::Stmt,
        line: u32,
        close: bool,
    ) -> LResult<Vec<Stmt>> {
        let brk = self.fresh("brk");
        let cont = self.fresh("cont");
        self.current().targets.push(Target {
            labels,
            brk: brk.clone(),
            cont: Some(cont.clone()),
        });
        self.push_scope();
        let r = (|| {
            let name = self.fresh("item");
            let var = self.declare(&name);
            let mut inner = Vec::new();
            match left {
                ForHead::Var(kind, p) => {
                    if *kind != VarKind::Var {
                        let mut names = Vec::new();
                        pattern_names(p, &mut names);
                        let ids: Vec<_> = names.iter().map(|n| self.declare(n)).collect();
                        if *kind == VarKind::Const {
                            let level = self.funcs.len();
                            self.consts.extend(ids.iter().map(|id| (level, *id)));
                        }
                        inner.push(s(
                            StmtKind::Local {
                                locals: ids,
                                values: vec![],
                            },
                            line,
                        ));
                    }
                    self.initialising = true;
                    let bound = self.bind_pattern(p, local(var, line), false);
                    self.initialising = false;
                    inner.extend(bound?);
                }
                ForHead::Target(p) => {
                    inner.extend(self.bind_pattern(p, local(var, line), false)?)
                }
            }
            let mut b = self.sub_stmt(body)?;
            b.push(s(
                StmtKind::Break {
                    label: Some(cont.clone()),
                },
                line,
            ));
            inner.push(labelled(cont.clone(), b, line));
            Ok((var, inner))
        })();
        self.pop_scope();
        self.current().targets.pop();
        let (var, inner) = r?;
        if !close {
            let for_in = s(
                StmtKind::ForIn {
                    var,
                    iter,
                    body: inner,
                },
                line,
            );
            return Ok(vec![s(
                StmtKind::Labeled {
                    label: brk,
                    body: Box::new(for_in),
                },
                line,
            )]);
        }
        // for-of: leaving the loop early (`break`, `return`, a labelled
        // `break`/`continue` of an outer loop, an exception) closes the
        // iterator (§14.7.5.7 ForIn/OfBodyEvaluation, §7.4.11
        // IteratorClose): the loop runs inside a once-loop that records
        // normal completion, in a `try` whose `finally` closes it, and whose
        // `catch` closes it quietly (the exception wins) and rethrows.
        let it_name = self.fresh("iter");
        let it = self.declare(&it_name);
        let done_name = self.fresh("done");
        let done = self.declare(&done_name);
        let get = self.intrinsic_call("getIter", vec![iter], line);
        let for_in = s(
            StmtKind::ForIn {
                var,
                iter: local(it, line),
                body: inner,
            },
            line,
        );
        let once = vec![
            for_in,
            assign(ir::Place::Local(done), e(ExprKind::Bool(true), line), line),
            s(
                StmtKind::Break {
                    label: Some(brk.clone()),
                },
                line,
            ),
        ];
        let not_done = e(
            ExprKind::Unary {
                op: ir::UnaryOp::Not,
                operand: Box::new(local(done, line)),
            },
            line,
        );
        let close_call = self.intrinsic_call("iterClose", vec![local(it, line)], line);
        let quiet_close = self.intrinsic_call("iterCloseQuiet", vec![local(it, line)], line);
        let exc_name = self.fresh("exc");
        let exc = self.declare(&exc_name);
        let on_throw = vec![
            s(
                StmtKind::If {
                    arms: vec![(
                        not_done.clone(),
                        vec![
                            assign(ir::Place::Local(done), e(ExprKind::Bool(true), line), line),
                            s(StmtKind::Expr(quiet_close), line),
                        ],
                    )],
                    otherwise: None,
                },
                line,
            ),
            s(StmtKind::Throw(local(exc, line)), line),
        ];
        let guarded = s(
            StmtKind::Try {
                body: vec![labelled(brk, once, line)],
                catch: Some(ir::Catch {
                    var: Some(exc),
                    body: on_throw,
                }),
                orelse: vec![],
                finally: Some(vec![s(
                    StmtKind::If {
                        arms: vec![(not_done, vec![s(StmtKind::Expr(close_call), line)])],
                        otherwise: None,
                    },
                    line,
                )]),
            },
            line,
        );
        Ok(vec![s(
            StmtKind::Do(vec![
                s(
                    StmtKind::Local {
                        locals: vec![it, done],
                        values: vec![get, e(ExprKind::Bool(false), line)],
                    },
                    line,
                ),
                guarded,
            ]),
            line,
        )])
    }

    fn switch_stmt(
        &mut self,
        labels: Vec<String>,
        discriminant: &ast::Expr,
        cases: &[ast::SwitchCase],
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let d = self.expr(discriminant)?;
        let mut out = std::mem::take(&mut self.sink);
        self.push_scope();
        let dn = self.fresh("disc");
        let dv = self.declare(&dn);
        let mn = self.fresh("case");
        let m = self.declare(&mn);
        out.push(s(
            StmtKind::Local {
                locals: vec![dv, m],
                values: vec![d, e(ExprKind::Int(cases.len() as i64), line)],
            },
            line,
        ));
        let brk = self.fresh("brk");
        self.current().targets.push(Target {
            labels,
            brk: brk.clone(),
            cont: None,
        });
        let r = (|| {
            let mut body = Vec::new();
            // Which case matches (the default's index when none does).
            let mut arms = Vec::new();
            let mut pre_all = Vec::new();
            for (i, c) in cases.iter().enumerate() {
                if let Some(t) = &c.test {
                    let (pre, v) = self.expr_with_pre(t)?;
                    pre_all.extend(pre);
                    let cond = e(
                        ExprKind::Compare {
                            op: ir::CompareOp::Eq,
                            lhs: Box::new(local(dv, line)),
                            rhs: Box::new(v),
                        },
                        line,
                    );
                    arms.push((
                        cond,
                        vec![assign(
                            ir::Place::Local(m),
                            e(ExprKind::Int(i as i64), line),
                            line,
                        )],
                    ));
                }
            }
            let default = cases.iter().position(|c| c.test.is_none());
            body.extend(pre_all);
            if !arms.is_empty() || default.is_some() {
                let otherwise = default.map(|i| {
                    vec![assign(
                        ir::Place::Local(m),
                        e(ExprKind::Int(i as i64), line),
                        line,
                    )]
                });
                if arms.is_empty() {
                    body.extend(otherwise.unwrap_or_default());
                } else {
                    body.push(s(StmtKind::If { arms, otherwise }, line));
                }
            }
            // Lexical declarations of all cases share the switch's block.
            let all: Vec<ast::Stmt> = cases.iter().flat_map(|c| c.body.iter().cloned()).collect();
            let mut ids = Vec::new();
            for st in &all {
                if let K::Var(dd) = &st.kind {
                    if dd.kind != VarKind::Var {
                        for (p, _) in &dd.decls {
                            let mut names = Vec::new();
                            pattern_names(p, &mut names);
                            ids.extend(names.iter().map(|n| self.declare(n)));
                        }
                    }
                }
            }
            if !ids.is_empty() {
                body.push(s(
                    StmtKind::Local {
                        locals: ids,
                        values: vec![],
                    },
                    line,
                ));
            }
            for (i, c) in cases.iter().enumerate() {
                let mut stmts = Vec::new();
                for st in &c.body {
                    stmts.extend(self.stmt(st)?);
                }
                let cond = e(
                    ExprKind::Compare {
                        op: ir::CompareOp::Le,
                        lhs: Box::new(local(m, line)),
                        rhs: Box::new(e(ExprKind::Int(i as i64), line)),
                    },
                    line,
                );
                body.push(s(
                    StmtKind::If {
                        arms: vec![(cond, stmts)],
                        otherwise: None,
                    },
                    line,
                ));
            }
            body.push(s(
                StmtKind::Break {
                    label: Some(brk.clone()),
                },
                line,
            ));
            Ok(body)
        })();
        self.current().targets.pop();
        self.pop_scope();
        out.push(labelled(brk, r?, line));
        Ok(vec![s(StmtKind::Do(out), line)])
    }
}

/// `label: while true { body }`.
pub(crate) fn labelled(label: String, body: Vec<Stmt>, line: u32) -> Stmt {
    s(
        StmtKind::Labeled {
            label,
            body: Box::new(s(
                StmtKind::While {
                    cond: e(ExprKind::Bool(true), line),
                    body,
                },
                line,
            )),
        },
        line,
    )
}

/// The `var` names declared in a statement (not in nested functions).
fn collect_vars(st: &ast::Stmt, out: &mut Vec<String>) {
    let var_decl = |d: &ast::VarDecl, out: &mut Vec<String>| {
        if d.kind == VarKind::Var {
            for (p, _) in &d.decls {
                pattern_names(p, out);
            }
        }
    };
    match &st.kind {
        K::Var(d) => var_decl(d, out),
        K::Block(b) => b.iter().for_each(|s| collect_vars(s, out)),
        K::If {
            consequent,
            alternate,
            ..
        } => {
            collect_vars(consequent, out);
            if let Some(a) = alternate {
                collect_vars(a, out);
            }
        }
        K::For { init, body, .. } => {
            if let Some(ForInit::Var(d)) = init {
                var_decl(d, out);
            }
            collect_vars(body, out);
        }
        K::ForIn { left, body, .. } | K::ForOf { left, body, .. } => {
            if let ForHead::Var(VarKind::Var, p) = left {
                pattern_names(p, out);
            }
            collect_vars(body, out);
        }
        K::While { body, .. } | K::DoWhile { body, .. } | K::Labeled { body, .. } => {
            collect_vars(body, out)
        }
        K::Try {
            block,
            handler,
            finalizer,
        } => {
            block.iter().for_each(|s| collect_vars(s, out));
            if let Some(h) = handler {
                h.body.iter().for_each(|s| collect_vars(s, out));
            }
            if let Some(f) = finalizer {
                f.iter().for_each(|s| collect_vars(s, out));
            }
        }
        K::Switch { cases, .. } => {
            for c in cases {
                c.body.iter().for_each(|s| collect_vars(s, out));
            }
        }
        _ => {}
    }
}

/// The names a pattern binds.
pub(crate) fn pattern_names(p: &ast::Pattern, out: &mut Vec<String>) {
    match &p.kind {
        ast::PatternKind::Ident(i) => {
            if !out.contains(&i.name) {
                out.push(i.name.clone())
            }
        }
        ast::PatternKind::Member(_) => {}
        ast::PatternKind::Object { props, rest } => {
            for pr in props {
                pattern_names(&pr.value, out);
            }
            if let Some(r) = rest {
                pattern_names(r, out);
            }
        }
        ast::PatternKind::Array { elems, rest } => {
            for el in elems.iter().flatten() {
                pattern_names(el, out);
            }
            if let Some(r) = rest {
                pattern_names(r, out);
            }
        }
        ast::PatternKind::Default { target, .. } => pattern_names(target, out),
    }
}

/// Whether a closure (function, arrow, method, class) is created anywhere
/// in a `for` statement's parts: only then can one of its `let` bindings
/// be captured and need its own copy per iteration (§14.7.4.4).
fn creates_closures(
    init: Option<&ForInit>,
    test: Option<&ast::Expr>,
    update: Option<&ast::Expr>,
    body: &ast::Stmt,
) -> bool {
    use crate::ast::walk::{children, Node};
    let mut stack = vec![Node::Stmt(body)];
    stack.extend(test.map(Node::Expr));
    stack.extend(update.map(Node::Expr));
    if let Some(ForInit::Var(d)) = init {
        for (p, x) in &d.decls {
            stack.push(Node::Pattern(p));
            stack.extend(x.as_ref().map(Node::Expr));
        }
    }
    let mut next = Vec::new();
    while let Some(n) = stack.pop() {
        match n {
            Node::Function(_) | Node::Class(_) => return true,
            Node::Expr(x) if matches!(x.kind, ast::ExprKind::Arrow { .. }) => return true,
            _ => {}
        }
        children(n, &mut next);
        stack.append(&mut next);
    }
    false
}
