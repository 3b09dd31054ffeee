//! Functions (ECMA-262 §10.2), arrows, methods and classes (§15.7).
//! Parameter 0 of every function is its `this`; an arrow's is unused (its
//! `this` is the enclosing one). Default values apply when the argument is
//! `undefined` (§10.2.11 FunctionDeclarationInstantiation). A class is its
//! constructor function made by `%I.mkclass`, its methods defined on the
//! prototype (static ones on the class) by `%I.defMethod`.

use omx_core::ir::{self, Expr, ExprKind, Place, StmtKind};
use omx_core::protocol::js::model::fflags;
use omx_core::{Lang, Span};

use super::{assign, e, local, s, str_expr, AsyncPart, ClassCtx, FuncCtx, LResult, Lowerer};
use crate::ast::walk::{self, Node};
use crate::ast::{self, ArrowBody, ClassMemberKind, MethodKind, Params, PatternKind};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Normal,
    Arrow,
    Method,
    ClassCtor { derived: bool },
}

impl Lowerer {
    #[allow(clippy::too_many_arguments)]
    fn build(
        &mut self,
        name: &str,
        params: &Params,
        body: &[ast::Stmt],
        expr_body: Option<&ast::Expr>,
        kind: Kind,
        is_generator: bool,
        span: Span,
    ) -> LResult<ir::Function> {
        let line = self.line(span);
        let mut func = ir::Function::new(name, &self.chunk_name, Lang::JavaScript);
        func.line_defined = line;
        func.last_line = self.line(Span::new(
            (span.end as usize).saturating_sub(1),
            span.end as usize,
        ));
        let part = std::mem::take(&mut self.async_next);
        func.is_generator = is_generator || part == AsyncPart::Body;
        if self.funcs.len() > 150 {
            return self.unsupported(span, "functions nested this deeply");
        }
        self.funcs.push(FuncCtx {
            func,
            scopes: vec![Vec::new()],
            targets: Vec::new(),
            derived: matches!(kind, Kind::ClassCtor { derived: true }),
            async_body: part == AsyncPart::Body,
        });
        let saved_sink = std::mem::take(&mut self.sink);
        let saved_labels = std::mem::take(&mut self.pending_labels);
        let saved_strict = self.strict;
        let saved_init = std::mem::replace(&mut self.initialising, false);
        self.strict |= super::has_use_strict(body);
        let r = self.build_inner(name, params, body, expr_body, kind, line, part, span);
        self.strict = saved_strict;
        self.initialising = saved_init;
        self.sink = saved_sink;
        self.pending_labels = saved_labels;
        // The function's `const` locals end with it (its local numbers
        // are another function's next).
        let level = self.funcs.len();
        self.consts.retain(|(l, _)| *l != level);
        let ctx = self.funcs.pop();
        let body = r?;
        let mut f = ctx
            .map(|c| c.func)
            .unwrap_or_else(|| ir::Function::new("", "", Lang::JavaScript));
        f.body = body;
        Ok(f)
    }

    #[allow(clippy::too_many_arguments)]
    fn build_inner(
        &mut self,
        name: &str,
        params: &Params,
        body: &[ast::Stmt],
        expr_body: Option<&ast::Expr>,
        kind: Kind,
        line: u32,
        part: AsyncPart,
        span: Span,
    ) -> LResult<Vec<ir::Stmt>> {
        let this_name = if kind == Kind::Arrow {
            "%arrowthis"
        } else {
            "this"
        };
        let this = self.declare(this_name);
        self.current().func.params.push(this);
        let mut prologue = Vec::new();
        // `new.target` is taken first, before a parameter's default can
        // run another constructor. A base class or function that never
        // reads it takes nothing (and is flagged so: `fflags::NEW_TARGET`).
        let takes_new_target = match kind {
            Kind::ClassCtor { derived: true } => true,
            Kind::Arrow => false,
            _ => reads_new_target(params, body),
        };
        if takes_new_target {
            let nt = self.declare("%newtarget");
            let v = self.intrinsic_call("takeNewTarget", vec![], line);
            prologue.push(s(
                StmtKind::Local {
                    locals: vec![nt],
                    values: vec![v],
                },
                line,
            ));
        }
        let uses_arguments = kind != Kind::Arrow && uses_arguments(body, expr_body);
        let simple = params
            .items
            .iter()
            .all(|p| matches!(p.kind, PatternKind::Ident(_)));
        if uses_arguments {
            let args = self.declare("arguments");
            self.current().func.signature.rest = Some(args);
            for (i, p) in params.items.iter().enumerate() {
                let read = e(
                    ExprKind::Index {
                        obj: Box::new(local(args, line)),
                        key: Box::new(e(ExprKind::Int(i as i64), line)),
                    },
                    line,
                );
                prologue.extend(self.bind_pattern(p, read, true)?);
            }
            if let Some(r) = &params.rest {
                let v = self.intrinsic_call(
                    "sliceFrom",
                    vec![
                        local(args, line),
                        e(ExprKind::Int(params.items.len() as i64), line),
                    ],
                    line,
                );
                prologue.extend(self.bind_pattern(r, v, true)?);
            }
        } else if simple
            && params
                .rest
                .as_deref()
                .is_none_or(|r| matches!(r.kind, PatternKind::Ident(_)))
        {
            for p in &params.items {
                if let PatternKind::Ident(id) = &p.kind {
                    let l = self.declare(&id.name);
                    self.current().func.params.push(l);
                }
            }
            if let Some(r) = &params.rest {
                if let PatternKind::Ident(id) = &r.kind {
                    let l = self.declare(&id.name);
                    self.current().func.signature.rest = Some(l);
                }
            }
        } else {
            let mut raw = Vec::new();
            for _ in &params.items {
                let n = self.fresh("p");
                let l = self.declare(&n);
                self.current().func.params.push(l);
                raw.push(l);
            }
            let rest_raw = params.rest.as_ref().map(|_| {
                let n = self.fresh("rest");
                let l = self.declare(&n);
                self.current().func.signature.rest = Some(l);
                l
            });
            for (p, l) in params.items.iter().zip(raw) {
                prologue.extend(self.bind_pattern(p, local(l, line), true)?);
            }
            if let (Some(r), Some(l)) = (&params.rest, rest_raw) {
                prologue.extend(self.bind_pattern(r, local(l, line), true)?);
            }
        }
        // Sloppy code: a plain call's `this` is the global object
        // (§10.2.1.2 OrdinaryCallBindThis).
        if !self.strict && matches!(kind, Kind::Normal | Kind::Method) && uses_this(body) {
            let this_now = local(this, line);
            let cond = self.is_nullish(this_now, line);
            let g = self.var_expr("%G", line);
            prologue.push(s(
                StmtKind::If {
                    arms: vec![(cond, vec![assign(Place::Local(this), g, line)])],
                    otherwise: None,
                },
                line,
            ));
        }
        let mut out = prologue;
        if part == AsyncPart::Outer {
            // §27.7.5.1 AsyncFunctionStart: the body runs as a generator
            // arrow (same `this`, `arguments`, `new.target`), driven by the
            // prelude's asyncRun, which returns the function's promise.
            self.async_next = AsyncPart::Body;
            let inner = self.build(
                name,
                &Params::default(),
                body,
                expr_body,
                Kind::Arrow,
                true,
                span,
            )?;
            let closure = e(ExprKind::Function(Box::new(inner)), line);
            let run = self.intrinsic_call("asyncRun", vec![closure], line);
            out.push(s(StmtKind::Return(vec![run]), line));
            return Ok(out);
        }
        match expr_body {
            Some(x) => {
                let (pre, v) = self.expr_with_pre(x)?;
                out.extend(pre);
                out.push(s(StmtKind::Return(vec![v]), line));
            }
            None => out.extend(self.function_body(body)?),
        }
        if let Kind::ClassCtor { derived: true } = kind {
            let this = self.var_expr("this", line);
            out.push(s(StmtKind::Return(vec![this]), line));
        }
        // A function of its own "use strict" in sloppy code: strict while
        // it runs (the realm's flag is set on entry and restored on exit).
        if expr_body.is_none() && super::has_use_strict(body) && !self.current().func.is_generator {
            let name = self.fresh("strict");
            let prev = self.declare(&name);
            let set = self.intrinsic_call("setStrict", vec![e(ExprKind::Bool(true), line)], line);
            let restore = self.intrinsic_call("setStrict", vec![local(prev, line)], line);
            return Ok(vec![
                s(
                    StmtKind::Local {
                        locals: vec![prev],
                        values: vec![set],
                    },
                    line,
                ),
                s(
                    StmtKind::Try {
                        body: out,
                        catch: None,
                        orelse: vec![],
                        finally: Some(vec![s(StmtKind::Expr(restore), line)]),
                    },
                    line,
                ),
            ]);
        }
        Ok(out)
    }

    fn make_function(
        &mut self,
        f: ir::Function,
        name: &str,
        params: &Params,
        flags: i64,
        line: u32,
        span: Span,
    ) -> Expr {
        let length = params
            .items
            .iter()
            .take_while(|p| !matches!(p.kind, PatternKind::Default { .. }))
            .count();
        let closure = e(ExprKind::Function(Box::new(f)), line);
        self.intrinsic_call(
            "mkfunc",
            vec![
                closure,
                str_expr(name, line),
                e(ExprKind::Int(length as i64), line),
                e(ExprKind::Int(flags), line),
                self.source_text(span, line),
            ],
            line,
        )
    }

    /// The source text of a function for `Function.prototype.toString`
    /// (none for the prelude's builtins, which print as native code).
    fn source_text(&self, span: Span, line: u32) -> Expr {
        match self.source.get(span.start as usize..span.end as usize) {
            Some(text) if !self.prelude => str_expr(text, line),
            _ => e(ExprKind::Nil, line),
        }
    }

    pub(crate) fn function_value(
        &mut self,
        f: &ast::Function,
        name: &str,
        kind: Kind,
    ) -> LResult<Expr> {
        let line = self.line(f.span);
        if f.is_async && f.is_generator {
            return self.unsupported(f.span, "async generators");
        }
        if f.is_async {
            self.async_next = AsyncPart::Outer;
        }
        let irf = self.build(name, &f.params, &f.body, None, kind, f.is_generator, f.span)?;
        let mut flags = 0;
        if f.is_generator || f.is_async || kind != Kind::Normal {
            flags |= fflags::NO_CONSTRUCT;
        }
        if reads_new_target(&f.params, &f.body) {
            flags |= fflags::NEW_TARGET;
        }
        if f.is_generator {
            flags |= fflags::GENERATOR;
        }
        if f.is_async {
            flags |= fflags::ASYNC;
        }
        Ok(self.make_function(irf, name, &f.params, flags, line, f.span))
    }

    pub(crate) fn arrow_value(
        &mut self,
        params: &Params,
        body: &ArrowBody,
        is_async: bool,
        name: &str,
        span: Span,
    ) -> LResult<Expr> {
        let line = self.line(span);
        if is_async {
            self.async_next = AsyncPart::Outer;
        }
        let irf = match body {
            ArrowBody::Expr(x) => {
                self.build(name, params, &[], Some(x), Kind::Arrow, false, span)?
            }
            ArrowBody::Block(b) => self.build(name, params, b, None, Kind::Arrow, false, span)?,
        };
        let flags = if is_async {
            fflags::NO_CONSTRUCT | fflags::ASYNC
        } else {
            fflags::NO_CONSTRUCT
        };
        Ok(self.make_function(irf, name, params, flags, line, span))
    }

    /// A method of an object literal (`home` is the object's temporary).
    pub(crate) fn method_value(
        &mut self,
        f: &ast::Function,
        name: &str,
        kind: MethodKind,
        home: Option<Expr>,
    ) -> LResult<Expr> {
        let fname = match kind {
            MethodKind::Getter => format!("get {name}"),
            MethodKind::Setter => format!("set {name}"),
            MethodKind::Method => name.to_string(),
        };
        let pushed = match home.as_ref().map(|h| &h.kind) {
            Some(ExprKind::Local(id)) => {
                let n = self.current().func.locals[*id].name.clone();
                self.homes.push((n, false));
                true
            }
            _ => false,
        };
        let r = self.function_value(f, &fname, Kind::Method);
        if pushed {
            self.homes.pop();
        }
        r
    }

    /// The object `super.x` starts its lookup above.
    pub(crate) fn super_home(&mut self, line: u32) -> Expr {
        match self.homes.last().cloned() {
            Some((name, true)) => {
                let c = self.var_expr(&name, line);
                e(
                    ExprKind::Attr {
                        obj: Box::new(c),
                        name: b"prototype".to_vec(),
                    },
                    line,
                )
            }
            Some((name, false)) => self.var_expr(&name, line),
            None => e(ExprKind::Nil, line),
        }
    }

    /// `super(args)`: construct the parent with this `new.target`, then
    /// run this class's field initialisers on the result.
    pub(crate) fn super_call(&mut self, args: Vec<ir::Arg>, line: u32) -> LResult<Expr> {
        let Some(ctx) = self.classes.last() else {
            return self.unsupported(Span::new(0, 0), "super() outside a class constructor");
        };
        let binding = ctx.binding.clone();
        let parent = ctx.parent.clone().unwrap_or_default();
        let nt = self.var_expr("%newtarget", line);
        let p = self.var_expr(&parent, line);
        let mut all = vec![ir::Arg::Positional(nt), ir::Arg::Positional(p)];
        all.extend(args);
        let v = self.intrinsic_invoke("superCall", all, line);
        let place = self.var_place("this", line);
        self.sink.push(assign(place, v, line));
        let this = self.var_expr("this", line);
        let c = self.var_expr(&binding, line);
        let init = self.intrinsic_call("initFields", vec![this.clone(), c], line);
        self.sink.push(s(StmtKind::Expr(init), line));
        Ok(this)
    }

    /// `return v` in a derived constructor: `undefined` means `this`.
    pub(crate) fn constructor_return(&mut self, value: Expr, line: u32) -> Expr {
        if self.current().derived && matches!(value.kind, ExprKind::Nil) {
            return self.var_expr("this", line);
        }
        value
    }

    pub(crate) fn class_value(&mut self, c: &ast::Class) -> LResult<Expr> {
        let name = c.id.as_ref().map(|i| i.name.clone()).unwrap_or_default();
        self.class_named(c, &name)
    }

    pub(crate) fn class_named(&mut self, c: &ast::Class, name: &str) -> LResult<Expr> {
        let line = self.line(c.span);
        self.push_scope();
        let r = self.class_inner(c, name, line);
        self.pop_scope();
        let (stmts, binding) = r?;
        self.sink.extend(stmts);
        Ok(local(binding, line))
    }

    fn class_inner(
        &mut self,
        c: &ast::Class,
        name: &str,
        line: u32,
    ) -> LResult<(Vec<ir::Stmt>, ir::LocalId)> {
        let saved_strict = self.strict;
        self.strict = true;
        let r = self.class_inner_strict(c, name, line);
        self.strict = saved_strict;
        r
    }

    fn class_inner_strict(
        &mut self,
        c: &ast::Class,
        name: &str,
        line: u32,
    ) -> LResult<(Vec<ir::Stmt>, ir::LocalId)> {
        let mut out = Vec::new();
        let parent = match &c.super_class {
            Some(x) => {
                let v = self.expr(x)?;
                out.append(&mut self.sink);
                let pn = self.fresh("parent");
                let p = self.declare(&pn);
                out.push(s(
                    StmtKind::Local {
                        locals: vec![p],
                        values: vec![v],
                    },
                    line,
                ));
                Some(pn)
            }
            None => None,
        };
        let inner_name = if name.is_empty() {
            self.fresh("class")
        } else {
            name.to_string()
        };
        let binding = self.declare(&inner_name);
        out.push(s(
            StmtKind::Local {
                locals: vec![binding],
                values: vec![],
            },
            line,
        ));
        self.classes.push(ClassCtx {
            binding: inner_name.clone(),
            parent: parent.clone(),
        });
        let r = self.class_members(c, name, &inner_name, parent.as_deref(), binding, line);
        self.classes.pop();
        out.extend(r?);
        Ok((out, binding))
    }

    fn class_members(
        &mut self,
        c: &ast::Class,
        name: &str,
        inner: &str,
        parent: Option<&str>,
        binding: ir::LocalId,
        line: u32,
    ) -> LResult<Vec<ir::Stmt>> {
        let mut out = Vec::new();
        let derived = parent.is_some();
        // The constructor.
        self.homes.push((inner.to_string(), true));
        let ctor = c.members.iter().find_map(|m| match &m.kind {
            ClassMemberKind::Constructor(f) => Some(f),
            _ => None,
        });
        let kind = Kind::ClassCtor { derived };
        let (irf, params) = match ctor {
            Some(f) => (
                self.build(name, &f.params, &f.body, None, kind, false, f.span)?,
                f.params.clone(),
            ),
            None => {
                if derived {
                    let sp = c.span;
                    let rest =
                        ast::Pattern::new(PatternKind::Ident(ast::Ident::new("args", sp)), sp);
                    let call = ast::Expr::new(
                        ast::ExprKind::SuperCall(vec![ast::ExprOrSpread::Spread(ast::Expr::new(
                            ast::ExprKind::Ident("args".into()),
                            sp,
                        ))]),
                        sp,
                    );
                    let params = Params {
                        items: vec![],
                        rest: Some(Box::new(rest)),
                    };
                    (
                        self.build(
                            name,
                            &params,
                            &[ast::Stmt::new(ast::StmtKind::Expr(call), sp)],
                            None,
                            kind,
                            false,
                            c.span,
                        )?,
                        Params::default(),
                    )
                } else {
                    (
                        self.build(name, &Params::default(), &[], None, kind, false, c.span)?,
                        Params::default(),
                    )
                }
            }
        };
        let length = params
            .items
            .iter()
            .take_while(|p| !matches!(p.kind, PatternKind::Default { .. }))
            .count();
        // Instance fields: one initialiser function.
        let fields: Vec<&ast::ClassMember> = c
            .members
            .iter()
            .filter(|m| !m.is_static && matches!(m.kind, ClassMemberKind::Field { .. }))
            .collect();
        let init = if fields.is_empty() {
            e(ExprKind::Nil, line)
        } else {
            let mut body = Vec::new();
            for m in &fields {
                if let ClassMemberKind::Field { key, value } = &m.kind {
                    let this = ast::Expr::new(ast::ExprKind::This, m.span);
                    let keyx = match key {
                        ast::PropKey::Name(id) => {
                            ast::Expr::new(ast::ExprKind::String(id.name.clone()), id.span)
                        }
                        ast::PropKey::Private(id) => {
                            ast::Expr::new(ast::ExprKind::String(format!("#{}", id.name)), id.span)
                        }
                        ast::PropKey::String(t, sp) => {
                            ast::Expr::new(ast::ExprKind::String(t.clone()), *sp)
                        }
                        ast::PropKey::Number(n, sp) => {
                            ast::Expr::new(ast::ExprKind::Number(*n), *sp)
                        }
                        ast::PropKey::Computed(x) => (**x).clone(),
                        ast::PropKey::BigInt(_, sp) => return self.unsupported(*sp, "BigInt keys"),
                    };
                    let v = value.clone().unwrap_or_else(|| {
                        ast::Expr::new(ast::ExprKind::Ident("undefined".into()), m.span)
                    });
                    let call = ast::Expr::new(
                        ast::ExprKind::Call {
                            callee: Box::new(ast::Expr::new(
                                ast::ExprKind::Member {
                                    object: Box::new(ast::Expr::new(
                                        ast::ExprKind::Ident("__omx".into()),
                                        m.span,
                                    )),
                                    property: ast::MemberProp::Name(ast::Ident::new(
                                        "defField", m.span,
                                    )),
                                    optional: false,
                                },
                                m.span,
                            )),
                            args: vec![
                                ast::ExprOrSpread::Expr(this),
                                ast::ExprOrSpread::Expr(keyx),
                                ast::ExprOrSpread::Expr(v),
                            ],
                            optional: false,
                        },
                        m.span,
                    );
                    body.push(ast::Stmt::new(ast::StmtKind::Expr(call), m.span));
                }
            }
            let was = self.prelude;
            self.prelude = true;
            let f = self.build(
                "<instance_members_initializer>",
                &Params::default(),
                &body,
                None,
                Kind::Method,
                false,
                c.span,
            );
            self.prelude = was;
            e(ExprKind::Function(Box::new(f?)), line)
        };
        self.homes.pop();
        let parent_v = match parent {
            Some(p) => self.var_expr(p, line),
            None => e(ExprKind::Nil, line),
        };
        let mut flags = fflags::CLASS;
        if derived {
            flags |= fflags::DERIVED | fflags::NEW_TARGET;
        } else if ctor.is_some_and(|f| reads_new_target(&f.params, &f.body)) {
            flags |= fflags::NEW_TARGET;
        }
        let closure = e(ExprKind::Function(Box::new(irf)), line);
        let mk = self.intrinsic_call(
            "mkclass",
            vec![
                closure,
                str_expr(name, line),
                e(ExprKind::Int(length as i64), line),
                e(ExprKind::Int(flags), line),
                parent_v,
                e(ExprKind::Bool(derived), line),
                init,
                self.source_text(c.span, line),
            ],
            line,
        );
        out.append(&mut self.sink);
        out.push(assign(Place::Local(binding), mk, line));
        for m in &c.members {
            let ml = self.line(m.span);
            match &m.kind {
                ClassMemberKind::Constructor(_) => {}
                ClassMemberKind::Method { key, kind, func } => {
                    let (k, kname) = self.prop_key(key, ml)?;
                    out.append(&mut self.sink);
                    self.homes.push((inner.to_string(), !m.is_static));
                    let fname = match kind {
                        MethodKind::Getter => format!("get {kname}"),
                        MethodKind::Setter => format!("set {kname}"),
                        MethodKind::Method => kname.clone(),
                    };
                    let f = self.function_value(func, &fname, Kind::Method);
                    self.homes.pop();
                    let f = f?;
                    let target = if m.is_static {
                        local(binding, ml)
                    } else {
                        e(
                            ExprKind::Attr {
                                obj: Box::new(local(binding, ml)),
                                name: b"prototype".to_vec(),
                            },
                            ml,
                        )
                    };
                    let code = match kind {
                        MethodKind::Method => 0,
                        MethodKind::Getter => 1,
                        MethodKind::Setter => 2,
                    };
                    let call = self.intrinsic_call(
                        "defMethod",
                        vec![
                            target,
                            k,
                            f,
                            e(ExprKind::Int(code), ml),
                            e(ExprKind::Bool(false), ml),
                        ],
                        ml,
                    );
                    out.append(&mut self.sink);
                    out.push(s(StmtKind::Expr(call), ml));
                }
                ClassMemberKind::Field { key, value } if m.is_static => {
                    let (k, kname) = self.prop_key(key, ml)?;
                    self.homes.push((inner.to_string(), false));
                    let v = match value {
                        Some(x) => self.static_init(x, &kname, binding, ml),
                        None => Ok(e(ExprKind::Nil, ml)),
                    };
                    self.homes.pop();
                    let v = v?;
                    let call = self.intrinsic_call("defField", vec![local(binding, ml), k, v], ml);
                    out.append(&mut self.sink);
                    out.push(s(StmtKind::Expr(call), ml));
                }
                ClassMemberKind::Field { .. } => {}
                ClassMemberKind::StaticBlock(body) => {
                    self.homes.push((inner.to_string(), false));
                    let f = self.build(
                        "<static_initializer>",
                        &Params::default(),
                        body,
                        None,
                        Kind::Method,
                        false,
                        m.span,
                    );
                    self.homes.pop();
                    let f = e(ExprKind::Function(Box::new(f?)), ml);
                    out.push(s(
                        StmtKind::Expr(e(
                            ExprKind::Call {
                                func: Box::new(f),
                                args: vec![local(binding, ml)],
                            },
                            ml,
                        )),
                        ml,
                    ));
                }
            }
        }
        Ok(out)
    }

    /// A static field's value, evaluated with `this` the class.
    fn static_init(
        &mut self,
        x: &ast::Expr,
        name: &str,
        binding: ir::LocalId,
        line: u32,
    ) -> LResult<Expr> {
        let sp = x.span;
        let ret = ast::Stmt::new(ast::StmtKind::Return(Some(x.clone())), sp);
        let _ = name;
        let f = self.build(
            "<static_initializer>",
            &Params::default(),
            &[ret],
            None,
            Kind::Method,
            false,
            sp,
        )?;
        let f = e(ExprKind::Function(Box::new(f)), line);
        Ok(e(
            ExprKind::Call {
                func: Box::new(f),
                args: vec![local(binding, line)],
            },
            line,
        ))
    }
}

/// Whether the function owning `body` uses its `arguments` object
/// (§10.2.11 step 15: arrows see their enclosing function's).
fn uses_arguments(body: &[ast::Stmt], expr_body: Option<&ast::Expr>) -> bool {
    let named = |id: &str| id == "arguments";
    walk::any_in_own_scope(body, expr_body, |n| match n {
        Node::Expr(x) => matches!(&x.kind, ast::ExprKind::Ident(id) if named(id)),
        Node::Pattern(p) => matches!(&p.kind, PatternKind::Ident(id) if named(&id.name)),
        _ => false,
    })
}

/// Whether the function owning `body` reads its own `this`.
fn uses_this(body: &[ast::Stmt]) -> bool {
    walk::any_in_own_scope(
        body,
        None,
        |n| matches!(n, Node::Expr(x) if matches!(x.kind, ast::ExprKind::This)),
    )
}

/// Whether the function owning `body` reads `new.target`.
/// Whether a function reads `new.target` in its body or its parameters
/// (arrows inside included).
fn reads_new_target(params: &Params, body: &[ast::Stmt]) -> bool {
    let is_new_target =
        |n: Node<'_>| matches!(n, Node::Expr(x) if matches!(x.kind, ast::ExprKind::NewTarget));
    walk::any_in_own_scope(body, None, is_new_target) || walk::any_in_params(params, is_new_target)
}
