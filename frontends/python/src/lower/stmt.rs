//! Lowering statements (Language Reference §7, §8): control flow with
//! `else` clauses, `try`/`except` matching by class, `with`, `raise`,
//! functions (defaults evaluated once, when `def` runs), classes (the body
//! runs as a function filling the namespace `__build_class__` gives it),
//! comprehensions in their own scope, imports.

use omx_core::ir::{self, Arg, Capture, Catch, Expr, ExprKind, Place, Stmt, StmtKind, UnaryOp};
use omx_python_syntax::ast::{self, StmtKind as S};

use super::analyze::ScopeInfo;
use super::expr::{bin_op, bx, ex, s, CompKind};
use super::scope::{Kind, Lowerer, GLOBALS};
use super::{LResult, Mode};
use omx_core::{SyntaxError, SyntaxErrorKind};

fn st(kind: StmtKind, line: u32) -> Stmt {
    Stmt::new(kind, line)
}

impl Lowerer {
    pub fn module(&mut self, p: &ast::Program) -> LResult<ir::Function> {
        let info = ScopeInfo::of_body(&p.body);
        self.push_func("<module>", 0, Kind::Module, info);
        self.cur().func.upvalues.push(ir::UpvalueDecl {
            name: GLOBALS.into(),
            capture: Capture::Upvalue(0),
        });
        let body = match (self.mode, p.body.as_slice()) {
            (Mode::Eval, [only]) if matches!(only.kind, S::Expr(_)) => {
                let S::Expr(e) = &only.kind else {
                    unreachable!("matched an expression statement")
                };
                let line = self.line(only.span);
                let value = self.expr(e)?;
                let mut out = std::mem::take(&mut self.cur().pending);
                out.push(st(StmtKind::Return(vec![value]), line));
                out
            }
            (Mode::Eval, _) => {
                return Err(SyntaxError::new(
                    "python::syntax",
                    SyntaxErrorKind::Invalid,
                    "invalid syntax: expected one expression",
                    p.span,
                    "not an expression",
                ));
            }
            _ => self.block(&p.body)?,
        };
        let mut f = self.pop_func();
        f.body = body;
        f.last_line = self.line(omx_core::Span::new(
            p.span.end as usize,
            p.span.end as usize,
        ));
        Ok(f)
    }

    pub(super) fn block(&mut self, b: &[ast::Stmt]) -> LResult<Vec<Stmt>> {
        let saved = std::mem::take(&mut self.cur().pending);
        let mut out = Vec::new();
        for s in b {
            let mut lowered = self.stmt(s)?;
            out.append(&mut self.cur().pending);
            out.append(&mut lowered);
        }
        self.cur().pending = saved;
        Ok(out)
    }

    fn stmt(&mut self, s: &ast::Stmt) -> LResult<Vec<Stmt>> {
        self.enter_depth(s.span)?;
        let r = self.stmt_inner(s);
        self.leave_depth();
        r
    }

    fn stmt_inner(&mut self, stmt: &ast::Stmt) -> LResult<Vec<Stmt>> {
        let line = self.line(stmt.span);
        Ok(match &stmt.kind {
            S::Expr(e) => match &e.kind {
                ast::ExprKind::YieldFrom(inner) => self.yield_from(inner, line)?,
                // CPython's interactive mode shows the value of an
                // expression statement outside functions (compile.c
                // `compiler_stmt_expr`: `c_interactive && nestlevel <= 1`).
                _ if self.mode == Mode::Single && self.kind() == Kind::Module => {
                    let v = self.expr(e)?;
                    let shown = self.helper("__omx_displayhook", vec![v], line);
                    vec![st(StmtKind::Expr(shown), line)]
                }
                _ => vec![st(StmtKind::Expr(self.expr(e)?), line)],
            },
            S::Assign { targets, value } => {
                let v = match &value.kind {
                    ast::ExprKind::YieldFrom(inner) => {
                        let r = self.new_local("\0result");
                        let mut out = vec![st(
                            StmtKind::Local {
                                locals: vec![r],
                                values: vec![ex(ExprKind::Nil, line)],
                            },
                            line,
                        )];
                        out.extend(self.yield_from_value(inner, r, line)?);
                        for t in targets {
                            out.extend(self.store_target(t, ex(ExprKind::Local(r), line))?);
                        }
                        return Ok(out);
                    }
                    _ => self.expr(value)?,
                };
                if targets.len() == 1 {
                    self.store_target(&targets[0], v)?
                } else {
                    let tmp = self.new_local("\0value");
                    let mut out = vec![st(
                        StmtKind::Local {
                            locals: vec![tmp],
                            values: vec![v],
                        },
                        line,
                    )];
                    for t in targets {
                        out.extend(self.store_target(t, ex(ExprKind::Local(tmp), line))?);
                    }
                    out
                }
            }
            S::AugAssign { target, op, value } => self.aug_assign(target, *op, value, line)?,
            S::AnnAssign {
                target,
                value,
                annotation,
                ..
            } => match value {
                Some(v) => {
                    let v = self.expr(v)?;
                    let mut out = self.store_target(target, v)?;
                    if let (ast::TargetKind::Name(n), Kind::Class, Some(ns)) = (
                        &target.kind,
                        self.kind(),
                        self.funcs.last().and_then(|f| f.ns),
                    ) {
                        let a = self.expr(annotation)?;
                        let call = self.helper(
                            "__omx_annotate",
                            vec![ex(ExprKind::Local(ns), line), s(n, line), a],
                            line,
                        );
                        out.push(st(StmtKind::Expr(call), line));
                    }
                    out
                }
                None => {
                    // `x: T` in a class body records `__annotations__`.
                    match (
                        &target.kind,
                        self.kind(),
                        self.funcs.last().and_then(|f| f.ns),
                    ) {
                        (ast::TargetKind::Name(n), Kind::Class, Some(ns)) => {
                            let a = self.expr(annotation)?;
                            let call = self.helper(
                                "__omx_annotate",
                                vec![ex(ExprKind::Local(ns), line), s(n, line), a],
                                line,
                            );
                            vec![st(StmtKind::Expr(call), line)]
                        }
                        _ => Vec::new(),
                    }
                }
            },
            S::Pass | S::Global(_) | S::Nonlocal(_) => Vec::new(),
            S::Break => {
                let flag = self.cur().loops.last().copied().flatten();
                let mut out = Vec::new();
                if let Some(f) = flag {
                    out.push(st(
                        StmtKind::Assign {
                            targets: vec![Place::Local(f)],
                            values: vec![ex(ExprKind::Bool(true), line)],
                        },
                        line,
                    ));
                }
                out.push(st(StmtKind::Break { label: None }, line));
                out
            }
            S::Continue => vec![st(StmtKind::Continue { label: None }, line)],
            S::Return(e) => {
                let vals = match e {
                    Some(e) => vec![self.expr(e)?],
                    None => vec![],
                };
                vec![st(StmtKind::Return(vals), line)]
            }
            S::Raise { exception, cause } => {
                let v = match exception {
                    None => match self.cur().handling.last().copied() {
                        Some(h) => ex(ExprKind::Local(h), line),
                        None => self.helper("__omx_reraise", vec![], line),
                    },
                    Some(e) => {
                        let e = self.expr(e)?;
                        let c = match cause {
                            Some(c) => self.expr(c)?,
                            None => ex(ExprKind::Bool(false), line),
                        };
                        {
                            let context = match self.cur().handling.last().copied() {
                                Some(h) => ex(ExprKind::Local(h), line),
                                None => ex(ExprKind::Nil, line),
                            };
                            self.helper("__omx_mkexc", vec![e, c, context], line)
                        }
                    }
                };
                vec![st(StmtKind::Throw(v), line)]
            }
            S::Delete(ts) => {
                let mut out = Vec::new();
                for t in ts {
                    out.extend(self.delete_target(t)?);
                }
                out
            }
            S::Assert { test, message } => {
                let t = self.expr(test)?;
                let m = match message {
                    Some(m) => self.expr(m)?,
                    None => ex(ExprKind::Nil, line),
                };
                let err = self.helper("__omx_assert_error", vec![m], line);
                let cond = ex(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        operand: bx(t),
                    },
                    line,
                );
                vec![st(
                    StmtKind::If {
                        arms: vec![(cond, vec![st(StmtKind::Throw(err), line)])],
                        otherwise: None,
                    },
                    line,
                )]
            }
            S::Import(aliases) => {
                let mut out = Vec::new();
                for a in aliases {
                    let full = &a.name.name;
                    let m = self.helper("__omx_import", vec![s(full, line)], line);
                    match &a.asname {
                        Some(n) => out.extend(self.store_name_stmts(&n.name, m, line)),
                        None => {
                            let top = full.split('.').next().unwrap_or(full).to_string();
                            let m = if top == *full {
                                m
                            } else {
                                self.helper("__omx_import", vec![s(&top, line)], line)
                            };
                            out.extend(self.store_name_stmts(&top, m, line));
                        }
                    }
                }
                out
            }
            S::ImportFrom {
                module,
                level,
                names,
            } => {
                if *level > 0 {
                    return self.unsupported(stmt.span, "relative imports");
                }
                let ast::ImportNames::Names(aliases) = names else {
                    return self.unsupported(stmt.span, "'from ... import *'");
                };
                let name = module.as_ref().map(|m| m.name.clone()).unwrap_or_default();
                let tmp = self.new_local("\0module");
                let m = self.helper("__omx_import", vec![s(&name, line)], line);
                let mut out = vec![st(
                    StmtKind::Local {
                        locals: vec![tmp],
                        values: vec![m],
                    },
                    line,
                )];
                for a in aliases {
                    let v = self.helper(
                        "__omx_import_from",
                        vec![ex(ExprKind::Local(tmp), line), s(&a.name.name, line)],
                        line,
                    );
                    let as_name = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                    out.extend(self.store_name_stmts(&as_name, v, line));
                }
                out
            }
            S::If { test, body, orelse } => {
                let mut arms = Vec::new();
                let c = self.expr(test)?;
                arms.push((c, self.block(body)?));
                let mut rest: &[ast::Stmt] = orelse;
                let otherwise = loop {
                    match rest {
                        [one] => {
                            if let S::If { test, body, orelse } = &one.kind {
                                let c = self.expr(test)?;
                                // A test's temporaries belong before the `if`.
                                arms.push((c, self.block(body)?));
                                rest = orelse;
                                continue;
                            }
                            break Some(self.block(rest)?);
                        }
                        [] => break None,
                        _ => break Some(self.block(rest)?),
                    }
                };
                vec![st(StmtKind::If { arms, otherwise }, line)]
            }
            S::While { test, body, orelse } => {
                let flag = self.loop_flag(orelse, line);
                let cond = self.expr(test)?;
                let mut out = flag.1;
                self.cur().loops.push(flag.0);
                let b = self.block(body);
                self.cur().loops.pop();
                out.push(st(StmtKind::While { cond, body: b? }, line));
                out.extend(self.loop_else(flag.0, orelse, line)?);
                out
            }
            S::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let flag = self.loop_flag(orelse, line);
                let it = self.expr(iter)?;
                let var = self.new_local("\0item");
                let mut b = self.store_target(target, ex(ExprKind::Local(var), line))?;
                self.cur().loops.push(flag.0);
                let rest = self.block(body);
                self.cur().loops.pop();
                b.extend(rest?);
                let mut out = flag.1;
                out.push(st(
                    StmtKind::ForIn {
                        var,
                        iter: it,
                        body: b,
                    },
                    line,
                ));
                out.extend(self.loop_else(flag.0, orelse, line)?);
                out
            }
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
                star,
            } => {
                if *star {
                    return self.unsupported(stmt.span, "'except*'");
                }
                self.try_stmt(body, handlers, orelse, finalbody, line)?
            }
            S::With { items, body } => self.with_stmt(items, body, line)?,
            S::FunctionDef(f) => {
                let mut decos = Vec::new();
                for d in &f.decorators {
                    decos.push(self.expr(d)?);
                }
                let mut v = self.function_value(&f.name.name, &f.parameters, &f.body, stmt.span)?;
                if let Some(doc) = docstring(&f.body) {
                    // The function's `__doc__`, before any decorator sees it.
                    let doc = s(&doc, line);
                    v = self.helper("__omx_set_doc", vec![v, doc], line);
                }
                for d in decos.into_iter().rev() {
                    v = ex(
                        ExprKind::Paren(bx(ex(
                            ExprKind::Call {
                                func: bx(d),
                                args: vec![v],
                            },
                            line,
                        ))),
                        line,
                    );
                }
                self.store_name_stmts(&f.name.name, v, line)
            }
            S::ClassDef(c) => self.class_def(c, stmt.span, line)?,
        })
    }

    /// `yield from it` (PEP 380): the values of `it` are yielded; what the
    /// generator is sent goes to `it.send` (`None`: `next`), what is thrown
    /// in goes to `it.throw` (`GeneratorExit`: `it.close()`, then raised),
    /// one step each through the prelude's `__omx_yf_step`; the result is
    /// `StopIteration.value`.
    fn yield_from_value(
        &mut self,
        inner: &ast::Expr,
        result: ir::LocalId,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let e = self.expr(inner)?;
        let it_expr = self.helper("iter", vec![e], line);
        let (it, v, err) = (
            self.new_local("\0it"),
            self.new_local("\0item"),
            self.new_local("\0stop"),
        );
        let (mode, sent, thrown) = (
            self.new_local("\0mode"),
            self.new_local("\0sent"),
            self.new_local("\0thrown"),
        );
        let next = self.helper(
            "__omx_yf_step",
            vec![
                ex(ExprKind::Local(it), line),
                ex(ExprKind::Local(mode), line),
                ex(ExprKind::Local(sent), line),
            ],
            line,
        );
        let stop = self.load_name("StopIteration", line);
        let matches = self.helper(
            "__omx_exc_match",
            vec![ex(ExprKind::Local(err), line), stop],
            line,
        );
        let value = ex(
            ExprKind::Attr {
                obj: bx(ex(ExprKind::Local(err), line)),
                name: b"value".to_vec(),
            },
            line,
        );
        let catch_body = vec![st(
            StmtKind::If {
                arms: vec![(
                    matches,
                    vec![
                        st(
                            StmtKind::Assign {
                                targets: vec![Place::Local(result)],
                                values: vec![value],
                            },
                            line,
                        ),
                        st(StmtKind::Break { label: None }, line),
                    ],
                )],
                otherwise: Some(vec![st(
                    StmtKind::Throw(ex(ExprKind::Local(err), line)),
                    line,
                )]),
            },
            line,
        )];
        let body = vec![
            st(
                StmtKind::Try {
                    body: vec![st(
                        StmtKind::Assign {
                            targets: vec![Place::Local(v)],
                            values: vec![next],
                        },
                        line,
                    )],
                    catch: Some(Catch {
                        var: Some(err),
                        body: catch_body,
                    }),
                    orelse: vec![],
                    finally: None,
                },
                line,
            ),
            // sent = yield v; mode = 0 (a value), or mode = 1 and sent =
            // the exception thrown in.
            st(
                StmtKind::Try {
                    body: vec![st(
                        StmtKind::Assign {
                            targets: vec![Place::Local(sent), Place::Local(mode)],
                            values: vec![
                                ex(ExprKind::Yield(bx(ex(ExprKind::Local(v), line))), line),
                                ex(ExprKind::Int(0), line),
                            ],
                        },
                        line,
                    )],
                    catch: Some(Catch {
                        var: Some(thrown),
                        body: vec![st(
                            StmtKind::Assign {
                                targets: vec![Place::Local(sent), Place::Local(mode)],
                                values: vec![
                                    ex(ExprKind::Local(thrown), line),
                                    ex(ExprKind::Int(1), line),
                                ],
                            },
                            line,
                        )],
                    }),
                    orelse: vec![],
                    finally: None,
                },
                line,
            ),
        ];
        Ok(vec![
            st(
                StmtKind::Local {
                    locals: vec![it, v, mode, sent],
                    values: vec![
                        it_expr,
                        ex(ExprKind::Nil, line),
                        ex(ExprKind::Int(0), line),
                        ex(ExprKind::Nil, line),
                    ],
                },
                line,
            ),
            st(
                StmtKind::While {
                    cond: ex(ExprKind::Bool(true), line),
                    body,
                },
                line,
            ),
        ])
    }

    fn yield_from(&mut self, inner: &ast::Expr, line: u32) -> LResult<Vec<Stmt>> {
        let r = self.new_local("\0result");
        let mut out = vec![st(
            StmtKind::Local {
                locals: vec![r],
                values: vec![ex(ExprKind::Nil, line)],
            },
            line,
        )];
        out.extend(self.yield_from_value(inner, r, line)?);
        Ok(out)
    }

    /// A loop with an `else` gets a flag set by `break`.
    fn loop_flag(&mut self, orelse: &[ast::Stmt], line: u32) -> (Option<ir::LocalId>, Vec<Stmt>) {
        if orelse.is_empty() {
            return (None, Vec::new());
        }
        let f = self.new_local("\0broke");
        (
            Some(f),
            vec![st(
                StmtKind::Local {
                    locals: vec![f],
                    values: vec![ex(ExprKind::Bool(false), line)],
                },
                line,
            )],
        )
    }

    fn loop_else(
        &mut self,
        flag: Option<ir::LocalId>,
        orelse: &[ast::Stmt],
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let Some(f) = flag else {
            return Ok(Vec::new());
        };
        let b = self.block(orelse)?;
        let cond = ex(
            ExprKind::Unary {
                op: UnaryOp::Not,
                operand: bx(ex(ExprKind::Local(f), line)),
            },
            line,
        );
        Ok(vec![st(
            StmtKind::If {
                arms: vec![(cond, b)],
                otherwise: None,
            },
            line,
        )])
    }

    fn aug_assign(
        &mut self,
        target: &ast::Target,
        op: ast::BinOp,
        value: &ast::Expr,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let v = self.expr(value)?;
        // Numbers in the VM, anything else by the in-place rule
        // (protocol/python/inplace.rs: `__iadd__`, then `__add__`).
        let combine = |l: &mut Lowerer, cur: Expr, v: Expr| -> Expr {
            match bin_op(op) {
                Some(b) => ex(
                    ExprKind::InplaceArith {
                        op: b,
                        lhs: bx(cur),
                        rhs: bx(v),
                    },
                    line,
                ),
                None => l.helper("__omx_imatmul", vec![cur, v], line),
            }
        };
        Ok(match &target.kind {
            ast::TargetKind::Name(n) => {
                let cur = self.load_name(n, line);
                let nv = combine(self, cur, v);
                self.store_name_stmts(n, nv, line)
            }
            ast::TargetKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                let t = self.new_local("\0obj");
                let name = attr.name.as_bytes().to_vec();
                let cur = ex(
                    ExprKind::Attr {
                        obj: bx(ex(ExprKind::Local(t), line)),
                        name: name.clone(),
                    },
                    line,
                );
                let nv = combine(self, cur, v);
                vec![
                    st(
                        StmtKind::Local {
                            locals: vec![t],
                            values: vec![o],
                        },
                        line,
                    ),
                    st(
                        StmtKind::Assign {
                            targets: vec![Place::Attr {
                                obj: ex(ExprKind::Local(t), line),
                                name,
                            }],
                            values: vec![nv],
                        },
                        line,
                    ),
                ]
            }
            ast::TargetKind::Subscript { value: obj, index } => {
                let o = self.expr(obj)?;
                let k = self.expr(index)?;
                let (to, tk) = (self.new_local("\0obj"), self.new_local("\0key"));
                let cur = ex(
                    ExprKind::Index {
                        obj: bx(ex(ExprKind::Local(to), line)),
                        key: bx(ex(ExprKind::Local(tk), line)),
                    },
                    line,
                );
                let nv = combine(self, cur, v);
                vec![
                    st(
                        StmtKind::Local {
                            locals: vec![to, tk],
                            values: vec![o, k],
                        },
                        line,
                    ),
                    st(
                        StmtKind::Assign {
                            targets: vec![Place::Index {
                                obj: ex(ExprKind::Local(to), line),
                                key: ex(ExprKind::Local(tk), line),
                            }],
                            values: vec![nv],
                        },
                        line,
                    ),
                ]
            }
            _ => return self.error(target.span, "illegal expression for augmented assignment"),
        })
    }

    fn try_stmt(
        &mut self,
        body: &[ast::Stmt],
        handlers: &[ast::ExceptHandler],
        orelse: &[ast::Stmt],
        finalbody: &[ast::Stmt],
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let b = self.block(body)?;
        let catch = if handlers.is_empty() {
            None
        } else {
            let e = self.new_local("\0exc");
            self.cur().handling.push(e);
            let r = self.handlers(e, handlers, line);
            self.cur().handling.pop();
            Some(Catch {
                var: Some(e),
                body: r?,
            })
        };
        let o = self.block(orelse)?;
        let f = if finalbody.is_empty() {
            None
        } else {
            Some(self.block(finalbody)?)
        };
        Ok(vec![st(
            StmtKind::Try {
                body: b,
                catch,
                orelse: o,
                finally: f,
            },
            line,
        )])
    }

    fn handlers(
        &mut self,
        e: ir::LocalId,
        handlers: &[ast::ExceptHandler],
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let mut arms = Vec::new();
        let mut otherwise = None;
        for h in handlers {
            let mut body = Vec::new();
            if let Some(n) = &h.name {
                body.extend(self.store_name_stmts(&n.name, ex(ExprKind::Local(e), line), line));
            }
            body.extend(self.block(&h.body)?);
            match &h.type_ {
                None => {
                    otherwise = Some(body);
                    break;
                }
                Some(t) => {
                    let t = self.expr(t)?;
                    let cond = self.helper(
                        "__omx_exc_match",
                        vec![ex(ExprKind::Local(e), line), t],
                        line,
                    );
                    arms.push((cond, body));
                }
            }
        }
        let otherwise = otherwise
            .unwrap_or_else(|| vec![st(StmtKind::Throw(ex(ExprKind::Local(e), line)), line)]);
        if arms.is_empty() {
            return Ok(otherwise);
        }
        Ok(vec![st(
            StmtKind::If {
                arms,
                otherwise: Some(otherwise),
            },
            line,
        )])
    }

    fn with_stmt(
        &mut self,
        items: &[ast::WithItem],
        body: &[ast::Stmt],
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let Some((first, rest)) = items.split_first() else {
            return self.block(body);
        };
        let m = self.expr(&first.context)?;
        let (tm, flag, te) = (
            self.new_local("\0mgr"),
            self.new_local("\0failed"),
            self.new_local("\0exc"),
        );
        let enter = self.helper("__omx_enter", vec![ex(ExprKind::Local(tm), line)], line);
        let mut out = vec![st(
            StmtKind::Local {
                locals: vec![tm, flag],
                values: vec![m, ex(ExprKind::Bool(false), line)],
            },
            line,
        )];
        let mut inner = Vec::new();
        match &first.target {
            Some(t) => {
                let tv = self.new_local("\0entered");
                out.push(st(
                    StmtKind::Local {
                        locals: vec![tv],
                        values: vec![enter],
                    },
                    line,
                ));
                inner.extend(self.store_target(t, ex(ExprKind::Local(tv), line))?);
            }
            None => out.push(st(StmtKind::Expr(enter), line)),
        }
        if rest.is_empty() {
            inner.extend(self.block(body)?);
        } else {
            inner.extend(self.with_stmt(rest, body, line)?);
        }
        let exit_err = self.helper(
            "__omx_exit",
            vec![ex(ExprKind::Local(tm), line), ex(ExprKind::Local(te), line)],
            line,
        );
        let catch_body = vec![
            st(
                StmtKind::Assign {
                    targets: vec![Place::Local(flag)],
                    values: vec![ex(ExprKind::Bool(true), line)],
                },
                line,
            ),
            st(
                StmtKind::If {
                    arms: vec![(
                        ex(
                            ExprKind::Unary {
                                op: UnaryOp::Not,
                                operand: bx(exit_err),
                            },
                            line,
                        ),
                        vec![st(StmtKind::Throw(ex(ExprKind::Local(te), line)), line)],
                    )],
                    otherwise: None,
                },
                line,
            ),
        ];
        let exit_ok = self.helper(
            "__omx_exit",
            vec![ex(ExprKind::Local(tm), line), ex(ExprKind::Nil, line)],
            line,
        );
        let finally = vec![st(
            StmtKind::If {
                arms: vec![(
                    ex(
                        ExprKind::Unary {
                            op: UnaryOp::Not,
                            operand: bx(ex(ExprKind::Local(flag), line)),
                        },
                        line,
                    ),
                    vec![st(StmtKind::Expr(exit_ok), line)],
                )],
                otherwise: None,
            },
            line,
        )];
        out.push(st(
            StmtKind::Try {
                body: inner,
                catch: Some(Catch {
                    var: Some(te),
                    body: catch_body,
                }),
                orelse: vec![],
                finally: Some(finally),
            },
            line,
        ));
        Ok(out)
    }

    /// A `def` or `lambda` as a closure value (defaults evaluated now).
    pub(super) fn function_value(
        &mut self,
        name: &str,
        params: &ast::Parameters,
        body: &[ast::Stmt],
        span: omx_core::Span,
    ) -> LResult<Expr> {
        let line = self.line(span);
        let mut pos_defaults = Vec::new();
        let mut kw_defaults = Vec::new();
        for p in &params.params {
            match p.kind {
                ast::ParameterKind::PositionalOnly | ast::ParameterKind::PositionalOrKeyword => {
                    if let Some(d) = &p.default {
                        pos_defaults.push(Some(self.expr(d)?));
                    }
                }
                ast::ParameterKind::KeywordOnly => {
                    kw_defaults.push(match &p.default {
                        Some(d) => Some(self.expr(d)?),
                        None => None,
                    });
                }
                _ => {}
            }
        }
        let mut info = ScopeInfo::of_body(body);
        for p in &params.params {
            info.bound.insert(p.name.name.clone());
        }
        self.push_func(name, line, Kind::Function, info);
        for p in &params.params {
            let id = self.named_local(&p.name.name);
            let f = &mut self.cur().func;
            match p.kind {
                ast::ParameterKind::PositionalOnly | ast::ParameterKind::PositionalOrKeyword => {
                    f.params.push(id)
                }
                ast::ParameterKind::VarPositional => f.signature.rest = Some(id),
                ast::ParameterKind::KeywordOnly => {
                    f.signature.kwonly.push(id);
                    f.signature.kwonly_defaults.push(p.default.is_some());
                }
                ast::ParameterKind::VarKeyword => f.signature.kwrest = Some(id),
            }
        }
        self.cur().func.signature.defaults = pos_defaults.len();
        let names: Vec<String> = self.cur().info.bound.iter().cloned().collect();
        let mut declared = Vec::new();
        for n in names {
            if !self.cur().names.contains_key(&n) {
                declared.push(self.named_local(&n));
            }
        }
        self.cur().func.is_generator = self.cur().info.yields;
        let mut b = Vec::new();
        if !declared.is_empty() {
            b.push(st(
                StmtKind::Local {
                    locals: declared,
                    values: vec![],
                },
                line,
            ));
        }
        let lowered = self.block(body);
        let mut f = self.pop_func();
        b.extend(lowered?);
        f.body = b;
        f.last_line = self.line(omx_core::Span::new(
            span.end.saturating_sub(1) as usize,
            span.end as usize,
        ));
        let mut defaults = pos_defaults;
        defaults.extend(kw_defaults);
        Ok(if defaults.is_empty() {
            ex(ExprKind::Function(Box::new(f)), line)
        } else {
            ex(
                ExprKind::Closure {
                    func: Box::new(f),
                    defaults,
                },
                line,
            )
        })
    }

    fn class_def(
        &mut self,
        c: &ast::ClassDef,
        span: omx_core::Span,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let mut decos = Vec::new();
        for d in &c.decorators {
            decos.push(self.expr(d)?);
        }
        let mut args = Vec::new();
        for a in &c.arguments {
            args.push(match a {
                ast::Argument::Positional(e) => Arg::Positional(self.expr(e)?),
                ast::Argument::Starred(e) => {
                    let v = self.expr(e)?;
                    Arg::Spread(self.helper("__omx_seq", vec![v], line))
                }
                ast::Argument::Keyword(n, e) => {
                    Arg::Keyword(n.name.as_bytes().to_vec(), self.expr(e)?)
                }
                ast::Argument::DoubleStarred(e) => Arg::KeywordSpread(self.expr(e)?),
            });
        }
        let info = ScopeInfo::of_body(&c.body);
        self.push_func(&c.name.name, line, Kind::Class, info);
        let ns = self.new_local("\0ns");
        self.cur().func.params.push(ns);
        self.cur().ns = Some(ns);
        let cell = self.new_local("__class__");
        self.cur().class_cell = Some(cell);
        let mut b = vec![st(
            StmtKind::Local {
                locals: vec![cell],
                values: vec![],
            },
            line,
        )];
        b.push(st(
            StmtKind::Assign {
                targets: vec![Place::Index {
                    obj: ex(ExprKind::Local(ns), line),
                    key: s("__qualname__", line),
                }],
                values: vec![s(&c.name.name, line)],
            },
            line,
        ));
        // `__doc__`: the docstring, else None (as `type.__new__` sets it).
        let doc = match docstring(&c.body) {
            Some(d) => s(&d, line),
            None => ex(ExprKind::Nil, line),
        };
        b.push(st(
            StmtKind::Assign {
                targets: vec![Place::Index {
                    obj: ex(ExprKind::Local(ns), line),
                    key: s("__doc__", line),
                }],
                values: vec![doc],
            },
            line,
        ));
        let lowered = self.block(&c.body);
        // The class body returns a function that fills the `__class__`
        // cell once the class exists.
        let mut setter =
            ir::Function::new("<set __class__>", &self.chunk_name, omx_core::Lang::Python);
        let p = setter.local("\0cls");
        setter.params.push(p);
        setter.upvalues.push(ir::UpvalueDecl {
            name: "__class__".into(),
            capture: Capture::Local(cell),
        });
        setter.body = vec![st(
            StmtKind::Assign {
                targets: vec![Place::Upvalue(0)],
                values: vec![ex(ExprKind::Local(p), line)],
            },
            line,
        )];
        self.cur().func.locals[cell].captured = true;
        let mut f = self.pop_func();
        b.extend(lowered?);
        b.push(st(
            StmtKind::Return(vec![ex(ExprKind::Function(Box::new(setter)), line)]),
            line,
        ));
        f.body = b;
        f.last_line = self.line(omx_core::Span::new(
            span.end.saturating_sub(1) as usize,
            span.end as usize,
        ));
        let mut call_args = vec![
            Arg::Positional(ex(ExprKind::Function(Box::new(f)), line)),
            Arg::Positional(s(&c.name.name, line)),
        ];
        call_args.extend(args);
        let mut v = self.helper_args("__build_class__", call_args, line);
        for d in decos.into_iter().rev() {
            v = ex(
                ExprKind::Paren(bx(ex(
                    ExprKind::Call {
                        func: bx(d),
                        args: vec![v],
                    },
                    line,
                ))),
                line,
            );
        }
        Ok(self.store_name_stmts(&c.name.name, v, line))
    }

    /// A comprehension or generator expression: a function of its own
    /// scope, called with the first iterable (evaluated here).
    pub(super) fn comprehension(
        &mut self,
        kind: CompKind,
        parts: &[&ast::Expr],
        gens: &[ast::Comprehension],
        line: u32,
        span: omx_core::Span,
    ) -> LResult<Expr> {
        let Some(first) = gens.first() else {
            return self.error(span, "comprehension without 'for'");
        };
        let it0 = self.expr(&first.iter)?;
        let mut info = ScopeInfo::default();
        for g in gens {
            info.bound.extend(collect_target_names(&g.target));
        }
        info.yields = kind == CompKind::Gen;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        self.push_func(name, line, Kind::Function, info);
        let p0 = self.new_local("\0it");
        self.cur().func.params.push(p0);
        let names: Vec<String> = self.cur().info.bound.iter().cloned().collect();
        let declared: Vec<_> = names.iter().map(|n| self.named_local(n)).collect();
        self.cur().func.is_generator = kind == CompKind::Gen;
        let r = self.comprehension_body(kind, parts, gens, p0, line);
        let mut f = self.pop_func();
        let (res, loops) = r?;
        let mut b = Vec::new();
        if !declared.is_empty() {
            b.push(st(
                StmtKind::Local {
                    locals: declared,
                    values: vec![],
                },
                line,
            ));
        }
        if let Some((id, init)) = &res {
            b.push(st(
                StmtKind::Local {
                    locals: vec![*id],
                    values: vec![init.clone()],
                },
                line,
            ));
        }
        b.extend(loops);
        if let Some((id, _)) = res {
            b.push(st(
                StmtKind::Return(vec![ex(ExprKind::Local(id), line)]),
                line,
            ));
        }
        f.body = b;
        Ok(ex(
            ExprKind::Paren(bx(ex(
                ExprKind::Call {
                    func: bx(ex(ExprKind::Function(Box::new(f)), line)),
                    args: vec![it0],
                },
                line,
            ))),
            line,
        ))
    }

    #[allow(clippy::type_complexity)]
    fn comprehension_body(
        &mut self,
        kind: CompKind,
        parts: &[&ast::Expr],
        gens: &[ast::Comprehension],
        p0: ir::LocalId,
        line: u32,
    ) -> LResult<(Option<(ir::LocalId, Expr)>, Vec<Stmt>)> {
        let res = match kind {
            CompKind::Gen => None,
            _ => {
                let id = self.new_local("\0result");
                let init = match kind {
                    CompKind::List => self.helper("__omx_list", vec![], line),
                    CompKind::Set => self.helper("__omx_set", vec![], line),
                    _ => self.helper("__omx_dict", vec![], line),
                };
                Some((id, init))
            }
        };
        // Loops, outermost first; each with its iterable, variable and
        // conditions.
        let mut heads = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            let iter = if i == 0 {
                ex(ExprKind::Local(p0), line)
            } else {
                self.expr(&g.iter)?
            };
            let var = self.new_local("\0item");
            let store = self.store_target(&g.target, ex(ExprKind::Local(var), line))?;
            let mut conds = Vec::new();
            for c in &g.conditions {
                conds.push(self.expr(c)?);
            }
            heads.push((iter, var, store, conds));
        }
        let resx = |id: ir::LocalId| ex(ExprKind::Local(id), line);
        let mut body = match (kind, &res) {
            (CompKind::Gen, _) => {
                let v = self.expr(parts[0])?;
                vec![st(StmtKind::Expr(ex(ExprKind::Yield(bx(v)), line)), line)]
            }
            (CompKind::Dict, Some((id, _))) => {
                let k = self.expr(parts[0])?;
                let v = self.expr(parts[1])?;
                vec![st(
                    StmtKind::Assign {
                        targets: vec![Place::Index {
                            obj: resx(*id),
                            key: k,
                        }],
                        values: vec![v],
                    },
                    line,
                )]
            }
            (_, Some((id, _))) => {
                let v = self.expr(parts[0])?;
                let m = if kind == CompKind::Set {
                    "add"
                } else {
                    "append"
                };
                let call = ExprKind::Invoke {
                    callee: ir::Callee::Method {
                        obj: bx(resx(*id)),
                        name: m.as_bytes().to_vec(),
                        load: ir::MethodLoad::MaybeBound,
                    },
                    args: vec![Arg::Positional(v)],
                };
                vec![st(StmtKind::Expr(ex(call, line)), line)]
            }
            _ => Vec::new(),
        };
        let pending = std::mem::take(&mut self.cur().pending);
        let mut all_pending = pending;
        for (iter, var, store, conds) in heads.into_iter().rev() {
            for c in conds.into_iter().rev() {
                body = vec![st(
                    StmtKind::If {
                        arms: vec![(c, body)],
                        otherwise: None,
                    },
                    line,
                )];
            }
            let mut b = store;
            b.extend(body);
            body = vec![st(StmtKind::ForIn { var, iter, body: b }, line)];
        }
        all_pending.extend(body);
        Ok((res, all_pending))
    }
}

fn collect_target_names(t: &ast::Target) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    fn walk(t: &ast::Target, out: &mut std::collections::BTreeSet<String>) {
        match &t.kind {
            ast::TargetKind::Name(n) => {
                out.insert(n.clone());
            }
            ast::TargetKind::Tuple(ts) | ast::TargetKind::List(ts) => {
                ts.iter().for_each(|t| walk(t, out))
            }
            ast::TargetKind::Starred(t) => walk(t, out),
            _ => {}
        }
    }
    walk(t, &mut out);
    out
}

/// A body's docstring: its first statement when that is a plain string
/// literal (Language Reference §8.7, "docstring"; no f-string).
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    let S::Expr(e) = &body.first()?.kind else {
        return None;
    };
    let ast::ExprKind::Strings(parts) = &e.kind else {
        return None;
    };
    let mut text = String::new();
    for p in parts {
        match &p.value {
            ast::StringValue::Text(t) => text.push_str(t),
            ast::StringValue::Bytes(_) | ast::StringValue::Format(_) => return None,
        }
    }
    Some(text)
}
