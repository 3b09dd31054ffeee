//! Scope resolution: which name is a local, an upvalue or a global.
//! Lua 5.4 §3.5: a local is visible from the statement after its
//! declaration to the end of the innermost block; an inner function
//! reaching an outer local captures it as an upvalue.

use omx_core::ir::{self, Capture, LocalDecl, UpvalueDecl};
use omx_core::{Lang, Span, SyntaxError, SyntaxErrorKind};
use omx_lua_syntax::ast;
use omx_lua_syntax::LineIndex;

/// Lua's limit on nested syntactic levels (LUAI_MAXCCALLS).
pub const MAX_DEPTH: usize = 200;

pub(super) struct FuncCtx {
    pub func: ir::Function,
    /// Active locals, innermost scope last.
    pub scopes: Vec<Vec<(String, ir::LocalId)>>,
    /// `<const>` locals (assignment is an error).
    pub consts: Vec<bool>,
}

pub struct Lowerer {
    pub(super) funcs: Vec<FuncCtx>,
    pub(super) lines: LineIndex,
    pub(super) chunk_name: String,
    pub(super) depth: usize,
}

/// How a name resolves.
pub(super) enum Var {
    Local(ir::LocalId),
    Upvalue(ir::UpvalueId),
    Global(String),
}

pub(super) type LResult<T> = Result<T, SyntaxError>;

impl Lowerer {
    pub fn new(source: &[u8], chunk_name: &str) -> Lowerer {
        Lowerer {
            funcs: Vec::new(),
            lines: omx_lua_syntax::line_index(source),
            chunk_name: chunk_name.to_string(),
            depth: 0,
        }
    }

    pub(super) fn line(&self, span: Span) -> u32 {
        self.lines.line(span.start as usize) as u32
    }

    /// The line of the last character of `span`.
    pub(super) fn end_line(&self, span: Span) -> u32 {
        self.lines.line(span.end.max(span.start + 1) as usize - 1) as u32
    }

    pub(super) fn error<T>(&self, span: Span, message: impl Into<String>) -> LResult<T> {
        let message = message.into();
        Err(SyntaxError::new(
            "lua::syntax",
            SyntaxErrorKind::Invalid,
            message.clone(),
            span,
            message,
        ))
    }

    pub(super) fn enter_depth(&mut self, span: Span) -> LResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.error(span, "chunk has too many syntax levels");
        }
        Ok(())
    }

    pub(super) fn leave_depth(&mut self) {
        self.depth -= 1;
    }

    /// The main function of a chunk: vararg, with `_ENV` as upvalue 0.
    pub fn main(&mut self, chunk: &ast::Chunk) -> LResult<ir::Function> {
        let mut func = new_function("", &self.chunk_name, 0, true);
        func.upvalues.push(UpvalueDecl {
            name: "_ENV".into(),
            capture: Capture::Upvalue(0),
        });
        self.funcs.push(FuncCtx {
            func,
            scopes: vec![Vec::new()],
            consts: Vec::new(),
        });
        let body = self.block_in_scope(&chunk.block)?;
        let mut ctx = self
            .funcs
            .pop()
            .map(|c| c.func)
            .unwrap_or_else(|| new_function("", "", 0, true));
        ctx.body = body;
        // The chunk's final `return` is on the line of its last token
        // (lcode.c saves `ls->lastline`), not at the end of the text.
        ctx.last_line = if chunk.block.span.end > chunk.block.span.start {
            self.lines.line(chunk.block.span.end as usize - 1) as u32
        } else {
            1
        };
        Ok(ctx)
    }

    /// Lower a function body into a new IR function.
    pub(super) fn function(
        &mut self,
        name: &str,
        body: &ast::FuncBody,
        is_method: bool,
    ) -> LResult<ir::Function> {
        // A function is one level with its block (lparser.c `body` enters
        // no level of its own; the lexer bounds how many nest).
        let line = self.line(body.span);
        let mut func = new_function(name, &self.chunk_name, line, body.is_vararg);
        func.last_line = self.lines.line(body.span.end.saturating_sub(1) as usize) as u32;
        self.funcs.push(FuncCtx {
            func,
            scopes: vec![Vec::new()],
            consts: Vec::new(),
        });
        if is_method {
            let id = self.declare("self", false, false);
            self.current().func.params.push(id);
        }
        for p in &body.params {
            let id = self.declare(&p.name, false, false);
            self.current().func.params.push(id);
        }
        let block = self.block_stats(&body.body)?;
        let mut ctx = self
            .funcs
            .pop()
            .map(|c| c.func)
            .unwrap_or_else(|| new_function("", "", 0, true));
        ctx.body = block;
        Ok(ctx)
    }

    /// lparser.c `new_localvar`: at most 200 local variables of a
    /// function are active at once (`MAXVARS`).
    pub(super) fn check_local_limit(&mut self, at: Span) -> LResult<()> {
        const MAX_VARS: usize = 200;
        let nested = self.funcs.len() > 1;
        let ctx = self.current();
        let active: usize = ctx.scopes.iter().map(Vec::len).sum();
        if active < MAX_VARS {
            return Ok(());
        }
        let place = if nested {
            format!("function at line {}", ctx.func.line_defined)
        } else {
            "main function".to_string()
        };
        self.error(
            at,
            format!("too many local variables (limit is {MAX_VARS}) in {place}"),
        )
    }

    pub(super) fn current(&mut self) -> &mut FuncCtx {
        let n = self.funcs.len() - 1;
        &mut self.funcs[n]
    }

    /// Declare a new local in the innermost scope (visible from now on).
    pub(super) fn declare(&mut self, name: &str, is_const: bool, close: bool) -> ir::LocalId {
        let ctx = self.current();
        let id = ctx.func.locals.len();
        ctx.func.locals.push(LocalDecl {
            name: name.to_string(),
            captured: false,
            to_be_closed: close,
        });
        ctx.consts.push(is_const || close);
        if let Some(scope) = ctx.scopes.last_mut() {
            scope.push((name.to_string(), id));
        }
        id
    }

    /// Resolve `name` in function `level` (an index into `funcs`).
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
            Var::Global(_) => return None,
        };
        let ups = &mut self.funcs[level].func.upvalues;
        ups.push(UpvalueDecl {
            name: name.to_string(),
            capture,
        });
        Some(Var::Upvalue(ups.len() - 1))
    }

    pub(super) fn resolve(&mut self, name: &str) -> Var {
        let level = self.funcs.len() - 1;
        self.resolve_in(level, name)
            .unwrap_or_else(|| Var::Global(name.to_string()))
    }

    /// Is local `id` of the current function `<const>`/`<close>`?
    pub(super) fn is_const_local(&mut self, id: ir::LocalId) -> bool {
        self.current().consts.get(id).copied().unwrap_or(false)
    }

    /// Is upvalue `id` of the current function a `<const>` local somewhere?
    pub(super) fn is_const_upvalue(&self, mut id: ir::UpvalueId) -> bool {
        let mut level = self.funcs.len() - 1;
        loop {
            let Some(up) = self.funcs[level].func.upvalues.get(id) else {
                return false;
            };
            match up.capture {
                Capture::Local(local) => {
                    return level > 0
                        && self.funcs[level - 1]
                            .consts
                            .get(local)
                            .copied()
                            .unwrap_or(false)
                }
                Capture::Upvalue(u) => {
                    if level == 0 {
                        return false;
                    }
                    level -= 1;
                    id = u;
                }
            }
        }
    }

    pub(super) fn push_scope(&mut self) {
        self.current().scopes.push(Vec::new());
    }

    pub(super) fn pop_scope(&mut self) {
        self.current().scopes.pop();
    }

    pub(super) fn block_in_scope(&mut self, block: &ast::Block) -> LResult<ir::Block> {
        self.block_stats(block)
    }
}

pub(super) fn new_function(name: &str, chunk: &str, line: u32, is_vararg: bool) -> ir::Function {
    let mut f = ir::Function::new(name, chunk, Lang::Lua);
    f.line_defined = line;
    f.last_line = line;
    f.is_vararg = is_vararg;
    f
}
