//! Scope resolution (Language Reference §4.2.2 "Resolution of names"): a
//! name is local to the function that binds it unless declared `global` or
//! `nonlocal`; a free name is looked up in the enclosing functions (class
//! bodies are skipped, except for the `__class__` cell), then in the
//! module namespace and `builtins`.

use std::collections::HashMap;

use omx_core::ir::{self, Capture, LocalDecl, UpvalueDecl};
use omx_core::{Lang, Span, SyntaxError, SyntaxErrorKind};

use super::analyze::ScopeInfo;
use super::LResult;

/// The name of the module namespace's upvalue.
pub const GLOBALS: &str = "\0G";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Module,
    Function,
    Class,
}

pub struct FuncCtx {
    pub func: ir::Function,
    pub kind: Kind,
    pub info: ScopeInfo,
    /// The function's named locals.
    pub names: HashMap<String, ir::LocalId>,
    /// A class body: the namespace parameter.
    pub ns: Option<ir::LocalId>,
    /// A class body: the `__class__` cell its methods share.
    pub class_cell: Option<ir::LocalId>,
    /// Enclosing loops: the local set when the loop is left by `break`
    /// (for a `for`/`while` with an `else`).
    pub loops: Vec<Option<ir::LocalId>>,
    /// The exceptions being handled (for a bare `raise`).
    pub handling: Vec<ir::LocalId>,
    /// Statements to run before the one being lowered (temporaries an
    /// expression needs declared).
    pub pending: Vec<ir::Stmt>,
}

pub struct Lowerer {
    pub(super) funcs: Vec<FuncCtx>,
    line_starts: Vec<usize>,
    pub(super) chunk_name: String,
    pub(super) depth: usize,
    /// `exec`, `single` (interactive) or `eval`.
    pub(super) mode: super::Mode,
}

/// How a name resolves.
pub enum Var {
    Local(ir::LocalId),
    Upvalue(ir::UpvalueId),
    Global(String),
    /// A name bound in a class body: an item of its namespace.
    ClassNs(ir::LocalId, String),
}

const MAX_DEPTH: usize = 200;

impl Lowerer {
    pub fn new(source: &str, chunk_name: &str) -> Lowerer {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        Lowerer {
            funcs: Vec::new(),
            line_starts,
            chunk_name: chunk_name.to_string(),
            depth: 0,
            mode: super::Mode::Exec,
        }
    }

    pub(super) fn line(&self, span: Span) -> u32 {
        let at = span.start as usize;
        match self.line_starts.binary_search(&at) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub(super) fn unsupported<T>(&self, span: Span, what: &str) -> LResult<T> {
        let message = format!("not supported by omx: {what}");
        Err(SyntaxError::new(
            "python::unsupported",
            SyntaxErrorKind::Invalid,
            message.clone(),
            span,
            message,
        ))
    }

    pub(super) fn error<T>(&self, span: Span, message: &str) -> LResult<T> {
        Err(SyntaxError::new(
            "python::syntax",
            SyntaxErrorKind::Invalid,
            message.to_string(),
            span,
            message.to_string(),
        ))
    }

    pub(super) fn enter_depth(&mut self, span: Span) -> LResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error(span, "maximum recursion depth exceeded during compilation");
        }
        Ok(())
    }

    pub(super) fn leave_depth(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(super) fn cur(&mut self) -> &mut FuncCtx {
        let n = self.funcs.len() - 1;
        &mut self.funcs[n]
    }

    pub(super) fn kind(&self) -> Kind {
        self.funcs.last().map_or(Kind::Module, |f| f.kind)
    }

    /// Push a new scope.
    pub(super) fn push_func(&mut self, name: &str, line: u32, kind: Kind, info: ScopeInfo) {
        let mut func = ir::Function::new(name, &self.chunk_name, Lang::Python);
        func.line_defined = line;
        func.last_line = line;
        self.funcs.push(FuncCtx {
            func,
            kind,
            info,
            names: HashMap::new(),
            ns: None,
            class_cell: None,
            loops: Vec::new(),
            handling: Vec::new(),
            pending: Vec::new(),
        });
    }

    pub(super) fn pop_func(&mut self) -> ir::Function {
        self.funcs
            .pop()
            .map(|c| c.func)
            .unwrap_or_else(|| ir::Function::new("", "", Lang::Python))
    }

    /// A new local of the current function (not yet declared in the IR).
    pub(super) fn new_local(&mut self, name: &str) -> ir::LocalId {
        let f = &mut self.cur().func;
        f.locals.push(LocalDecl {
            name: name.to_string(),
            captured: false,
            to_be_closed: false,
        });
        f.locals.len() - 1
    }

    /// A named local (parameters and bound names).
    pub(super) fn named_local(&mut self, name: &str) -> ir::LocalId {
        if let Some(id) = self.cur().names.get(name) {
            return *id;
        }
        let id = self.new_local(name);
        self.cur().names.insert(name.to_string(), id);
        id
    }

    /// A temporary, declared now (its `Local` statement goes to
    /// `pending`, run before the statement being lowered).
    pub(super) fn temp(&mut self) -> ir::LocalId {
        let id = self.new_local("\0tmp");
        self.cur().pending.push(ir::Stmt::new(
            ir::StmtKind::Local {
                locals: vec![id],
                values: vec![],
            },
            0,
        ));
        id
    }

    pub(super) fn resolve(&mut self, name: &str) -> Var {
        let level = self.funcs.len() - 1;
        let f = &self.funcs[level];
        match f.kind {
            Kind::Module => Var::Global(name.to_string()),
            Kind::Class => {
                if f.info.globals.contains(name) {
                    return Var::Global(name.to_string());
                }
                if f.info.bound.contains(name) {
                    if let Some(ns) = f.ns {
                        return Var::ClassNs(ns, name.to_string());
                    }
                }
                match self.capture(level, name) {
                    Some(u) => Var::Upvalue(u),
                    None => Var::Global(name.to_string()),
                }
            }
            Kind::Function => {
                if f.info.globals.contains(name) {
                    return Var::Global(name.to_string());
                }
                if let Some(id) = f.names.get(name) {
                    return Var::Local(*id);
                }
                match self.capture(level, name) {
                    Some(u) => Var::Upvalue(u),
                    None => Var::Global(name.to_string()),
                }
            }
        }
    }

    /// The upvalue of function `level` holding `name` from an enclosing
    /// function, made on the way down; `None` when no enclosing function
    /// binds it.
    fn capture(&mut self, level: usize, name: &str) -> Option<ir::UpvalueId> {
        if let Some(i) = self.funcs[level]
            .func
            .upvalues
            .iter()
            .position(|u| u.name == name)
        {
            return Some(i);
        }
        if level == 0 {
            return None;
        }
        let parent = level - 1;
        let capture = match self.funcs[parent].kind {
            Kind::Module => {
                let i = self.funcs[parent]
                    .func
                    .upvalues
                    .iter()
                    .position(|u| u.name == name)?;
                Capture::Upvalue(i)
            }
            Kind::Class => {
                if name == "__class__" {
                    if let Some(cell) = self.funcs[parent].class_cell {
                        self.funcs[parent].func.locals[cell].captured = true;
                        Capture::Local(cell)
                    } else {
                        Capture::Upvalue(self.capture(parent, name)?)
                    }
                } else {
                    Capture::Upvalue(self.capture(parent, name)?)
                }
            }
            Kind::Function => {
                let p = &self.funcs[parent];
                if p.info.globals.contains(name) {
                    return None;
                }
                match p.names.get(name).copied() {
                    Some(id) => {
                        self.funcs[parent].func.locals[id].captured = true;
                        Capture::Local(id)
                    }
                    None => Capture::Upvalue(self.capture(parent, name)?),
                }
            }
        };
        let ups = &mut self.funcs[level].func.upvalues;
        ups.push(UpvalueDecl {
            name: name.to_string(),
            capture,
        });
        Some(ups.len() - 1)
    }

    /// The module namespace, from anywhere.
    pub(super) fn globals_expr(&mut self, line: u32) -> ir::Expr {
        let level = self.funcs.len() - 1;
        let id = self.capture(level, GLOBALS).unwrap_or(0);
        ir::Expr::new(ir::ExprKind::Upvalue(id), line)
    }
}
