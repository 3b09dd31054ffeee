//! Lowering a JavaScript AST into the shared IR. Scopes are resolved here:
//! `var` and function declarations are hoisted to the top of their
//! function, `let`/`const`/`class` names to the top of their block (so a
//! function can use a binding declared below it), and each loop body is a
//! fresh block (a fresh binding per iteration). Every JavaScript function
//! takes its `this` as parameter 0; calls pass it first (a plain call
//! passes `undefined`), which is what lets natives, getters and `new`
//! supply a receiver. Operations the IR has no instruction for (`typeof`,
//! `instanceof`, `new`, `==`, `%`, bitwise operators) call natives of the
//! intrinsics object `%I`, which the main function reads once.

mod expr;
mod func;
mod pattern;
mod stmt;

use omx_core::compiler::{self, CompiledProto};
use omx_core::ir::{self, Capture, Expr, ExprKind, LocalDecl, Stmt, StmtKind, UpvalueDecl};
use omx_core::{Lang, Span, SyntaxError, SyntaxErrorKind};

use crate::ast;

/// Key of the JavaScript global object in the runtime's globals table.
pub const GLOBAL_KEY: &[u8] = b"\0js.global";
/// Key of the intrinsics object.
pub const INTRINSICS_KEY: &[u8] = b"\0js.intrinsics";
/// Key of the REPL's script scope: the object holding the top-level
/// declarations of the inputs compiled with [`compile_repl`].
pub const SCRIPT_KEY: &[u8] = b"\0js.script";

pub(crate) type LResult<T> = Result<T, SyntaxError>;

/// A loop or switch that `break`/`continue` can reach.
pub(crate) struct Target {
    pub labels: Vec<String>,
    pub brk: String,
    pub cont: Option<String>,
}

pub(crate) struct FuncCtx {
    pub func: ir::Function,
    pub scopes: Vec<Vec<(String, ir::LocalId)>>,
    pub targets: Vec<Target>,
    /// A derived class constructor (`return;` returns `this`).
    pub derived: bool,
    /// The generator that runs an async function's body: `await` is
    /// allowed here (lowered as a `yield` to the driver, see func.rs).
    pub async_body: bool,
}

/// What the next [`Lowerer::build`] makes of an async function (§15.8).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum AsyncPart {
    #[default]
    No,
    /// The async function itself: binds the parameters, then returns
    /// `%I.asyncRun(body)`.
    Outer,
    /// Its body, a generator arrow whose `await`s are `yield`s.
    Body,
}

pub struct Lowerer {
    pub(crate) funcs: Vec<FuncCtx>,
    line_starts: Vec<usize>,
    pub(crate) chunk_name: String,
    pub(crate) counter: usize,
    /// Statements an expression needs before it (temporaries, assignments
    /// inside expressions, conditionals).
    pub(crate) sink: Vec<Stmt>,
    pub(crate) prelude: bool,
    /// The class being lowered: its binding and its parent's.
    pub(crate) classes: Vec<ClassCtx>,
    pub(crate) pending_labels: Vec<String>,
    pub(crate) optional_labels: Vec<String>,
    /// Home objects of the methods being lowered: a binding's name, and
    /// whether the home is its `prototype` (`super.x` starts above it).
    pub(crate) homes: Vec<(String, bool)>,
    /// `let`/`const`/`class` bindings of the function being lowered whose
    /// declaration has not been reached yet (the temporal dead zone,
    /// §14.3.1): a read there throws. Reads from inner functions are not
    /// checked.
    pub(crate) tdz: Vec<(usize, ir::LocalId)>,
    /// `const` bindings (function level, local): an assignment to one
    /// throws (§9.1.1.1.5 SetMutableBinding of an immutable binding).
    pub(crate) consts: Vec<(usize, ir::LocalId)>,
    /// Binding a declaration's initial value: `const` names may be set.
    pub(crate) initialising: bool,
    /// Lowering strict-mode code (a "use strict" script or function, a
    /// class body): `this` of a plain call stays `undefined`.
    pub(crate) strict: bool,
    /// The script's text (functions keep theirs for `toString`).
    pub(crate) source: String,
    /// Set just before [`Lowerer::build`] for an async function; taken by it.
    pub(crate) async_next: AsyncPart,
    /// The main chunk of a script ends by running the event loop (the
    /// prelude's `runJobs`: microtasks, then timers; §9.5 Jobs).
    pub(crate) run_jobs: bool,
    /// A REPL input ([`compile_repl`]): the names declared at the top
    /// level of this input and of the earlier ones, which live in the
    /// script scope object `%S` instead of locals of the main function.
    pub(crate) script_names: Option<Vec<String>>,
    /// A program whose top-level bindings are copied into the script scope
    /// when it ends ([`compile_exporting`]): the names copied.
    pub(crate) exported: Option<Vec<String>>,
}

/// How a name resolves.
pub(crate) enum Var {
    Local(ir::LocalId),
    Upvalue(ir::UpvalueId),
    Global(String),
    /// A top-level declaration of a REPL input (a field of `%S`).
    Script(String),
}

/// Parse, lower and compile a script. `prelude` lets the script name the
/// intrinsics object as `__omx`.
pub fn compile(
    source: &str,
    chunk_name: &str,
    prelude: bool,
) -> Result<CompiledProto, SyntaxError> {
    compile_with(source, chunk_name, prelude, false)
}

/// Compile a script whose main function returns the value of its last
/// statement when that is an expression (global `eval`, `new Function`).
pub fn compile_eval(source: &str, chunk_name: &str) -> Result<CompiledProto, SyntaxError> {
    compile_with(source, chunk_name, false, true)
}

/// Compile one input of a REPL session, as node's REPL runs it: the
/// top-level `var`, `let`, `const`, `function` and `class` declarations of
/// this input and of the earlier ones (`names`, which this extends) are
/// bindings of one script scope that every input sees (ECMA-262 §16.1.7
/// GlobalDeclarationInstantiation: a script's lexical declarations outlive
/// it in the global environment), and the main function returns the value
/// of the last statement when that is an expression (the value the REPL
/// shows). Pending jobs (promise reactions, timers) run when the next
/// input does not: not supported by omx in the REPL yet.
pub fn compile_repl(
    source: &str,
    chunk_name: &str,
    names: &mut Vec<String>,
) -> Result<CompiledProto, SyntaxError> {
    let mut program = crate::parse(source, chunk_name)?;
    return_last_value(&mut program);
    let mut l = Lowerer::new(source, chunk_name, false);
    l.script_names = Some(std::mem::take(names));
    let func = l.main(&program);
    *names = l.script_names.take().unwrap_or_default();
    let func = func.map_err(|e| e.with_source(chunk_name, source))?;
    compile_main(&func, source, chunk_name)
}

/// The last statement, when it is an expression, returns its value.
fn return_last_value(program: &mut ast::Program) {
    if let Some(last) = program.body.pop() {
        let span = last.span;
        program.body.push(match last.kind {
            ast::StmtKind::Expr(x) => ast::Stmt::new(ast::StmtKind::Return(Some(x)), span),
            other => ast::Stmt::new(other, span),
        });
    }
}

/// Compile a lowered main function.
fn compile_main(
    func: &ir::Function,
    source: &str,
    chunk_name: &str,
) -> Result<CompiledProto, SyntaxError> {
    compiler::compile(func).map_err(|e| {
        SyntaxError::new(
            "js::compile",
            SyntaxErrorKind::Invalid,
            e.message.clone(),
            Span::new(0, 0),
            e.message,
        )
        .with_source(chunk_name, source)
    })
}

/// Compile a script (as [`compile`]) whose top-level bindings are copied
/// into the REPL's script scope when it ends, so that expressions compiled
/// later with [`compile_repl`] (the explorer's `:explain`, `omx explain
/// FILE EXPR`) see their final values; `names` receives them. Inside the
/// script they stay locals (its speed does not change).
pub fn compile_exporting(
    source: &str,
    chunk_name: &str,
    names: &mut Vec<String>,
) -> Result<CompiledProto, SyntaxError> {
    let program = crate::parse(source, chunk_name)?;
    let mut l = Lowerer::new(source, chunk_name, false);
    l.run_jobs = true;
    l.exported = Some(Vec::new());
    let func = l
        .main(&program)
        .map_err(|e| e.with_source(chunk_name, source))?;
    for n in l.exported.take().unwrap_or_default() {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    compile_main(&func, source, chunk_name)
}

fn compile_with(
    source: &str,
    chunk_name: &str,
    prelude: bool,
    return_last: bool,
) -> Result<CompiledProto, SyntaxError> {
    let mut program = crate::parse(source, chunk_name)?;
    if return_last {
        return_last_value(&mut program);
    }
    let mut l = Lowerer::new(source, chunk_name, prelude);
    l.run_jobs = !prelude && !return_last;
    let func = l
        .main(&program)
        .map_err(|e| e.with_source(chunk_name, source))?;
    compile_main(&func, source, chunk_name)
}

impl Lowerer {
    pub fn new(source: &str, chunk_name: &str, prelude: bool) -> Lowerer {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Lowerer {
            funcs: Vec::new(),
            line_starts,
            chunk_name: chunk_name.into(),
            counter: 0,
            sink: Vec::new(),
            prelude,
            classes: Vec::new(),
            pending_labels: Vec::new(),
            optional_labels: Vec::new(),
            homes: Vec::new(),
            tdz: Vec::new(),
            consts: Vec::new(),
            initialising: false,
            // The prelude (the builtins) is strict code.
            strict: prelude,
            source: if prelude {
                String::new()
            } else {
                source.to_string()
            },
            async_next: AsyncPart::No,
            run_jobs: false,
            script_names: None,
            exported: None,
        }
    }

    pub(crate) fn line(&self, span: Span) -> u32 {
        match self.line_starts.binary_search(&(span.start as usize)) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub(crate) fn unsupported<T>(&self, span: Span, what: &str) -> LResult<T> {
        let message = format!("not supported by omx: {what}");
        Err(SyntaxError::new(
            "js::unsupported",
            SyntaxErrorKind::Invalid,
            message.clone(),
            span,
            message,
        ))
    }

    pub(crate) fn fresh(&mut self, what: &str) -> String {
        self.counter += 1;
        format!("%{what}{}", self.counter)
    }

    /// The main function: `_ENV` is upvalue 0; `%G`, `%I` and `this` are
    /// its first locals.
    fn main(&mut self, program: &ast::Program) -> LResult<ir::Function> {
        let mut func = ir::Function::new("", &self.chunk_name, Lang::JavaScript);
        func.is_vararg = true;
        func.last_line = self.line_starts.len() as u32;
        func.upvalues.push(UpvalueDecl {
            name: "_ENV".into(),
            capture: Capture::Upvalue(0),
        });
        self.funcs.push(FuncCtx {
            func,
            scopes: vec![Vec::new()],
            targets: Vec::new(),
            derived: false,
            async_body: false,
        });
        let env = || Box::new(Expr::new(ExprKind::Upvalue(0), 0));
        let g = self.declare("%G");
        let i = self.declare("%I");
        let this = self.declare("this");
        let mut body = vec![Stmt::new(
            StmtKind::Local {
                locals: vec![g, i, this],
                values: vec![
                    Expr::new(
                        ExprKind::Attr {
                            obj: env(),
                            name: GLOBAL_KEY.to_vec(),
                        },
                        0,
                    ),
                    Expr::new(
                        ExprKind::Attr {
                            obj: env(),
                            name: INTRINSICS_KEY.to_vec(),
                        },
                        0,
                    ),
                    // A CommonJS module's `this` (`module.exports`).
                    Expr::new(ExprKind::Table(vec![]), 0),
                ],
            },
            0,
        )];
        if self.script_names.is_some() || self.exported.is_some() {
            let script = self.declare("%S");
            body.push(Stmt::new(
                StmtKind::Local {
                    locals: vec![script],
                    values: vec![Expr::new(
                        ExprKind::Attr {
                            obj: env(),
                            name: SCRIPT_KEY.to_vec(),
                        },
                        0,
                    )],
                },
                0,
            ));
        }
        if has_use_strict(&program.body) {
            self.strict = true;
            let call =
                self.intrinsic_call("setStrict", vec![Expr::new(ExprKind::Bool(true), 0)], 0);
            body.push(Stmt::new(StmtKind::Expr(call), 0));
        }
        body.extend(self.function_body(&program.body)?);
        if self.run_jobs {
            let last = self.line_starts.len() as u32;
            let call = self.intrinsic_call("runJobs", vec![], last);
            body.push(Stmt::new(StmtKind::Expr(call), last));
        }
        if self.exported.is_some() {
            body.extend(self.export_top_level());
        }
        let ctx = self.funcs.pop().map(|c| c.func);
        let mut f = ctx.unwrap_or_else(|| ir::Function::new("", "", Lang::JavaScript));
        f.body = body;
        Ok(f)
    }

    /// `%S.name = name` for each binding of the main function's top
    /// scope (the program's own names, not the lowering's `%` temporaries).
    fn export_top_level(&mut self) -> Vec<Stmt> {
        let bindings: Vec<(String, ir::LocalId)> = self
            .funcs
            .first()
            .and_then(|f| f.scopes.first())
            .map(|scope| {
                scope
                    .iter()
                    .filter(|(n, _)| !n.starts_with('%') && n != "this")
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let last = self.line_starts.len() as u32;
        let mut out = Vec::new();
        for (name, id) in bindings {
            let place = ir::Place::Attr {
                obj: self.var_expr("%S", last),
                name: name.clone().into_bytes(),
            };
            out.push(assign(place, Expr::new(ExprKind::Local(id), last), last));
            if let Some(names) = &mut self.exported {
                names.push(name);
            }
        }
        out
    }

    pub(crate) fn current(&mut self) -> &mut FuncCtx {
        let n = self.funcs.len() - 1;
        &mut self.funcs[n]
    }

    /// Declare a local in the innermost scope.
    pub(crate) fn declare(&mut self, name: &str) -> ir::LocalId {
        let ctx = self.current();
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

    /// A temporary holding `value` (declared in the sink).
    pub(crate) fn temp(&mut self, value: Expr) -> ir::LocalId {
        let name = self.fresh("t");
        let id = self.declare(&name);
        let line = value.line;
        self.sink.push(Stmt::new(
            StmtKind::Local {
                locals: vec![id],
                values: vec![value],
            },
            line,
        ));
        id
    }

    fn resolve_in(&mut self, level: usize, name: &str) -> Option<Var> {
        let ctx = &self.funcs[level];
        for scope in ctx.scopes.iter().rev() {
            if let Some((_, id)) = scope.iter().rev().find(|(n, _)| n == name) {
                return Some(Var::Local(*id));
            }
        }
        if let Some(i) = ctx.func.upvalues.iter().position(|u| u.name == name) {
            return Some(Var::Upvalue(i));
        }
        if level == 0 {
            return None;
        }
        let capture = match self.resolve_in(level - 1, name)? {
            Var::Local(id) => {
                self.funcs[level - 1].func.locals[id].captured = true;
                Capture::Local(id)
            }
            Var::Upvalue(id) => Capture::Upvalue(id),
            Var::Global(_) | Var::Script(_) => return None,
        };
        let ups = &mut self.funcs[level].func.upvalues;
        ups.push(UpvalueDecl {
            name: name.to_string(),
            capture,
        });
        Some(Var::Upvalue(ups.len() - 1))
    }

    pub(crate) fn resolve(&mut self, name: &str) -> Var {
        let level = self.funcs.len() - 1;
        self.resolve_in(level, name)
            .unwrap_or_else(|| match &self.script_names {
                Some(names) if names.iter().any(|n| n == name) => Var::Script(name.to_string()),
                _ => Var::Global(name.to_string()),
            })
    }

    /// Whether a declaration here is a top-level declaration of a REPL
    /// input (a binding of the script scope, not a local).
    pub(crate) fn script_level(&self) -> bool {
        self.script_names.is_some()
            && self.funcs.len() == 1
            && self.funcs.first().is_some_and(|f| f.scopes.len() == 1)
    }

    /// Record `name` as a binding of the script scope.
    pub(crate) fn declare_script(&mut self, name: &str) {
        if let Some(names) = &mut self.script_names {
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
    }

    /// The value of a resolved name.
    pub(crate) fn var_expr(&mut self, name: &str, line: u32) -> Expr {
        let kind = match self.resolve(name) {
            Var::Local(id) if self.tdz.contains(&(self.funcs.len(), id)) => {
                return self.intrinsic_call("tdz", vec![str_expr(name, line)], line);
            }
            Var::Local(id) => ExprKind::Local(id),
            Var::Upvalue(id) => ExprKind::Upvalue(id),
            Var::Script(n) => ExprKind::Attr {
                obj: Box::new(self.var_expr("%S", line)),
                name: n.into_bytes(),
            },
            Var::Global(n) if self.prelude || KNOWN_GLOBALS.contains(&n.as_str()) => {
                let g = self.var_expr("%G", line);
                ExprKind::Attr {
                    obj: Box::new(g),
                    name: n.into_bytes(),
                }
            }
            // An undeclared name: a ReferenceError when the global object
            // lacks it (§9.1.1.4.1 GetBindingValue).
            Var::Global(n) => {
                return self.intrinsic_call("getGlobal", vec![str_expr(&n, line)], line)
            }
        };
        Expr::new(kind, line)
    }

    /// Whether `name` resolves to a `const` binding (of this function or
    /// one it is nested in).
    pub(crate) fn is_const(&self, name: &str) -> bool {
        for (level, ctx) in self.funcs.iter().enumerate().rev() {
            let found = ctx
                .scopes
                .iter()
                .rev()
                .find_map(|scope| scope.iter().rev().find(|(n, _)| n == name));
            if let Some((_, id)) = found {
                return self.consts.contains(&(level + 1, *id));
            }
        }
        false
    }

    /// An assignment of `value` to the variable `name`; a `const` one
    /// evaluates the value, then throws "Assignment to constant variable."
    pub(crate) fn assign_var(&mut self, name: &str, value: Expr, line: u32) -> Stmt {
        if !self.initialising && self.is_const(name) {
            let v = Stmt::new(StmtKind::Expr(value), line);
            let throw = self.intrinsic_call("constAssign", vec![], line);
            return Stmt::new(
                StmtKind::Do(vec![v, Stmt::new(StmtKind::Expr(throw), line)]),
                line,
            );
        }
        let place = self.var_place(name, line);
        assign(place, value, line)
    }

    /// The place of a resolved name.
    pub(crate) fn var_place(&mut self, name: &str, line: u32) -> ir::Place {
        match self.resolve(name) {
            Var::Local(id) => ir::Place::Local(id),
            Var::Upvalue(id) => ir::Place::Upvalue(id),
            Var::Global(n) => ir::Place::Attr {
                obj: self.var_expr("%G", line),
                name: n.into_bytes(),
            },
            Var::Script(n) => ir::Place::Attr {
                obj: self.var_expr("%S", line),
                name: n.into_bytes(),
            },
        }
    }

    /// `%I.name(undefined, args...)`.
    pub(crate) fn intrinsic_call(&mut self, name: &str, args: Vec<Expr>, line: u32) -> Expr {
        let i = self.var_expr("%I", line);
        let mut all = vec![Expr::new(ExprKind::Nil, line)];
        all.extend(args.into_iter().map(expr::one));
        Expr::new(
            ExprKind::Call {
                func: Box::new(Expr::new(
                    ExprKind::Attr {
                        obj: Box::new(i),
                        name: name.as_bytes().to_vec(),
                    },
                    line,
                )),
                args: all,
            },
            line,
        )
    }

    pub(crate) fn push_scope(&mut self) {
        self.current().scopes.push(Vec::new());
    }

    pub(crate) fn pop_scope(&mut self) {
        self.current().scopes.pop();
    }
}

/// Globals the prelude defines: read directly from the global object.
const KNOWN_GLOBALS: &[&str] = &[
    "console",
    "Math",
    "Object",
    "Array",
    "String",
    "Number",
    "Boolean",
    "BigInt",
    "Symbol",
    "JSON",
    "Error",
    "TypeError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "EvalError",
    "URIError",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Reflect",
    "Proxy",
    "Date",
    "RegExp",
    "NaN",
    "Infinity",
    "isNaN",
    "isFinite",
    "parseInt",
    "parseFloat",
    "globalThis",
    "Function",
    "encodeURIComponent",
    "encodeURI",
    "decodeURIComponent",
    "decodeURI",
    "escape",
    "unescape",
    "eval",
];

pub(crate) fn has_use_strict(body: &[ast::Stmt]) -> bool {
    for s in body {
        match &s.kind {
            ast::StmtKind::Expr(e) => match &e.kind {
                ast::ExprKind::String(t) if t == "use strict" => return true,
                ast::ExprKind::String(_) => continue,
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

pub(crate) fn e(kind: ExprKind, line: u32) -> Expr {
    Expr::new(kind, line)
}

pub(crate) fn s(kind: StmtKind, line: u32) -> Stmt {
    Stmt::new(kind, line)
}

pub(crate) fn str_expr(text: &str, line: u32) -> Expr {
    e(ExprKind::Str(text.as_bytes().to_vec()), line)
}

pub(crate) fn assign(place: ir::Place, value: Expr, line: u32) -> Stmt {
    s(
        StmtKind::Assign {
            targets: vec![place],
            values: vec![value],
        },
        line,
    )
}

pub(crate) fn local(id: ir::LocalId, line: u32) -> Expr {
    e(ExprKind::Local(id), line)
}

/// The class whose members are being lowered.
pub(crate) struct ClassCtx {
    /// The name bound to the class inside its body.
    pub binding: String,
    /// The name bound to its parent (`extends`), if any.
    pub parent: Option<String>,
}
