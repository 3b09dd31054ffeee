//! Lowering expressions (Language Reference §6): names by scope,
//! operators onto the IR's arithmetic and comparisons, displays and
//! comprehensions, calls with keywords and unpacking, f-strings. What the
//! IR has no form for calls a `__omx_*` helper of `builtins`.

use omx_core::ir::{self, Arg, BinOp, Callee, CompareOp, Expr, ExprKind, MethodLoad, UnaryOp};
use omx_python_syntax::ast;

use super::analyze::ScopeInfo;
use super::scope::{Kind, Lowerer, Var};
use super::LResult;

pub fn ex(kind: ExprKind, line: u32) -> Expr {
    Expr::new(kind, line)
}

pub fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

pub fn s(text: &str, line: u32) -> Expr {
    ex(ExprKind::Str(text.as_bytes().to_vec()), line)
}

impl Lowerer {
    /// `builtins.name(args)`.
    pub(super) fn helper(&mut self, name: &str, args: Vec<Expr>, line: u32) -> Expr {
        let g = self.globals_expr(line);
        let f = ex(
            ExprKind::Attr {
                obj: bx(g),
                name: name.as_bytes().to_vec(),
            },
            line,
        );
        ex(
            ExprKind::Paren(bx(ex(ExprKind::Call { func: bx(f), args }, line))),
            line,
        )
    }

    /// `builtins.name(args)` with spreads and keywords.
    pub(super) fn helper_args(&mut self, name: &str, args: Vec<Arg>, line: u32) -> Expr {
        let g = self.globals_expr(line);
        let f = ex(
            ExprKind::Attr {
                obj: bx(g),
                name: name.as_bytes().to_vec(),
            },
            line,
        );
        ex(
            ExprKind::Paren(bx(ex(
                ExprKind::Invoke {
                    callee: Callee::Value(bx(f)),
                    args,
                },
                line,
            ))),
            line,
        )
    }

    /// The value of a name.
    pub(super) fn load_name(&mut self, name: &str, line: u32) -> Expr {
        match self.resolve(name) {
            Var::Local(id) => ex(ExprKind::Local(id), line),
            Var::Upvalue(id) => ex(ExprKind::Upvalue(id), line),
            Var::Global(n) => {
                let g = self.globals_expr(line);
                ex(
                    ExprKind::Attr {
                        obj: bx(g),
                        name: n.into_bytes(),
                    },
                    line,
                )
            }
            Var::ClassNs(ns, n) => {
                // A class body reads its namespace, then the globals.
                let nsx = ex(ExprKind::Local(ns), line);
                let g = self_globals(self, line);
                self.helper("__omx_class_name", vec![nsx, s(&n, line), g], line)
            }
        }
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> LResult<Expr> {
        self.enter_depth(e.span)?;
        let r = self.expr_inner(e);
        self.leave_depth();
        r
    }

    /// Items of a display as call arguments (`*x` spreads).
    pub(super) fn display_args(&mut self, es: &[ast::Expr]) -> LResult<Vec<Arg>> {
        let mut out = Vec::new();
        for e in es {
            match &e.kind {
                ast::ExprKind::Starred(inner) => {
                    let line = self.line(e.span);
                    let v = self.expr(inner)?;
                    out.push(Arg::Spread(self.helper("__omx_seq", vec![v], line)));
                }
                _ => out.push(Arg::Positional(self.expr(e)?)),
            }
        }
        Ok(out)
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> LResult<Expr> {
        use ast::ExprKind as K;
        let line = self.line(e.span);
        Ok(match &e.kind {
            K::Name(n) => self.load_name(n, line),
            K::Int(ast::IntValue::Small(i)) => ex(ExprKind::Int(*i), line),
            K::Int(ast::IntValue::Big { radix, digits }) => self.helper(
                "int",
                vec![s(digits, line), ex(ExprKind::Int(*radix as i64), line)],
                line,
            ),
            K::Float(f) => ex(ExprKind::Float(*f), line),
            K::Imaginary(_) => return self.unsupported(e.span, "complex numbers"),
            K::Strings(parts) => self.strings(parts, line)?,
            K::None => ex(ExprKind::Nil, line),
            K::True => ex(ExprKind::Bool(true), line),
            K::False => ex(ExprKind::Bool(false), line),
            K::Ellipsis => self.load_name("Ellipsis", line),
            K::Tuple(es) => {
                let args = self.display_args(es)?;
                self.helper_args("__omx_tuple", args, line)
            }
            K::List(es) => {
                let args = self.display_args(es)?;
                self.helper_args("__omx_list", args, line)
            }
            K::Set(es) => {
                let args = self.display_args(es)?;
                self.helper_args("__omx_set", args, line)
            }
            K::Dict(items) => self.dict_display(items, line)?,
            K::ListComp {
                element,
                generators,
            } => self.comprehension(CompKind::List, &[&**element], generators, line, e.span)?,
            K::SetComp {
                element,
                generators,
            } => self.comprehension(CompKind::Set, &[&**element], generators, line, e.span)?,
            K::GeneratorExp {
                element,
                generators,
            } => self.comprehension(CompKind::Gen, &[&**element], generators, line, e.span)?,
            K::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                CompKind::Dict,
                &[&**key, &**value],
                generators,
                line,
                e.span,
            )?,
            K::Starred(_) => return self.error(e.span, "can't use starred expression here"),
            K::BinOp { op, left, right } => {
                let l = self.expr(left)?;
                let r = self.expr(right)?;
                match bin_op(*op) {
                    Some(op) => ex(
                        ExprKind::Arith {
                            op,
                            lhs: bx(l),
                            rhs: bx(r),
                        },
                        line,
                    ),
                    None => self.helper("__omx_matmul", vec![l, r], line),
                }
            }
            K::UnaryOp { op, operand } => {
                let v = self.expr(operand)?;
                match op {
                    ast::UnaryOp::Not => ex(
                        ExprKind::Unary {
                            op: UnaryOp::Not,
                            operand: bx(v),
                        },
                        line,
                    ),
                    ast::UnaryOp::Neg => ex(
                        ExprKind::Unary {
                            op: UnaryOp::Neg,
                            operand: bx(v),
                        },
                        line,
                    ),
                    ast::UnaryOp::Invert => ex(
                        ExprKind::Unary {
                            op: UnaryOp::BNot,
                            operand: bx(v),
                        },
                        line,
                    ),
                    ast::UnaryOp::Pos => self.helper("__omx_pos", vec![v], line),
                }
            }
            K::BoolOp { op, values } => {
                let mut it = values.iter().rev();
                let mut acc = match it.next() {
                    Some(v) => self.expr(v)?,
                    None => ex(ExprKind::Nil, line),
                };
                for v in it {
                    let l = self.expr(v)?;
                    acc = match op {
                        ast::BoolOp::And => ex(
                            ExprKind::And {
                                lhs: bx(l),
                                rhs: bx(acc),
                            },
                            line,
                        ),
                        ast::BoolOp::Or => ex(
                            ExprKind::Or {
                                lhs: bx(l),
                                rhs: bx(acc),
                            },
                            line,
                        ),
                    };
                }
                acc
            }
            K::Compare { left, comparisons } => self.compare(left, comparisons, line)?,
            K::IfExp { test, body, orelse } => {
                // `(truth(test) and (body,) or (orelse,))[0]`: a 1-tuple is
                // true; the test's `__bool__` runs once.
                let t = self.expr(test)?;
                let t = self.helper("__omx_truth", vec![t], line);
                let b = self.expr(body)?;
                let o = self.expr(orelse)?;
                let b1 = self.helper("__omx_box", vec![b], line);
                let o1 = self.helper("__omx_box", vec![o], line);
                let pick = ex(
                    ExprKind::Or {
                        lhs: bx(ex(
                            ExprKind::And {
                                lhs: bx(t),
                                rhs: bx(b1),
                            },
                            line,
                        )),
                        rhs: bx(o1),
                    },
                    line,
                );
                ex(
                    ExprKind::Index {
                        obj: bx(pick),
                        key: bx(ex(ExprKind::Int(0), line)),
                    },
                    line,
                )
            }
            K::Lambda { parameters, body } => {
                let ret = ast::Stmt::new(ast::StmtKind::Return(Some((**body).clone())), body.span);
                self.function_value("<lambda>", parameters, std::slice::from_ref(&ret), e.span)?
            }
            K::NamedExpr { target, value } => {
                let v = self.expr(value)?;
                self.assign_expr(&target.name, v, line)
            }
            K::Attribute { value, attr } => {
                let o = self.expr(value)?;
                ex(
                    ExprKind::Attr {
                        obj: bx(o),
                        name: attr.name.as_bytes().to_vec(),
                    },
                    line,
                )
            }
            K::Subscript { value, index } => {
                if let K::Slice {
                    lower,
                    upper,
                    step: None,
                } = &index.kind
                {
                    // `obj[lower:upper]` makes no slice object unless the
                    // item rule needs one (protocol/python/slice.rs).
                    let mut args = vec![self.expr(value)?];
                    for p in [lower, upper] {
                        args.push(match p {
                            Some(x) => self.expr(x)?,
                            None => ex(ExprKind::Nil, line),
                        });
                    }
                    return Ok(self.helper("__omx_getslice", args, line));
                }
                let o = self.expr(value)?;
                let k = self.expr(index)?;
                ex(
                    ExprKind::Index {
                        obj: bx(o),
                        key: bx(k),
                    },
                    line,
                )
            }
            K::Slice { lower, upper, step } => {
                let mut parts = Vec::new();
                for p in [lower, upper, step] {
                    parts.push(match p {
                        Some(x) => self.expr(x)?,
                        None => ex(ExprKind::Nil, line),
                    });
                }
                self.helper("slice", parts, line)
            }
            K::Call { func, args } => self.call(func, args, line)?,
            K::Yield(v) => {
                let v = match v {
                    Some(v) => self.expr(v)?,
                    None => ex(ExprKind::Nil, line),
                };
                ex(ExprKind::Yield(bx(v)), line)
            }
            K::YieldFrom(_) => return self.unsupported(
                e.span,
                "'yield from' inside an expression (use it as a statement or 'x = yield from ...')",
            ),
        })
    }

    /// `name := value` as an expression: a tiny function assigns the name
    /// (a local of this scope becomes a cell) and returns the value.
    pub(super) fn assign_expr(&mut self, name: &str, value: Expr, line: u32) -> Expr {
        let info = ScopeInfo::default();
        self.push_func("<walrus>", line, Kind::Function, info);
        let p = self.named_local("\0v");
        self.cur().func.params.push(p);
        let v = ex(ExprKind::Local(p), line);
        let mut body = self.store_name_stmts(name, v.clone(), line);
        body.push(ir::Stmt::new(ir::StmtKind::Return(vec![v]), line));
        let mut f = self.pop_func();
        f.body = body;
        ex(
            ExprKind::Paren(bx(ex(
                ExprKind::Call {
                    func: bx(ex(ExprKind::Function(Box::new(f)), line)),
                    args: vec![value],
                },
                line,
            ))),
            line,
        )
    }

    fn compare(
        &mut self,
        left: &ast::Expr,
        comparisons: &[(ast::CmpOp, ast::Expr)],
        line: u32,
    ) -> LResult<Expr> {
        let mut lhs = self.expr(left)?;
        let mut result: Option<Expr> = None;
        let n = comparisons.len();
        for (i, (op, right)) in comparisons.iter().enumerate() {
            let mut rhs = self.expr(right)?;
            let mut next_lhs = None;
            if i + 1 < n {
                // The middle operand is evaluated once.
                if is_simple(&rhs) {
                    next_lhs = Some(rhs.clone());
                } else {
                    let t = self.temp();
                    let set = self.assign_temp_expr(t, rhs, line);
                    rhs = set;
                    next_lhs = Some(ex(ExprKind::Local(t), line));
                }
            }
            let c = self.compare_one(*op, lhs, rhs, line);
            result = Some(match result {
                None => c,
                Some(acc) => ex(
                    ExprKind::And {
                        lhs: bx(acc),
                        rhs: bx(c),
                    },
                    line,
                ),
            });
            if let Some(l) = next_lhs {
                lhs = l;
            } else {
                break;
            }
        }
        Ok(result.unwrap_or_else(|| ex(ExprKind::Bool(true), line)))
    }

    /// Assign a temporary inside an expression; the value is the result.
    fn assign_temp_expr(&mut self, t: ir::LocalId, value: Expr, line: u32) -> Expr {
        self.push_func("<tmp>", line, Kind::Function, ScopeInfo::default());
        let p = self.named_local("\0v");
        self.cur().func.params.push(p);
        let level = self.funcs.len() - 2;
        self.funcs[level].func.locals[t].captured = true;
        self.cur().func.upvalues.push(ir::UpvalueDecl {
            name: "\0t".into(),
            capture: ir::Capture::Local(t),
        });
        let up = self.cur().func.upvalues.len() - 1;
        let v = ex(ExprKind::Local(p), line);
        let body = vec![
            ir::Stmt::new(
                ir::StmtKind::Assign {
                    targets: vec![ir::Place::Upvalue(up)],
                    values: vec![v.clone()],
                },
                line,
            ),
            ir::Stmt::new(ir::StmtKind::Return(vec![v]), line),
        ];
        let mut f = self.pop_func();
        f.body = body;
        ex(
            ExprKind::Paren(bx(ex(
                ExprKind::Call {
                    func: bx(ex(ExprKind::Function(Box::new(f)), line)),
                    args: vec![value],
                },
                line,
            ))),
            line,
        )
    }

    fn compare_one(&mut self, op: ast::CmpOp, l: Expr, r: Expr, line: u32) -> Expr {
        use ast::CmpOp as C;
        let cmp = |op| {
            ex(
                ExprKind::Compare {
                    op,
                    lhs: bx(l.clone()),
                    rhs: bx(r.clone()),
                },
                line,
            )
        };
        match op {
            C::Eq => cmp(CompareOp::Eq),
            C::NotEq => cmp(CompareOp::Ne),
            C::Lt => cmp(CompareOp::Lt),
            C::LtE => cmp(CompareOp::Le),
            C::Gt => cmp(CompareOp::Gt),
            C::GtE => cmp(CompareOp::Ge),
            C::Is => self.helper("__omx_is", vec![l, r], line),
            C::IsNot => {
                let is = self.helper("__omx_is", vec![l, r], line);
                ex(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        operand: bx(is),
                    },
                    line,
                )
            }
            C::In => self.helper("__omx_in", vec![l, r], line),
            C::NotIn => {
                let is = self.helper("__omx_in", vec![l, r], line);
                ex(
                    ExprKind::Unary {
                        op: UnaryOp::Not,
                        operand: bx(is),
                    },
                    line,
                )
            }
        }
    }

    fn dict_display(&mut self, items: &[ast::DictItem], line: u32) -> LResult<Expr> {
        let mut acc: Option<Expr> = None;
        let mut pairs = Vec::new();
        for item in items {
            match item {
                ast::DictItem::KeyValue(k, v) => {
                    pairs.push(self.expr(k)?);
                    pairs.push(self.expr(v)?);
                }
                ast::DictItem::Unpack(e) => {
                    let d = match acc.take() {
                        None => self.helper("__omx_dict", std::mem::take(&mut pairs), line),
                        Some(d) => {
                            let mut args = vec![d];
                            args.append(&mut pairs);
                            self.helper("__omx_dict_add", args, line)
                        }
                    };
                    let v = self.expr(e)?;
                    acc = Some(self.helper("__omx_dict_update", vec![d, v], line));
                }
            }
        }
        Ok(match acc {
            None => self.helper("__omx_dict", pairs, line),
            Some(d) if pairs.is_empty() => d,
            Some(d) => {
                let mut args = vec![d];
                args.append(&mut pairs);
                self.helper("__omx_dict_add", args, line)
            }
        })
    }

    fn call(&mut self, func: &ast::Expr, args: &[ast::Argument], line: u32) -> LResult<Expr> {
        // Zero-argument `super()`: `super(__class__, <first argument>)`.
        if let (ast::ExprKind::Name(n), true) = (&func.kind, args.is_empty()) {
            if n == "super"
                && self.kind() == Kind::Function
                && matches!(self.resolve("super"), Var::Global(_))
            {
                let first = self
                    .funcs
                    .last()
                    .and_then(|f| f.func.params.first().copied());
                if let Some(first) = first {
                    let cls = self.load_name("__class__", line);
                    let f = self.load_name("super", line);
                    return Ok(ex(
                        ExprKind::Paren(bx(ex(
                            ExprKind::Call {
                                func: bx(f),
                                args: vec![cls, ex(ExprKind::Local(first), line)],
                            },
                            line,
                        ))),
                        line,
                    ));
                }
            }
        }
        let mut ir_args = Vec::new();
        let mut simple = true;
        for a in args {
            match a {
                ast::Argument::Positional(e) => ir_args.push(Arg::Positional(self.expr(e)?)),
                ast::Argument::Starred(e) => {
                    simple = false;
                    let v = self.expr(e)?;
                    ir_args.push(Arg::Spread(self.helper("__omx_seq", vec![v], line)));
                }
                ast::Argument::Keyword(name, e) => {
                    simple = false;
                    ir_args.push(Arg::Keyword(name.name.as_bytes().to_vec(), self.expr(e)?));
                }
                ast::Argument::DoubleStarred(e) => {
                    simple = false;
                    let v = self.expr(e)?;
                    ir_args.push(Arg::KeywordSpread(self.helper(
                        "__omx_kwargs",
                        vec![v],
                        line,
                    )));
                }
            }
        }
        let call = match &func.kind {
            ast::ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                ExprKind::Invoke {
                    callee: Callee::Method {
                        obj: bx(obj),
                        name: attr.name.as_bytes().to_vec(),
                        load: MethodLoad::MaybeBound,
                    },
                    args: ir_args,
                }
            }
            _ => {
                let f = self.expr(func)?;
                if simple {
                    let args = ir_args
                        .into_iter()
                        .map(|a| match a {
                            Arg::Positional(e) => e,
                            _ => ex(ExprKind::Nil, line),
                        })
                        .collect();
                    ExprKind::Call { func: bx(f), args }
                } else {
                    ExprKind::Invoke {
                        callee: Callee::Value(bx(f)),
                        args: ir_args,
                    }
                }
            }
        };
        Ok(ex(ExprKind::Paren(bx(ex(call, line))), line))
    }

    fn strings(&mut self, parts: &[ast::StringLiteral], line: u32) -> LResult<Expr> {
        let mut pieces: Vec<Expr> = Vec::new();
        let mut text = String::new();
        for p in parts {
            match &p.value {
                ast::StringValue::Text(t) => text.push_str(t),
                ast::StringValue::Bytes(b) => text.push_str(&String::from_utf8_lossy(b)),
                ast::StringValue::Format(fs) => self.fstring(fs, &mut text, &mut pieces, line)?,
            }
        }
        if pieces.is_empty() {
            return Ok(s(&text, line));
        }
        if !text.is_empty() {
            pieces.push(s(&text, line));
        }
        if pieces.len() == 1 && matches!(pieces[0].kind, ExprKind::Str(_)) {
            return Ok(pieces.remove(0));
        }
        Ok(self.helper("__omx_concat", pieces, line))
    }

    fn fstring(
        &mut self,
        parts: &[ast::FStringPart],
        text: &mut String,
        pieces: &mut Vec<Expr>,
        line: u32,
    ) -> LResult<()> {
        for p in parts {
            match p {
                ast::FStringPart::Literal(t) => text.push_str(t),
                ast::FStringPart::Field(f) => {
                    if let Some(d) = &f.debug_text {
                        text.push_str(d);
                    }
                    if !text.is_empty() {
                        pieces.push(s(text, line));
                        text.clear();
                    }
                    let v = self.expr(&f.expr)?;
                    let conv = match (f.conversion, &f.debug_text, &f.format_spec) {
                        (Some('r'), _, _) | (None, Some(_), None) => {
                            self.helper("repr", vec![v], line)
                        }
                        (Some('a'), _, _) => self.helper("ascii", vec![v], line),
                        (Some(_), _, _) => self.helper("str", vec![v], line),
                        (None, _, _) => v,
                    };
                    let spec = match &f.format_spec {
                        Some(sp) => {
                            let mut st = String::new();
                            let mut sub = Vec::new();
                            self.fstring(sp, &mut st, &mut sub, line)?;
                            if sub.is_empty() {
                                s(&st, line)
                            } else {
                                if !st.is_empty() {
                                    sub.push(s(&st, line));
                                }
                                self.helper("__omx_concat", sub, line)
                            }
                        }
                        None => s("", line),
                    };
                    pieces.push(self.helper("format", vec![conv, spec], line));
                }
            }
        }
        Ok(())
    }
}

fn self_globals(l: &mut Lowerer, line: u32) -> Expr {
    l.globals_expr(line)
}

/// A constant or a local: evaluating it twice is harmless.
fn is_simple(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Nil
            | ExprKind::Bool(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Local(_)
            | ExprKind::Upvalue(_)
    )
}

pub fn bin_op(op: ast::BinOp) -> Option<BinOp> {
    use ast::BinOp as B;
    Some(match op {
        B::Add => BinOp::Add,
        B::Sub => BinOp::Sub,
        B::Mul => BinOp::Mul,
        B::MatMul => return None,
        B::Div => BinOp::Div,
        B::FloorDiv => BinOp::IDiv,
        B::Mod => BinOp::Mod,
        B::Pow => BinOp::Pow,
        B::LShift => BinOp::Shl,
        B::RShift => BinOp::Shr,
        B::BitOr => BinOp::BOr,
        B::BitXor => BinOp::BXor,
        B::BitAnd => BinOp::BAnd,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}
