//! Destructuring (ECMA-262 §8.6.2 BindingInitialization, §13.15.5
//! DestructuringAssignmentEvaluation): a pattern becomes reads of the
//! source value and assignments; `= default` applies when the value read
//! is `undefined`.

use omx_core::ir::{Expr, ExprKind, Place, Stmt, StmtKind};

use super::{assign, e, local, s, str_expr, LResult, Lowerer};
use crate::ast::{self, PatternKind};

impl Lowerer {
    /// Statements binding `p` to `value`; `declare`: the names are new
    /// locals of the current scope.
    pub(crate) fn bind_pattern(
        &mut self,
        p: &ast::Pattern,
        value: Expr,
        declare: bool,
    ) -> LResult<Vec<Stmt>> {
        let mut out = Vec::new();
        if declare {
            let mut names = Vec::new();
            super::stmt::pattern_names(p, &mut names);
            let ids: Vec<_> = names.iter().map(|n| self.declare(n)).collect();
            if !ids.is_empty() {
                out.push(s(
                    StmtKind::Local {
                        locals: ids,
                        values: vec![],
                    },
                    value.line,
                ));
            }
        }
        let saved = std::mem::take(&mut self.sink);
        let r = self.bind_into(p, value);
        out.extend(std::mem::replace(&mut self.sink, saved));
        r?;
        Ok(out)
    }

    fn bind_into(&mut self, p: &ast::Pattern, value: Expr) -> LResult<()> {
        let line = self.line(p.span);
        match &p.kind {
            PatternKind::Ident(id) => {
                let st = self.assign_var(&id.name, value, line);
                self.sink.push(st);
            }
            PatternKind::Member(m) => {
                let place = match &m.kind {
                    ast::ExprKind::Member {
                        object, property, ..
                    } => {
                        let o = self.expr(object)?;
                        match property {
                            ast::MemberProp::Name(id) => Place::Attr {
                                obj: o,
                                name: id.name.clone().into_bytes(),
                            },
                            ast::MemberProp::Private(id) => Place::Attr {
                                obj: o,
                                name: format!("#{}", id.name).into_bytes(),
                            },
                            ast::MemberProp::Computed(k) => Place::Index {
                                obj: o,
                                key: self.expr(k)?,
                            },
                        }
                    }
                    _ => return self.unsupported(m.span, "this assignment target"),
                };
                self.sink.push(assign(place, value, line));
            }
            PatternKind::Default { target, default } => {
                let t = self.temp(value);
                let cond = e(
                    ExprKind::Compare {
                        op: omx_core::ir::CompareOp::Eq,
                        lhs: Box::new(local(t, line)),
                        rhs: Box::new(e(ExprKind::Nil, line)),
                    },
                    line,
                );
                let name = match &target.kind {
                    PatternKind::Ident(i) => i.name.clone(),
                    _ => String::new(),
                };
                let saved = std::mem::take(&mut self.sink);
                let d = self.named_expr(default, &name);
                let mut then = std::mem::replace(&mut self.sink, saved);
                then.push(assign(Place::Local(t), d?, line));
                self.sink.push(s(
                    StmtKind::If {
                        arms: vec![(cond, then)],
                        otherwise: None,
                    },
                    line,
                ));
                self.bind_into(target, local(t, line))?;
            }
            PatternKind::Object { props, rest } => {
                let v = self.intrinsic_call("requireObjectCoercible", vec![value], line);
                let t = self.temp(v);
                let mut keys = Vec::new();
                for pr in props {
                    let (k, _) = self.prop_key(&pr.key, line)?;
                    keys.push(k.clone());
                    let read = e(
                        ExprKind::Index {
                            obj: Box::new(local(t, line)),
                            key: Box::new(k),
                        },
                        line,
                    );
                    self.bind_into(&pr.value, read)?;
                }
                if let Some(r) = rest {
                    let arr = self.intrinsic_call("array", keys, line);
                    let v = self.intrinsic_call("objectRest", vec![local(t, line), arr], line);
                    self.bind_into(r, v)?;
                }
            }
            PatternKind::Array { elems, rest } => {
                // Without a rest element only the elements needed are taken,
                // then the iterator is closed.
                let v = if rest.is_some() {
                    self.intrinsic_call("toArray", vec![value], line)
                } else {
                    let n = e(ExprKind::Int(elems.len() as i64), line);
                    self.intrinsic_call("takeN", vec![value, n], line)
                };
                let t = self.temp(v);
                for (i, el) in elems.iter().enumerate() {
                    if let Some(el) = el {
                        let read = e(
                            ExprKind::Index {
                                obj: Box::new(local(t, line)),
                                key: Box::new(e(ExprKind::Int(i as i64), line)),
                            },
                            line,
                        );
                        self.bind_into(el, read)?;
                    }
                }
                if let Some(r) = rest {
                    let v = self.intrinsic_call(
                        "sliceFrom",
                        vec![local(t, line), e(ExprKind::Int(elems.len() as i64), line)],
                        line,
                    );
                    self.bind_into(r, v)?;
                }
            }
        }
        Ok(())
    }

    /// The key text of a pattern property (for messages).
    #[allow(dead_code)]
    pub(crate) fn key_text(&self, line: u32, k: &str) -> Expr {
        str_expr(k, line)
    }
}
