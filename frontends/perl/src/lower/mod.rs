//! Lowering a Perl AST into the shared IR. Scopes are resolved here
//! (perlsub "Private Variables via my()"): a `my` variable is an IR local
//! (an array or hash variable holds its container object), package
//! variables and subs live in the package's stash (`$x`, `@x`, `%x`, `&x`
//! keys), and every builtin is a native of the Perl runtime table `P`
//! (frontends/perl/src/stdlib). Context (perlsub "wantarray", perldata
//! "Context") is decided while lowering: `scalar` lowers an expression for
//! one value, `list` for the flattened items of a list.

mod file_value;
mod repl;

pub use file_value::{compile_file, return_last_value};
pub use repl::compile_repl;
mod call;
mod expr;
mod interp;
mod lvalue;
mod stmt;

use omx_core::compiler::{self, CompiledProto};
use omx_core::ir::{self, Capture, Expr as IExpr, ExprKind as K, LocalDecl, UpvalueDecl};
use omx_core::{Lang, Span, SyntaxError, SyntaxErrorKind};
use omx_perl_syntax::ast;

pub(crate) type LResult<T> = Result<T, SyntaxError>;

/// Parse, lower and compile a Perl program.
pub fn compile(source: &str, chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    let program = omx_perl_syntax::parse(source, chunk_name)?;
    compile_program(&program, source, chunk_name)
}

/// Lower and compile a parsed program.
pub(crate) fn compile_program(
    program: &ast::Program,
    source: &str,
    chunk_name: &str,
) -> Result<CompiledProto, SyntaxError> {
    let func = lower(program, source, chunk_name)?;
    compiler::compile(&func).map_err(|e| {
        SyntaxError::new(
            "perl::lower",
            SyntaxErrorKind::Invalid,
            e.message.clone(),
            Span::new(0, 0),
            e.message,
        )
        .with_source(chunk_name, source)
    })
}

/// Lower a parsed program into its main function.
pub fn lower(program: &ast::Program, source: &str, chunk_name: &str) -> LResult<ir::Function> {
    let mut l = Lowerer::new(source, chunk_name);
    l.main(program)
        .map_err(|e| e.with_source(chunk_name, source))
}

pub(crate) struct LoopInfo {
    /// The Perl label (`OUTER:`).
    pub label: Option<String>,
    /// IR label `last` breaks to.
    pub last: String,
    /// What `next` does: continue the loop, or break an inner one-shot loop.
    pub next: ir::StmtKind,
    /// The IR label `redo` continues (a loop around the body), when the
    /// body uses `redo`.
    pub redo: Option<String>,
}

pub(crate) struct FuncCtx {
    pub func: ir::Function,
    pub scopes: Vec<Vec<(String, ir::LocalId)>>,
    pub loops: Vec<LoopInfo>,
    /// The local holding `@_` (subs only).
    pub args: Option<ir::LocalId>,
    /// Whether code reads `@_` (else the sub does not build it).
    pub args_used: bool,
    /// Locals to declare at the start of the innermost block.
    pub predeclared: Vec<Vec<ir::LocalId>>,
    /// Restores of the `local`s in effect: run before a `return`.
    pub restores: Vec<Vec<ir::Stmt>>,
}

pub(crate) struct Lowerer {
    pub funcs: Vec<FuncCtx>,
    line_starts: Vec<usize>,
    pub chunk: String,
    /// The package of the code being lowered.
    pub pkg: String,
    /// Stash locals of the main function, initialised at its start.
    stash_inits: Vec<(String, ir::LocalId)>,
    /// Hidden locals of the main function that start as `undef`.
    main_nils: Vec<ir::LocalId>,
    pub label_seq: usize,
    /// Statements to run before the statement being lowered (autovivifying
    /// a lexical before an element store through it).
    pub prelude: Vec<ir::Stmt>,
    /// The preludes of the enclosing functions while a nested one is lowered.
    saved_preludes: Vec<Vec<ir::Stmt>>,
    pub depth: usize,
    /// The name of the named sub being lowered (for `next::method`).
    pub sub_name: String,
    /// Lowered `END` blocks, run after the main program (last first).
    pub end_blocks: Vec<Vec<ir::Stmt>>,
    /// Names of scalars whose reference the program takes (`\$x`): their
    /// lexicals live in scalar containers.
    pub boxed: std::collections::HashSet<String>,
    /// The source text (to see whether a loop body mentions `redo`).
    pub source: String,
}

pub(crate) fn e(kind: K, line: u32) -> IExpr {
    IExpr::new(kind, line)
}

pub(crate) fn s(kind: ir::StmtKind, line: u32) -> ir::Stmt {
    ir::Stmt::new(kind, line)
}

pub(crate) fn str_e(text: &str, line: u32) -> IExpr {
    e(K::Str(text.as_bytes().to_vec()), line)
}

impl Lowerer {
    fn new(source: &str, chunk: &str) -> Lowerer {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Lowerer {
            funcs: Vec::new(),
            line_starts,
            chunk: chunk.to_string(),
            pkg: "main".into(),
            stash_inits: Vec::new(),
            main_nils: Vec::new(),
            label_seq: 0,
            prelude: Vec::new(),
            saved_preludes: Vec::new(),
            depth: 0,
            sub_name: String::new(),
            end_blocks: Vec::new(),
            boxed: referenced_scalars(source),
            source: source.to_string(),
        }
    }

    pub fn line(&self, span: Span) -> u32 {
        match self.line_starts.binary_search(&(span.start as usize)) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn unsupported<T>(&self, span: Span, what: &str) -> LResult<T> {
        let m = format!("not supported by omx: {what}");
        Err(SyntaxError::new(
            "perl::unsupported",
            SyntaxErrorKind::Invalid,
            m.clone(),
            span,
            m,
        ))
    }

    fn new_function(&self, name: &str, line: u32) -> ir::Function {
        let mut f = ir::Function::new(name, &self.chunk, Lang::Perl);
        f.line_defined = line;
        f.last_line = line;
        f
    }

    fn main(&mut self, program: &ast::Program) -> LResult<ir::Function> {
        let mut func = self.new_function("", 0);
        func.is_vararg = true;
        func.upvalues.push(UpvalueDecl {
            name: "_ENV".into(),
            capture: Capture::Upvalue(0),
        });
        self.push_func(func);
        let p = self.declare("\u{1}P");
        let mut body = vec![s(
            ir::StmtKind::Local {
                locals: vec![p],
                values: vec![e(
                    K::Attr {
                        obj: Box::new(e(K::Upvalue(0), 0)),
                        name: b"__omx_perl".to_vec(),
                    },
                    0,
                )],
            },
            0,
        )];
        if let Some(d) = &program.data {
            let set = self.native_call_raw(p, "set_data", vec![str_e(&d.text, 0)], 0);
            body.push(s(ir::StmtKind::Expr(set), 0));
        }
        let mut rest = self.block_body(&program.body)?;
        for b in std::mem::take(&mut self.end_blocks).into_iter().rev() {
            rest.push(s(ir::StmtKind::Do(b), 0));
        }
        let nils = std::mem::take(&mut self.main_nils);
        if !nils.is_empty() {
            body.push(s(
                ir::StmtKind::Local {
                    locals: nils,
                    values: Vec::new(),
                },
                0,
            ));
        }
        let inits = std::mem::take(&mut self.stash_inits);
        if !inits.is_empty() {
            let locals = inits.iter().map(|(_, id)| *id).collect();
            let values = inits
                .iter()
                .map(|(name, _)| self.native_call_raw(p, "stash", vec![str_e(name, 0)], 0))
                .collect();
            body.push(s(ir::StmtKind::Local { locals, values }, 0));
        }
        body.extend(rest);
        let mut f = self.pop_func();
        f.body = body;
        f.last_line = self.line_starts.len() as u32;
        Ok(f)
    }

    pub fn push_func(&mut self, func: ir::Function) {
        let pre = std::mem::take(&mut self.prelude);
        self.saved_preludes.push(pre);
        self.funcs.push(FuncCtx {
            func,
            scopes: vec![Vec::new()],
            loops: Vec::new(),
            args: None,
            args_used: false,
            predeclared: vec![Vec::new()],
            restores: Vec::new(),
        });
    }

    pub fn pop_func(&mut self) -> ir::Function {
        self.prelude = self.saved_preludes.pop().unwrap_or_default();
        self.funcs
            .pop()
            .map(|c| c.func)
            .unwrap_or_else(|| ir::Function::new("", "", Lang::Perl))
    }

    pub fn cur(&mut self) -> &mut FuncCtx {
        let n = self.funcs.len() - 1;
        &mut self.funcs[n]
    }

    /// The local holding the running sub's `@_`, marked as used.
    pub fn args_local(&mut self) -> Option<ir::LocalId> {
        let c = self.cur();
        c.args_used |= c.args.is_some();
        c.args
    }

    /// A new local, visible from now on in the innermost scope.
    pub fn declare(&mut self, name: &str) -> ir::LocalId {
        let ctx = self.cur();
        let id = ctx.func.locals.len();
        ctx.func.locals.push(LocalDecl {
            name: name.to_string(),
            captured: false,
            to_be_closed: false,
        });
        if let Some(scope) = ctx.scopes.last_mut() {
            scope.push((name.to_string(), id));
        }
        id
    }

    /// A `my` variable: declared (as `undef`) at the start of its block so
    /// that named subs, hoisted there, can capture it.
    pub fn declare_my(&mut self, name: &str) -> ir::LocalId {
        let id = self.declare(name);
        if let Some(p) = self.cur().predeclared.last_mut() {
            p.push(id);
        }
        id
    }

    /// A hidden temporary local.
    pub fn temp(&mut self) -> ir::LocalId {
        let ctx = self.cur();
        let id = ctx.func.locals.len();
        ctx.func.locals.push(LocalDecl {
            name: "(temp)".into(),
            captured: false,
            to_be_closed: false,
        });
        id
    }

    fn resolve_in(&mut self, level: usize, name: &str) -> Option<IExpr> {
        let ctx = &self.funcs[level];
        for scope in ctx.scopes.iter().rev() {
            if let Some((_, id)) = scope.iter().rev().find(|(n, _)| n == name) {
                let id = *id;
                if name == "@_" {
                    self.funcs[level].args_used = true;
                }
                return Some(e(K::Local(id), 0));
            }
        }
        if let Some(i) = ctx.func.upvalues.iter().position(|u| u.name == name) {
            return Some(e(K::Upvalue(i), 0));
        }
        if level == 0 {
            return None;
        }
        let capture = match self.resolve_in(level - 1, name)?.kind {
            K::Local(id) => {
                self.funcs[level - 1].func.locals[id].captured = true;
                Capture::Local(id)
            }
            K::Upvalue(id) => Capture::Upvalue(id),
            _ => return None,
        };
        let ups = &mut self.funcs[level].func.upvalues;
        ups.push(UpvalueDecl {
            name: name.to_string(),
            capture,
        });
        Some(e(K::Upvalue(ups.len() - 1), 0))
    }

    /// A lexical by its name with sigil (`$x`, `@a`, `%h`).
    pub fn lexical(&mut self, name: &str) -> Option<IExpr> {
        let level = self.funcs.len() - 1;
        self.resolve_in(level, name)
    }

    /// `defined VALUE` of a scalar: the core's `Defined` test, answered
    /// by the VM (perlfunc "defined": false for `undef` only, no
    /// overloading), instead of a call.
    pub fn defined(&self, v: IExpr, line: u32) -> IExpr {
        e(
            K::Unary {
                op: ir::UnaryOp::Defined,
                operand: Box::new(v),
            },
            line,
        )
    }

    /// The runtime table `P` of natives.
    pub fn p(&mut self) -> IExpr {
        self.lexical("\u{1}P").unwrap_or_else(|| e(K::Nil, 0))
    }

    fn native_call_raw(&self, p: ir::LocalId, name: &str, args: Vec<IExpr>, line: u32) -> IExpr {
        e(
            K::Call {
                func: Box::new(e(
                    K::Attr {
                        obj: Box::new(e(K::Local(p), line)),
                        name: name.as_bytes().to_vec(),
                    },
                    line,
                )),
                args,
            },
            line,
        )
    }

    /// `P.name(args...)` (several values).
    pub fn native(&mut self, name: &str, args: Vec<IExpr>, line: u32) -> IExpr {
        let f = self.native_fn(name, line);
        e(
            K::Call {
                func: Box::new(f),
                args,
            },
            line,
        )
    }

    pub fn native_fn(&mut self, name: &str, line: u32) -> IExpr {
        let p = self.p();
        e(
            K::Attr {
                obj: Box::new(p),
                name: name.as_bytes().to_vec(),
            },
            line,
        )
    }

    /// `P.name(args...)` with flattened list arguments.
    pub fn native_args(&mut self, name: &str, args: Vec<ir::Arg>, line: u32) -> IExpr {
        if args.len() == 1 && matches!(args[0], ir::Arg::Positional(_)) {
            let plain = args
                .into_iter()
                .map(|a| match a {
                    ir::Arg::Positional(x) => x,
                    _ => e(K::Nil, line),
                })
                .collect();
            return self.native(name, plain, line);
        }
        let args = match plain_args(args) {
            Ok(plain) => return self.native(name, plain, line),
            Err(args) => args,
        };
        let f = self.native_fn(name, line);
        e(
            K::Invoke {
                callee: ir::Callee::Value(Box::new(f)),
                args,
            },
            line,
        )
    }

    /// The stash of package `name` (a local of the main function).
    pub fn stash(&mut self, name: &str) -> IExpr {
        let name = name.strip_prefix("::").unwrap_or(name);
        let name = if name.is_empty() { "main" } else { name };
        let key = format!("\u{1}stash:{name}");
        if let Some(x) = self.lexical(&key) {
            return x;
        }
        // Declare it in the main function's outermost scope.
        let main = &mut self.funcs[0];
        let id = main.func.locals.len();
        main.func.locals.push(LocalDecl {
            name: key.clone(),
            captured: false,
            to_be_closed: false,
        });
        main.scopes[0].push((key.clone(), id));
        self.stash_inits.push((name.to_string(), id));
        self.lexical(&key).unwrap_or_else(|| e(K::Nil, 0))
    }

    /// A hidden local of the main function (a `state` variable's home),
    /// reached from here as an upvalue.
    pub fn main_local(&mut self, key: &str) -> IExpr {
        let main = &mut self.funcs[0];
        let id = main.func.locals.len();
        main.func.locals.push(LocalDecl {
            name: key.to_string(),
            captured: false,
            to_be_closed: false,
        });
        main.scopes[0].push((key.to_string(), id));
        self.main_nils.push(id);
        self.lexical(key).unwrap_or_else(|| e(K::Nil, 0))
    }

    /// Make `name` resolve to what `target` (a local or upvalue) names.
    pub fn alias(&mut self, name: &str, target: IExpr) {
        let id = match target.kind {
            K::Local(id) => id,
            K::Upvalue(u) => {
                // An upvalue: remember it under the new name too.
                let up = self.cur().func.upvalues[u].clone();
                self.cur().func.upvalues.push(UpvalueDecl {
                    name: name.to_string(),
                    capture: up.capture,
                });
                return;
            }
            _ => return,
        };
        if let Some(scope) = self.cur().scopes.last_mut() {
            scope.push((name.to_string(), id));
        }
    }

    pub fn new_label(&mut self) -> String {
        self.label_seq += 1;
        format!("\u{1}L{}", self.label_seq)
    }

    /// Run `f` inside an immediately called function (a statement
    /// sequence where an expression is needed).
    pub fn iife(
        &mut self,
        line: u32,
        f: impl FnOnce(&mut Self) -> LResult<Vec<ir::Stmt>>,
    ) -> LResult<IExpr> {
        let func = self.new_function("", line);
        self.push_func(func);
        let saved = std::mem::take(&mut self.prelude);
        let r = f(self);
        self.prelude = saved;
        let pre = self.cur().predeclared.pop().unwrap_or_default();
        let mut func = self.pop_func();
        let mut body = Vec::new();
        if !pre.is_empty() {
            body.push(s(
                ir::StmtKind::Local {
                    locals: pre,
                    values: Vec::new(),
                },
                line,
            ));
        }
        body.extend(r?);
        func.body = body;
        Ok(e(
            K::Call {
                func: Box::new(e(K::Function(Box::new(func)), line)),
                args: Vec::new(),
            },
            line,
        ))
    }
}

/// Arguments a positional call can take as they are: single values, the
/// last of which may be a call whose every result is an argument (the
/// call's results expand in last position, as `Spread` of its results
/// would, without building the list).
pub(crate) fn plain_args(mut args: Vec<ir::Arg>) -> Result<Vec<IExpr>, Vec<ir::Arg>> {
    let single = |a: &ir::Arg| matches!(a, ir::Arg::Positional(x) if !x.is_multi());
    let Some((last, init)) = args.split_last() else {
        return Ok(Vec::new());
    };
    if !init.iter().all(single) {
        return Err(args);
    }
    let expand = match last {
        a if single(a) => None,
        ir::Arg::Spread(x) => match &x.kind {
            K::Table(items) if matches!(items.as_slice(), [ir::TableItem::Positional(c)] if c.is_multi()) => {
                match &items[0] {
                    ir::TableItem::Positional(c) => Some(c.clone()),
                    _ => None,
                }
            }
            _ => return Err(args),
        },
        _ => return Err(args),
    };
    if let Some(c) = expand {
        args.pop();
        args.push(ir::Arg::Positional(c));
    }
    Ok(args
        .into_iter()
        .filter_map(|a| match a {
            ir::Arg::Positional(x) => Some(x),
            _ => None,
        })
        .collect())
}

/// Split `Pkg::name` into package and name (`None` package: unqualified).
pub(crate) fn split_name(name: &str) -> (Option<&str>, &str) {
    match name.rfind("::") {
        Some(i) => (Some(&name[..i]), &name[i + 2..]),
        None => match name.rfind('\'') {
            Some(i) if i > 0 => (Some(&name[..i]), &name[i + 1..]),
            _ => (None, name),
        },
    }
}

/// Variables that always live in `main` (perlvar).
pub(crate) fn is_special(name: &str) -> bool {
    matches!(
        name,
        "_" | "ARGV"
            | "ENV"
            | "INC"
            | "STDIN"
            | "STDOUT"
            | "STDERR"
            | "0"
            | "@"
            | "!"
            | ","
            | "/"
            | "\\"
            | "\""
            | ";"
            | "$"
            | "&"
            | "a"
            | "b"
    ) || name.chars().all(|c| c.is_ascii_digit())
        || name.starts_with('^')
}

/// The names `NAME` of every `\$NAME` (or `\my $NAME`) in the source.
fn referenced_scalars(source: &str) -> std::collections::HashSet<String> {
    let b = source.as_bytes();
    let mut out = std::collections::HashSet::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'(') {
            // `\(LIST)`: every scalar named up to the closing parenthesis.
            let mut j = i + 2;
            while j < b.len() && b[j] != b')' {
                if b[j] == b'$' {
                    let k = j + 1;
                    let mut m = k;
                    while m < b.len() && (b[m].is_ascii_alphanumeric() || b[m] == b'_') {
                        m += 1;
                    }
                    if m > k
                        && (b[k].is_ascii_alphabetic() || b[k] == b'_')
                        && !matches!(&source[k..m], "_" | "a" | "b")
                    {
                        out.insert(source[k..m].to_string());
                    }
                    j = m;
                    continue;
                }
                j += 1;
            }
            i = j;
            continue;
        }
        if b[i] == b'\\' {
            let mut j = i + 1;
            while j < b.len() && (b[j] == b' ' || b[j] == b'(') {
                j += 1;
            }
            if b[j..].starts_with(b"my ") {
                j += 3;
                while j < b.len() && b[j] == b' ' {
                    j += 1;
                }
            }
            if j < b.len() && b[j] == b'$' {
                let k = j + 1;
                let mut m = k;
                while m < b.len() && (b[m].is_ascii_alphanumeric() || b[m] == b'_') {
                    m += 1;
                }
                if m > k && (b[k].is_ascii_alphabetic() || b[k] == b'_') {
                    let name = &source[k..m];
                    if !matches!(name, "_" | "a" | "b") {
                        out.insert(name.to_string());
                    }
                }
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}
