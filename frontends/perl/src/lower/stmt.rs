//! Statements and blocks (perlsyn): `my` variables are declared at the
//! start of their block and named subs are defined there too (perl
//! defines them at compile time); `local` wraps the rest of its block so
//! the old value comes back on every way out (perlsub "Temporary Values
//! via local()"); loops carry IR labels for `last`/`next`.

use omx_core::ir::{self, Expr as IExpr, ExprKind as K, Stmt, StmtKind as SK};
use omx_perl_syntax::ast::{self, ExprKind as A, Modifier, Sigil, StmtKind};

use super::{e, s, str_e, LResult, LoopInfo, Lowerer};

impl Lowerer {
    /// A block in a scope of its own.
    pub fn block_body(&mut self, stmts: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        // A pending prelude belongs to the enclosing statement.
        let outer = std::mem::take(&mut self.prelude);
        let r = self.block_body_inner(stmts);
        self.prelude = outer;
        r
    }

    fn block_body_inner(&mut self, stmts: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        self.cur().scopes.push(Vec::new());
        self.cur().predeclared.push(Vec::new());
        let saved_pkg = self.pkg.clone();
        let mut subs = Vec::new();
        let mut hoisted = Vec::new();
        let r = self.seq(stmts, &mut subs, &mut hoisted);
        let mut out = Vec::new();
        let result = r.and_then(|body| {
            for (pkg, def) in subs {
                let saved = std::mem::replace(&mut self.pkg, pkg);
                let st = self.named_sub(def);
                self.pkg = saved;
                out.push(st?);
            }
            Ok(body)
        });
        let pre = self.cur().predeclared.pop().unwrap_or_default();
        self.cur().scopes.pop();
        self.pkg = saved_pkg;
        let body = result?;
        let mut all = Vec::new();
        if !pre.is_empty() {
            all.push(s(
                SK::Local {
                    locals: pre,
                    values: Vec::new(),
                },
                0,
            ));
        }
        all.extend(out);
        all.extend(hoisted);
        all.extend(body);
        Ok(all)
    }

    fn seq<'a>(
        &mut self,
        stmts: &'a [ast::Stmt],
        subs: &mut Vec<(String, &'a ast::SubDef)>,
        hoisted: &mut Vec<Stmt>,
    ) -> LResult<Vec<Stmt>> {
        let mut out = Vec::new();
        for (i, st) in stmts.iter().enumerate() {
            match &st.kind {
                StmtKind::Sub(def) if def.name.is_some() => {
                    if def.body.is_some() {
                        subs.push((self.pkg.clone(), def));
                    }
                }
                StmtKind::Use(u) => {
                    let line = self.line(st.span);
                    let v = self.use_stmt(u, line)?;
                    hoisted.extend(v);
                }
                StmtKind::Package {
                    name, block: None, ..
                } => self.pkg = name.clone(),
                StmtKind::Expr(x) if is_local(x) => {
                    let line = self.line(st.span);
                    let (save, restore) = self.local_stmt(x, line)?;
                    out.extend(std::mem::take(&mut self.prelude));
                    out.extend(save);
                    // The old value comes back however the rest is left:
                    // normally, by an error (rethrown), or by `return`
                    // (the restores run before it, see `ret`).
                    self.cur().restores.push(restore.clone());
                    let rest = self.seq(&stmts[i + 1..], subs, hoisted);
                    self.cur().restores.pop();
                    let err = self.temp();
                    let mut on_error = restore.clone();
                    on_error.push(s(SK::Throw(e(K::Local(err), line)), line));
                    out.push(s(
                        SK::Try {
                            body: rest?,
                            catch: Some(ir::Catch {
                                var: Some(err),
                                body: on_error,
                            }),
                            orelse: restore,
                            finally: None,
                        },
                        line,
                    ));
                    return Ok(out);
                }
                _ => {
                    let v = self.stmt(st)?;
                    let pre = std::mem::take(&mut self.prelude);
                    out.extend(pre);
                    out.extend(v);
                }
            }
        }
        Ok(out)
    }

    pub fn stmt(&mut self, st: &ast::Stmt) -> LResult<Vec<Stmt>> {
        let line = self.line(st.span);
        self.depth += 1;
        if self.depth > 200 {
            self.depth -= 1;
            return self.unsupported(st.span, "statements nested this deeply");
        }
        let r = self.stmt_inner(st, line);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, st: &ast::Stmt, line: u32) -> LResult<Vec<Stmt>> {
        Ok(match &st.kind {
            StmtKind::Expr(x) => self.void(x)?,
            StmtKind::Empty => Vec::new(),
            StmtKind::Modified {
                expr,
                modifier,
                cond,
            } => match modifier {
                Modifier::If | Modifier::Unless => {
                    let mut c = self.scalar(cond)?;
                    if *modifier == Modifier::Unless {
                        c = not(c);
                    }
                    let body = self.void(expr)?;
                    vec![s(
                        SK::If {
                            arms: vec![(c, body)],
                            otherwise: None,
                        },
                        line,
                    )]
                }
                Modifier::While | Modifier::Until => {
                    let mut c = self.scalar(cond)?;
                    if *modifier == Modifier::Until {
                        c = not(c);
                    }
                    let body = self.void(expr)?;
                    if matches!(expr.kind, A::DoBlock(_)) {
                        vec![s(SK::Repeat { body, cond: not(c) }, line)]
                    } else {
                        vec![s(SK::While { cond: c, body }, line)]
                    }
                }
                Modifier::For => {
                    let body = ast::Block {
                        stmts: vec![ast::Stmt {
                            label: None,
                            kind: StmtKind::Expr(expr.clone()),
                            span: expr.span,
                        }],
                        span: expr.span,
                    };
                    self.foreach(None, None, cond, &body, line)?
                }
            },
            StmtKind::Block(b) => {
                let label = self.new_label();
                self.cur().loops.push(LoopInfo {
                    label: st.label.clone(),
                    last: label.clone(),
                    next: SK::Break {
                        label: Some(label.clone()),
                    },
                    redo: None,
                });
                let body = self.loop_body(b, line);
                self.cur().loops.pop();
                vec![labeled(
                    label,
                    s(
                        SK::Repeat {
                            body: body?,
                            cond: e(K::Bool(true), line),
                        },
                        line,
                    ),
                )]
            }
            StmtKind::If {
                unless,
                cond,
                then,
                elsifs,
                otherwise,
            } => {
                let mut c = self.scalar(cond)?;
                if *unless {
                    c = not(c);
                }
                let mut arms = vec![(c, self.block_body(&then.stmts)?)];
                for ei in elsifs {
                    let c = self.scalar(&ei.cond)?;
                    arms.push((c, self.block_body(&ei.block.stmts)?));
                }
                let otherwise = match otherwise {
                    Some(b) => Some(self.block_body(&b.stmts)?),
                    None => None,
                };
                vec![s(SK::If { arms, otherwise }, line)]
            }
            StmtKind::While {
                until,
                cond,
                body,
                cont,
            } => self.while_loop(
                st.label.clone(),
                *until,
                cond.as_ref(),
                body,
                cont.as_ref(),
                line,
            )?,
            StmtKind::ForC {
                init,
                cond,
                step,
                body,
            } => {
                self.cur().scopes.push(Vec::new());
                let r = self.for_c(
                    st.label.clone(),
                    init.as_ref(),
                    cond.as_ref(),
                    step.as_ref(),
                    body,
                    line,
                );
                self.cur().scopes.pop();
                r?
            }
            StmtKind::Foreach {
                var,
                list,
                body,
                cont: _,
            } => self.foreach(st.label.clone(), var.as_ref(), list, body, line)?,
            StmtKind::Sub(def) => {
                if def.name.is_some() {
                    Vec::new()
                } else {
                    return self.unsupported(st.span, "this sub declaration");
                }
            }
            StmtKind::Package {
                name,
                block: Some(b),
                ..
            } => {
                let saved = std::mem::replace(&mut self.pkg, name.clone());
                let r = self.block_body(&b.stmts);
                self.pkg = saved;
                vec![s(SK::Do(r?), line)]
            }
            StmtKind::Package { name, .. } => {
                self.pkg = name.clone();
                Vec::new()
            }
            StmtKind::Use(u) => self.use_stmt(u, line)?,
            StmtKind::Phaser { name, block } => {
                if name == "BEGIN" || name == "INIT" || name == "CHECK" || name == "UNITCHECK" {
                    vec![s(SK::Do(self.block_body(&block.stmts)?), line)]
                } else if name == "END" && self.funcs.len() == 1 {
                    let b = self.block_body(&block.stmts)?;
                    self.end_blocks.push(b);
                    Vec::new()
                } else {
                    return self.unsupported(st.span, &format!("{name} blocks"));
                }
            }
        })
    }

    fn push_loop(&mut self, label: Option<String>, next_breaks_inner: Option<String>) -> String {
        let l = self.new_label();
        let next = match next_breaks_inner {
            Some(inner) => SK::Break { label: Some(inner) },
            None => SK::Continue {
                label: Some(l.clone()),
            },
        };
        self.cur().loops.push(LoopInfo {
            label,
            last: l.clone(),
            next,
            redo: None,
        });
        l
    }

    /// A loop's body; when it uses `redo`, it runs inside a loop of its
    /// own that `redo` continues and the end of the body leaves.
    fn loop_body(&mut self, body: &ast::Block, line: u32) -> LResult<Vec<Stmt>> {
        let (a, b) = (body.span.start as usize, body.span.end as usize);
        let uses_redo = self.source.get(a..b).is_some_and(|t| t.contains("redo"));
        if !uses_redo {
            return self.block_body(&body.stmts);
        }
        let r = self.new_label();
        if let Some(l) = self.cur().loops.last_mut() {
            l.redo = Some(r.clone());
        }
        let mut b = self.block_body(&body.stmts)?;
        b.push(s(
            SK::Break {
                label: Some(r.clone()),
            },
            line,
        ));
        Ok(vec![labeled(
            r,
            s(
                SK::While {
                    cond: e(K::Bool(true), line),
                    body: b,
                },
                line,
            ),
        )])
    }

    fn while_loop(
        &mut self,
        label: Option<String>,
        until: bool,
        cond: Option<&ast::Expr>,
        body: &ast::Block,
        cont: Option<&ast::Block>,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        self.cur().scopes.push(Vec::new());
        self.cur().predeclared.push(Vec::new());
        let r = self.while_inner(label, until, cond, body, cont, line);
        let pre = self.cur().predeclared.pop().unwrap_or_default();
        self.cur().scopes.pop();
        let mut v = Vec::new();
        if !pre.is_empty() {
            v.push(s(
                SK::Local {
                    locals: pre,
                    values: Vec::new(),
                },
                line,
            ));
        }
        v.extend(r?);
        Ok(vec![s(SK::Do(v), line)])
    }

    fn while_inner(
        &mut self,
        label: Option<String>,
        until: bool,
        cond: Option<&ast::Expr>,
        body: &ast::Block,
        cont: Option<&ast::Block>,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        // `while (my $x = EXPR)`: the assignment runs at the top of each
        // iteration; a readline is tested for definedness (perlop).
        let mut head = Vec::new();
        let cond_expr = match cond {
            None => e(K::Bool(true), line),
            Some(c) => match &c.kind {
                A::Assign { op: None, lhs, rhs } => {
                    head = self.assign(lhs, rhs, line)?;
                    head.splice(0..0, std::mem::take(&mut self.prelude));
                    let is_list = is_list_lhs(lhs);
                    let test = if is_list {
                        let v = self.lhs_value(lhs)?;
                        self.defined(v, line)
                    } else {
                        let v = self.lhs_value(lhs)?;
                        if matches!(rhs.kind, A::Readline(_)) || is_shift_like(rhs) {
                            self.defined(v, line)
                        } else {
                            v
                        }
                    };
                    let test = if until { test } else { not(test) };
                    head.push(s(
                        SK::If {
                            arms: vec![(test, vec![s(SK::Break { label: None }, line)])],
                            otherwise: None,
                        },
                        line,
                    ));
                    e(K::Bool(true), line)
                }
                A::Readline(_) => {
                    let v = self.scalar(c)?;
                    let us = self.lexical("$_");
                    let place = match us {
                        Some(x) => place_of(x),
                        None => {
                            let st = self.stash("main");
                            ir::Place::Attr {
                                obj: st,
                                name: b"$_".to_vec(),
                            }
                        }
                    };
                    head.push(s(
                        SK::Assign {
                            targets: vec![place],
                            values: vec![v],
                        },
                        line,
                    ));
                    let cur = self.var_scalar("_", line)?;
                    let test = not(self.defined(cur, line));
                    head.push(s(
                        SK::If {
                            arms: vec![(test, vec![s(SK::Break { label: None }, line)])],
                            otherwise: None,
                        },
                        line,
                    ));
                    e(K::Bool(true), line)
                }
                _ => {
                    let c = self.scalar(c)?;
                    let c = if until { not(c) } else { c };
                    let pre = std::mem::take(&mut self.prelude);
                    if pre.is_empty() {
                        c
                    } else {
                        // The condition needs statements: run them at the
                        // top of every iteration.
                        head.extend(pre);
                        head.push(s(
                            SK::If {
                                arms: vec![(not(c), vec![s(SK::Break { label: None }, line)])],
                                otherwise: None,
                            },
                            line,
                        ));
                        e(K::Bool(true), line)
                    }
                }
            },
        };
        let inner = cont.map(|_| self.new_label());
        let l = self.push_loop(label, inner.clone());
        let b = self.loop_body(body, line);
        self.cur().loops.pop();
        let mut b = b?;
        if let (Some(inner), Some(cont)) = (inner, cont) {
            b = vec![labeled(
                inner,
                s(
                    SK::Repeat {
                        body: b,
                        cond: e(K::Bool(true), line),
                    },
                    line,
                ),
            )];
            b.extend(self.block_body(&cont.stmts)?);
        }
        head.extend(b);
        Ok(vec![labeled(
            l,
            s(
                SK::While {
                    cond: cond_expr,
                    body: head,
                },
                line,
            ),
        )])
    }

    fn for_c(
        &mut self,
        label: Option<String>,
        init: Option<&ast::Expr>,
        cond: Option<&ast::Expr>,
        step: Option<&ast::Expr>,
        body: &ast::Block,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        self.cur().predeclared.push(Vec::new());
        let mut out = match init {
            Some(i) => self.void(i)?,
            None => Vec::new(),
        };
        let c = match cond {
            Some(c) => self.scalar(c)?,
            None => e(K::Bool(true), line),
        };
        let inner = self.new_label();
        let l = self.push_loop(label, Some(inner.clone()));
        let b = self.loop_body(body, line);
        self.cur().loops.pop();
        let mut wb = vec![labeled(
            inner,
            s(
                SK::Repeat {
                    body: b?,
                    cond: e(K::Bool(true), line),
                },
                line,
            ),
        )];
        if let Some(st) = step {
            wb.extend(self.void(st)?);
        }
        out.push(labeled(l, s(SK::While { cond: c, body: wb }, line)));
        let pre = self.cur().predeclared.pop().unwrap_or_default();
        let mut v = Vec::new();
        if !pre.is_empty() {
            v.push(s(
                SK::Local {
                    locals: pre,
                    values: Vec::new(),
                },
                line,
            ));
        }
        v.extend(out);
        Ok(vec![s(SK::Do(v), line)])
    }

    pub fn foreach(
        &mut self,
        label: Option<String>,
        var: Option<&ast::LoopVar>,
        list: &ast::Expr,
        body: &ast::Block,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        self.cur().scopes.push(Vec::new());
        let r = self.foreach_inner(label, var, list, body, line);
        self.cur().scopes.pop();
        Ok(vec![s(SK::Do(r?), line)])
    }

    fn foreach_inner(
        &mut self,
        label: Option<String>,
        var: Option<&ast::LoopVar>,
        list: &ast::Expr,
        body: &ast::Block,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let mut out = Vec::new();
        // The items: a numeric range loops directly; anything else is
        // collected into an array first. A single array is walked in
        // place, and the loop variable is its element (aliasing: a store
        // to it goes back into the array).
        let items = unparen(list);
        let range = match &items.kind {
            A::Range {
                from,
                to,
                three_dots: false,
            } if !matches!(from.kind, A::Str(_) | A::Interp(_)) => Some((from, to)),
            _ => None,
        };
        let name = match var {
            Some(v) => format!("${}", v.var.name),
            None => "$_".to_string(),
        };
        let is_global_var = var.is_some_and(|v| v.decl.is_none() && self.lexical(&name).is_none());
        let _ = is_global_var;
        let v = self.declare(&name);
        if let Some((from, to)) = range {
            let a = self.scalar(from)?;
            let b = self.scalar(to)?;
            let a = self.native("int", vec![a], line);
            let b = self.native("int", vec![b], line);
            let l = self.push_loop(label, None);
            let b2 = self.loop_body(body, line);
            self.cur().loops.pop();
            out.push(labeled(
                l,
                s(
                    SK::NumericFor {
                        var: v,
                        start: a,
                        limit: b,
                        step: None,
                        body: b2?,
                    },
                    line,
                ),
            ));
            return Ok(out);
        }
        let arr = self.temp();
        let (arr_value, alias) = match &items.kind {
            A::Var(var) if var.sigil == Sigil::Array => (self.array_of_var(var, line)?, true),
            A::Deref {
                sigil: Sigil::Array,
                expr,
            } => {
                let x = self.scalar(expr)?;
                (self.native("aref", vec![x], line), true)
            }
            _ => {
                let args = self.list(list)?;
                (self.native_args("array", args, line), false)
            }
        };
        out.push(s(
            SK::Local {
                locals: vec![arr],
                values: vec![arr_value],
            },
            line,
        ));
        let i = self.temp();
        let len = self.native("alen", vec![e(K::Local(arr), line)], line);
        let limit = e(
            K::Arith {
                op: ir::BinOp::Sub,
                lhs: Box::new(len),
                rhs: Box::new(e(K::Int(1), line)),
            },
            line,
        );
        let elem = e(
            K::Index {
                obj: Box::new(e(K::Local(arr), line)),
                key: Box::new(e(K::Local(i), line)),
            },
            line,
        );
        let elem = self.box_if_needed(&name, elem, line);
        let mut b = vec![s(
            SK::Local {
                locals: vec![v],
                values: vec![elem],
            },
            line,
        )];
        let inner = alias.then(|| self.new_label());
        let l = self.push_loop(label, inner.clone());
        let b2 = self.loop_body(body, line);
        self.cur().loops.pop();
        match inner {
            Some(inner) => {
                let cur_value = match name.strip_prefix('$') {
                    Some(n) if self.boxed.contains(n) => e(
                        K::Index {
                            obj: Box::new(e(K::Local(v), line)),
                            key: Box::new(e(K::Int(0), line)),
                        },
                        line,
                    ),
                    _ => e(K::Local(v), line),
                };
                b.push(labeled(
                    inner,
                    s(
                        SK::Repeat {
                            body: b2?,
                            cond: e(K::Bool(true), line),
                        },
                        line,
                    ),
                ));
                b.push(s(
                    SK::Expr(self.native(
                        "alias_back",
                        vec![e(K::Local(arr), line), e(K::Local(i), line), cur_value],
                        line,
                    )),
                    line,
                ));
            }
            None => b.extend(b2?),
        }
        out.push(labeled(
            l,
            s(
                SK::NumericFor {
                    var: i,
                    start: e(K::Int(0), line),
                    limit,
                    step: None,
                    body: b,
                },
                line,
            ),
        ));
        Ok(out)
    }

    /// `last`/`next` (perlfunc): the loop named by `label`, or the
    /// innermost one.
    pub fn loop_control(
        &mut self,
        op: &str,
        label: Option<&str>,
        span: omx_core::Span,
    ) -> LResult<Vec<Stmt>> {
        let line = self.line(span);
        let found = self
            .cur()
            .loops
            .iter()
            .rev()
            .find(|l| label.is_none() || l.label.as_deref() == label)
            .map(|l| (l.last.clone(), l.next.clone(), l.redo.clone()));
        let Some((last, next, redo)) = found else {
            return self.unsupported(span, &format!("\"{op}\" outside a loop of this sub"));
        };
        Ok(vec![match op {
            "last" => s(SK::Break { label: Some(last) }, line),
            "next" => s(next, line),
            "redo" if redo.is_some() => s(SK::Continue { label: redo }, line),
            _ => return self.unsupported(span, &format!("\"{op}\"")),
        }])
    }

    /// A named sub: stored in its package's stash.
    fn named_sub(&mut self, def: &ast::SubDef) -> LResult<Stmt> {
        let line = self.line(def.span);
        let full = def.name.clone().unwrap_or_default();
        let (pkg, name) = match super::split_name(&full) {
            (Some(p), n) => (p.to_string(), n.to_string()),
            (None, n) => (self.pkg.clone(), n.to_string()),
        };
        let saved = std::mem::replace(&mut self.sub_name, name.clone());
        let f = self.sub_function(def, &format!("{pkg}::{name}"));
        self.sub_name = saved;
        let f = f?;
        let st = self.stash(&pkg);
        Ok(s(
            SK::Expr(self.native(
                "defsub",
                vec![st, str_e(&name, line), e(K::Function(Box::new(f)), line)],
                line,
            )),
            line,
        ))
    }

    /// The function of a sub: `@_` is its argument list; the last
    /// statement's value is returned.
    pub fn sub_function(&mut self, def: &ast::SubDef, name: &str) -> LResult<ir::Function> {
        let line = self.line(def.span);
        let mut func = self.new_function(name, line);
        func.is_vararg = true;
        func.last_line = self.line(omx_core::Span::new(
            def.span.end.saturating_sub(1) as usize,
            def.span.end as usize,
        ));
        self.push_func(func);
        let args = self.declare("@_");
        self.cur().args = Some(args);
        let mut body = vec![s(
            SK::Local {
                locals: vec![args],
                values: vec![e(K::ArgList, line)],
            },
            line,
        )];
        let saved_loops = self.label_seq;
        let _ = saved_loops;
        let r = (|| -> LResult<Vec<Stmt>> {
            let mut v = Vec::new();
            if let Some(sig) = &def.signature {
                self.cur().args_used = true;
                let required = sig
                    .params
                    .iter()
                    .filter(|p| p.default.is_none() && p.var.sigil == Sigil::Scalar)
                    .count();
                let slurpy = sig.params.iter().any(|p| p.var.sigil != Sigil::Scalar);
                let max = if slurpy { -1 } else { sig.params.len() as i64 };
                let check = self.native(
                    "sig_check",
                    vec![
                        e(K::Local(args), line),
                        e(K::Int(required as i64), line),
                        e(K::Int(max), line),
                        str_e(name, line),
                    ],
                    line,
                );
                v.push(s(SK::Expr(check), line));
                for (i, p) in sig.params.iter().enumerate() {
                    let name = format!("{}{}", sigil_char(p.var.sigil), p.var.name);
                    let id = self.declare(&name);
                    let val = match p.var.sigil {
                        Sigil::Array => self.native(
                            "slice_from",
                            vec![e(K::Local(args), line), e(K::Int(i as i64), line)],
                            line,
                        ),
                        Sigil::Hash => self.native(
                            "hash_from",
                            vec![e(K::Local(args), line), e(K::Int(i as i64), line)],
                            line,
                        ),
                        _ => {
                            let a = e(
                                K::Index {
                                    obj: Box::new(e(K::Local(args), line)),
                                    key: Box::new(e(K::Int(i as i64), line)),
                                },
                                line,
                            );
                            match &p.default {
                                Some(d) => {
                                    let d = self.scalar(d)?;
                                    let n =
                                        self.native("alen", vec![e(K::Local(args), line)], line);
                                    let has = e(
                                        K::Compare {
                                            op: ir::CompareOp::Gt,
                                            lhs: Box::new(n),
                                            rhs: Box::new(e(K::Int(i as i64), line)),
                                        },
                                        line,
                                    );
                                    self.cond_value(has, a, d, line)
                                }
                                None => a,
                            }
                        }
                    };
                    v.push(s(
                        SK::Local {
                            locals: vec![id],
                            values: vec![val],
                        },
                        line,
                    ));
                }
            }
            let mut stmts = def.body.as_ref().map(|b| b.stmts.as_slice()).unwrap_or(&[]);
            if def.signature.is_none() {
                if let Some(unpack) = self.unpack_args(stmts, line)? {
                    v.extend(unpack);
                    stmts = &stmts[1..];
                }
            }
            v.extend(self.body_returning(stmts)?);
            Ok(v)
        })();
        // A sub that never reads `@_` does not build it.
        if !self.cur().args_used {
            body.clear();
        }
        let mut f = self.pop_func();
        body.extend(r?);
        f.body = body;
        Ok(f)
    }

    /// `my ($a, $b) = @_;` opening a sub (perlsub's usual unpacking) takes
    /// the arguments themselves: `@_` is still untouched there, and missing
    /// arguments are `undef` as perl's list assignment gives. `None` when
    /// the first statement is something else, or when it is the body's
    /// last (its value, the argument count, is the sub's result), or when
    /// the body declares named subs (hoisted above it).
    fn unpack_args(&mut self, stmts: &[ast::Stmt], line: u32) -> LResult<Option<Vec<Stmt>>> {
        let Some(StmtKind::Expr(x)) = stmts.first().map(|st| &st.kind) else {
            return Ok(None);
        };
        let A::Assign { op: None, lhs, rhs } = &x.kind else {
            return Ok(None);
        };
        let (A::Decl { kind, vars, .. }, A::Var(src)) = (&lhs.kind, &rhs.kind) else {
            return Ok(None);
        };
        let scalars = vars
            .iter()
            .all(|v| matches!(v, Some(v) if v.sigil == Sigil::Scalar));
        if *kind != ast::DeclKind::My
            || !scalars
            || src.sigil != Sigil::Array
            || src.name != "_"
            || stmts.len() < 2
            || stmts.iter().any(|st| matches!(st.kind, StmtKind::Sub(_)))
        {
            return Ok(None);
        }
        let temps: Vec<ir::LocalId> = vars.iter().map(|_| self.temp()).collect();
        let mut out = vec![s(
            SK::Local {
                locals: temps.clone(),
                values: vec![e(K::Vararg, line)],
            },
            line,
        )];
        for (v, t) in vars.iter().flatten().zip(temps) {
            out.extend(self.declare_var(*kind, v, Some(e(K::Local(t), line)), line)?);
        }
        // The variables are the sub's own (no block of the body declares
        // them at its start).
        let pre = self
            .cur()
            .predeclared
            .last_mut()
            .map(std::mem::take)
            .unwrap_or_default();
        if !pre.is_empty() {
            out.insert(
                0,
                s(
                    SK::Local {
                        locals: pre,
                        values: Vec::new(),
                    },
                    line,
                ),
            );
        }
        Ok(Some(out))
    }

    /// A block whose last statement's value is its result (a sub body,
    /// `do {}`, `eval {}`).
    pub fn body_returning(&mut self, stmts: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        if let Some((last, init)) = stmts.split_last() {
            if let StmtKind::Expr(x) = &last.kind {
                if !matches!(x.kind, A::Return(_) | A::LoopControl { .. })
                    && !is_local(x)
                    && !is_void_only(x)
                {
                    let mut owned: Vec<ast::Stmt> = init.to_vec();
                    // An assignment runs once, then its left side is the
                    // value (`@q = sort ...` as the last statement).
                    let value = match &x.kind {
                        A::Assign { op: None, lhs, .. } => {
                            owned.push(last.clone());
                            assigned_value(lhs)
                        }
                        _ => x.clone(),
                    };
                    owned.push(ast::Stmt {
                        label: None,
                        kind: StmtKind::Expr(ast::Expr::new(A::Return(vec![value]), x.span)),
                        span: last.span,
                    });
                    return self.block_body(&owned);
                }
            }
            if let StmtKind::If {
                unless,
                cond,
                then,
                elsifs,
                otherwise,
            } = &last.kind
            {
                if !elsifs.is_empty() || otherwise.is_some() {
                    let _ = (unless, cond, then);
                }
            }
        }
        self.block_body(stmts)
    }

    /// `cond ? a : b` as a value.
    pub fn cond_value(&mut self, cond: IExpr, a: IExpr, b: IExpr, line: u32) -> IExpr {
        let ta = e(
            K::Table(vec![ir::TableItem::Positional(e(
                K::Paren(Box::new(a)),
                line,
            ))]),
            line,
        );
        let tb = e(
            K::Table(vec![ir::TableItem::Positional(e(
                K::Paren(Box::new(b)),
                line,
            ))]),
            line,
        );
        let pick = e(
            K::Or {
                lhs: Box::new(e(
                    K::And {
                        lhs: Box::new(cond),
                        rhs: Box::new(ta),
                    },
                    line,
                )),
                rhs: Box::new(tb),
            },
            line,
        );
        e(
            K::Index {
                obj: Box::new(pick),
                key: Box::new(e(K::Int(0), line)),
            },
            line,
        )
    }

    /// `use`/`no` (perlfunc "use"): pragmas and the modules omx provides.
    fn use_stmt(&mut self, u: &ast::UseStmt, line: u32) -> LResult<Vec<Stmt>> {
        let Some(module) = &u.module else {
            return Ok(Vec::new());
        };
        let args = match &u.args {
            Some(a) => self.list(a)?,
            None => Vec::new(),
        };
        let st = self.stash(&self.pkg.clone());
        match module.as_str() {
            "strict" | "warnings" | "utf8" | "feature" | "integer" | "vars" | "lib" | "Carp"
            | "Exporter" | "constant" | "Scalar::Util" | "List::Util" | "Data::Dumper"
            | "POSIX" => {
                if module == "constant" && !u.no {
                    let mut a = vec![ir::Arg::Positional(st)];
                    a.extend(args);
                    return Ok(vec![s(
                        SK::Expr(self.native_args("use_constant", a, line)),
                        line,
                    )]);
                }
                if module == "vars" {
                    return Ok(Vec::new());
                }
                let mut a = vec![
                    ir::Arg::Positional(st),
                    ir::Arg::Positional(str_e(module, line)),
                ];
                a.extend(args);
                Ok(vec![s(
                    SK::Expr(self.native_args("use_module", a, line)),
                    line,
                )])
            }
            "parent" | "base" | "mro" | "overload" => {
                let mut a = vec![
                    ir::Arg::Positional(st),
                    ir::Arg::Positional(str_e(module, line)),
                ];
                a.extend(args);
                Ok(vec![s(
                    SK::Expr(self.native_args("use_module", a, line)),
                    line,
                )])
            }
            _ => {
                let mut a = vec![
                    ir::Arg::Positional(st),
                    ir::Arg::Positional(str_e(module, line)),
                ];
                a.extend(args);
                Ok(vec![s(
                    SK::Expr(self.native_args("use_module", a, line)),
                    line,
                )])
            }
        }
    }
}

pub(crate) fn not(x: IExpr) -> IExpr {
    let line = x.line;
    e(
        K::Unary {
            op: ir::UnaryOp::Not,
            operand: Box::new(x),
        },
        line,
    )
}

pub(crate) fn labeled(label: String, body: Stmt) -> Stmt {
    let line = body.line;
    s(
        SK::Labeled {
            label,
            body: Box::new(body),
        },
        line,
    )
}

pub(crate) fn place_of(x: IExpr) -> ir::Place {
    match x.kind {
        K::Local(id) => ir::Place::Local(id),
        K::Upvalue(id) => ir::Place::Upvalue(id),
        K::Index { obj, key } => ir::Place::Index {
            obj: *obj,
            key: *key,
        },
        K::Attr { obj, name } => ir::Place::Attr { obj: *obj, name },
        _ => ir::Place::Local(0),
    }
}

pub(crate) fn sigil_char(s: Sigil) -> char {
    match s {
        Sigil::Scalar => '$',
        Sigil::Array => '@',
        Sigil::Hash => '%',
        Sigil::Code => '&',
        Sigil::Glob => '*',
        Sigil::ArrayLen => '$',
    }
}

fn is_local(x: &ast::Expr) -> bool {
    match &x.kind {
        A::Local(_) => true,
        A::Assign { lhs, .. } => matches!(lhs.kind, A::Local(_)),
        _ => false,
    }
}

/// Statements whose value perl would not return usefully.
fn is_void_only(x: &ast::Expr) -> bool {
    matches!(&x.kind, A::Decl { .. })
        || matches!(&x.kind, A::Call { callee: ast::Callee::Named(n), .. } if n == "goto")
}

pub(crate) fn unparen(x: &ast::Expr) -> &ast::Expr {
    match &x.kind {
        A::List(items) if items.len() == 1 => unparen(&items[0]),
        _ => x,
    }
}

fn is_list_lhs(lhs: &ast::Expr) -> bool {
    match &lhs.kind {
        A::Decl { parens, .. } => *parens,
        A::List(_) => true,
        _ => false,
    }
}

fn is_shift_like(x: &ast::Expr) -> bool {
    matches!(&x.kind, A::Call { callee: ast::Callee::Named(n), .. } if n == "shift" || n == "pop" || n == "each")
}

/// The variables an assignment's left side names, as an expression.
fn assigned_value(lhs: &ast::Expr) -> ast::Expr {
    match &lhs.kind {
        A::Decl { vars, parens, .. } => {
            let vs: Vec<ast::Expr> = vars
                .iter()
                .flatten()
                .map(|v| ast::Expr::new(A::Var(v.clone()), v.span))
                .collect();
            if !parens && vs.len() == 1 {
                vs.into_iter().next().unwrap_or_else(|| lhs.clone())
            } else {
                ast::Expr::new(A::List(vs), lhs.span)
            }
        }
        A::Local(inner) => assigned_value(inner),
        _ => lhs.clone(),
    }
}
