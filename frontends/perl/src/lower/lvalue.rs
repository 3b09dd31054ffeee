//! Assignments, lvalues and `local` (perldata "Context" of assignment,
//! perlsub "Temporary Values via local()", perlref "Using References" for
//! autovivifying lvalues).

use omx_core::ir::{Arg, Expr as IExpr, ExprKind as K, Place, Stmt, StmtKind as SK};
use omx_perl_syntax::ast::{self, BinOp as B, DeclKind, ExprKind as A, Sigil, UnaryOp as U};

use super::expr::arith_op;
use super::stmt::{not, place_of, sigil_char};
use super::{e, s, str_e, LResult, Lowerer};

impl Lowerer {
    /// Declare a `my`/`our`/`state` variable; with `value` it is assigned.
    pub fn declare_var(
        &mut self,
        kind: DeclKind,
        v: &ast::Var,
        value: Option<IExpr>,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let name = format!("{}{}", sigil_char(v.sigil), v.name);
        if kind == DeclKind::Our {
            // `our` makes the package variable visible under its short name.
            let (st, key) = self.global_key(&v.name, sigil_char(v.sigil));
            let id = self.declare(&format!("\u{1}our{name}"));
            let _ = id;
            let _ = st;
            let _ = key;
            return match value {
                Some(val) => {
                    let p = self.place_of_var(v, line)?;
                    Ok(vec![s(
                        SK::Assign {
                            targets: vec![p],
                            values: vec![val],
                        },
                        line,
                    )])
                }
                None => Ok(Vec::new()),
            };
        }
        if kind == DeclKind::State {
            // A `state` variable lives as long as the program: a local of
            // the main function, initialised once.
            let var = self.main_local(&format!("\u{1}state{}", self.label_seq));
            let flag = self.main_local(&format!("\u{1}stateflag{}", self.label_seq));
            self.label_seq += 1;
            self.alias(&name, var.clone());
            let mut body = Vec::new();
            let init = match (v.sigil, value) {
                (_, Some(val)) => val,
                (Sigil::Array, None) => self.native("array", vec![], line),
                (Sigil::Hash, None) => self.native("hash", vec![], line),
                (_, None) => e(K::Nil, line),
            };
            body.push(s(
                SK::Assign {
                    targets: vec![place_of(var)],
                    values: vec![init],
                },
                line,
            ));
            body.push(s(
                SK::Assign {
                    targets: vec![place_of(flag.clone())],
                    values: vec![e(K::Bool(true), line)],
                },
                line,
            ));
            return Ok(vec![s(
                SK::If {
                    arms: vec![(not(flag), body)],
                    otherwise: None,
                },
                line,
            )]);
        }
        let id = self.declare_my(&name);
        let init = match (v.sigil, value) {
            (_, Some(val)) => val,
            (Sigil::Array, None) => self.native("array", vec![], line),
            (Sigil::Hash, None) => self.native("hash", vec![], line),
            (_, None) => e(K::Nil, line),
        };
        let init = self.box_if_needed(&name, init, line);
        Ok(vec![s(
            SK::Assign {
                targets: vec![Place::Local(id)],
                values: vec![init],
            },
            line,
        )])
    }

    pub(super) fn place_of_var(&mut self, v: &ast::Var, line: u32) -> LResult<Place> {
        match v.sigil {
            Sigil::Scalar => Ok(place_of(self.var_scalar(&v.name, line)?)),
            _ => self.unsupported(v.span, "assigning to this variable"),
        }
    }

    /// The place a scalar lvalue names.
    pub fn place(&mut self, x: &ast::Expr) -> LResult<Place> {
        let line = self.line(x.span);
        Ok(match &x.kind {
            A::Var(v) if v.sigil == Sigil::Scalar => place_of(self.var_scalar(&v.name, line)?),
            A::Index { array, index } => {
                let a = self.array_obj(array, true)?;
                let i = self.scalar(index)?;
                Place::Index { obj: a, key: i }
            }
            A::HashElem { hash, key } => {
                if let Some((h, name)) = self.const_elem(hash, key, true)? {
                    return Ok(Place::Attr { obj: h, name });
                }
                let h = self.hash_obj(hash, true)?;
                let k = self.hash_key(key)?;
                Place::Index { obj: h, key: k }
            }
            A::Deref {
                sigil: Sigil::Scalar,
                expr,
            } => {
                let r = self.scalar(expr)?;
                Place::Index {
                    obj: self.native("sbox", vec![r.clone()], line),
                    key: self.native("skey", vec![r], line),
                }
            }
            A::Decl { kind, vars, .. } if vars.len() == 1 => {
                let Some(v) = &vars[0] else {
                    return self.unsupported(x.span, "this assignment");
                };
                let st = self.declare_var(*kind, v, None, line)?;
                self.prelude.extend(st);
                self.place_of_var(v, line)?
            }
            A::List(items) if items.len() == 1 => self.place(&items[0])?,
            A::Assign { op, lhs, rhs } => {
                let st = match op {
                    None => self.assign(lhs, rhs, line)?,
                    Some(o) => self.op_assign(*o, lhs, rhs, line)?,
                };
                self.prelude.extend(st);
                let target = match &lhs.kind {
                    A::Decl { vars, .. } if vars.len() == 1 => match &vars[0] {
                        Some(v) => ast::Expr::new(A::Var(v.clone()), lhs.span),
                        None => (**lhs).clone(),
                    },
                    _ => (**lhs).clone(),
                };
                self.place(&target)?
            }
            A::Local(inner) => self.place(inner)?,
            _ => return self.unsupported(x.span, "assigning to this expression"),
        })
    }

    pub fn assign(&mut self, lhs: &ast::Expr, rhs: &ast::Expr, line: u32) -> LResult<Vec<Stmt>> {
        match &lhs.kind {
            A::Decl { kind, vars, parens } if !*parens && vars.len() == 1 => {
                let Some(v) = &vars[0] else {
                    return Ok(Vec::new());
                };
                let value = match v.sigil {
                    Sigil::Array => {
                        let l = self.list(rhs)?;
                        self.native_args("array", l, line)
                    }
                    Sigil::Hash => {
                        let l = self.list(rhs)?;
                        self.native_args("hash", l, line)
                    }
                    _ => self.scalar(rhs)?,
                };
                if *kind == DeclKind::Our && v.sigil != Sigil::Scalar {
                    let var = ast::Expr::new(A::Var(v.clone()), v.span);
                    return self.assign(&var, rhs, line);
                }
                self.declare_var(*kind, v, Some(value), line)
            }
            A::Decl { kind, vars, .. } => {
                let l = self.list(rhs)?;
                let arr = self.native_args("array", l, line);
                let t = self.temp();
                let mut out = vec![s(
                    SK::Local {
                        locals: vec![t],
                        values: vec![arr],
                    },
                    line,
                )];
                for (i, v) in vars.iter().enumerate() {
                    let Some(v) = v else { continue };
                    let src = e(K::Local(t), line);
                    let val = match v.sigil {
                        Sigil::Array => {
                            self.native("slice_from", vec![src, e(K::Int(i as i64), line)], line)
                        }
                        Sigil::Hash => {
                            self.native("hash_from", vec![src, e(K::Int(i as i64), line)], line)
                        }
                        _ => e(
                            K::Index {
                                obj: Box::new(src),
                                key: Box::new(e(K::Int(i as i64), line)),
                            },
                            line,
                        ),
                    };
                    if *kind == DeclKind::Our && v.sigil != Sigil::Scalar {
                        return self.unsupported(lhs.span, "our with a list of arrays");
                    }
                    out.extend(self.declare_var(*kind, v, Some(val), line)?);
                }
                out.push(s(
                    SK::Expr(self.native("set_count", vec![e(K::Local(t), line)], line)),
                    line,
                ));
                Ok(out)
            }
            A::List(items) => {
                let l = self.list(rhs)?;
                let arr = self.native_args("array", l, line);
                let t = self.temp();
                let mut out = vec![s(
                    SK::Local {
                        locals: vec![t],
                        values: vec![arr],
                    },
                    line,
                )];
                for (i, it) in items.iter().enumerate() {
                    let src = e(K::Local(t), line);
                    match &it.kind {
                        A::Var(v) if v.sigil == Sigil::Array || v.sigil == Sigil::Hash => {
                            let (c, f) = if v.sigil == Sigil::Array {
                                (self.array_of_var(v, line)?, "aassign")
                            } else {
                                (self.hash_of_var(v, line)?, "hassign")
                            };
                            let rest = self.native(
                                "slice_from",
                                vec![src, e(K::Int(i as i64), line)],
                                line,
                            );
                            let call = self.native_args(
                                f,
                                vec![Arg::Positional(c), Arg::Spread(rest)],
                                line,
                            );
                            out.push(s(SK::Expr(call), line));
                        }
                        A::Call {
                            callee: ast::Callee::Named(n),
                            ..
                        } if n == "undef" => {}
                        _ => {
                            let p = self.place(it)?;
                            let pre = std::mem::take(&mut self.prelude);
                            out.extend(pre);
                            let val = e(
                                K::Index {
                                    obj: Box::new(src),
                                    key: Box::new(e(K::Int(i as i64), line)),
                                },
                                line,
                            );
                            out.push(s(
                                SK::Assign {
                                    targets: vec![p],
                                    values: vec![val],
                                },
                                line,
                            ));
                        }
                    }
                }
                out.push(s(
                    SK::Expr(self.native("set_count", vec![e(K::Local(t), line)], line)),
                    line,
                ));
                Ok(out)
            }
            A::Var(v) if v.sigil == Sigil::Array => {
                let a = self.array_of_var(v, line)?;
                let mut args = vec![Arg::Positional(a)];
                args.extend(self.list(rhs)?);
                Ok(vec![s(
                    SK::Expr(self.native_args("aassign", args, line)),
                    line,
                )])
            }
            A::Var(v) if v.sigil == Sigil::Hash => {
                let h = self.hash_of_var(v, line)?;
                let mut args = vec![Arg::Positional(h)];
                args.extend(self.list(rhs)?);
                Ok(vec![s(
                    SK::Expr(self.native_args("hassign", args, line)),
                    line,
                )])
            }
            A::Deref {
                sigil: Sigil::Array,
                ..
            } => {
                let a = self.array_obj(lhs, true)?;
                self.fill_container("aassign", a, rhs, line)
            }
            A::Deref {
                sigil: Sigil::Hash, ..
            } => {
                let h = self.hash_obj(lhs, true)?;
                self.fill_container("hassign", h, rhs, line)
            }
            A::Var(v) if v.sigil == Sigil::ArrayLen => {
                let a = self.array_of_var(v, line)?;
                let n = self.scalar(rhs)?;
                Ok(vec![s(
                    SK::Expr(self.native("setlen", vec![a, n], line)),
                    line,
                )])
            }
            A::Slice { array, indices } => {
                let a = self.array_obj(array, true)?;
                self.slice_assign(a, indices, rhs, line)
            }
            A::HashSlice { hash, keys } => {
                let h = self.hash_obj(hash, true)?;
                self.slice_assign(h, keys, rhs, line)
            }
            A::Deref {
                sigil: Sigil::Glob,
                expr,
            } => {
                let name = self.scalar(expr)?;
                let v = self.scalar(rhs)?;
                let pkg = str_e(&self.pkg.clone(), line);
                Ok(vec![s(
                    SK::Expr(self.native("glob_assign", vec![name, v, pkg], line)),
                    line,
                )])
            }
            A::Var(v) if v.sigil == Sigil::Glob => {
                let name = str_e(&v.name, line);
                let val = self.scalar(rhs)?;
                let pkg = str_e(&self.pkg.clone(), line);
                Ok(vec![s(
                    SK::Expr(self.native("glob_assign", vec![name, val, pkg], line)),
                    line,
                )])
            }
            A::Call {
                callee: ast::Callee::Named(n),
                args,
                ..
            } if n == "substr" => {
                // 4-argument substr as an lvalue.
                let mut a2 = args.clone();
                if a2.len() == 2 {
                    a2.push(ast::Expr::new(
                        A::Call {
                            callee: ast::Callee::Named("undef".into()),
                            args: Vec::new(),
                            ampersand: false,
                            parens: true,
                        },
                        lhs.span,
                    ));
                }
                a2.push(rhs.clone());
                let target = args.first().cloned();
                let call = ast::Expr::new(
                    A::Call {
                        callee: ast::Callee::Named("substr".into()),
                        args: a2,
                        ampersand: false,
                        parens: true,
                    },
                    lhs.span,
                );
                let _ = target;
                self.void(&call)
            }
            A::Ternary { .. } => self.unsupported(lhs.span, "assignment to ?:"),
            _ => {
                let v = self.scalar(rhs)?;
                let p = self.place(lhs)?;
                Ok(vec![s(
                    SK::Assign {
                        targets: vec![p],
                        values: vec![v],
                    },
                    line,
                )])
            }
        }
    }

    pub fn op_assign(
        &mut self,
        op: B,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        match op {
            B::Or | B::And | B::DefinedOr => {
                let cur = self.scalar(lhs)?;
                let test = match op {
                    B::Or => not(cur),
                    B::And => cur,
                    _ => not(self.defined(cur, line)),
                };
                let pre = std::mem::take(&mut self.prelude);
                let body = self.assign(lhs, rhs, line)?;
                let mut v = pre;
                v.push(s(
                    SK::If {
                        arms: vec![(test, body)],
                        otherwise: None,
                    },
                    line,
                ));
                Ok(v)
            }
            _ => {
                if let A::Var(v) = &lhs.kind {
                    if v.sigil == Sigil::Array {
                        // push-like `@a = (@a, ...)` forms: `x=` on arrays.
                        if op == B::Repeat {
                            let a = self.array_of_var(v, line)?;
                            let n = self.scalar(rhs)?;
                            return Ok(vec![s(
                                SK::Expr(self.native("arepeat_assign", vec![a, n], line)),
                                line,
                            )]);
                        }
                        return self.unsupported(lhs.span, "this assignment operator on an array");
                    }
                }
                if matches!(lhs.kind, A::Index { .. } | A::HashElem { .. })
                    && (arith_op(op).is_some() || op == B::Concat)
                {
                    return self.op_assign_elem(op, lhs, rhs, line);
                }
                let combined = ast::Expr::new(
                    A::Binary {
                        op,
                        lhs: Box::new(lhs.clone()),
                        rhs: Box::new(rhs.clone()),
                    },
                    lhs.span,
                );
                let v = self.scalar(&combined)?;
                let p = self.place(lhs)?;
                Ok(vec![s(
                    SK::Assign {
                        targets: vec![p],
                        values: vec![v],
                    },
                    line,
                )])
            }
        }
    }

    /// `$h{KEY} OP= VALUE`, `$a[I] OP= VALUE` for a numeric operator or
    /// `.`: the container and the key are evaluated once (perlop
    /// "Assignment Operators": `$x OP= y` is `$x = $x OP y` "except that
    /// $x is evaluated only once"), then read, combined and written.
    fn op_assign_elem(
        &mut self,
        op: B,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let (obj, key) = match self.place(lhs)? {
            Place::Index { obj, key } => (obj, Ok(key)),
            Place::Attr { obj, name } => (obj, Err(name)),
            _ => return self.unsupported(lhs.span, "this assignment"),
        };
        // A constant key: a field access on the container (see
        // `const_elem`), read and written through the inline cache.
        let key = match key {
            Ok(k) => k,
            Err(name) => {
                let o = self.temp();
                let mut out = std::mem::take(&mut self.prelude);
                out.push(s(
                    SK::Local {
                        locals: vec![o],
                        values: vec![obj],
                    },
                    line,
                ));
                let field = |line| (Box::new(e(K::Local(o), line)), name.clone());
                let (obj, n) = field(line);
                let cur = e(K::Attr { obj, name: n }, line);
                let value = self.scalar(rhs)?;
                out.extend(std::mem::take(&mut self.prelude));
                let combined = self.op_combine(op, cur, value, line);
                let (obj, n) = field(line);
                out.push(s(
                    SK::Assign {
                        targets: vec![Place::Attr { obj: *obj, name: n }],
                        values: vec![combined],
                    },
                    line,
                ));
                return Ok(out);
            }
        };
        let (o, k) = (self.temp(), self.temp());
        let mut out = std::mem::take(&mut self.prelude);
        out.push(s(
            SK::Local {
                locals: vec![o, k],
                values: vec![obj, key],
            },
            line,
        ));
        let at = |line| {
            (
                Box::new(e(K::Local(o), line)),
                Box::new(e(K::Local(k), line)),
            )
        };
        let (obj, key) = at(line);
        let cur = e(K::Index { obj, key }, line);
        let value = self.scalar(rhs)?;
        out.extend(std::mem::take(&mut self.prelude));
        let combined = self.op_combine(op, cur, value, line);
        let (obj, key) = at(line);
        out.push(s(
            SK::Assign {
                targets: vec![Place::Index {
                    obj: *obj,
                    key: *key,
                }],
                values: vec![combined],
            },
            line,
        ));
        Ok(out)
    }

    /// `CUR OP VALUE` for an arithmetic operator or `.`.
    fn op_combine(&self, op: B, cur: IExpr, value: IExpr, line: u32) -> IExpr {
        match arith_op(op) {
            Some(a) => super::expr::arith(a, cur, value, line),
            None => e(
                K::Concat {
                    lhs: Box::new(cur),
                    rhs: Box::new(value),
                },
                line,
            ),
        }
    }

    /// `++`/`--` (perlop "Auto-increment and Auto-decrement"): the core's
    /// `Inc`/`Dec` operator (numbers in the VM; undef, the magic string
    /// increment and overloading by core/src/protocol/perl/incdec.rs).
    pub fn incdec(&mut self, x: &ast::Expr, op: U, line: u32) -> LResult<Vec<Stmt>> {
        let cur = self.scalar(x)?;
        let op = if matches!(op, U::PreInc | U::PostInc) {
            omx_core::ir::UnaryOp::Inc
        } else {
            omx_core::ir::UnaryOp::Dec
        };
        let v = e(
            K::Unary {
                op,
                operand: Box::new(cur),
            },
            line,
        );
        let p = self.place(x)?;
        Ok(vec![s(
            SK::Assign {
                targets: vec![p],
                values: vec![v],
            },
            line,
        )])
    }

    /// `local LVALUE [= EXPR]`: save, assign; the restore runs when the
    /// block is left.
    pub fn local_stmt(&mut self, x: &ast::Expr, line: u32) -> LResult<(Vec<Stmt>, Vec<Stmt>)> {
        let (target, value) = match &x.kind {
            A::Assign { lhs, rhs, .. } => match &lhs.kind {
                A::Local(t) => (&**t, Some(&**rhs)),
                _ => (&**lhs, Some(&**rhs)),
            },
            A::Local(t) => (&**t, None),
            _ => (x, None),
        };
        let targets: Vec<&ast::Expr> = match &target.kind {
            A::List(items) => items.iter().collect(),
            _ => vec![target],
        };
        let mut save = Vec::new();
        let mut restore = Vec::new();
        // The new value is computed before the old one is put aside
        // (`local $x = $x + 1`).
        let mut pre_value = None;
        if let (Some(v), 1) = (value, targets.len()) {
            if matches!(&targets[0].kind, A::Var(var) if var.sigil == Sigil::Scalar)
                || matches!(targets[0].kind, A::HashElem { .. } | A::Index { .. })
            {
                let t = self.temp();
                let val = self.scalar(v)?;
                save.extend(std::mem::take(&mut self.prelude));
                save.push(s(
                    SK::Local {
                        locals: vec![t],
                        values: vec![val],
                    },
                    line,
                ));
                pre_value = Some(t);
            }
        }
        for t in &targets {
            let saved = self.temp();
            match &t.kind {
                A::Var(v) if v.sigil == Sigil::Array || v.sigil == Sigil::Hash => {
                    let (st, key) = self.global_key(&v.name, sigil_char(v.sigil));
                    save.push(s(
                        SK::Local {
                            locals: vec![saved],
                            values: vec![self.native(
                                "local_container",
                                vec![st.clone(), str_e(&key, line)],
                                line,
                            )],
                        },
                        line,
                    ));
                    restore.push(s(
                        SK::Expr(self.native(
                            "restore_container",
                            vec![st, str_e(&key, line), e(K::Local(saved), line)],
                            line,
                        )),
                        line,
                    ));
                }
                A::HashElem { hash, key } => {
                    let h = self.hash_obj(hash, true)?;
                    let k = self.hash_key(key)?;
                    save.extend(std::mem::take(&mut self.prelude));
                    let hk = self.temp();
                    let kk = self.temp();
                    save.push(s(
                        SK::Local {
                            locals: vec![hk, kk],
                            values: vec![h, k],
                        },
                        line,
                    ));
                    save.push(s(
                        SK::Local {
                            locals: vec![saved],
                            values: vec![self.native(
                                "local_elem",
                                vec![e(K::Local(hk), line), e(K::Local(kk), line)],
                                line,
                            )],
                        },
                        line,
                    ));
                    restore.push(s(
                        SK::Expr(self.native(
                            "restore_elem",
                            vec![
                                e(K::Local(hk), line),
                                e(K::Local(kk), line),
                                e(K::Local(saved), line),
                            ],
                            line,
                        )),
                        line,
                    ));
                }
                _ => {
                    let cur = self.scalar(t)?;
                    let p = self.place(t)?;
                    save.push(s(
                        SK::Local {
                            locals: vec![saved],
                            values: vec![cur],
                        },
                        line,
                    ));
                    save.push(s(
                        SK::Assign {
                            targets: vec![p.clone()],
                            values: vec![e(K::Nil, line)],
                        },
                        line,
                    ));
                    restore.push(s(
                        SK::Assign {
                            targets: vec![p],
                            values: vec![e(K::Local(saved), line)],
                        },
                        line,
                    ));
                }
            }
        }
        if let Some(t) = pre_value {
            let p = self.place(targets[0])?;
            save.extend(std::mem::take(&mut self.prelude));
            save.push(s(
                SK::Assign {
                    targets: vec![p],
                    values: vec![e(K::Local(t), line)],
                },
                line,
            ));
        } else if let Some(v) = value {
            let as_list = if targets.len() == 1 {
                (*targets[0]).clone()
            } else {
                target.clone()
            };
            save.extend(self.assign(&as_list, v, line)?);
        }
        Ok((save, restore))
    }

    /// `@a = LIST` / `%h = LIST` through the builtin `fill` (`aassign` or
    /// `hassign`).
    fn fill_container(
        &mut self,
        fill: &str,
        obj: IExpr,
        rhs: &ast::Expr,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let mut args = vec![Arg::Positional(obj)];
        args.extend(self.list(rhs)?);
        Ok(vec![s(SK::Expr(self.native_args(fill, args, line)), line)])
    }

    /// `@a[LIST] = LIST` / `@h{LIST} = LIST`.
    fn slice_assign(
        &mut self,
        obj: IExpr,
        keys: &ast::Expr,
        rhs: &ast::Expr,
        line: u32,
    ) -> LResult<Vec<Stmt>> {
        let idx = self.list(keys)?;
        let idx = self.native_args("array", idx, line);
        let vals = self.list(rhs)?;
        let vals = self.native_args("array", vals, line);
        Ok(vec![s(
            SK::Expr(self.native("slice_assign", vec![obj, idx, vals], line)),
            line,
        )])
    }
}
