//! Expressions in scalar, list and void context (perldata "Context"),
//! references and autovivification (perlref "Using References");
//! interpolation is in interp.rs.

use omx_core::ir::{self, Arg, Expr as IExpr, ExprKind as K, Stmt, StmtKind as SK, TableItem};
use omx_perl_syntax::ast::{self, BinOp as B, ExprKind as A, Sigil, UnaryOp as U};

use super::stmt::{not, place_of, unparen};
use super::{e, is_special, s, split_name, str_e, LResult, Lowerer};

/// The core arithmetic operator of a Perl numeric operator (perlop).
pub(super) fn arith_op(op: B) -> Option<ir::BinOp> {
    use ir::BinOp as IB;
    Some(match op {
        B::Add => IB::Add,
        B::Sub => IB::Sub,
        B::Mul => IB::Mul,
        B::Div => IB::Div,
        B::Mod => IB::Mod,
        B::Pow => IB::Pow,
        B::BitAnd => IB::BAnd,
        B::BitOr => IB::BOr,
        B::BitXor => IB::BXor,
        B::Shl => IB::Shl,
        B::Shr => IB::Shr,
        _ => return None,
    })
}

pub(super) fn arith(op: ir::BinOp, a: IExpr, b: IExpr, line: u32) -> IExpr {
    e(
        K::Arith {
            op,
            lhs: Box::new(a),
            rhs: Box::new(b),
        },
        line,
    )
}

pub(crate) fn table1(x: IExpr) -> IExpr {
    let line = x.line;
    e(K::Table(vec![TableItem::Positional(x)]), line)
}

impl Lowerer {
    // ----- variables -----

    /// A scalar variable `$name` (lexical, or in its package's stash).
    pub fn var_scalar(&mut self, name: &str, line: u32) -> LResult<IExpr> {
        if let Some(x) = self.lexical(&format!("${name}")) {
            if self.boxed.contains(name) {
                // A lexical whose reference is taken lives in a scalar
                // container (so `\$x` aliases it).
                return Ok(e(
                    K::Index {
                        obj: Box::new(x),
                        key: Box::new(e(K::Int(0), line)),
                    },
                    line,
                ));
            }
            return Ok(x);
        }
        if let Ok(n) = name.parse::<i64>() {
            if n > 0 {
                return Ok(self.native("capture", vec![e(K::Int(n), line)], line));
            }
        }
        let special = match name {
            "&" => Some(0),
            "`" => Some(-1),
            "'" => Some(-2),
            _ => None,
        };
        if let Some(n) = special {
            return Ok(self.native("capture", vec![e(K::Int(n), line)], line));
        }
        let (st, key) = self.global_key(name, '$');
        Ok(e(
            K::Attr {
                obj: Box::new(st),
                name: key.into_bytes(),
            },
            line,
        ))
    }

    pub(super) fn global_key(&mut self, name: &str, sigil: char) -> (IExpr, String) {
        let name = name
            .strip_prefix('^')
            .map(|n| format!("^{n}"))
            .unwrap_or(name.to_string());
        let (pkg, short) = match split_name(&name) {
            (Some(p), n) => (
                if p.is_empty() {
                    "main".to_string()
                } else {
                    p.to_string()
                },
                n.to_string(),
            ),
            (None, n) if is_special(n) => ("main".to_string(), n.to_string()),
            (None, n) => (self.pkg.clone(), n.to_string()),
        };
        (self.stash(&pkg), format!("{sigil}{short}"))
    }

    /// The container of an array variable `@name`.
    pub fn array_of_var(&mut self, v: &ast::Var, line: u32) -> LResult<IExpr> {
        if v.name == "_" {
            if let Some(id) = self.args_local() {
                return Ok(e(K::Local(id), line));
            }
            if let Some(x) = self.lexical("@_") {
                return Ok(x);
            }
        }
        if let Some(x) = self.lexical(&format!("@{}", v.name)) {
            return Ok(x);
        }
        let (st, key) = self.global_key(&v.name, '@');
        Ok(self.native("gav", vec![st, str_e(&key, line)], line))
    }

    pub fn hash_of_var(&mut self, v: &ast::Var, line: u32) -> LResult<IExpr> {
        if let Some(x) = self.lexical(&format!("%{}", v.name)) {
            return Ok(x);
        }
        let (st, key) = self.global_key(&v.name, '%');
        Ok(self.native("ghv", vec![st, str_e(&key, line)], line))
    }

    /// The array an element expression indexes (`$a[0]`: `@a`; `$r->[0]`:
    /// `@$r`), autovivified when `lv`.
    pub fn array_obj(&mut self, x: &ast::Expr, lv: bool) -> LResult<IExpr> {
        let line = self.line(x.span);
        match &x.kind {
            A::Var(v) => self.array_of_var(v, line),
            A::Deref { expr, .. } => self.deref_container(expr, "viva", "aref", lv, line),
            _ => {
                let v = self.scalar(x)?;
                Ok(self.native("aref", vec![v], line))
            }
        }
    }

    pub fn hash_obj(&mut self, x: &ast::Expr, lv: bool) -> LResult<IExpr> {
        let line = self.line(x.span);
        match &x.kind {
            A::Var(v) => self.hash_of_var(v, line),
            A::Deref { expr, .. } => self.deref_container(expr, "vivh", "href", lv, line),
            _ => {
                let v = self.scalar(x)?;
                Ok(self.native("href", vec![v], line))
            }
        }
    }

    /// `$h{KEY}` / `$r->{KEY}` with a constant key: the hash — for a
    /// reference, the reference itself, not dereferenced — and the key,
    /// for a field access. A Perl hash answers it through the inline
    /// cache; anything else is dereferenced on the slow path by the same
    /// rule as `%{$r}` (core/src/protocol/perl/elem.rs).
    pub fn const_elem(
        &mut self,
        hash: &ast::Expr,
        key: &ast::Expr,
        lv: bool,
    ) -> LResult<Option<(IExpr, Vec<u8>)>> {
        let name = match &key.kind {
            A::Bareword(w) => w.as_bytes().to_vec(),
            A::Str(t) => t.as_bytes().to_vec(),
            _ => return Ok(None),
        };
        let h = self.hash_obj(hash, lv)?;
        Ok(Some((self.undereferenced(h), name)))
    }

    /// The pairs of `{ KEY => VALUE, ... }` when every key is a constant
    /// string or integer and every value surely one scalar (so that the
    /// pairs cannot shift): at least one pair.
    fn pairs_of_constants<'x>(
        &self,
        items: &'x [ast::Expr],
    ) -> Option<Vec<(String, &'x ast::Expr)>> {
        if items.is_empty() || !items.len().is_multiple_of(2) {
            return None;
        }
        let one_value = |x: &ast::Expr| match &x.kind {
            A::Var(v) => v.sigil == Sigil::Scalar,
            A::Int(_)
            | A::Float(_)
            | A::Str(_)
            | A::Interp(_)
            | A::HashElem { .. }
            | A::Index { .. }
            | A::AnonHash(_)
            | A::AnonArray(_)
            | A::AnonSub(_) => true,
            _ => false,
        };
        items
            .chunks(2)
            .map(|pair| {
                let key = match &pair[0].kind {
                    A::Str(s) => s.clone(),
                    A::Int(i) => i.to_string(),
                    _ => return None,
                };
                one_value(&pair[1]).then_some((key, &pair[1]))
            })
            .collect()
    }

    /// `href(v)` is `v` (the field access dereferences it when needed).
    fn undereferenced(&mut self, h: IExpr) -> IExpr {
        if let K::Call { func, args } = &h.kind {
            if let (K::Attr { name, .. }, [v]) = (&func.kind, args.as_slice()) {
                if name == b"href" && !v.is_multi() {
                    return v.clone();
                }
            }
        }
        h
    }

    /// `@{EXPR}` / `%{EXPR}`: for an lvalue, an undefined element or
    /// variable gets a new container first (autovivification).
    pub(super) fn deref_container(
        &mut self,
        inner: &ast::Expr,
        viv: &str,
        get: &str,
        lv: bool,
        line: u32,
    ) -> LResult<IExpr> {
        if lv {
            match &inner.kind {
                A::Index { array, index } => {
                    let a = self.array_obj(array, true)?;
                    let i = self.scalar(index)?;
                    return Ok(self.native(&format!("{viv}_elem"), vec![a, i], line));
                }
                A::HashElem { hash, key } => {
                    let h = self.hash_obj(hash, true)?;
                    let k = self.scalar(key)?;
                    return Ok(self.native(&format!("{viv}_elem"), vec![h, k], line));
                }
                A::Var(v) if v.sigil == Sigil::Scalar => {
                    let cur = self.var_scalar(&v.name, line)?;
                    let make =
                        self.native(if viv == "viva" { "array" } else { "hash" }, vec![], line);
                    let test = not(self.defined(cur.clone(), line));
                    self.prelude.push(s(
                        SK::If {
                            arms: vec![(
                                test,
                                vec![s(
                                    SK::Assign {
                                        targets: vec![place_of(cur.clone())],
                                        values: vec![make],
                                    },
                                    line,
                                )],
                            )],
                            otherwise: None,
                        },
                        line,
                    ));
                    return Ok(self.native(get, vec![cur], line));
                }
                _ => {}
            }
        }
        let v = self.scalar(inner)?;
        Ok(self.native(get, vec![v], line))
    }

    /// A new scalar lexical's initial value: in a container when its
    /// name is one whose reference the program takes.
    pub fn box_if_needed(&mut self, name: &str, v: IExpr, line: u32) -> IExpr {
        match name.strip_prefix('$') {
            Some(n) if self.boxed.contains(n) => self.native("sref", vec![v], line),
            _ => v,
        }
    }

    /// The value of an assignment's left side after it ran.
    pub fn lhs_value(&mut self, lhs: &ast::Expr) -> LResult<IExpr> {
        let line = self.line(lhs.span);
        match &lhs.kind {
            A::Decl { vars, .. } => match vars.iter().flatten().next() {
                Some(v) => self.var_value(v, line),
                None => Ok(e(K::Nil, line)),
            },
            A::List(items) if !items.is_empty() => self.lhs_value(&items[0]),
            _ => self.scalar(lhs),
        }
    }

    pub(super) fn var_value(&mut self, v: &ast::Var, line: u32) -> LResult<IExpr> {
        match v.sigil {
            Sigil::Array => {
                let a = self.array_of_var(v, line)?;
                Ok(self.native("alen", vec![a], line))
            }
            Sigil::Hash => {
                let h = self.hash_of_var(v, line)?;
                Ok(self.native("hcount", vec![h], line))
            }
            _ => self.var_scalar(&v.name, line),
        }
    }

    // ----- scalar context -----

    pub fn scalar(&mut self, x: &ast::Expr) -> LResult<IExpr> {
        self.depth += 1;
        if self.depth > 400 {
            self.depth -= 1;
            return self.unsupported(x.span, "expressions nested this deeply");
        }
        let r = self.scalar_inner(x);
        self.depth -= 1;
        r
    }

    pub(super) fn scalar_inner(&mut self, x: &ast::Expr) -> LResult<IExpr> {
        let line = self.line(x.span);
        Ok(match &x.kind {
            A::Int(i) => e(K::Int(*i), line),
            A::Float(f) => e(K::Float(*f), line),
            A::Str(t) => str_e(t, line),
            A::Interp(parts) => self.interp(parts, line)?,
            A::Version(v) => str_e(v, line),
            A::Qw(words) => match words.last() {
                Some(w) => str_e(w, line),
                None => e(K::Nil, line),
            },
            A::Bareword(w) => self.bareword(w, line)?,
            A::MagicConst(m) => match m {
                ast::MagicConst::Package => str_e(&self.pkg.clone(), line),
                ast::MagicConst::File => str_e(&self.chunk.clone(), line),
                ast::MagicConst::Line => e(K::Int(line as i64), line),
                ast::MagicConst::Sub => return self.unsupported(x.span, "__SUB__"),
            },
            A::Var(v) => match v.sigil {
                Sigil::Scalar => self.var_scalar(&v.name, line)?,
                Sigil::Array | Sigil::Hash => self.var_value(v, line)?,
                Sigil::ArrayLen => {
                    let a = self.array_of_var(v, line)?;
                    arith(
                        ir::BinOp::Sub,
                        self.native("alen", vec![a], line),
                        e(K::Int(1), line),
                        line,
                    )
                }
                Sigil::Code => {
                    let f = self.code_of(&v.name, line);
                    let args = self.args_local().map(|id| e(K::Local(id), line));
                    let args = match args {
                        Some(a) => vec![Arg::Spread(a)],
                        None => Vec::new(),
                    };
                    e(
                        K::Paren(Box::new(e(
                            K::Invoke {
                                callee: ir::Callee::Value(Box::new(f)),
                                args,
                            },
                            line,
                        ))),
                        line,
                    )
                }
                Sigil::Glob => str_e(&format!("*main::{}", v.name), line),
            },
            A::Decl { kind, vars, .. } => {
                let mut stmts = Vec::new();
                for v in vars.iter().flatten() {
                    stmts.extend(self.declare_var(*kind, v, None, line)?);
                }
                self.prelude.extend(stmts);
                match vars.iter().flatten().last() {
                    Some(v) => self.var_value(v, line)?,
                    None => e(K::Nil, line),
                }
            }
            A::Index { array, index } => {
                let a = self.array_obj(array, false)?;
                let i = self.scalar(index)?;
                e(
                    K::Index {
                        obj: Box::new(a),
                        key: Box::new(i),
                    },
                    line,
                )
            }
            A::HashElem { hash, key } => {
                if let Some((h, name)) = self.const_elem(hash, key, false)? {
                    return Ok(e(
                        K::Attr {
                            obj: Box::new(h),
                            name,
                        },
                        line,
                    ));
                }
                let h = self.hash_obj(hash, false)?;
                let k = self.hash_key(key)?;
                e(
                    K::Index {
                        obj: Box::new(h),
                        key: Box::new(k),
                    },
                    line,
                )
            }
            A::Slice { .. } | A::HashSlice { .. } | A::ListSlice { .. } | A::KvSlice { .. } => {
                let l = self.list(x)?;
                self.native_args("last", l, line)
            }
            A::Deref { sigil, expr } => match sigil {
                Sigil::Scalar => {
                    let v = self.scalar(expr)?;
                    self.native("sderef", vec![v], line)
                }
                Sigil::Array => {
                    let a = self.array_obj(x, false)?;
                    self.native("alen", vec![a], line)
                }
                Sigil::Hash => {
                    let h = self.hash_obj(x, false)?;
                    self.native("hcount", vec![h], line)
                }
                Sigil::ArrayLen => {
                    let v = self.scalar(expr)?;
                    let a = self.native("aref", vec![v], line);
                    arith(
                        ir::BinOp::Sub,
                        self.native("alen", vec![a], line),
                        e(K::Int(1), line),
                        line,
                    )
                }
                Sigil::Code => {
                    let f = self.scalar(expr)?;
                    let args = self
                        .args_local()
                        .map(|id| vec![Arg::Spread(e(K::Local(id), line))])
                        .unwrap_or_default();
                    e(
                        K::Paren(Box::new(e(
                            K::Invoke {
                                callee: ir::Callee::Value(Box::new(f)),
                                args,
                            },
                            line,
                        ))),
                        line,
                    )
                }
                Sigil::Glob => {
                    let v = self.scalar(expr)?;
                    self.native("glob", vec![v], line)
                }
            },
            A::Call { .. }
            | A::MethodCall { .. }
            | A::Print { .. }
            | A::SortLike { .. }
            | A::Match(_)
            | A::Subst(_)
            | A::Translit(_)
            | A::Readline(_)
            | A::Qr(_) => {
                let v = self.call_expr(x, Ctx::Scalar)?;
                e(K::Paren(Box::new(v)), line)
            }
            A::Return(_) | A::LoopControl { .. } => {
                let stmts = self.void(x)?;
                return self
                    .iife(line, |_| Ok(stmts))
                    .map(|c| e(K::Paren(Box::new(c)), line));
            }
            A::Unary { op, expr } => match op {
                U::Neg => e(
                    K::Unary {
                        op: ir::UnaryOp::Neg,
                        operand: Box::new(self.scalar(expr)?),
                    },
                    line,
                ),
                U::Plus => self.scalar(expr)?,
                U::Not | U::LowNot => {
                    let v = self.scalar(expr)?;
                    self.native("not", vec![v], line)
                }
                U::BitNot => e(
                    K::Unary {
                        op: ir::UnaryOp::BNot,
                        operand: Box::new(self.scalar(expr)?),
                    },
                    line,
                ),
                U::Ref => self.ref_of(expr, line)?,
                U::PreInc | U::PreDec | U::PostInc | U::PostDec => {
                    let x2 = (**expr).clone();
                    let op = *op;
                    let f = self.iife(line, move |l| {
                        let t = l.temp();
                        let cur = l.scalar(&x2)?;
                        let mut v = std::mem::take(&mut l.prelude);
                        v.push(s(
                            SK::Local {
                                locals: vec![t],
                                values: vec![cur],
                            },
                            line,
                        ));
                        v.extend(l.incdec(&x2, op, line)?);
                        let after = if matches!(op, U::PreInc | U::PreDec) {
                            l.scalar(&x2)?
                        } else {
                            e(K::Local(t), line)
                        };
                        let after = if matches!(op, U::PostInc | U::PostDec) {
                            l.native("num_or_undef", vec![after], line)
                        } else {
                            after
                        };
                        v.push(s(SK::Return(vec![after]), line));
                        Ok(v)
                    })?;
                    e(K::Paren(Box::new(f)), line)
                }
            },
            A::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, line)?,
            A::Assign { op, lhs, rhs } => {
                // The assignment runs just before the statement that holds
                // it; its value is the variable's (a list assignment's is
                // the number of right-hand items).
                let v = match op {
                    None => self.assign(lhs, rhs, line)?,
                    Some(op) => self.op_assign(*op, lhs, rhs, line)?,
                };
                self.prelude.extend(v);
                let is_list = matches!(&lhs.kind, A::List(_) | A::Decl { parens: true, .. });
                if is_list && op.is_none() {
                    self.native("count_last", vec![], line)
                } else {
                    self.lhs_value(lhs)?
                }
            }
            A::Ternary {
                cond,
                then,
                otherwise,
            } => {
                let c = self.scalar(cond)?;
                let c = self.truth(c, line);
                let a = self.scalar(then)?;
                let b = self.scalar(otherwise)?;
                self.cond_value(c, a, b, line)
            }
            A::Range { .. } => {
                return self.unsupported(x.span, "the flip-flop operator (.. in scalar context)")
            }
            A::List(items) => match items.len() {
                0 => e(K::Nil, line),
                1 => self.scalar(&items[0])?,
                _ => {
                    let l = self.list(x)?;
                    self.native_args("last", l, line)
                }
            },
            A::AnonArray(items) => {
                let mut args = Vec::new();
                for i in items {
                    args.extend(self.list(i)?);
                }
                let v = self.native_args("array", args, line);
                e(K::Paren(Box::new(v)), line)
            }
            A::AnonHash(items) if self.pairs_of_constants(items).is_some() => {
                // `{ key => VALUE, ... }` with constant keys and one value
                // each: the core's table constructor (a Perl hash sized
                // for its keys, each stored through the inline cache),
                // instead of a call with the list.
                let mut table = Vec::new();
                for (k, v) in self.pairs_of_constants(items).unwrap_or_default() {
                    let v = self.scalar(v)?;
                    table.push(TableItem::Keyed(str_e(&k, line), v));
                }
                e(K::Table(table), line)
            }
            A::AnonHash(items) => {
                let mut args = Vec::new();
                for i in items {
                    args.extend(self.list(i)?);
                }
                let v = self.native_args("hash", args, line);
                e(K::Paren(Box::new(v)), line)
            }
            A::AnonSub(def) => {
                let f = self.sub_function(def, "__ANON__")?;
                e(K::Function(Box::new(f)), line)
            }
            A::DoBlock(b) => {
                let b = b.clone();
                let f = self.iife(line, move |l| l.body_returning(&b.stmts))?;
                e(K::Paren(Box::new(f)), line)
            }
            A::EvalBlock(b) => e(K::Paren(Box::new(self.eval_block(b, line)?)), line),
            A::Local(_) => return self.unsupported(x.span, "local inside an expression"),
        })
    }

    pub(super) fn bareword(&mut self, w: &str, line: u32) -> LResult<IExpr> {
        // A bareword naming a sub (a constant) is a call; otherwise a string.
        let (pkg, name) = match split_name(w) {
            (Some(p), n) => (p.to_string(), n.to_string()),
            (None, n) => (self.pkg.clone(), n.to_string()),
        };
        let st = self.stash(&pkg);
        Ok(e(
            K::Paren(Box::new(self.native(
                "bareword",
                vec![st, str_e(&name, line), str_e(w, line)],
                line,
            ))),
            line,
        ))
    }

    /// `&name` as a value: the code in the stash.
    pub fn code_of(&mut self, name: &str, line: u32) -> IExpr {
        let (pkg, short) = match split_name(name) {
            (Some(p), n) => (p.to_string(), n.to_string()),
            (None, n) => (self.pkg.clone(), n.to_string()),
        };
        let st = self.stash(&pkg);
        self.native(
            "code",
            vec![
                st,
                str_e(&short, line),
                str_e(&format!("{pkg}::{short}"), line),
            ],
            line,
        )
    }

    /// `\EXPR` (perlref "Making References").
    pub(super) fn ref_of(&mut self, x: &ast::Expr, line: u32) -> LResult<IExpr> {
        Ok(match &x.kind {
            A::Var(v) => match v.sigil {
                Sigil::Array => self.array_of_var(v, line)?,
                Sigil::Hash => self.hash_of_var(v, line)?,
                Sigil::Code => self.code_of(&v.name, line),
                Sigil::Scalar => {
                    if self.boxed.contains(&v.name) {
                        if let Some(x) = self.lexical(&format!("${}", v.name)) {
                            return Ok(x);
                        }
                    }
                    let cur = self.var_scalar(&v.name, line)?;
                    self.native("sref", vec![cur], line)
                }
                _ => return self.unsupported(x.span, "this kind of reference"),
            },
            A::Deref {
                sigil: Sigil::Array,
                ..
            } => self.array_obj(x, true)?,
            A::Deref {
                sigil: Sigil::Hash, ..
            } => self.hash_obj(x, true)?,
            A::Deref {
                sigil: Sigil::Code,
                expr,
            } => self.scalar(expr)?,
            A::Call {
                callee: ast::Callee::Named(n),
                ampersand: true,
                args,
                ..
            } if args.is_empty() => self.code_of(n, line),
            A::AnonSub(_) => self.scalar(x)?,
            A::Decl { kind, vars, .. } => {
                // `\my @a`, `\(my $p, my $q)`: declare, then refer.
                let mut refs = Vec::new();
                for v in vars.iter().flatten() {
                    let st = self.declare_var(*kind, v, None, line)?;
                    self.prelude.extend(st);
                    let var = ast::Expr::new(A::Var(v.clone()), v.span);
                    refs.push(Arg::Positional(self.ref_of(&var, line)?));
                }
                if refs.len() == 1 {
                    match refs.pop() {
                        Some(Arg::Positional(r)) => r,
                        _ => e(K::Nil, line),
                    }
                } else {
                    let v = self.native_args("flat", refs, line);
                    e(K::Paren(Box::new(v)), line)
                }
            }
            A::List(items) => {
                let mut args = Vec::new();
                for i in items {
                    let r = self.ref_of(i, line)?;
                    args.push(Arg::Positional(r));
                }
                let v = self.native_args("flat", args, line);
                e(K::Paren(Box::new(v)), line)
            }
            _ => {
                let v = self.scalar(x)?;
                self.native("sref", vec![v], line)
            }
        })
    }

    /// A condition whose truth may need an overloaded `bool`: asked of
    /// the runtime unless the value is plainly a boolean.
    pub fn truth(&mut self, c: IExpr, line: u32) -> IExpr {
        match &c.kind {
            K::Compare { .. }
            | K::Bool(_)
            | K::Int(_)
            | K::Str(_)
            | K::Unary {
                op: ir::UnaryOp::Not,
                ..
            } => c,
            _ => self.native("truth", vec![c], line),
        }
    }

    pub fn hash_key(&mut self, k: &ast::Expr) -> LResult<IExpr> {
        let line = self.line(k.span);
        match &k.kind {
            A::Bareword(w) => Ok(str_e(w, line)),
            A::Str(t) => Ok(str_e(t, line)),
            _ => {
                let v = self.scalar(k)?;
                Ok(self.native("key", vec![v], line))
            }
        }
    }

    pub(super) fn binary(
        &mut self,
        op: B,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        line: u32,
    ) -> LResult<IExpr> {
        use ir::CompareOp as C;
        if let Some(o) = arith_op(op) {
            let a = self.scalar(lhs)?;
            let b = self.scalar(rhs)?;
            return Ok(arith(o, a, b, line));
        }
        let cmp = match op {
            B::NumEq => Some(C::Eq),
            B::NumNe => Some(C::Ne),
            B::NumLt => Some(C::Lt),
            B::NumLe => Some(C::Le),
            B::NumGt => Some(C::Gt),
            B::NumGe => Some(C::Ge),
            _ => None,
        };
        if let Some(c) = cmp {
            let a = self.scalar(lhs)?;
            let b = self.scalar(rhs)?;
            return Ok(e(
                K::Compare {
                    op: c,
                    lhs: Box::new(a),
                    rhs: Box::new(b),
                },
                line,
            ));
        }
        let native = match op {
            B::StrEq => Some("seq"),
            B::StrNe => Some("sne"),
            B::StrLt => Some("slt"),
            B::StrGt => Some("sgt"),
            B::StrLe => Some("sle"),
            B::StrGe => Some("sge"),
            B::StrCmp => Some("scmp"),
            B::NumCmp => Some("ncmp"),
            B::LowXor => Some("xor"),
            B::Isa => Some("isa_op"),
            B::Repeat => Some("repeat"),
            _ => None,
        };
        if let Some(n) = native {
            let a = self.scalar(lhs)?;
            let b = self.scalar(rhs)?;
            return Ok(e(
                K::Paren(Box::new(self.native(n, vec![a, b], line))),
                line,
            ));
        }
        Ok(match op {
            B::Concat | B::And | B::LowAnd | B::Or | B::LowOr => {
                let lhs = Box::new(self.scalar(lhs)?);
                let rhs = Box::new(self.scalar(rhs)?);
                let kind = match op {
                    B::Concat => K::Concat { lhs, rhs },
                    B::And | B::LowAnd => K::And { lhs, rhs },
                    _ => K::Or { lhs, rhs },
                };
                e(kind, line)
            }
            B::DefinedOr => {
                let a = self.scalar(lhs)?;
                let b = self.scalar(rhs)?;
                let wrapped = self.native("defwrap", vec![a], line);
                let pick = e(
                    K::Or {
                        lhs: Box::new(wrapped),
                        rhs: Box::new(table1(e(K::Paren(Box::new(b)), line))),
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
            B::Match | B::NotMatch => {
                let v = self.bind_match(lhs, rhs, Ctx::Scalar, line)?;
                let v = e(K::Paren(Box::new(v)), line);
                if op == B::NotMatch {
                    self.native("not", vec![v], line)
                } else {
                    v
                }
            }
            B::SmartMatch => return self.unsupported(lhs.span, "the smartmatch operator ~~"),
            _ => return self.unsupported(lhs.span, "this operator"),
        })
    }

    // ----- list context -----

    /// The flattened items of `x` in list context.
    pub fn list(&mut self, x: &ast::Expr) -> LResult<Vec<Arg>> {
        let line = self.line(x.span);
        Ok(match &x.kind {
            A::List(items) => {
                let mut v = Vec::new();
                for i in items {
                    v.extend(self.list(i)?);
                }
                v
            }
            A::Qw(words) => words
                .iter()
                .map(|w| Arg::Positional(str_e(w, line)))
                .collect(),
            A::Var(v) if v.sigil == Sigil::Array => vec![Arg::Spread(self.array_of_var(v, line)?)],
            A::Var(v) if v.sigil == Sigil::Hash => {
                let h = self.hash_of_var(v, line)?;
                vec![Arg::Spread(self.native("hflat", vec![h], line))]
            }
            A::Deref {
                sigil: Sigil::Array,
                ..
            } => vec![Arg::Spread(self.array_obj(x, false)?)],
            A::Deref {
                sigil: Sigil::Hash, ..
            } => {
                let h = self.hash_obj(x, false)?;
                vec![Arg::Spread(self.native("hflat", vec![h], line))]
            }
            A::Decl { kind, vars, .. } => {
                let mut stmts = Vec::new();
                for v in vars.iter().flatten() {
                    stmts.extend(self.declare_var(*kind, v, None, line)?);
                }
                self.prelude.extend(stmts);
                let mut out = Vec::new();
                for v in vars.iter().flatten() {
                    out.extend(self.list(&ast::Expr::new(A::Var(v.clone()), v.span))?);
                }
                out
            }
            A::Range { from, to, .. } => {
                let a = self.scalar(from)?;
                let b = self.scalar(to)?;
                vec![Arg::Spread(self.native("range", vec![a, b], line))]
            }
            A::Slice { array, indices } => {
                let a = self.array_obj(array, false)?;
                let mut args = vec![Arg::Positional(a)];
                args.extend(self.list(indices)?);
                vec![Arg::Spread(self.native_args("aslice", args, line))]
            }
            A::HashSlice { hash, keys } => {
                let h = self.hash_obj(hash, false)?;
                let mut args = vec![Arg::Positional(h)];
                args.extend(self.list(keys)?);
                vec![Arg::Spread(self.native_args("hslice", args, line))]
            }
            A::KvSlice {
                container,
                keys,
                hash: true,
            } => {
                let h = self.hash_obj(container, false)?;
                let mut args = vec![Arg::Positional(h)];
                args.extend(self.list(keys)?);
                vec![Arg::Spread(self.native_args("kvslice", args, line))]
            }
            A::ListSlice { list, indices } => {
                let items = self.list(list)?;
                let arr = self.native_args("array", items, line);
                let mut args = vec![Arg::Positional(e(K::Paren(Box::new(arr)), line))];
                args.extend(self.list(indices)?);
                vec![Arg::Spread(self.native_args("aslice", args, line))]
            }
            A::Ternary {
                cond,
                then,
                otherwise,
            } => {
                let c = self.scalar(cond)?;
                let c = self.truth(c, line);
                let a = self.list(then)?;
                let a = self.native_args("array", a, line);
                let b = self.list(otherwise)?;
                let b = self.native_args("array", b, line);
                vec![Arg::Spread(self.cond_value(c, a, b, line))]
            }
            A::Call { .. }
            | A::MethodCall { .. }
            | A::SortLike { .. }
            | A::Match(_)
            | A::Readline(_) => {
                let c = self.call_expr(x, Ctx::List)?;
                if c.is_multi() {
                    vec![Arg::Spread(table1(c))]
                } else {
                    // One value (`undef`, a builtin lowered inline).
                    vec![Arg::Positional(c)]
                }
            }
            A::Binary {
                op: B::Match,
                lhs,
                rhs,
            } => {
                let c = self.bind_match(lhs, rhs, Ctx::List, line)?;
                vec![Arg::Spread(table1(c))]
            }
            A::Binary {
                op: B::Repeat,
                lhs,
                rhs,
            } if matches!(lhs.kind, A::List(_) | A::Qw(_)) => {
                let items = self.list(lhs)?;
                let arr = self.native_args("array", items, line);
                let n = self.scalar(rhs)?;
                vec![Arg::Spread(self.native("lrepeat", vec![arr, n], line))]
            }
            A::Var(v) if v.sigil == Sigil::Code => {
                let c = self.scalar(x)?;
                let _ = v;
                vec![Arg::Positional(c)]
            }
            A::DoBlock(b) => {
                let b = b.clone();
                let f = self.iife(line, move |l| l.body_returning(&b.stmts))?;
                vec![Arg::Spread(table1(f))]
            }
            A::EvalBlock(b) => {
                let f = self.eval_block(b, line)?;
                vec![Arg::Spread(table1(f))]
            }
            A::Return(_) | A::LoopControl { .. } => vec![Arg::Positional(self.scalar(x)?)],
            // `\(LIST)`: a reference to each item.
            A::Unary { op: U::Ref, expr } if matches!(expr.kind, A::List(_) | A::Decl { .. }) => {
                let r = self.ref_of(expr, line)?;
                let r = match r.kind {
                    K::Paren(inner) => *inner,
                    other => e(other, line),
                };
                vec![Arg::Spread(table1(r))]
            }
            // `(@a = LIST)` in list context: the array after the assignment.
            A::Assign { op: None, lhs, rhs } if matches!(&lhs.kind, A::Var(v) if v.sigil == Sigil::Array) =>
            {
                let st = self.assign(lhs, rhs, line)?;
                self.prelude.extend(st);
                self.list(lhs)?
            }
            _ => vec![Arg::Positional(self.scalar(x)?)],
        })
    }

    /// A multi-valued expression for a list of items (`return LIST`).
    pub fn multi(&mut self, items: Vec<Arg>, line: u32) -> IExpr {
        if items.len() == 1 {
            if let Arg::Positional(x) = &items[0] {
                return x.clone();
            }
        }
        self.native_args("flat", items, line)
    }

    // ----- void context -----

    pub fn void(&mut self, x: &ast::Expr) -> LResult<Vec<Stmt>> {
        let line = self.line(x.span);
        let mut out = match &x.kind {
            A::Assign { op: None, lhs, rhs } => self.assign(lhs, rhs, line)?,
            A::Assign {
                op: Some(op),
                lhs,
                rhs,
            } => self.op_assign(*op, lhs, rhs, line)?,
            A::Unary {
                op: op @ (U::PreInc | U::PreDec | U::PostInc | U::PostDec),
                expr,
            } => self.incdec(expr, *op, line)?,
            A::LoopControl { op, label } => self.loop_control(op, label.as_deref(), x.span)?,
            A::Return(items) => self.ret(items, line)?,
            A::Call {
                callee: ast::Callee::Named(n),
                args,
                ..
            } if n == "goto" && args.len() == 1 => {
                // `goto &sub`: call it with the current @_ and return its result.
                let f = match &args[0].kind {
                    A::Var(v) if v.sigil == Sigil::Code => self.code_of(&v.name, line),
                    A::Call {
                        callee: ast::Callee::Named(n),
                        ampersand: true,
                        ..
                    } => self.code_of(n, line),
                    A::Deref {
                        sigil: Sigil::Code,
                        expr,
                    } => self.scalar(expr)?,
                    _ => return self.unsupported(x.span, "goto LABEL"),
                };
                let a = match self.args_local() {
                    Some(id) => vec![Arg::Spread(e(K::Local(id), line))],
                    None => Vec::new(),
                };
                vec![s(
                    SK::Return(vec![e(
                        K::Invoke {
                            callee: ir::Callee::Value(Box::new(f)),
                            args: a,
                        },
                        line,
                    )]),
                    line,
                )]
            }
            A::Decl { kind, vars, .. } => {
                let mut v = Vec::new();
                for var in vars.iter().flatten() {
                    v.extend(self.declare_var(*kind, var, None, line)?);
                }
                v
            }
            A::Binary {
                op: op @ (B::And | B::LowAnd | B::Or | B::LowOr | B::DefinedOr),
                lhs,
                rhs,
            } => {
                let c = self.scalar(lhs)?;
                let c = match op {
                    B::And | B::LowAnd => c,
                    B::DefinedOr => self.defined(c, line),
                    _ => not(c),
                };
                let pre = std::mem::take(&mut self.prelude);
                let body = self.void(rhs)?;
                let mut v = pre;
                v.push(s(
                    SK::If {
                        arms: vec![(c, body)],
                        otherwise: None,
                    },
                    line,
                ));
                v
            }
            A::Ternary {
                cond,
                then,
                otherwise,
            } => {
                let c = self.scalar(cond)?;
                let pre = std::mem::take(&mut self.prelude);
                let a = self.void(then)?;
                let b = self.void(otherwise)?;
                let mut v = pre;
                v.push(s(
                    SK::If {
                        arms: vec![(c, a)],
                        otherwise: Some(b),
                    },
                    line,
                ));
                v
            }
            A::DoBlock(b) => vec![s(SK::Do(self.block_body(&b.stmts)?), line)],
            A::Call { .. }
            | A::MethodCall { .. }
            | A::Print { .. }
            | A::SortLike { .. }
            | A::Subst(_)
            | A::Translit(_)
            | A::Binary { op: B::Match, .. } => {
                let c = match &x.kind {
                    A::Binary { lhs, rhs, .. } => self.bind_match(lhs, rhs, Ctx::Void, line)?,
                    _ => self.call_expr(x, Ctx::Void)?,
                };
                match c.kind {
                    K::Call { .. } | K::Invoke { .. } | K::MethodCall { .. } => {
                        vec![s(SK::Expr(c), line)]
                    }
                    _ => {
                        let t = self.temp();
                        vec![s(
                            SK::Local {
                                locals: vec![t],
                                values: vec![c],
                            },
                            line,
                        )]
                    }
                }
            }
            _ => {
                let v = self.scalar(x)?;
                match v.kind {
                    K::Call { .. } | K::Invoke { .. } => vec![s(SK::Expr(v), line)],
                    K::Paren(inner) if matches!(inner.kind, K::Call { .. } | K::Invoke { .. }) => {
                        vec![s(SK::Expr(*inner), line)]
                    }
                    _ => {
                        let t = self.temp();
                        vec![s(
                            SK::Local {
                                locals: vec![t],
                                values: vec![v],
                            },
                            line,
                        )]
                    }
                }
            }
        };
        let pre = std::mem::take(&mut self.prelude);
        if !pre.is_empty() {
            out.splice(0..0, pre);
        }
        Ok(out)
    }

    /// `return LIST`: the list in the caller's context (perlsub).
    pub(super) fn ret(&mut self, items: &[ast::Expr], line: u32) -> LResult<Vec<Stmt>> {
        let stmts = self.ret_plain(items, line)?;
        if self.cur().restores.is_empty() {
            return Ok(stmts);
        }
        let restores: Vec<Stmt> = self
            .cur()
            .restores
            .iter()
            .rev()
            .flatten()
            .cloned()
            .collect();
        Ok(self.restore_before_return(stmts, &restores))
    }

    /// Returns inside a `Try` must not become tail calls (the handler
    /// would go with the frame): their values are collected first, and
    /// the `local` restores run before them.
    pub fn restore_before_return(&mut self, stmts: Vec<Stmt>, restores: &[Stmt]) -> Vec<Stmt> {
        let mut out = Vec::new();
        for st in stmts {
            let line = st.line;
            match st.kind {
                SK::Return(vals) => {
                    let t = self.temp();
                    let items = vals.into_iter().map(TableItem::Positional).collect();
                    out.push(s(
                        SK::Local {
                            locals: vec![t],
                            values: vec![e(K::Table(items), line)],
                        },
                        line,
                    ));
                    out.extend(restores.iter().cloned());
                    let v = self.native("unpack_arr", vec![e(K::Local(t), line)], line);
                    out.push(s(SK::Return(vec![v]), line));
                }
                SK::If { arms, otherwise } => {
                    let arms = arms
                        .into_iter()
                        .map(|(c, b)| (c, self.restore_before_return(b, restores)))
                        .collect();
                    let otherwise = otherwise.map(|b| self.restore_before_return(b, restores));
                    out.push(s(SK::If { arms, otherwise }, line));
                }
                SK::Do(b) => {
                    let b = self.restore_before_return(b, restores);
                    out.push(s(SK::Do(b), line));
                }
                SK::While { cond, body } => {
                    let body = self.restore_before_return(body, restores);
                    out.push(s(SK::While { cond, body }, line));
                }
                SK::Repeat { body, cond } => {
                    let body = self.restore_before_return(body, restores);
                    out.push(s(SK::Repeat { body, cond }, line));
                }
                SK::NumericFor {
                    var,
                    start,
                    limit,
                    step,
                    body,
                } => {
                    let body = self.restore_before_return(body, restores);
                    out.push(s(
                        SK::NumericFor {
                            var,
                            start,
                            limit,
                            step,
                            body,
                        },
                        line,
                    ));
                }
                SK::Labeled { label, body } => {
                    let mut b = self.restore_before_return(vec![*body], restores);
                    if b.len() == 1 {
                        let body = Box::new(b.remove(0));
                        out.push(s(SK::Labeled { label, body }, line));
                    } else {
                        out.extend(b);
                    }
                }
                SK::Try {
                    body,
                    catch,
                    orelse,
                    finally,
                } => {
                    let body = self.restore_before_return(body, restores);
                    let catch = catch.map(|c| ir::Catch {
                        var: c.var,
                        body: self.restore_before_return(c.body, restores),
                    });
                    let orelse = self.restore_before_return(orelse, restores);
                    out.push(s(
                        SK::Try {
                            body,
                            catch,
                            orelse,
                            finally,
                        },
                        line,
                    ));
                }
                other => out.push(s(other, line)),
            }
        }
        out
    }

    pub(super) fn ret_plain(&mut self, items: &[ast::Expr], line: u32) -> LResult<Vec<Stmt>> {
        if items.is_empty() {
            return Ok(vec![s(SK::Return(Vec::new()), line)]);
        }
        let single = items.len() == 1 && is_scalarish(&items[0]);
        if single {
            let v = self.scalar(&items[0])?;
            return Ok(vec![s(SK::Return(vec![v]), line)]);
        }
        if items.len() == 1 && matches!(items[0].kind, A::Call { .. } | A::MethodCall { .. }) {
            let c = self.call_expr(&items[0], Ctx::Caller)?;
            return Ok(vec![s(SK::Return(vec![c]), line)]);
        }
        let as_list = ast::Expr::new(A::List(items.to_vec()), items[0].span);
        let l = self.list(&as_list)?;
        let lv = self.multi(l, line);
        let sv = self.scalar(&as_list)?;
        let ctx = e(K::CallContext, line);
        let is_list = e(
            K::Compare {
                op: ir::CompareOp::Eq,
                lhs: Box::new(ctx),
                rhs: Box::new(e(K::Int(2), line)),
            },
            line,
        );
        Ok(vec![s(
            SK::If {
                arms: vec![(is_list, vec![s(SK::Return(vec![lv]), line)])],
                otherwise: Some(vec![s(SK::Return(vec![sv]), line)]),
            },
            line,
        )])
    }

    pub fn eval_block(&mut self, b: &ast::Block, line: u32) -> LResult<IExpr> {
        let b = b.clone();
        self.iife(line, move |l| {
            let body = l.body_returning(&b.stmts)?;
            let clear = l.native("set_eval_error", vec![e(K::Nil, line)], line);
            // `$@` is "" after a successful eval, whatever ran inside it:
            // cleared again just before the block's value is returned.
            let body = l.restore_before_return(body, &[s(SK::Expr(clear.clone()), line)]);
            let err = l.declare("(err)");
            let mut wrapped = vec![s(SK::Expr(clear.clone()), line)];
            wrapped.extend(body);
            let set = l.native("set_eval_error", vec![e(K::Local(err), line)], line);
            Ok(vec![
                s(
                    SK::Try {
                        body: wrapped,
                        catch: Some(ir::Catch {
                            var: Some(err),
                            body: vec![s(SK::Expr(set), line), s(SK::Return(vec![]), line)],
                        }),
                        orelse: Vec::new(),
                        finally: None,
                    },
                    line,
                ),
                s(SK::Expr(clear), line),
            ])
        })
    }
}

/// Expressions whose list value is one scalar.
pub(super) fn is_scalarish(x: &ast::Expr) -> bool {
    match &x.kind {
        A::Var(v) => v.sigil == Sigil::Scalar || v.sigil == Sigil::ArrayLen,
        A::Int(_)
        | A::Float(_)
        | A::Str(_)
        | A::Interp(_)
        | A::Index { .. }
        | A::HashElem { .. }
        | A::AnonArray(_)
        | A::AnonHash(_)
        | A::AnonSub(_)
        | A::Binary { .. }
        | A::Unary { .. } => !matches!(
            &x.kind,
            A::Binary {
                op: B::Match | B::Repeat,
                ..
            }
        ),
        A::List(items) => items.len() == 1 && is_scalarish(unparen(&items[0])),
        _ => false,
    }
}

/// The contexts a call can be lowered for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Void,
    Scalar,
    List,
    /// The caller's context (`return f()`).
    Caller,
}
