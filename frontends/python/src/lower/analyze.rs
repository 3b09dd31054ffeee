//! What a scope binds (Language Reference §4.2.1 "Binding of names"):
//! names assigned, defined, imported or caught in it, its `global` and
//! `nonlocal` declarations, whether it yields, and whether it names
//! `super` or `__class__` (a method then needs the `__class__` cell).
//! Nested functions, lambdas, classes and comprehensions are their own
//! scopes and are not entered (their defaults, decorators and bases are).

use std::collections::BTreeSet;

use omx_python_syntax::ast::{self, ExprKind, StmtKind, TargetKind};

#[derive(Default, Debug)]
pub struct ScopeInfo {
    pub bound: BTreeSet<String>,
    pub globals: BTreeSet<String>,
    pub nonlocals: BTreeSet<String>,
    pub yields: bool,
    pub uses_class_cell: bool,
}

impl ScopeInfo {
    pub fn of_body(body: &[ast::Stmt]) -> ScopeInfo {
        let mut s = ScopeInfo::default();
        for st in body {
            s.stmt(st);
        }
        for g in s.globals.iter().chain(s.nonlocals.iter()) {
            s.bound.remove(g);
        }
        s
    }

    fn target(&mut self, t: &ast::Target) {
        match &t.kind {
            TargetKind::Name(n) => {
                self.bound.insert(n.clone());
            }
            TargetKind::Attribute { value, .. } => self.expr(value),
            TargetKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            TargetKind::Tuple(ts) | TargetKind::List(ts) => ts.iter().for_each(|t| self.target(t)),
            TargetKind::Starred(t) => self.target(t),
        }
    }

    fn body(&mut self, b: &[ast::Stmt]) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| self.target(t));
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.target(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if value.is_some() {
                    self.target(target);
                }
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Raise { exception, cause } => {
                if let Some(e) = exception {
                    self.expr(e);
                }
                if let Some(e) = cause {
                    self.expr(e);
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.globals.insert(n.name.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.nonlocals.insert(n.name.clone());
                }
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| self.target(t)),
            StmtKind::Assert { test, message } => {
                self.expr(test);
                if let Some(m) = message {
                    self.expr(m);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = match &a.asname {
                        Some(n) => n.name.clone(),
                        None => a.name.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bound.insert(name);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                if let ast::ImportNames::Names(aliases) = names {
                    for a in aliases {
                        let name = a.asname.as_ref().unwrap_or(&a.name).name.clone();
                        self.bound.insert(name);
                    }
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.target(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bound.insert(n.name.clone());
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With { items, body } => {
                for i in items {
                    self.expr(&i.context);
                    if let Some(t) = &i.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::FunctionDef(f) => {
                self.bound.insert(f.name.name.clone());
                f.decorators.iter().for_each(|d| self.expr(d));
                for p in &f.parameters.params {
                    if let Some(d) = &p.default {
                        self.expr(d);
                    }
                }
            }
            StmtKind::ClassDef(c) => {
                self.bound.insert(c.name.name.clone());
                c.decorators.iter().for_each(|d| self.expr(d));
                for a in &c.arguments {
                    self.argument(a);
                }
            }
        }
    }

    fn argument(&mut self, a: &ast::Argument) {
        match a {
            ast::Argument::Positional(e)
            | ast::Argument::Starred(e)
            | ast::Argument::DoubleStarred(e) => self.expr(e),
            ast::Argument::Keyword(_, e) => self.expr(e),
        }
    }

    fn comprehension_outer(&mut self, gens: &[ast::Comprehension], parts: &[&ast::Expr]) {
        // The first iterable is evaluated in this scope; walrus targets
        // inside bind here too.
        if let Some(g) = gens.first() {
            self.expr(&g.iter);
        }
        let mut inner = ScopeInfo::default();
        for g in gens.iter().skip(1) {
            inner.expr(&g.iter);
        }
        for g in gens {
            g.conditions.iter().for_each(|c| inner.expr(c));
        }
        parts.iter().for_each(|p| inner.expr(p));
        self.walrus_from(&inner);
        self.uses_class_cell |= inner.uses_class_cell;
    }

    fn walrus_from(&mut self, inner: &ScopeInfo) {
        for n in &inner.nonlocals {
            if let Some(name) = n.strip_prefix("\0walrus:") {
                self.bound.insert(name.to_string());
            }
        }
    }

    fn expr(&mut self, e: &ast::Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                if n == "super" || n == "__class__" {
                    self.uses_class_cell = true;
                }
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imaginary(_)
            | ExprKind::None
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis => {}
            ExprKind::Strings(parts) => {
                for p in parts {
                    if let ast::StringValue::Format(fs) = &p.value {
                        self.fparts(fs);
                    }
                }
            }
            ExprKind::Tuple(es) | ExprKind::List(es) | ExprKind::Set(es) => {
                es.iter().for_each(|e| self.expr(e))
            }
            ExprKind::Dict(items) => {
                for i in items {
                    match i {
                        ast::DictItem::KeyValue(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        ast::DictItem::Unpack(e) => self.expr(e),
                    }
                }
            }
            ExprKind::ListComp {
                element,
                generators,
            }
            | ExprKind::SetComp {
                element,
                generators,
            }
            | ExprKind::GeneratorExp {
                element,
                generators,
            } => {
                self.comprehension_outer(generators, &[element]);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension_outer(generators, &[key, value]),
            ExprKind::Starred(e) => self.expr(e),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().for_each(|e| self.expr(e)),
            ExprKind::Compare { left, comparisons } => {
                self.expr(left);
                comparisons.iter().for_each(|(_, e)| self.expr(e));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { parameters, .. } => {
                for p in &parameters.params {
                    if let Some(d) = &p.default {
                        self.expr(d);
                    }
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.bound.insert(target.name.clone());
                self.nonlocals.insert(format!("\0walrus:{}", target.name));
                self.expr(value);
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                args.iter().for_each(|a| self.argument(a));
            }
            ExprKind::Yield(e) => {
                self.yields = true;
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            ExprKind::YieldFrom(e) => {
                self.yields = true;
                self.expr(e);
            }
        }
    }

    fn fparts(&mut self, parts: &[ast::FStringPart]) {
        for p in parts {
            if let ast::FStringPart::Field(f) = p {
                self.expr(&f.expr);
                if let Some(spec) = &f.format_spec {
                    self.fparts(spec);
                }
            }
        }
    }
}
