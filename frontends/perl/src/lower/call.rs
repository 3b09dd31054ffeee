//! Calls: builtins (perlfunc), user subs (perlsub: `@_` is the flattened
//! argument list, the call's context is the callee's `wantarray`), method
//! calls (perlobj: resolved by the runtime through `@ISA`), `sort`/`map`/
//! `grep` with blocks, and the regex operators (perlop "Regexp
//! Quote-Like Operators").

use omx_core::ir::{self, Arg, Expr as IExpr, ExprKind as K};
use omx_perl_syntax::ast::{self, ExprKind as A, MethodName, Sigil, StrPart};

use super::expr::{table1, Ctx};
use super::{e, s, split_name, str_e, LResult, Lowerer};

/// Builtins that take one scalar and default to `$_`.
const UNARY_DEFAULT: &[&str] = &[
    "lc",
    "uc",
    "lcfirst",
    "ucfirst",
    "length",
    "chr",
    "ord",
    "abs",
    "int",
    "sqrt",
    "hex",
    "oct",
    "quotemeta",
    "defined",
    "ref",
    "log",
    "exp",
    "sin",
    "cos",
    "fc",
    "chomp_value",
];

/// Whether a plain builtin's prototype gives every argument scalar context
/// (perlfunc: the named unary operators, `substr`, `index`, `rindex`,
/// `atan2`).
fn scalar_args(name: &str) -> bool {
    (UNARY_DEFAULT.contains(&name) && !matches!(name, "defined" | "ref" | "chomp_value"))
        || matches!(name, "substr" | "index" | "rindex" | "atan2")
}

/// Builtins that are plain natives over their flattened arguments.
const PLAIN: &[&str] = &[
    "join",
    "sprintf",
    "die",
    "warn",
    "bless",
    "substr",
    "index",
    "rindex",
    "atan2",
    "time",
    "localtime",
    "gmtime",
    "sleep",
    "exit",
    "lc",
    "uc",
    "lcfirst",
    "ucfirst",
    "length",
    "chr",
    "ord",
    "abs",
    "int",
    "sqrt",
    "hex",
    "oct",
    "quotemeta",
    "ref",
    "log",
    "exp",
    "sin",
    "cos",
    "rand",
    "srand",
    "sprintf",
    "wantarray_",
    "blessed",
    "reftype",
    "looks_like_number",
    "refaddr",
    "croak",
    "confess",
    "carp",
    "cluck",
    "first_",
    "sum",
    "sum0",
    "max",
    "min",
    "maxstr",
    "minstr",
    "uniq",
    "uniqnum",
    "shuffle",
    "floor",
    "ceil",
    "fmod",
    "pow",
    "Dumper",
    "open",
    "close",
    "binmode",
    "eof",
    "unlink",
    "not",
    "lock",
    "weaken",
    "dualvar",
    "pairs",
    "fc",
    "select",
    "utime",
    "chdir",
    "mkdir",
    "rmdir",
    "require",
    "caller",
    "pack",
    "unpack",
    "sprintf",
    "strftime",
    "local_time",
    "exists_sub",
    "alarm",
];

impl Lowerer {
    pub fn call_expr(&mut self, x: &ast::Expr, ctx: Ctx) -> LResult<IExpr> {
        let line = self.line(x.span);
        match &x.kind {
            A::Call {
                callee,
                args,
                ampersand,
                parens,
            } => match callee {
                ast::Callee::Named(name) => {
                    self.named_call(name, args, *ampersand, *parens, ctx, x.span)
                }
                ast::Callee::Expr(f) => {
                    let f = self.scalar(f)?;
                    let mut a = Vec::new();
                    for arg in args {
                        a.extend(self.list(arg)?);
                    }
                    Ok(self.invoke(f, a, line))
                }
            },
            A::MethodCall {
                invocant,
                method,
                args,
                ..
            } => {
                // `$obj->name(ARGS)` / `Class->name(ARGS)`: the call
                // site's method cache (protocol/perl/method.rs). The method is looked up
                // before the arguments are evaluated, so only arguments
                // that cannot define a sub, change an `@ISA` or re-bless
                // take this path (perl looks up after them).
                if let MethodName::Named(n) = method {
                    if !n.contains("::") && args.iter().all(simple_arg) {
                        let inv = match &invocant.kind {
                            A::Bareword(w) => str_e(w, line),
                            _ => self.scalar(invocant)?,
                        };
                        let a = self.rest_list(args)?;
                        return Ok(e(
                            K::Invoke {
                                callee: ir::Callee::Method {
                                    obj: Box::new(inv),
                                    name: n.as_bytes().to_vec(),
                                    load: ir::MethodLoad::MaybeBound,
                                },
                                args: a,
                            },
                            line,
                        ));
                    }
                }
                let inv = match &invocant.kind {
                    A::Bareword(w) => str_e(w, line),
                    _ => self.scalar(invocant)?,
                };
                let name = match method {
                    MethodName::Named(n) => str_e(n, line),
                    MethodName::Dynamic(d) => self.scalar(d)?,
                };
                let mut here = self.pkg.clone();
                if let MethodName::Named(n) = method {
                    if n.contains("next::") {
                        here = format!("{}\u{0}{}", here, self.sub_name.clone());
                    }
                }
                let pkg = str_e(&here, line);
                let mut a = vec![
                    Arg::Positional(inv),
                    Arg::Positional(name),
                    Arg::Positional(pkg),
                ];
                for arg in args {
                    a.extend(self.list(arg)?);
                }
                Ok(self.native_args("callm", a, line))
            }
            A::Print {
                func,
                filehandle,
                args,
            } => {
                let fh = match filehandle {
                    Some(f) => match &f.kind {
                        A::Bareword(w) => str_e(w, line),
                        _ => self.scalar(f)?,
                    },
                    None => e(K::Nil, line),
                };
                let mut a = vec![Arg::Positional(fh)];
                if args.is_empty() && func != "printf" {
                    a.push(Arg::Positional(self.var_scalar("_", line)?));
                }
                for arg in args {
                    a.extend(self.list(arg)?);
                }
                Ok(self.native_args(func, a, line))
            }
            A::SortLike {
                func,
                block,
                comparator,
                args,
            } => self.sort_like(func, block.as_ref(), comparator.as_deref(), args, ctx, line),
            A::Match(re) => {
                let target = self.var_scalar("_", line)?;
                self.match_op(target, re, ctx, line)
            }
            A::Subst(sub) => {
                let t = ast::Expr::new(
                    A::Var(ast::Var {
                        sigil: Sigil::Scalar,
                        name: "_".into(),
                        span: x.span,
                    }),
                    x.span,
                );
                self.subst_op(&t, sub, line)
            }
            A::Translit(tr) => {
                let t = ast::Expr::new(
                    A::Var(ast::Var {
                        sigil: Sigil::Scalar,
                        name: "_".into(),
                        span: x.span,
                    }),
                    x.span,
                );
                self.translit_op(&t, tr, line)
            }
            A::Readline(what) => {
                let fh = if let Some(v) = what.strip_prefix('$') {
                    self.var_scalar(v, line)?
                } else {
                    str_e(what, line)
                };
                let f = if ctx == Ctx::List {
                    "readlines"
                } else {
                    "readline"
                };
                Ok(self.native(f, vec![fh], line))
            }
            A::Qr(re) => {
                let (p, flags) = self.pattern(re, line)?;
                Ok(self.native("qr", vec![p, flags], line))
            }
            _ => self.unsupported(x.span, "this call"),
        }
    }

    fn invoke(&mut self, f: IExpr, args: Vec<Arg>, line: u32) -> IExpr {
        let args = match super::plain_args(args) {
            Err(args) => args,
            Ok(plain) => {
                return e(
                    K::Call {
                        func: Box::new(f),
                        args: plain,
                    },
                    line,
                )
            }
        };
        e(
            K::Invoke {
                callee: ir::Callee::Value(Box::new(f)),
                args,
            },
            line,
        )
    }

    fn default_arg(&mut self, args: &[ast::Expr], line: u32) -> LResult<IExpr> {
        match args.first() {
            Some(a) => self.scalar(a),
            None => self.var_scalar("_", line),
        }
    }

    /// The array a builtin works on: its first argument, or `@_` in a sub
    /// and `@ARGV` outside.
    fn array_arg(&mut self, args: &[ast::Expr], line: u32) -> LResult<IExpr> {
        match args.first() {
            Some(a) => match &a.kind {
                A::Var(v) if v.sigil == Sigil::Array => self.array_of_var(v, line),
                A::Deref {
                    sigil: Sigil::Array,
                    ..
                } => self.array_obj(a, true),
                _ => {
                    let v = self.scalar(a)?;
                    Ok(self.native("aref", vec![v], line))
                }
            },
            None => match self.args_local() {
                Some(id) => Ok(e(K::Local(id), line)),
                None => {
                    // Inside an eval block or a map block: the enclosing
                    // sub's @_.
                    if self.funcs.len() > 1 {
                        if let Some(x) = self.lexical("@_") {
                            return Ok(x);
                        }
                    }
                    let st = self.stash("main");
                    Ok(self.native("gav", vec![st, str_e("@ARGV", line)], line))
                }
            },
        }
    }

    fn rest_list(&mut self, args: &[ast::Expr]) -> LResult<Vec<Arg>> {
        let mut a = Vec::new();
        for arg in args {
            a.extend(self.list(arg)?);
        }
        Ok(a)
    }

    fn named_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        ampersand: bool,
        parens: bool,
        ctx: Ctx,
        span: omx_core::Span,
    ) -> LResult<IExpr> {
        let line = self.line(span);
        let _ = parens;
        if !ampersand {
            if let Some(v) = self.builtin(name, args, ctx, line, span)? {
                return Ok(v);
            }
        }
        // A user sub: the stash's `&name` entry, read through the inline
        // cache; the native looks further (a builtin through CORE::GLOBAL)
        // or says "Undefined subroutine &main::f called".
        let f = match self.code_of(name, line).kind {
            K::Call { args, .. } => {
                let entry = match (args.first(), args.get(1).map(|a| &a.kind)) {
                    (Some(st), Some(K::Str(short))) => {
                        let mut key = b"&".to_vec();
                        key.extend_from_slice(short);
                        Some(e(
                            K::Attr {
                                obj: Box::new(st.clone()),
                                name: key,
                            },
                            line,
                        ))
                    }
                    _ => None,
                };
                let slow = self.native("code_called", args, line);
                match entry {
                    Some(entry) => e(
                        K::Or {
                            lhs: Box::new(entry),
                            rhs: Box::new(slow),
                        },
                        line,
                    ),
                    None => slow,
                }
            }
            other => e(other, line),
        };
        let a = if ampersand && args.is_empty() && !parens {
            match self.args_local() {
                Some(id) => vec![Arg::Spread(e(K::Local(id), line))],
                None => Vec::new(),
            }
        } else {
            self.rest_list(args)?
        };
        Ok(self.invoke(f, a, line))
    }

    fn builtin(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        ctx: Ctx,
        line: u32,
        span: omx_core::Span,
    ) -> LResult<Option<IExpr>> {
        let short = split_name(name).1;
        let name = match name {
            "Scalar::Util::blessed"
            | "Scalar::Util::reftype"
            | "Scalar::Util::looks_like_number"
            | "List::Util::sum"
            | "List::Util::max"
            | "List::Util::min"
            | "List::Util::first"
            | "POSIX::floor"
            | "POSIX::ceil" => short,
            n => n,
        };
        let v = match name {
            "push" | "unshift" => {
                let a = self.array_arg(args, line)?;
                let mut all = vec![Arg::Positional(a)];
                all.extend(self.rest_list(&args[1.min(args.len())..])?);
                self.native_args(name, all, line)
            }
            "pop" | "shift" => {
                let a = self.array_arg(args, line)?;
                self.native(name, vec![a], line)
            }
            "splice" => {
                let a = self.array_arg(args, line)?;
                let mut all = vec![Arg::Positional(a)];
                all.extend(self.rest_list(&args[1.min(args.len())..])?);
                let c = self.native_args("splice", all, line);
                if ctx == Ctx::Scalar {
                    self.native("last_of", vec![table1(c)], line)
                } else {
                    c
                }
            }
            "keys" | "values" | "each" => {
                let Some(first) = args.first() else {
                    return self.unsupported(span, "keys without an argument");
                };
                let c = match &first.kind {
                    A::Var(v) if v.sigil == Sigil::Array => self.array_of_var(v, line)?,
                    A::Deref {
                        sigil: Sigil::Array,
                        ..
                    } => self.array_obj(first, false)?,
                    A::Var(v) if v.sigil == Sigil::Hash => self.hash_of_var(v, line)?,
                    A::Deref {
                        sigil: Sigil::Hash, ..
                    } => self.hash_obj(first, false)?,
                    _ => {
                        let v = self.scalar(first)?;
                        self.native("href", vec![v], line)
                    }
                };
                if ctx == Ctx::Scalar && name != "each" {
                    self.native("hcount", vec![c], line)
                } else {
                    self.native(name, vec![c], line)
                }
            }
            "delete" | "exists" => {
                let Some(first) = args.first() else {
                    return self.unsupported(span, "delete without an argument");
                };
                match &first.kind {
                    A::HashElem { hash, key } => {
                        // perl autovivifies the levels above the element.
                        let h = self.hash_obj(hash, true)?;
                        let k = self.hash_key(key)?;
                        self.native(name, vec![h, k], line)
                    }
                    A::Index { array, index } => {
                        let a = self.array_obj(array, false)?;
                        let i = self.scalar(index)?;
                        self.native(&format!("{name}_elem"), vec![a, i], line)
                    }
                    A::HashSlice { hash, keys } if name == "delete" => {
                        let h = self.hash_obj(hash, false)?;
                        let mut all = vec![Arg::Positional(h)];
                        all.extend(self.list(keys)?);
                        self.native_args("delete_slice", all, line)
                    }
                    A::Call {
                        callee: ast::Callee::Named(n),
                        ampersand: true,
                        ..
                    } => {
                        let f = self.code_of(n, line);
                        self.defined(f, line)
                    }
                    _ => return self.unsupported(span, &format!("{name} of this expression")),
                }
            }
            // perlfunc require: a bareword names a module (`A::B` is the
            // file `A/B.pm`), any other expression a file.
            "require" => {
                let (what, bare) = match args.first().map(|a| &a.kind) {
                    Some(A::Bareword(w)) => (str_e(w, line), 1),
                    _ => (self.default_arg(args, line)?, 0),
                };
                self.native("require", vec![what, e(K::Int(bare), line)], line)
            }
            "defined" => match args.first().map(|a| &a.kind) {
                Some(A::Deref {
                    sigil: Sigil::Code,
                    expr,
                }) => {
                    let n = self.scalar(expr)?;
                    let pkg = str_e(&self.pkg.clone(), line);
                    self.native("defined_sub", vec![n, pkg], line)
                }
                Some(A::Var(v)) if v.sigil == Sigil::Array => {
                    let a = self.array_of_var(v, line)?;
                    self.native("alen", vec![a], line)
                }
                Some(A::Call {
                    callee: ast::Callee::Named(n),
                    ampersand: true,
                    ..
                }) => {
                    let f = self.code_of(n, line);
                    self.defined(f, line)
                }
                Some(A::Var(v)) if v.sigil == Sigil::Code => {
                    let f = self.code_of(&v.name, line);
                    self.defined(f, line)
                }
                _ => {
                    let v = self.default_arg(args, line)?;
                    self.defined(v, line)
                }
            },
            "undef" => match args.first() {
                None => e(K::Nil, line),
                Some(a) => match &a.kind {
                    A::Var(v) if v.sigil == Sigil::Array => {
                        let arr = self.array_of_var(v, line)?;
                        self.native("aassign", vec![arr], line)
                    }
                    A::Var(v) if v.sigil == Sigil::Hash => {
                        let h = self.hash_of_var(v, line)?;
                        self.native("hassign", vec![h], line)
                    }
                    _ => {
                        let p = self.place(a)?;
                        self.prelude.push(s(
                            ir::StmtKind::Assign {
                                targets: vec![p],
                                values: vec![e(K::Nil, line)],
                            },
                            line,
                        ));
                        e(K::Nil, line)
                    }
                },
            },
            "scalar" => {
                let Some(a) = args.first() else {
                    return self.unsupported(span, "scalar()");
                };
                let v = self.scalar(a)?;
                e(K::Paren(Box::new(v)), line)
            }
            "wantarray" => self.native("wantarray", vec![e(K::CallContext, line)], line),
            "chomp" | "chop" => {
                let target = match args.first() {
                    Some(a) => a.clone(),
                    None => ast::Expr::new(
                        A::Var(ast::Var {
                            sigil: Sigil::Scalar,
                            name: "_".into(),
                            span,
                        }),
                        span,
                    ),
                };
                match &target.kind {
                    A::Var(v) if v.sigil == Sigil::Array => {
                        let a = self.array_of_var(v, line)?;
                        self.native(&format!("{name}_array"), vec![a], line)
                    }
                    A::Assign { .. } | A::Decl { .. } => {
                        let inner = match &target.kind {
                            A::Assign { lhs, .. } => (**lhs).clone(),
                            _ => target.clone(),
                        };
                        let st = self.void(&target)?;
                        self.prelude.extend(st);
                        let cur = self.lhs_value(&inner)?;
                        let p = self.place(&strip_decl(&inner))?;
                        let call = self.native(name, vec![cur], line);
                        self.update_target(p, call, line)
                    }
                    _ => {
                        let cur = self.scalar(&target)?;
                        let p = self.place(&target)?;
                        let call = self.native(name, vec![cur], line);
                        self.update_target(p, call, line)
                    }
                }
            }
            "reverse" => {
                let a = self.rest_list(args)?;
                if ctx == Ctx::Scalar {
                    let a = if args.is_empty() {
                        vec![Arg::Positional(self.var_scalar("_", line)?)]
                    } else {
                        a
                    };
                    self.native_args("reverse_str", a, line)
                } else {
                    self.native_args("reverse", a, line)
                }
            }
            "split" => {
                let mut a = Vec::new();
                match args.first().map(|x| &x.kind) {
                    Some(A::Match(re)) | Some(A::Qr(re)) => {
                        let (p, f) = self.pattern(re, line)?;
                        a.push(Arg::Positional(self.native("qr", vec![p, f], line)));
                    }
                    Some(_) => a.push(Arg::Positional(self.scalar(&args[0])?)),
                    None => a.push(Arg::Positional(str_e(" ", line))),
                }
                if args.len() > 1 {
                    a.push(Arg::Positional(self.scalar(&args[1])?));
                } else {
                    a.push(Arg::Positional(self.var_scalar("_", line)?));
                }
                if args.len() > 2 {
                    a.push(Arg::Positional(self.scalar(&args[2])?));
                }
                let c = self.native_args("split", a, line);
                if ctx == Ctx::Scalar {
                    self.native("alen", vec![table1(c)], line)
                } else {
                    c
                }
            }
            "localtime" | "gmtime" if ctx == Ctx::Scalar => {
                let a = self.rest_list(args)?;
                self.native_args(&format!("{name}_str"), a, line)
            }
            "printf" | "print" | "say" => {
                let mut a = vec![Arg::Positional(e(K::Nil, line))];
                a.extend(self.rest_list(args)?);
                self.native_args(name, a, line)
            }
            "return" => return Ok(None),
            "-e" | "-f" | "-s" | "-d" | "-r" | "-w" | "-x" | "-z" => {
                let v = self.default_arg(args, line)?;
                self.native("filetest", vec![str_e(&name[1..], line), v], line)
            }
            "pos" => {
                let v = self.default_arg(args, line)?;
                self.native("pos", vec![v], line)
            }
            "substr" if args.len() == 4 => {
                let cur = self.scalar(&args[0])?;
                let mut a = vec![cur];
                for x in &args[1..] {
                    a.push(self.scalar(x)?);
                }
                let call = self.native("substr4", a, line);
                let t = self.temp();
                self.prelude.push(s(
                    ir::StmtKind::Local {
                        locals: vec![t],
                        values: vec![call],
                    },
                    line,
                ));
                let p = self.place(&args[0])?;
                let newv = e(
                    K::Index {
                        obj: Box::new(e(K::Local(t), line)),
                        key: Box::new(e(K::Int(0), line)),
                    },
                    line,
                );
                self.prelude.push(s(
                    ir::StmtKind::Assign {
                        targets: vec![p],
                        values: vec![newv],
                    },
                    line,
                ));
                e(
                    K::Index {
                        obj: Box::new(e(K::Local(t), line)),
                        key: Box::new(e(K::Int(1), line)),
                    },
                    line,
                )
            }
            "open" => {
                let Some(first) = args.first() else {
                    return self.unsupported(span, "open without arguments");
                };
                let mut rest = Vec::new();
                for a in &args[1..] {
                    rest.push(ir::Arg::Positional(self.scalar(a)?));
                }
                let call = self.native_args("open_fh", rest, line);
                let t = self.temp();
                self.prelude.push(s(
                    ir::StmtKind::Local {
                        locals: vec![t],
                        values: vec![call],
                    },
                    line,
                ));
                let target = match &first.kind {
                    A::Bareword(w) => {
                        let st = self.stash("main");
                        ir::Place::Attr {
                            obj: st,
                            name: format!("*{w}").into_bytes(),
                        }
                    }
                    _ => self.place(first)?,
                };
                let pre = std::mem::take(&mut self.prelude);
                self.prelude.extend(pre);
                self.prelude.push(s(
                    ir::StmtKind::Assign {
                        targets: vec![target],
                        values: vec![e(K::Local(t), line)],
                    },
                    line,
                ));
                self.defined(e(K::Local(t), line), line)
            }
            "bless" if args.len() == 1 => {
                let v = self.scalar(&args[0])?;
                let pkg = str_e(&self.pkg.clone(), line);
                self.native("bless", vec![v, pkg], line)
            }
            "eval" => {
                let a = self.default_arg(args, line)?;
                let pkg = str_e(&self.pkg.clone(), line);
                self.native("eval_string", vec![a, pkg], line)
            }
            "do" => return self.unsupported(span, "do FILE"),
            "local" => return self.unsupported(span, "local here"),
            "sprintf" | "join" => {
                let a = self.rest_list(args)?;
                self.native_args(name, a, line)
            }
            "die" | "warn" | "croak" | "confess" | "carp" | "cluck" => {
                let mut a = vec![Arg::Positional(e(K::Int(line as i64), line))];
                a.extend(self.rest_list(args)?);
                self.native_args(name, a, line)
            }
            "can" | "isa" => return Ok(None),
            _ if UNARY_DEFAULT.contains(&name) && args.is_empty() => {
                let v = self.var_scalar("_", line)?;
                self.native(name, vec![v], line)
            }
            "first" | "any" | "all" | "none" | "reduce" => return Ok(None),
            // `ord(substr(EXPR, OFFSET[, LENGTH]))`: one call, no part made.
            "ord" if substr_operands(args).is_some() => {
                let mut a = Vec::with_capacity(3);
                for x in substr_operands(args).unwrap_or_default() {
                    a.push(self.scalar(x)?);
                }
                self.native("ord_substr", a, line)
            }
            // perlfunc prototypes `_`, `$$;$$`, `$$;$`, `$$`: each argument
            // is evaluated in scalar context (`ord(substr($s, $i, 1))` passes
            // one scalar, `length(@a)` the count).
            _ if scalar_args(name) && PLAIN.contains(&name) && (1..=4).contains(&args.len()) => {
                let mut a = Vec::with_capacity(args.len());
                for x in args {
                    a.push(self.scalar(x)?);
                }
                self.native(name, a, line)
            }
            _ if PLAIN.contains(&name) => {
                let a = self.rest_list(args)?;
                self.native_args(name, a, line)
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn sort_like(
        &mut self,
        func: &str,
        block: Option<&ast::Block>,
        comparator: Option<&ast::Expr>,
        args: &[ast::Expr],
        ctx: Ctx,
        line: u32,
    ) -> LResult<IExpr> {
        let mut items = Vec::new();
        let mut rest = args;
        let f = match (func, block, comparator) {
            ("sort" | "reduce", Some(b), _) => Some(self.block_fn(b, &["$a", "$b"], line)?),
            ("sort", None, Some(c)) => Some(match &c.kind {
                A::Bareword(w) => self.code_of(w, line),
                A::Var(v) if v.sigil == Sigil::Scalar => self.var_scalar(&v.name, line)?,
                _ => self.scalar(c)?,
            }),
            ("sort", None, None) => None,
            (_, Some(b), _) => Some(self.block_fn(b, &["$_"], line)?),
            (_, None, _) => {
                // `map EXPR, LIST` / `grep EXPR, LIST`.
                let Some((first, r)) = args.split_first() else {
                    return Ok(e(K::Nil, line));
                };
                rest = r;
                let body = ast::Block {
                    stmts: vec![ast::Stmt {
                        label: None,
                        kind: ast::StmtKind::Expr(first.clone()),
                        span: first.span,
                    }],
                    span: first.span,
                };
                Some(self.block_fn(&body, &["$_"], line)?)
            }
        };
        let by_name = matches!(
            comparator.map(|c| &c.kind),
            Some(A::Bareword(_)) | Some(A::Var(_))
        );
        items.push(Arg::Positional(f.unwrap_or(e(K::Nil, line))));
        items.push(Arg::Positional(e(K::Bool(by_name), line)));
        for a in rest {
            items.extend(self.list(a)?);
        }
        let c = self.native_args(func, items, line);
        let counts = matches!(func, "map" | "grep" | "sort");
        Ok(if ctx == Ctx::Scalar && counts {
            self.native("alen", vec![table1(c)], line)
        } else {
            c
        })
    }

    /// A block as a function whose parameters are the given lexicals
    /// (`$_` for map/grep, `$a`/`$b` for sort).
    fn block_fn(&mut self, b: &ast::Block, params: &[&str], line: u32) -> LResult<IExpr> {
        let mut func = omx_core::ir::Function::new("__ANON__", &self.chunk, omx_core::Lang::Perl);
        func.line_defined = line;
        func.last_line = line;
        self.push_func(func);
        for p in params {
            let id = self.declare(p);
            self.cur().func.params.push(id);
        }
        // `map { { k => $_ } } LIST`: a block holding only a braced list
        // is an anonymous hash (perlfunc "map" on `{` guessing).
        let hash_block;
        let stmts = match b.stmts.as_slice() {
            [ast::Stmt {
                kind: ast::StmtKind::Block(inner),
                span,
                ..
            }] if params == ["$_"] => match inner.stmts.as_slice() {
                [ast::Stmt {
                    kind: ast::StmtKind::Expr(x),
                    ..
                }] if matches!(x.kind, A::List(_))
                    || matches!(&x.kind, A::Str(_) | A::Bareword(_)) =>
                {
                    let items = match &x.kind {
                        A::List(items) => items.clone(),
                        _ => vec![x.clone()],
                    };
                    hash_block = vec![ast::Stmt {
                        label: None,
                        kind: ast::StmtKind::Expr(ast::Expr::new(A::AnonHash(items), *span)),
                        span: *span,
                    }];
                    hash_block.as_slice()
                }
                _ => b.stmts.as_slice(),
            },
            _ => b.stmts.as_slice(),
        };
        // `@_` of the enclosing sub stays visible.
        let r = self.body_returning(stmts);
        let mut f = self.pop_func();
        f.body = r?;
        Ok(e(K::Function(Box::new(f)), line))
    }

    /// The pattern text and flags of a regex (interpolated at run time).
    pub fn pattern(&mut self, re: &ast::Regex, line: u32) -> LResult<(IExpr, IExpr)> {
        // Build the text: literal parts as written, variables' values
        // (a qr// object inserts its pattern).
        let mut acc = str_e("", line);
        for p in &re.pattern {
            let piece = match p {
                StrPart::Lit(t) => str_e(t, line),
                StrPart::Scalar(x) => {
                    let v = self.scalar(x)?;
                    self.native("re_piece", vec![v], line)
                }
                StrPart::List(x) => {
                    let l = self.list(x)?;
                    let mut a = vec![Arg::Positional(str_e(" ", line))];
                    a.extend(l);
                    e(K::Paren(Box::new(self.native_args("join", a, line))), line)
                }
                StrPart::Case(_) => continue,
            };
            acc = e(
                K::Concat {
                    lhs: Box::new(acc),
                    rhs: Box::new(piece),
                },
                line,
            );
        }
        Ok((acc, str_e(&re.flags, line)))
    }

    fn match_op(&mut self, target: IExpr, re: &ast::Regex, ctx: Ctx, line: u32) -> LResult<IExpr> {
        let (p, f) = self.pattern(re, line)?;
        let want = e(K::Int(if ctx == Ctx::List { 2 } else { 1 }), line);
        Ok(self.native("match", vec![target, p, f, want], line))
    }

    pub fn bind_match(
        &mut self,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        ctx: Ctx,
        line: u32,
    ) -> LResult<IExpr> {
        match &rhs.kind {
            A::Match(re) => {
                let t = self.scalar(lhs)?;
                self.match_op(t, re, ctx, line)
            }
            A::Subst(sub) => self.subst_op(lhs, sub, line),
            A::Translit(tr) => self.translit_op(lhs, tr, line),
            _ => {
                let t = self.scalar(lhs)?;
                let r = self.scalar(rhs)?;
                let want = e(K::Int(if ctx == Ctx::List { 2 } else { 1 }), line);
                Ok(self.native("match", vec![t, r, str_e("", line), want], line))
            }
        }
    }

    /// `s///`: the native returns the new string and the count; the
    /// target is assigned unless `/r`.
    fn subst_op(&mut self, target: &ast::Expr, sub: &ast::Subst, line: u32) -> LResult<IExpr> {
        let (p, f) = self.pattern(&sub.pattern, line)?;
        let repl = match &sub.replacement {
            ast::SubstReplacement::Text(parts) => {
                let body = ast::Expr::new(A::Interp(parts.clone()), sub.pattern.span);
                let b = ast::Block {
                    stmts: vec![ast::Stmt {
                        label: None,
                        kind: ast::StmtKind::Expr(body),
                        span: sub.pattern.span,
                    }],
                    span: sub.pattern.span,
                };
                self.block_fn(&b, &[], line)?
            }
            ast::SubstReplacement::Code(b) => self.block_fn(b, &[], line)?,
        };
        let cur = self.scalar(target)?;
        let call = self.native("subst", vec![cur, p, f.clone(), repl], line);
        if sub.pattern.flags.contains('r') {
            return Ok(first_of(table1(call), line));
        }
        let place = self.place(target)?;
        Ok(self.update_target(place, table1(call), line))
    }

    fn translit_op(&mut self, target: &ast::Expr, tr: &ast::Translit, line: u32) -> LResult<IExpr> {
        let cur = self.scalar(target)?;
        let call = self.native(
            "tr",
            vec![
                cur,
                str_e(&tr.search, line),
                str_e(&tr.replace, line),
                str_e(&tr.flags, line),
            ],
            line,
        );
        if tr.flags.contains('r') {
            return Ok(first_of(table1(call), line));
        }
        let place = self.place(target)?;
        Ok(self.update_target(place, table1(call), line))
    }
}

fn first_of(arr: IExpr, line: u32) -> IExpr {
    e(
        K::Index {
            obj: Box::new(arr),
            key: Box::new(e(K::Int(0), line)),
        },
        line,
    )
}

impl Lowerer {
    /// `arr` is `[new value, result]`: before the statement, store the new
    /// value into `place`; the expression's value is the result.
    pub fn update_target(&mut self, place: ir::Place, arr: IExpr, line: u32) -> IExpr {
        let t = self.temp();
        self.prelude.push(s(
            ir::StmtKind::Local {
                locals: vec![t],
                values: vec![arr],
            },
            line,
        ));
        let newv = first_of(e(K::Local(t), line), line);
        self.prelude.push(s(
            ir::StmtKind::Assign {
                targets: vec![place],
                values: vec![newv],
            },
            line,
        ));
        e(
            K::Index {
                obj: Box::new(e(K::Local(t), line)),
                key: Box::new(e(K::Int(1), line)),
            },
            line,
        )
    }
}

fn strip_decl(x: &ast::Expr) -> ast::Expr {
    match &x.kind {
        A::Decl { vars, .. } if vars.len() == 1 => match &vars[0] {
            Some(v) => ast::Expr::new(A::Var(v.clone()), x.span),
            None => x.clone(),
        },
        _ => x.clone(),
    }
}

/// The operands of `substr(EXPR, OFFSET[, LENGTH])` when `args` is that
/// one call (the builtin, not `&substr`).
fn substr_operands(args: &[ast::Expr]) -> Option<&[ast::Expr]> {
    match args {
        [ast::Expr {
            kind:
                A::Call {
                    callee: ast::Callee::Named(n),
                    args,
                    ampersand: false,
                    ..
                },
            ..
        }] if n == "substr" && (2..=3).contains(&args.len()) => Some(args),
        _ => None,
    }
}

/// An argument whose evaluation runs no sub of the program's (so no sub
/// is defined, no `@ISA` changed, nothing re-blessed meanwhile): literals,
/// variables, elements, and operators on them (an overloaded operator on
/// a blessed operand is the exception this accepts).
fn simple_arg(x: &ast::Expr) -> bool {
    match &x.kind {
        A::Int(_) | A::Float(_) | A::Str(_) | A::Qw(_) => true,
        // `&name` alone is a call.
        A::Var(v) => v.sigil != Sigil::Code,
        A::Index { array, index } => simple_arg(array) && simple_arg(index),
        A::HashElem { hash, key } => simple_arg(hash) && simple_arg(key),
        A::Unary { expr, .. } => simple_arg(expr),
        A::Binary { op, lhs, rhs } => {
            !matches!(
                op,
                ast::BinOp::Match | ast::BinOp::NotMatch | ast::BinOp::SmartMatch
            ) && simple_arg(lhs)
                && simple_arg(rhs)
        }
        A::List(items) | A::AnonArray(items) | A::AnonHash(items) => items.iter().all(simple_arg),
        A::Ternary {
            cond,
            then,
            otherwise,
        } => simple_arg(cond) && simple_arg(then) && simple_arg(otherwise),
        _ => false,
    }
}
