//! Expressions (ECMA-262 §13). Short-circuit operators and conditionals
//! whose right side needs statements become `if` statements on a
//! temporary, so nothing runs that JavaScript would skip.

use omx_core::ir::{
    self, Arg, BinOp, Callee, CompareOp, Expr, ExprKind, MethodLoad, Place, StmtKind,
};

use super::{assign, e, local, s, str_expr, LResult, Lowerer};
use crate::ast::{self, AssignOp, BinaryOp, ExprKind as X, ExprOrSpread, LogicalOp, MemberProp};

impl Lowerer {
    /// An expression whose anonymous function gets `name` (§8.4 NamedEvaluation).
    pub(crate) fn named_expr(&mut self, x: &ast::Expr, name: &str) -> LResult<Expr> {
        match &x.kind {
            X::Function(f) if f.id.is_none() => {
                self.function_value(f, name, super::func::Kind::Normal)
            }
            X::Arrow {
                params,
                body,
                is_async,
            } => self.arrow_value(params, body, *is_async, name, x.span),
            X::Class(c) if c.id.is_none() => self.class_named(c, name),
            X::Paren(inner) => self.named_expr(inner, name),
            _ => self.expr(x),
        }
    }

    pub(crate) fn expr(&mut self, x: &ast::Expr) -> LResult<Expr> {
        let line = self.line(x.span);
        Ok(match &x.kind {
            X::Ident(n) if n == "undefined" && matches!(self.resolve(n), super::Var::Global(_)) => {
                e(ExprKind::Nil, line)
            }
            X::Ident(n) if n == "__omx" && self.prelude => self.var_expr("%I", line),
            X::Ident(n) if n == "arguments" => self.var_expr("arguments", line),
            X::Ident(n) => self.var_expr(n, line),
            X::Number(f) => number(*f, line),
            X::String(t) => str_expr(t, line),
            X::Bool(b) => e(ExprKind::Bool(*b), line),
            X::Null => self.intrinsic_null(line),
            X::BigInt(digits) => self.intrinsic_call("bigint", vec![str_expr(digits, line)], line),
            X::Regex { pattern, flags } => {
                let g = self.var_expr("RegExp", line);
                self.construct(
                    g,
                    vec![
                        Arg::Positional(str_expr(pattern, line)),
                        Arg::Positional(str_expr(flags, line)),
                    ],
                    line,
                )
            }
            X::Template(t) => self.template(t, line)?,
            X::TaggedTemplate { tag, quasi } => {
                let strings: Vec<Expr> = quasi
                    .quasis
                    .iter()
                    .map(|q| match &q.cooked {
                        Some(c) => str_expr(c, line),
                        None => e(ExprKind::Nil, line),
                    })
                    .collect();
                let raws: Vec<Expr> = quasi
                    .quasis
                    .iter()
                    .map(|q| str_expr(&q.raw, line))
                    .collect();
                let arr = self.intrinsic_call("array", strings, line);
                let raw = self.intrinsic_call("array", raws, line);
                // One template object per site (§13.2.8.4 GetTemplateObject).
                self.counter += 1;
                let site = e(ExprKind::Int(self.counter as i64), line);
                let strs = self.intrinsic_call("templateObject", vec![arr, raw, site], line);
                let mut args = vec![Arg::Positional(strs)];
                for ex in &quasi.exprs {
                    let v = self.expr(ex)?;
                    args.push(Arg::Positional(one(v)));
                }
                self.call_expr(tag, args, false, line)?
            }
            X::This if self.current().derived => {
                let this = self.var_expr("this", line);
                self.intrinsic_call("checkThis", vec![this], line)
            }
            X::This => self.var_expr("this", line),
            X::PrivateName(n) => str_expr(&format!("#{n}"), line),
            X::Paren(inner) => self.expr(inner)?,
            X::Array(items) => {
                let mut args = Vec::new();
                for it in items {
                    match it {
                        None => args.push(Arg::Positional(self.intrinsic_hole(line))),
                        Some(ExprOrSpread::Expr(v)) => {
                            let v = self.expr(v)?;
                            args.push(Arg::Positional(one(v)))
                        }
                        Some(ExprOrSpread::Spread(v)) => {
                            let v = self.expr(v)?;
                            args.push(Arg::Spread(self.intrinsic_call("toArray", vec![v], line)));
                        }
                    }
                }
                self.intrinsic_invoke("array", args, line)
            }
            X::Object(props) => self.object_literal(props, line)?,
            X::Function(f) => match &f.id {
                // A named function expression sees its own name (§15.2.5).
                Some(id) => {
                    self.push_scope();
                    let own = self.declare(&id.name);
                    let v = self.function_value(f, &id.name, super::func::Kind::Normal);
                    self.pop_scope();
                    self.sink.push(s(
                        StmtKind::Local {
                            locals: vec![own],
                            values: vec![],
                        },
                        line,
                    ));
                    self.sink.push(assign(Place::Local(own), v?, line));
                    local(own, line)
                }
                None => self.function_value(f, "", super::func::Kind::Normal)?,
            },
            X::Arrow {
                params,
                body,
                is_async,
            } => self.arrow_value(params, body, *is_async, "", x.span)?,
            X::Class(c) => self.class_value(c)?,
            X::Unary { op, arg } => self.unary(*op, arg, line)?,
            X::Update { op, prefix, arg } => self.update_expr(*op, *prefix, arg, line)?,
            X::Binary { op, left, right } => {
                let mut a = self.expr(left)?;
                let mark = self.sink.len();
                let b = self.expr(right)?;
                self.keep_order(&mut [&mut a], mark);
                self.binary(*op, a, b, line)
            }
            X::Logical { op, left, right } => {
                let a = self.expr(left)?;
                let (pre, b) = self.expr_with_pre(right)?;
                if pre.is_empty() && *op != LogicalOp::Nullish {
                    let kind = match op {
                        LogicalOp::And => ExprKind::And {
                            lhs: Box::new(a),
                            rhs: Box::new(b),
                        },
                        _ => ExprKind::Or {
                            lhs: Box::new(a),
                            rhs: Box::new(b),
                        },
                    };
                    e(kind, line)
                } else {
                    let t = self.temp(a);
                    let cond = match op {
                        LogicalOp::And => local(t, line),
                        LogicalOp::Or => e(
                            ExprKind::Unary {
                                op: ir::UnaryOp::Not,
                                operand: Box::new(local(t, line)),
                            },
                            line,
                        ),
                        LogicalOp::Nullish => self.is_nullish(local(t, line), line),
                    };
                    let mut then = pre;
                    then.push(assign(Place::Local(t), b, line));
                    self.sink.push(s(
                        StmtKind::If {
                            arms: vec![(cond, then)],
                            otherwise: None,
                        },
                        line,
                    ));
                    local(t, line)
                }
            }
            X::Assign { op, target, value } => self.assign_expr(*op, target, value, line)?,
            X::Conditional {
                test,
                consequent,
                alternate,
            } => {
                let c = self.expr(test)?;
                let (p1, a) = self.expr_with_pre(consequent)?;
                let (p2, b) = self.expr_with_pre(alternate)?;
                let t = self.temp(e(ExprKind::Nil, line));
                let mut then = p1;
                then.push(assign(Place::Local(t), a, line));
                let mut other = p2;
                other.push(assign(Place::Local(t), b, line));
                self.sink.push(s(
                    StmtKind::If {
                        arms: vec![(c, then)],
                        otherwise: Some(other),
                    },
                    line,
                ));
                local(t, line)
            }
            X::Call {
                callee,
                args,
                optional,
            } => {
                let args = self.args(args)?;
                self.call_expr(callee, args, *optional, line)?
            }
            X::New { callee, args } => {
                let f = self.expr(callee)?;
                let args = match args {
                    Some(a) => self.args(a)?,
                    None => vec![],
                };
                self.construct(f, args, line)
            }
            X::Member {
                object,
                property,
                optional,
            } => {
                let o = self.expr(object)?;
                let o = if *optional {
                    self.optional_check(o, line)
                } else {
                    o
                };
                self.member(o, property, line)?
            }
            X::OptionalChain(inner) => {
                let t = self.temp(e(ExprKind::Nil, line));
                let label = self.fresh("opt");
                self.optional_labels.push(label.clone());
                let r = self.expr_with_pre(inner);
                self.optional_labels.pop();
                let (mut pre, v) = r?;
                pre.push(assign(Place::Local(t), v, line));
                pre.push(s(
                    StmtKind::Break {
                        label: Some(label.clone()),
                    },
                    line,
                ));
                self.sink.push(super::stmt::labelled(label, pre, line));
                local(t, line)
            }
            X::SuperMember(prop) => {
                let home = self.super_home(line);
                let key = self.prop_key_expr(prop, line)?;
                let this = self.var_expr("this", line);
                self.intrinsic_call("superGet", vec![home, key, this], line)
            }
            X::SuperCall(args) => {
                let args = self.args(args)?;
                self.super_call(args, line)?
            }
            X::NewTarget => self.var_expr("%newtarget", line),
            X::Sequence(items) => {
                let mut last = e(ExprKind::Nil, line);
                for (i, it) in items.iter().enumerate() {
                    if i + 1 == items.len() {
                        last = self.expr(it)?;
                    } else {
                        let st =
                            self.stmt(&ast::Stmt::new(ast::StmtKind::Expr(it.clone()), it.span))?;
                        self.sink.extend(st);
                    }
                }
                last
            }
            X::Await(arg) => {
                // §15.8.5 Await: the body generator yields the operand to
                // the driver (the prelude's asyncRun), which resumes it with
                // the settled value or throws the reason into it.
                if !self.current().async_body {
                    return Err(omx_core::SyntaxError::new(
                        "js::await",
                        omx_core::SyntaxErrorKind::Invalid,
                        "await is only valid in async functions and the top level bodies of modules",
                        x.span,
                        "await outside an async function",
                    ));
                }
                let v = self.expr(arg)?;
                e(ExprKind::Yield(Box::new(v)), line)
            }
            X::Yield { arg, delegate } => {
                let v = match arg {
                    Some(a) => self.expr(a)?,
                    None => e(ExprKind::Nil, line),
                };
                if *delegate {
                    // yield* (§15.5.5): forward each value out and each sent
                    // value in; the inner iterator's return value is the
                    // expression's value.
                    let it_get = self.intrinsic_call("getIteratorObj", vec![v], line);
                    let it = self.temp(it_get);
                    let recv = self.temp(e(ExprKind::Nil, line));
                    let res = self.temp(e(ExprKind::Nil, line));
                    let label = self.fresh("ystar");
                    let rn = self.fresh("r");
                    let r = self.declare(&rn);
                    let next = e(
                        ExprKind::MethodCall {
                            obj: Box::new(local(it, line)),
                            name: b"next".to_vec(),
                            args: vec![local(recv, line)],
                        },
                        line,
                    );
                    let done = e(
                        ExprKind::Attr {
                            obj: Box::new(local(r, line)),
                            name: b"done".to_vec(),
                        },
                        line,
                    );
                    let value = || {
                        e(
                            ExprKind::Attr {
                                obj: Box::new(local(r, line)),
                                name: b"value".to_vec(),
                            },
                            line,
                        )
                    };
                    let body = vec![
                        s(
                            StmtKind::Local {
                                locals: vec![r],
                                values: vec![next],
                            },
                            line,
                        ),
                        s(
                            StmtKind::If {
                                arms: vec![(
                                    done,
                                    vec![
                                        assign(Place::Local(res), value(), line),
                                        s(
                                            StmtKind::Break {
                                                label: Some(label.clone()),
                                            },
                                            line,
                                        ),
                                    ],
                                )],
                                otherwise: None,
                            },
                            line,
                        ),
                        assign(
                            Place::Local(recv),
                            e(ExprKind::Yield(Box::new(value())), line),
                            line,
                        ),
                    ];
                    self.sink.push(super::stmt::labelled(label, body, line));
                    local(res, line)
                } else {
                    e(ExprKind::Yield(Box::new(v)), line)
                }
            }
        })
    }

    fn intrinsic_null(&mut self, line: u32) -> Expr {
        let i = self.var_expr("%I", line);
        e(
            ExprKind::Attr {
                obj: Box::new(i),
                name: b"null".to_vec(),
            },
            line,
        )
    }

    fn intrinsic_hole(&mut self, line: u32) -> Expr {
        let i = self.var_expr("%I", line);
        e(
            ExprKind::Attr {
                obj: Box::new(i),
                name: b"hole".to_vec(),
            },
            line,
        )
    }

    /// `v === undefined || v === null`.
    pub(crate) fn is_nullish(&mut self, v: Expr, line: u32) -> Expr {
        let null = self.intrinsic_null(line);
        let a = e(
            ExprKind::Compare {
                op: CompareOp::Eq,
                lhs: Box::new(v.clone()),
                rhs: Box::new(e(ExprKind::Nil, line)),
            },
            line,
        );
        let b = e(
            ExprKind::Compare {
                op: CompareOp::Eq,
                lhs: Box::new(v),
                rhs: Box::new(null),
            },
            line,
        );
        e(
            ExprKind::Or {
                lhs: Box::new(a),
                rhs: Box::new(b),
            },
            line,
        )
    }

    /// `?.`: leave the chain with `undefined` when `o` is nullish.
    fn optional_check(&mut self, o: Expr, line: u32) -> Expr {
        let t = self.temp(o);
        let cond = self.is_nullish(local(t, line), line);
        if let Some(label) = self.optional_labels.last().cloned() {
            self.sink.push(s(
                StmtKind::If {
                    arms: vec![(cond, vec![s(StmtKind::Break { label: Some(label) }, line)])],
                    otherwise: None,
                },
                line,
            ));
        }
        local(t, line)
    }

    pub(crate) fn intrinsic_invoke(&mut self, name: &str, args: Vec<Arg>, line: u32) -> Expr {
        if args.iter().all(|a| matches!(a, Arg::Positional(_))) {
            let plain = args
                .into_iter()
                .map(|a| match a {
                    Arg::Positional(x) => x,
                    _ => e(ExprKind::Nil, line),
                })
                .collect();
            return self.intrinsic_call(name, plain, line);
        }
        let i = self.var_expr("%I", line);
        let f = e(
            ExprKind::Attr {
                obj: Box::new(i),
                name: name.as_bytes().to_vec(),
            },
            line,
        );
        let mut all = vec![Arg::Positional(e(ExprKind::Nil, line))];
        all.extend(args);
        e(
            ExprKind::Invoke {
                callee: Callee::Value(Box::new(f)),
                args: all,
            },
            line,
        )
    }

    pub(crate) fn args(&mut self, args: &[ExprOrSpread]) -> LResult<Vec<Arg>> {
        let mut out: Vec<Arg> = Vec::new();
        for a in args {
            let mark = self.sink.len();
            let before = out.len();
            match a {
                ExprOrSpread::Expr(v) => {
                    let v = self.expr(v)?;
                    out.push(Arg::Positional(one(v)))
                }
                ExprOrSpread::Spread(v) => {
                    let line = self.line(v.span);
                    let v = self.expr(v)?;
                    out.push(Arg::Spread(self.intrinsic_call("toArray", vec![v], line)));
                }
            }
            let (done, _) = out.split_at_mut(before);
            let mut earlier: Vec<&mut Expr> = done
                .iter_mut()
                .map(|a| match a {
                    Arg::Positional(x) | Arg::Spread(x) => x,
                    Arg::Keyword(_, x) | Arg::KeywordSpread(x) => x,
                })
                .collect();
            self.keep_order(&mut earlier, mark);
        }
        Ok(out)
    }

    /// §13 evaluation order, left to right: `earlier` were lowered before
    /// the statements the sink got from `mark` on (an assignment, `++`,
    /// a temporary of a later operand); unless constant or a temporary,
    /// each is evaluated into a temporary ahead of those statements, so
    /// `f(i, i++)` and `x + (x = 5)` see the old value.
    pub(crate) fn keep_order(&mut self, earlier: &mut [&mut Expr], mark: usize) {
        if self.sink.len() == mark {
            return;
        }
        let later = self.sink.split_off(mark);
        for x in earlier.iter_mut() {
            if !self.stable(x) {
                let line = x.line;
                let v = std::mem::replace(&mut **x, e(ExprKind::Nil, line));
                let t = self.temp(v);
                **x = local(t, line);
            }
        }
        self.sink.extend(later);
    }

    /// A value no statement can change: a constant or a temporary.
    fn stable(&mut self, x: &Expr) -> bool {
        match &x.kind {
            ExprKind::Nil
            | ExprKind::Bool(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_) => true,
            ExprKind::Local(id) => self.current().func.locals[*id].name.starts_with('%'),
            _ => false,
        }
    }

    /// `new f(args)`.
    pub(crate) fn construct(&mut self, f: Expr, args: Vec<Arg>, line: u32) -> Expr {
        let t = self.temp(f);
        let mut all = vec![
            Arg::Positional(local(t, line)),
            Arg::Positional(local(t, line)),
        ];
        all.extend(args);
        self.intrinsic_invoke("construct", all, line)
    }

    /// A call; a member callee passes its object as `this`.
    pub(crate) fn call_expr(
        &mut self,
        callee: &ast::Expr,
        args: Vec<Arg>,
        optional: bool,
        line: u32,
    ) -> LResult<Expr> {
        let plain = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        let unwrap = |args: Vec<Arg>| -> Vec<Expr> {
            args.into_iter()
                .map(|a| match a {
                    Arg::Positional(x) => x,
                    _ => e(ExprKind::Nil, 0),
                })
                .collect()
        };
        match &callee.kind {
            X::Paren(inner) if matches!(inner.kind, X::Member { .. }) => {
                self.call_expr(inner, args, optional, line)
            }
            // `a?.m()`: the member's chain is the call's (one short-circuit).
            X::OptionalChain(inner)
                if matches!(inner.kind, X::Member { .. }) && !self.optional_labels.is_empty() =>
            {
                self.call_expr(inner, args, optional, line)
            }
            X::Member {
                object,
                property,
                optional: opt_member,
            } => {
                let o = self.expr(object)?;
                let o = if *opt_member {
                    self.optional_check(o, line)
                } else {
                    o
                };
                if let (MemberProp::Name(id), false) = (property, optional) {
                    if plain {
                        return Ok(e(
                            ExprKind::MethodCall {
                                obj: Box::new(o),
                                name: id.name.clone().into_bytes(),
                                args: unwrap(args),
                            },
                            line,
                        ));
                    }
                    return Ok(e(
                        ExprKind::Invoke {
                            callee: Callee::Method {
                                obj: Box::new(o),
                                name: id.name.clone().into_bytes(),
                                load: MethodLoad::Receiver,
                            },
                            args,
                        },
                        line,
                    ));
                }
                let t = self.temp(o);
                let f = self.member(local(t, line), property, line)?;
                let f = if optional {
                    self.optional_check(f, line)
                } else {
                    f
                };
                let mut all = vec![Arg::Positional(local(t, line))];
                all.extend(args);
                Ok(self.invoke(f, all, line))
            }
            X::SuperMember(prop) => {
                let home = self.super_home(line);
                let key = self.prop_key_expr(prop, line)?;
                let this = self.var_expr("this", line);
                let f = self.intrinsic_call("superGet", vec![home, key, this.clone()], line);
                let mut all = vec![Arg::Positional(this)];
                all.extend(args);
                Ok(self.invoke(f, all, line))
            }
            _ => {
                let f = self.expr(callee)?;
                let f = if optional {
                    self.optional_check(f, line)
                } else {
                    f
                };
                let mut all = vec![Arg::Positional(e(ExprKind::Nil, line))];
                all.extend(args);
                Ok(self.invoke(f, all, line))
            }
        }
    }

    fn invoke(&mut self, f: Expr, args: Vec<Arg>, line: u32) -> Expr {
        if args.iter().all(|a| matches!(a, Arg::Positional(_))) {
            let plain = args
                .into_iter()
                .map(|a| match a {
                    Arg::Positional(x) => x,
                    _ => e(ExprKind::Nil, line),
                })
                .collect();
            return e(
                ExprKind::Call {
                    func: Box::new(f),
                    args: plain,
                },
                line,
            );
        }
        e(
            ExprKind::Invoke {
                callee: Callee::Value(Box::new(f)),
                args,
            },
            line,
        )
    }

    pub(crate) fn prop_key_expr(&mut self, prop: &MemberProp, line: u32) -> LResult<Expr> {
        Ok(match prop {
            MemberProp::Name(id) => str_expr(&id.name, line),
            MemberProp::Private(id) => str_expr(&format!("#{}", id.name), line),
            MemberProp::Computed(k) => self.expr(k)?,
        })
    }

    pub(crate) fn member(&mut self, o: Expr, prop: &MemberProp, line: u32) -> LResult<Expr> {
        Ok(match prop {
            MemberProp::Name(id) => e(
                ExprKind::Attr {
                    obj: Box::new(o),
                    name: id.name.clone().into_bytes(),
                },
                line,
            ),
            MemberProp::Private(id) => e(
                ExprKind::Attr {
                    obj: Box::new(o),
                    name: format!("#{}", id.name).into_bytes(),
                },
                line,
            ),
            MemberProp::Computed(k) => {
                let k = self.expr(k)?;
                e(
                    ExprKind::Index {
                        obj: Box::new(o),
                        key: Box::new(k),
                    },
                    line,
                )
            }
        })
    }

    fn template(&mut self, t: &ast::Template, line: u32) -> LResult<Expr> {
        let first = t
            .quasis
            .first()
            .and_then(|q| q.cooked.clone())
            .unwrap_or_default();
        let mut acc = str_expr(&first, line);
        for (i, ex) in t.exprs.iter().enumerate() {
            let v = self.expr(ex)?;
            let v = self.intrinsic_call("toStr", vec![v], line);
            acc = e(
                ExprKind::Arith {
                    op: BinOp::Add,
                    lhs: Box::new(acc),
                    rhs: Box::new(v),
                },
                line,
            );
            let q = t
                .quasis
                .get(i + 1)
                .and_then(|q| q.cooked.clone())
                .unwrap_or_default();
            if !q.is_empty() {
                acc = e(
                    ExprKind::Arith {
                        op: BinOp::Add,
                        lhs: Box::new(acc),
                        rhs: Box::new(str_expr(&q, line)),
                    },
                    line,
                );
            }
        }
        Ok(acc)
    }

    fn unary(&mut self, op: ast::UnaryOp, arg: &ast::Expr, line: u32) -> LResult<Expr> {
        use ast::UnaryOp as U;
        if op == U::Delete {
            return Ok(match &arg.kind {
                X::Member {
                    object, property, ..
                } => {
                    let o = self.expr(object)?;
                    let place = match property {
                        MemberProp::Computed(k) => Place::Index {
                            obj: o,
                            key: self.expr(k)?,
                        },
                        MemberProp::Name(id) => Place::Index {
                            obj: o,
                            key: str_expr(&id.name, line),
                        },
                        MemberProp::Private(id) => Place::Index {
                            obj: o,
                            key: str_expr(&format!("#{}", id.name), line),
                        },
                    };
                    e(ExprKind::Delete(Box::new(place)), line)
                }
                _ => e(ExprKind::Bool(true), line),
            });
        }
        if op == U::Typeof {
            if let X::Ident(n) = &arg.kind {
                if let super::Var::Global(_) = self.resolve(n) {
                    let g = self.var_expr("%G", line);
                    let v = e(
                        ExprKind::Attr {
                            obj: Box::new(g),
                            name: n.clone().into_bytes(),
                        },
                        line,
                    );
                    return Ok(self.intrinsic_call("typeof", vec![v], line));
                }
            }
        }
        if let (U::Minus, X::Number(n)) = (op, &arg.kind) {
            return Ok(if *n == 0.0 {
                e(ExprKind::Float(-0.0), line)
            } else {
                number(-n, line)
            });
        }
        let v = self.expr(arg)?;
        Ok(match op {
            U::Minus => e(
                ExprKind::Unary {
                    op: ir::UnaryOp::Neg,
                    operand: Box::new(v),
                },
                line,
            ),
            U::Plus => self.intrinsic_call("toNumber", vec![v], line),
            U::Not => e(
                ExprKind::Unary {
                    op: ir::UnaryOp::Not,
                    operand: Box::new(v),
                },
                line,
            ),
            U::BitNot => self.intrinsic_call("bitnot", vec![v], line),
            U::Typeof => self.intrinsic_call("typeof", vec![v], line),
            U::Void => {
                self.sink.push(s(StmtKind::Expr(v), line));
                e(ExprKind::Nil, line)
            }
            U::Delete => e(ExprKind::Bool(true), line),
        })
    }

    pub(crate) fn binary(&mut self, op: BinaryOp, a: Expr, b: Expr, line: u32) -> Expr {
        let arith = |op, a, b| {
            e(
                ExprKind::Arith {
                    op,
                    lhs: Box::new(a),
                    rhs: Box::new(b),
                },
                line,
            )
        };
        let cmp = |op, a, b| {
            e(
                ExprKind::Compare {
                    op,
                    lhs: Box::new(a),
                    rhs: Box::new(b),
                },
                line,
            )
        };
        match op {
            BinaryOp::Add => add(a, b, line),
            BinaryOp::Sub => arith(BinOp::Sub, a, b),
            BinaryOp::Mul => arith(BinOp::Mul, a, b),
            BinaryOp::Div => arith(BinOp::Div, a, b),
            BinaryOp::Exp => arith(BinOp::Pow, a, b),
            BinaryOp::Rem => self.intrinsic_call("rem", vec![a, b], line),
            BinaryOp::StrictEq => cmp(CompareOp::Eq, a, b),
            BinaryOp::StrictNotEq => cmp(CompareOp::Ne, a, b),
            BinaryOp::Lt => cmp(CompareOp::Lt, a, b),
            BinaryOp::LtEq => cmp(CompareOp::Le, a, b),
            BinaryOp::Gt => cmp(CompareOp::Gt, a, b),
            BinaryOp::GtEq => cmp(CompareOp::Ge, a, b),
            BinaryOp::Eq => self.intrinsic_call("looseEq", vec![a, b], line),
            BinaryOp::NotEq => {
                let eq = self.intrinsic_call("looseEq", vec![a, b], line);
                e(
                    ExprKind::Unary {
                        op: ir::UnaryOp::Not,
                        operand: Box::new(eq),
                    },
                    line,
                )
            }
            BinaryOp::In => self.intrinsic_call("has", vec![b, a], line),
            BinaryOp::InstanceOf => self.intrinsic_call("instanceOf", vec![a, b], line),
            BinaryOp::BitAnd => self.intrinsic_call("bitand", vec![a, b], line),
            BinaryOp::BitOr => self.intrinsic_call("bitor", vec![a, b], line),
            BinaryOp::BitXor => self.intrinsic_call("bitxor", vec![a, b], line),
            BinaryOp::Shl => self.intrinsic_call("shl", vec![a, b], line),
            BinaryOp::Shr => self.intrinsic_call("shr", vec![a, b], line),
            BinaryOp::UShr => self.intrinsic_call("ushr", vec![a, b], line),
        }
    }

    fn object_literal(&mut self, props: &[ast::Prop], line: u32) -> LResult<Expr> {
        use ast::PropKind as P;
        let simple = props.iter().all(|p| matches!(&p.kind, P::KeyValue { key: ast::PropKey::Name(id), .. } if id.name != "__proto__") || matches!(&p.kind, P::Shorthand(_)));
        if simple {
            let mut items = Vec::new();
            for p in props {
                match &p.kind {
                    P::KeyValue {
                        key: ast::PropKey::Name(id),
                        value,
                    } => {
                        let v = self.named_expr(value, &id.name)?;
                        items.push(ir::TableItem::Keyed(str_expr(&id.name, line), v));
                    }
                    P::Shorthand(id) => {
                        let v = self.expr(&ast::Expr::new(X::Ident(id.name.clone()), id.span))?;
                        items.push(ir::TableItem::Keyed(str_expr(&id.name, line), v));
                    }
                    _ => {}
                }
            }
            return Ok(e(ExprKind::Table(items), line));
        }
        let t = self.temp(e(ExprKind::Table(vec![]), line));
        for p in props {
            match &p.kind {
                P::KeyValue { key, value } => {
                    if let ast::PropKey::Name(id) = key {
                        if id.name == "__proto__" {
                            let v = self.expr(value)?;
                            let c = self.intrinsic_call("setProto", vec![local(t, line), v], line);
                            self.sink.push(s(StmtKind::Expr(c), line));
                            continue;
                        }
                    }
                    let (k, name) = self.prop_key(key, line)?;
                    let v = self.named_expr(value, &name)?;
                    // A computed key names an anonymous function at run time.
                    let named = name.is_empty() && matches!(key, ast::PropKey::Computed(_));
                    let c = self.intrinsic_call(
                        "defData",
                        vec![local(t, line), k, v, e(ExprKind::Bool(named), line)],
                        line,
                    );
                    self.sink.push(s(StmtKind::Expr(c), line));
                }
                P::Shorthand(id) => {
                    let v = self.expr(&ast::Expr::new(X::Ident(id.name.clone()), id.span))?;
                    self.sink.push(assign(
                        Place::Index {
                            obj: local(t, line),
                            key: str_expr(&id.name, line),
                        },
                        v,
                        line,
                    ));
                }
                P::CoverInitialized { name, .. } => {
                    return self.unsupported(name.span, "a shorthand default outside a pattern")
                }
                P::Method { key, kind, func } => {
                    let (k, name) = self.prop_key(key, line)?;
                    let f = self.method_value(func, &name, *kind, Some(local(t, line)))?;
                    let kind_code = match kind {
                        ast::MethodKind::Method => 0,
                        ast::MethodKind::Getter => 1,
                        ast::MethodKind::Setter => 2,
                    };
                    let c = self.intrinsic_call(
                        "defMethod",
                        vec![
                            local(t, line),
                            k,
                            f,
                            e(ExprKind::Int(kind_code), line),
                            e(ExprKind::Bool(true), line),
                        ],
                        line,
                    );
                    self.sink.push(s(StmtKind::Expr(c), line));
                }
                P::Spread(v) => {
                    let v = self.expr(v)?;
                    let c = self.intrinsic_call("copyProps", vec![local(t, line), v], line);
                    self.sink.push(s(StmtKind::Expr(c), line));
                }
            }
        }
        Ok(local(t, line))
    }

    /// A property key as a value, and the name a function defined there gets.
    pub(crate) fn prop_key(&mut self, key: &ast::PropKey, line: u32) -> LResult<(Expr, String)> {
        use ast::PropKey as PK;
        Ok(match key {
            PK::Name(id) => (str_expr(&id.name, line), id.name.clone()),
            PK::String(t, _) => (str_expr(t, line), t.clone()),
            PK::Number(f, _) => (
                number(*f, line),
                omx_core::protocol::js::convert::number_to_string(*f),
            ),
            PK::BigInt(_, sp) => return self.unsupported(*sp, "BigInt keys"),
            PK::Computed(x) => {
                let v = self.expr(x)?;
                let v = self.intrinsic_call("toKey", vec![v], line);
                (local(self.temp(v), line), String::new())
            }
            PK::Private(id) => (
                str_expr(&format!("#{}", id.name), line),
                format!("#{}", id.name),
            ),
        })
    }

    /// `target op= value` as a statement.
    pub(crate) fn assign_stmt(
        &mut self,
        op: AssignOp,
        target: &ast::Pattern,
        value: &ast::Expr,
        line: u32,
    ) -> LResult<Vec<ir::Stmt>> {
        self.statements_of(|me| me.assign_expr(op, target, value, line), line)
    }

    /// The statements an expression lowering puts in the sink, its value
    /// dropped (a block when they declare temporaries).
    pub(crate) fn statements_of(
        &mut self,
        f: impl FnOnce(&mut Self) -> LResult<Expr>,
        line: u32,
    ) -> LResult<Vec<ir::Stmt>> {
        let saved = std::mem::take(&mut self.sink);
        let r = f(self);
        let stmts = std::mem::replace(&mut self.sink, saved);
        r?;
        if stmts
            .iter()
            .any(|st| matches!(st.kind, StmtKind::Local { .. }))
        {
            return Ok(vec![s(StmtKind::Do(stmts), line)]);
        }
        Ok(stmts)
    }

    /// `target op= value` as an expression: the statements go to the sink.
    pub(crate) fn assign_expr(
        &mut self,
        op: AssignOp,
        target: &ast::Pattern,
        value: &ast::Expr,
        line: u32,
    ) -> LResult<Expr> {
        if op == AssignOp::Assign {
            if let ast::PatternKind::Ident(id) = &target.kind {
                let v = self.named_expr(value, &id.name)?;
                let st = self.assign_var(&id.name, v, line);
                let read = self.var_expr(&id.name, line);
                self.sink.push(st);
                return Ok(read);
            }
            if let ast::PatternKind::Member(m) = &target.kind {
                let (place, _) = self.member_place(m, line)?;
                let v = self.expr(value)?;
                let t = self.temp(v);
                self.sink.push(assign(place, local(t, line), line));
                return Ok(local(t, line));
            }
            let v = self.expr(value)?;
            let t = self.temp(v);
            let stmts = self.bind_pattern(target, local(t, line), false)?;
            self.sink.extend(stmts);
            return Ok(local(t, line));
        }
        // Compound: read, operate, write (the object and key once).
        let (name, place, read) = self.read_place(target, "a compound assignment to a pattern")?;
        let logical = matches!(op, AssignOp::And | AssignOp::Or | AssignOp::Nullish);
        if logical {
            let t = self.temp(read);
            let cond = match op {
                AssignOp::And => local(t, line),
                AssignOp::Or => e(
                    ExprKind::Unary {
                        op: ir::UnaryOp::Not,
                        operand: Box::new(local(t, line)),
                    },
                    line,
                ),
                _ => self.is_nullish(local(t, line), line),
            };
            let (mut pre, v) = self.expr_with_pre(value)?;
            pre.push(assign(Place::Local(t), v, line));
            pre.push(self.put(name, place, local(t, line), line));
            self.sink.push(s(
                StmtKind::If {
                    arms: vec![(cond, pre)],
                    otherwise: None,
                },
                line,
            ));
            return Ok(local(t, line));
        }
        let v = self.expr(value)?;
        let bop = match op {
            AssignOp::Add => BinaryOp::Add,
            AssignOp::Sub => BinaryOp::Sub,
            AssignOp::Mul => BinaryOp::Mul,
            AssignOp::Div => BinaryOp::Div,
            AssignOp::Rem => BinaryOp::Rem,
            AssignOp::Exp => BinaryOp::Exp,
            AssignOp::Shl => BinaryOp::Shl,
            AssignOp::Shr => BinaryOp::Shr,
            AssignOp::UShr => BinaryOp::UShr,
            AssignOp::BitOr => BinaryOp::BitOr,
            AssignOp::BitXor => BinaryOp::BitXor,
            _ => BinaryOp::BitAnd,
        };
        let r = self.binary(bop, read, v, line);
        let t = self.temp(r);
        let st = self.put(name, place, local(t, line), line);
        self.sink.push(st);
        Ok(local(t, line))
    }

    /// A read-modify-write target: its variable name (when it is one),
    /// its place and its current value (object and key evaluated once).
    fn read_place<'p>(
        &mut self,
        target: &'p ast::Pattern,
        what: &str,
    ) -> LResult<(Option<&'p str>, Place, Expr)> {
        let line = self.line(target.span);
        Ok(match &target.kind {
            ast::PatternKind::Ident(id) => (
                Some(id.name.as_str()),
                self.var_place(&id.name, line),
                self.var_expr(&id.name, line),
            ),
            ast::PatternKind::Member(m) => {
                let (place, read) = self.member_place(m, line)?;
                (None, place, read)
            }
            _ => return self.unsupported(target.span, what),
        })
    }

    /// `place = value`, where `name` is the variable the place is (when
    /// it is one): a `const` one throws after the value is evaluated.
    fn put(&mut self, name: Option<&str>, place: Place, value: Expr, line: u32) -> ir::Stmt {
        match name {
            Some(n) if !self.initialising && self.is_const(n) => self.assign_var(n, value, line),
            _ => assign(place, value, line),
        }
    }

    /// §13.4 Update expressions (`++x`, `x--`): the target's object and key
    /// evaluated once, then the core's `Inc`/`Dec` (numbers in the VM,
    /// ToNumeric and BigInts by core/src/protocol/js/ops.rs). The postfix
    /// form's value is ToNumeric of the old value.
    pub(crate) fn update_expr(
        &mut self,
        op: ast::UpdateOp,
        prefix: bool,
        arg: &ast::Expr,
        line: u32,
    ) -> LResult<Expr> {
        let target = member_or_ident(arg);
        let (name, place, read) = self.read_place(&target, "an update of a pattern")?;
        let op = match op {
            ast::UpdateOp::Increment => ir::UnaryOp::Inc,
            ast::UpdateOp::Decrement => ir::UnaryOp::Dec,
        };
        let step = |v: Expr| {
            e(
                ExprKind::Unary {
                    op,
                    operand: Box::new(v),
                },
                line,
            )
        };
        if prefix {
            let t = self.temp(step(read));
            let st = self.put(name, place, local(t, line), line);
            self.sink.push(st);
            return Ok(local(t, line));
        }
        let old = self.intrinsic_call("toNumeric", vec![read], line);
        let t = self.temp(old);
        let st = self.put(name, place, step(local(t, line)), line);
        self.sink.push(st);
        Ok(local(t, line))
    }

    /// The place of a member expression and its current value, with the
    /// object (and key) evaluated once.
    fn member_place(&mut self, m: &ast::Expr, line: u32) -> LResult<(Place, Expr)> {
        match &m.kind {
            X::Member {
                object, property, ..
            } => {
                let o = self.expr(object)?;
                let ot = self.temp(o);
                let key = match property {
                    MemberProp::Computed(k) => {
                        let k = self.expr(k)?;
                        let k = self.intrinsic_call("toKey", vec![k], line);
                        local(self.temp(k), line)
                    }
                    MemberProp::Name(id) => {
                        return Ok((
                            Place::Attr {
                                obj: local(ot, line),
                                name: id.name.clone().into_bytes(),
                            },
                            e(
                                ExprKind::Attr {
                                    obj: Box::new(local(ot, line)),
                                    name: id.name.clone().into_bytes(),
                                },
                                line,
                            ),
                        ))
                    }
                    MemberProp::Private(id) => str_expr(&format!("#{}", id.name), line),
                };
                Ok((
                    Place::Index {
                        obj: local(ot, line),
                        key: key.clone(),
                    },
                    e(
                        ExprKind::Index {
                            obj: Box::new(local(ot, line)),
                            key: Box::new(key),
                        },
                        line,
                    ),
                ))
            }
            X::Paren(inner) => self.member_place(inner, line),
            _ => self.unsupported(m.span, "this assignment target"),
        }
    }
}

fn member_or_ident(x: &ast::Expr) -> ast::Pattern {
    match &x.kind {
        X::Ident(n) => ast::Pattern::new(
            ast::PatternKind::Ident(ast::Ident::new(n.clone(), x.span)),
            x.span,
        ),
        X::Paren(inner) => member_or_ident(inner),
        _ => ast::Pattern::new(ast::PatternKind::Member(Box::new(x.clone())), x.span),
    }
}

/// Exactly one value of a call (a JavaScript call always has one; a
/// native may hand back none).
pub(crate) fn one(v: Expr) -> Expr {
    if v.is_multi() {
        let line = v.line;
        e(ExprKind::Paren(Box::new(v)), line)
    } else {
        v
    }
}

/// A number literal: an `Int` when integral.
pub(crate) fn number(f: f64, line: u32) -> Expr {
    if f.fract() == 0.0 && f.abs() < 9.0e15 && !(f == 0.0 && f.is_sign_negative()) {
        e(ExprKind::Int(f as i64), line)
    } else {
        e(ExprKind::Float(f), line)
    }
}

/// `a + b`; as one link of a chain of `+` that builds a string (a string
/// literal among its operands): `ir::ExprKind::AddChain`, which adds left
/// to right as nested `+` do, joining a string and the plain values after
/// it at once.
fn add(a: Expr, b: Expr, line: u32) -> Expr {
    let is_text = |x: &Expr| matches!(x.kind, ExprKind::Str(_));
    let kind = match a.kind {
        ExprKind::AddChain(mut items) => {
            items.push(b);
            ExprKind::AddChain(items)
        }
        ExprKind::Arith {
            op: BinOp::Add,
            lhs,
            rhs,
        } if is_text(&lhs) || is_text(&rhs) || is_text(&b) => {
            ExprKind::AddChain(vec![*lhs, *rhs, b])
        }
        kind => ExprKind::Arith {
            op: BinOp::Add,
            lhs: Box::new(Expr { kind, ..a }),
            rhs: Box::new(b),
        },
    };
    e(kind, line)
}
