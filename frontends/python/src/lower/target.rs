//! Assignment targets (Language Reference §7.2 "Assignment statements"):
//! a name binds in its scope, an attribute reference assigns through
//! `__setattr__`, a subscription through `__setitem__`, a tuple or list
//! unpacks an iterable (with at most one starred target).

use omx_core::ir::{Expr, ExprKind, Place, Stmt, StmtKind};
use omx_python_syntax::ast::{self, TargetKind};

use super::expr::{bx, ex, s};
use super::scope::{Lowerer, Var};
use super::LResult;

impl Lowerer {
    fn place_of_name(&mut self, name: &str, line: u32) -> Place {
        match self.resolve(name) {
            Var::Local(id) => Place::Local(id),
            Var::Upvalue(id) => Place::Upvalue(id),
            Var::Global(n) => Place::Attr {
                obj: self.globals_expr(line),
                name: n.into_bytes(),
            },
            Var::ClassNs(ns, n) => Place::Index {
                obj: ex(ExprKind::Local(ns), line),
                key: s(&n, line),
            },
        }
    }

    pub(super) fn store_name_stmts(&mut self, name: &str, value: Expr, line: u32) -> Vec<Stmt> {
        let place = self.place_of_name(name, line);
        vec![Stmt::new(
            StmtKind::Assign {
                targets: vec![place],
                values: vec![value],
            },
            line,
        )]
    }

    pub(super) fn store_target(&mut self, t: &ast::Target, value: Expr) -> LResult<Vec<Stmt>> {
        let line = self.line(t.span);
        Ok(match &t.kind {
            TargetKind::Name(n) => self.store_name_stmts(n, value, line),
            TargetKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                let place = Place::Attr {
                    obj: o,
                    name: attr.name.as_bytes().to_vec(),
                };
                vec![Stmt::new(
                    StmtKind::Assign {
                        targets: vec![place],
                        values: vec![value],
                    },
                    line,
                )]
            }
            TargetKind::Subscript { value: obj, index } => {
                let o = self.expr(obj)?;
                let k = self.expr(index)?;
                let place = Place::Index { obj: o, key: k };
                vec![Stmt::new(
                    StmtKind::Assign {
                        targets: vec![place],
                        values: vec![value],
                    },
                    line,
                )]
            }
            TargetKind::Tuple(ts) | TargetKind::List(ts) => {
                let star = ts
                    .iter()
                    .position(|t| matches!(t.kind, TargetKind::Starred(_)));
                if ts
                    .iter()
                    .filter(|t| matches!(t.kind, TargetKind::Starred(_)))
                    .count()
                    > 1
                {
                    return self.error(t.span, "multiple starred expressions in assignment");
                }
                let tmp = self.new_local("\0unpack");
                let n = ex(ExprKind::Int(ts.len() as i64), line);
                let st = ex(ExprKind::Int(star.map_or(-1, |i| i as i64)), line);
                let unpacked = self.helper("__omx_unpack", vec![value, n, st], line);
                let mut out = vec![Stmt::new(
                    StmtKind::Local {
                        locals: vec![tmp],
                        values: vec![unpacked],
                    },
                    line,
                )];
                for (i, elt) in ts.iter().enumerate() {
                    let item = ex(
                        ExprKind::Index {
                            obj: bx(ex(ExprKind::Local(tmp), line)),
                            key: bx(ex(ExprKind::Int(i as i64), line)),
                        },
                        line,
                    );
                    let inner = match &elt.kind {
                        TargetKind::Starred(inner) => inner,
                        _ => elt,
                    };
                    out.extend(self.store_target(inner, item)?);
                }
                out
            }
            TargetKind::Starred(_) => {
                return self.error(
                    t.span,
                    "starred assignment target must be in a list or tuple",
                )
            }
        })
    }

    /// `del target`.
    pub(super) fn delete_target(&mut self, t: &ast::Target) -> LResult<Vec<Stmt>> {
        let line = self.line(t.span);
        let place = match &t.kind {
            TargetKind::Name(n) => match self.place_of_name(n, line) {
                p @ (Place::Local(_) | Place::Upvalue(_)) => {
                    return Ok(vec![Stmt::new(
                        StmtKind::Assign {
                            targets: vec![p],
                            values: vec![ex(ExprKind::Nil, line)],
                        },
                        line,
                    )]);
                }
                p => p,
            },
            TargetKind::Attribute { value, attr } => Place::Attr {
                obj: self.expr(value)?,
                name: attr.name.as_bytes().to_vec(),
            },
            TargetKind::Subscript { value, index } => Place::Index {
                obj: self.expr(value)?,
                key: self.expr(index)?,
            },
            TargetKind::Tuple(ts) | TargetKind::List(ts) => {
                let mut out = Vec::new();
                for t in ts {
                    out.extend(self.delete_target(t)?);
                }
                return Ok(out);
            }
            TargetKind::Starred(_) => return self.error(t.span, "cannot delete starred"),
        };
        Ok(vec![Stmt::new(
            StmtKind::Expr(ex(ExprKind::Delete(Box::new(place)), line)),
            line,
        )])
    }
}
