//! The per-function compiler state: registers, constants, scopes, jumps.

use std::collections::HashMap;
use std::rc::Rc;

use crate::bytecode::{Instr, Reg};
use crate::function::{CallSig, Handler, LocalDebug, ProtoInfo, UpvalueDesc, UpvalueSource};
use crate::ir::{self, Capture, LocalId};

/// A constant of a compiled prototype, before it is put in a GC heap.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    /// A list of names (a keyword call's argument names).
    Names(Vec<Vec<u8>>),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
    Names(Vec<Vec<u8>>),
}

/// A compiled function: plain data, independent of any heap.
#[derive(Debug, Clone)]
pub struct CompiledProto {
    pub info: ProtoInfo,
    pub constants: Vec<Constant>,
    pub children: Vec<CompiledProto>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
}

pub(super) struct LoopScope {
    pub breaks: Vec<usize>,
    /// `continue` jumps, patched to the loop's next-iteration point.
    pub continues: Vec<usize>,
    /// Register level at loop entry: `<close>` variables at or above it are
    /// closed by `break`.
    pub reg_level: Reg,
    pub label: Option<String>,
    /// Active `try` scopes when the loop began: leaving the loop runs the
    /// `finally` blocks of the ones entered since.
    pub try_depth: usize,
}

/// An active `try` statement: its protected ranges (suspended while one of
/// its `finally` copies is emitted), and its `finally` block, inlined on
/// every way out.
pub(super) struct TryScope {
    pub finally: Option<ir::Block>,
    /// Ranges covered by the `catch` handler (the body), and the one open
    /// now.
    pub catch_ranges: Vec<(usize, usize)>,
    pub catch_open: Option<usize>,
    /// Ranges covered by the `finally` handler (body, `else`, `catch`).
    pub fin_ranges: Vec<(usize, usize)>,
    pub fin_open: Option<usize>,
    /// Whether the code being compiled now is covered by the catch (or
    /// finally) handler: what a way out reopens after its jump.
    pub reopen_catch: bool,
    pub reopen_fin: bool,
}

pub(super) struct BlockScope {
    pub reg_level: Reg,
    pub locals: Vec<LocalId>,
    pub has_tbc: bool,
    /// Active locals of the function when the block began.
    pub nactive: usize,
    pub labels: Vec<LabelDef>,
    /// Gotos in this block (or bubbled up from inner ones) whose label is
    /// not defined yet.
    pub gotos: Vec<PendingGoto>,
}

pub(super) struct LabelDef {
    pub name: String,
    pub pc: usize,
    pub reg_level: Reg,
    pub line: u32,
}

pub(super) struct PendingGoto {
    pub name: String,
    pub pc: usize,
    pub nactive: usize,
    pub line: u32,
    /// It leaves a block with to-be-closed variables: its label closes
    /// them (lparser.c `createlabel` codes an OP_CLOSE there).
    pub close: bool,
}

pub(super) struct FuncState<'a> {
    pub f: &'a ir::Function,
    pub tries: Vec<TryScope>,
    pub handlers: Vec<Handler>,
    /// A label given by `Labeled`, for the loop compiled next.
    pub pending_label: Option<String>,
    pub code: Vec<Instr>,
    pub lines: Vec<u32>,
    pub constants: Vec<Constant>,
    const_map: HashMap<ConstKey, u16>,
    pub children: Vec<CompiledProto>,
    pub local_regs: Vec<Option<Reg>>,
    pub free_reg: Reg,
    pub max_stack: Reg,
    pub blocks: Vec<BlockScope>,
    pub loops: Vec<LoopScope>,
    pub debug_locals: Vec<LocalDebug>,
    /// Index into `debug_locals` of each active local.
    local_debug_index: Vec<Option<usize>>,
    pub line: u32,
    pub upvalues: Vec<UpvalueDesc>,
    /// Inline caches allocated so far.
    pub num_caches: u16,
}

pub type CResult<T> = Result<T, CompileError>;

/// Compile a whole function (usually a chunk's main function).
pub fn compile(f: &ir::Function) -> Result<CompiledProto, CompileError> {
    compile_function(f, None)
}

pub(super) fn compile_function(
    f: &ir::Function,
    parent_regs: Option<&[Option<Reg>]>,
) -> CResult<CompiledProto> {
    let mut upvalues = Vec::with_capacity(f.upvalues.len());
    for up in &f.upvalues {
        let source = match (up.capture, parent_regs) {
            // A main chunk's upvalues (`_ENV`) are supplied by the host.
            (_, None) => UpvalueSource::ParentUpvalue(upvalues.len() as u8),
            (Capture::Local(id), Some(parent_regs)) => match parent_regs.get(id).copied().flatten()
            {
                Some(reg) => UpvalueSource::ParentCell(reg),
                None => {
                    return Err(CompileError {
                        message: format!("internal: upvalue '{}' of an inactive local", up.name),
                        line: f.line_defined,
                    })
                }
            },
            (Capture::Upvalue(id), Some(_)) => UpvalueSource::ParentUpvalue(id as u8),
        };
        upvalues.push(UpvalueDesc {
            name: Rc::from(up.name.as_str()),
            source,
        });
    }
    if f.upvalues.len() > 255 {
        return Err(CompileError {
            // lparser.c `errorlimit`'s wording.
            message: if f.line_defined == 0 {
                "too many upvalues (limit is 255) in main function".into()
            } else {
                format!(
                    "too many upvalues (limit is 255) in function at line {}",
                    f.line_defined
                )
            },
            line: f.line_defined,
        });
    }
    let mut fs = FuncState {
        f,
        tries: Vec::new(),
        handlers: Vec::new(),
        pending_label: None,
        code: Vec::new(),
        lines: Vec::new(),
        constants: Vec::new(),
        const_map: HashMap::new(),
        children: Vec::new(),
        local_regs: vec![None; f.locals.len()],
        free_reg: 0,
        max_stack: 2,
        blocks: Vec::new(),
        loops: Vec::new(),
        debug_locals: Vec::new(),
        local_debug_index: vec![None; f.locals.len()],
        line: f.line_defined,
        upvalues,
        num_caches: 0,
    };
    fs.enter_block();
    // Parameter registers: [this] positional... kwonly... [rest] [kwrest].
    let sig = &f.signature;
    let params: Vec<LocalId> = sig
        .this
        .iter()
        .chain(f.params.iter())
        .chain(sig.kwonly.iter())
        .chain(sig.rest.iter())
        .chain(sig.kwrest.iter())
        .copied()
        .collect();
    for &param in &params {
        let reg = fs.alloc(1)?;
        fs.activate_local(param, reg);
    }
    // The cells of captured parameters belong to no source line of their
    // own: they take the first statement's, so Lua's `activelines` and
    // line hooks see no instruction on the `function` line (lua5.4 has
    // none there).
    if let Some(first) = f.body.first() {
        fs.line = first.line;
    }
    for &param in &params {
        if f.locals[param].captured {
            let reg = fs.local_regs[param].unwrap_or(0);
            fs.emit(Instr::NewCell { reg });
        }
    }
    fs.block(&f.body)?;
    fs.line = f.last_line;
    fs.leave_block()?;
    fs.emit(Instr::Return { start: 0, count: 0 });
    let info = ProtoInfo {
        name: Rc::from(f.name.as_str()),
        chunk_name: Rc::from(f.chunk_name.as_str()),
        lang: f.lang,
        num_params: f.params.len() as u8,
        is_vararg: f.is_vararg,
        max_stack: fs.max_stack,
        line_defined: f.line_defined,
        last_line: f.last_line,
        code: fs.code.into_boxed_slice(),
        lines: fs.lines.into_boxed_slice(),
        upvalues: fs.upvalues.into_boxed_slice(),
        locals: fs.debug_locals.into_boxed_slice(),
        num_caches: fs.num_caches,
        sig: call_sig(f),
        // Python checks every call's arity (`strict_arity`): its functions
        // bind through the general path.
        complex: !f.signature.is_simple() || f.is_generator || f.lang == crate::Lang::Python,
        is_generator: f.is_generator,
        handlers: fs.handlers.into_boxed_slice(),
    };
    Ok(CompiledProto {
        info,
        constants: fs.constants,
        children: fs.children,
    })
}

/// The bytecode form of a function's signature (`None` when simple).
fn call_sig(f: &ir::Function) -> Option<Box<CallSig>> {
    let sig = &f.signature;
    // Python binds by name and checks arity even for plain parameters.
    if sig.is_simple() && f.lang != crate::Lang::Python {
        return None;
    }
    let names = f
        .params
        .iter()
        .chain(sig.kwonly.iter())
        .map(|&id| Rc::from(f.locals[id].name.as_str()))
        .collect();
    Some(Box::new(CallSig {
        this: sig.this.is_some(),
        positional: f.params.len() as u8,
        defaults: sig.defaults as u8,
        kwonly: sig.kwonly.len() as u8,
        kwonly_required: (0..sig.kwonly.len())
            .map(|i| !sig.kwonly_defaults.get(i).copied().unwrap_or(false))
            .collect(),
        rest: sig.rest.is_some(),
        kwrest: sig.kwrest.is_some(),
        names,
    }))
}

impl<'a> FuncState<'a> {
    pub fn error<T>(&self, message: impl Into<String>) -> CResult<T> {
        Err(CompileError {
            message: message.into(),
            line: self.line,
        })
    }

    pub fn emit(&mut self, instr: Instr) -> usize {
        self.code.push(instr);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    /// Allocate `n` registers at the top.
    pub fn alloc(&mut self, n: usize) -> CResult<Reg> {
        let r = self.free_reg as usize;
        if r + n > 250 {
            return self.error("function or expression needs too many registers");
        }
        self.free_reg = (r + n) as Reg;
        if self.free_reg + 1 > self.max_stack {
            self.max_stack = self.free_reg + 1;
        }
        Ok(r as Reg)
    }

    pub fn constant(&mut self, c: Constant) -> CResult<u16> {
        let key = match &c {
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Names(n) => ConstKey::Names(n.clone()),
        };
        if let Some(&k) = self.const_map.get(&key) {
            return Ok(k);
        }
        if self.constants.len() >= 0x7FFF {
            return self.error("too many constants in one function");
        }
        let k = self.constants.len() as u16;
        self.constants.push(c);
        self.const_map.insert(key, k);
        Ok(k)
    }

    pub fn str_constant(&mut self, s: &[u8]) -> CResult<u16> {
        self.constant(Constant::Str(s.to_vec()))
    }

    /// A new inline cache for a field instruction.
    pub fn new_cache(&mut self) -> CResult<u16> {
        if self.num_caches == u16::MAX {
            return self.error("too many field accesses in one function");
        }
        self.num_caches += 1;
        Ok(self.num_caches - 1)
    }

    pub fn enter_block(&mut self) {
        let nactive = self.nactive();
        self.blocks.push(BlockScope {
            reg_level: self.free_reg,
            locals: Vec::new(),
            has_tbc: false,
            nactive,
            labels: Vec::new(),
            gotos: Vec::new(),
        });
    }

    /// Active locals of the function, outermost first.
    pub fn nactive(&self) -> usize {
        self.blocks.iter().map(|b| b.locals.len()).sum()
    }

    /// The name of the `n`-th active local (0-based), for goto errors.
    pub fn active_local_name(&self, n: usize) -> String {
        self.blocks
            .iter()
            .flat_map(|b| b.locals.iter())
            .nth(n)
            .map(|&id| self.f.locals[id].name.clone())
            .unwrap_or_else(|| "?".into())
    }

    pub fn leave_block(&mut self) -> CResult<()> {
        // Gotos still pending move to the enclosing block, where the locals
        // of this one are out of scope; at the function's end they have no
        // visible label.
        if let Some(scope) = self.blocks.last_mut() {
            let gotos = std::mem::take(&mut scope.gotos);
            let level = scope.nactive;
            let has_tbc = scope.has_tbc;
            let depth = self.blocks.len();
            if depth >= 2 {
                let parent = &mut self.blocks[depth - 2];
                for mut g in gotos {
                    g.nactive = g.nactive.min(level);
                    g.close |= has_tbc;
                    parent.gotos.push(g);
                }
            } else if let Some(g) = gotos.first() {
                return Err(CompileError {
                    message: format!(
                        "no visible label '{}' for <goto> at line {}",
                        g.name, g.line
                    ),
                    line: g.line,
                });
            }
        }
        if let Some(scope) = self.blocks.pop() {
            if scope.has_tbc {
                self.emit(Instr::Close {
                    from: scope.reg_level,
                });
            }
            let pc = self.pc() as u32;
            for id in scope.locals {
                if let Some(i) = self.local_debug_index[id].take() {
                    self.debug_locals[i].end_pc = pc;
                }
                self.local_regs[id] = None;
            }
            self.free_reg = scope.reg_level;
        }
        Ok(())
    }

    pub fn activate_local(&mut self, id: LocalId, reg: Reg) {
        self.local_regs[id] = Some(reg);
        let decl = &self.f.locals[id];
        self.local_debug_index[id] = Some(self.debug_locals.len());
        self.debug_locals.push(LocalDebug {
            name: Rc::from(decl.name.as_str()),
            reg,
            start_pc: self.pc() as u32,
            end_pc: u32::MAX,
            is_cell: decl.captured,
        });
        if let Some(scope) = self.blocks.last_mut() {
            scope.locals.push(id);
            if decl.to_be_closed {
                scope.has_tbc = true;
            }
        }
    }

    /// Any `<close>` variable active at or above register `level`?
    pub fn has_tbc_above(&self, level: Reg) -> bool {
        self.blocks
            .iter()
            .any(|b| b.has_tbc && b.reg_level >= level)
            || self.blocks.iter().flat_map(|b| b.locals.iter()).any(|&id| {
                self.f.locals[id].to_be_closed && self.local_regs[id].is_some_and(|r| r >= level)
            })
    }

    pub fn local_reg(&self, id: LocalId) -> CResult<Reg> {
        match self.local_regs.get(id).copied().flatten() {
            Some(r) => Ok(r),
            None => self.error(format!(
                "internal: local '{}' used out of scope",
                self.f
                    .locals
                    .get(id)
                    .map(|l| l.name.as_str())
                    .unwrap_or("?")
            )),
        }
    }

    /// Does an active local live in register `r`? (Then a call or table
    /// constructor must not be built in place: its operands may read it.)
    pub fn reg_is_local(&self, r: Reg) -> bool {
        self.local_regs.contains(&Some(r))
    }

    pub fn is_cell(&self, id: LocalId) -> bool {
        self.f.locals[id].captured
    }

    /// Emit a forward jump to be patched later.
    pub fn jump(&mut self) -> usize {
        self.emit(Instr::Jmp { offset: 0 })
    }

    /// Point the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, target: usize) -> CResult<()> {
        let offset = target as i64 - (at as i64 + 1);
        let short = i16::try_from(offset).ok();
        match &mut self.code[at] {
            Instr::Jmp { offset: o }
            | Instr::Test { offset: o, .. }
            | Instr::TestSet { offset: o, .. }
            | Instr::ForPrep { offset: o, .. }
            | Instr::ForLoop { offset: o, .. }
            | Instr::TForLoop { offset: o, .. }
            | Instr::ForIter { offset: o, .. } => *o = offset as i32,
            Instr::Eq { offset: o, .. }
            | Instr::Lt { offset: o, .. }
            | Instr::Le { offset: o, .. } => match short {
                Some(s) => *o = s,
                None => {
                    return Err(CompileError {
                        message: "control structure too long".into(),
                        line: self.line,
                    })
                }
            },
            _ => {}
        }
        Ok(())
    }

    pub fn patch_here(&mut self, jumps: Vec<usize>) -> CResult<()> {
        let here = self.pc();
        for j in jumps {
            self.patch(j, here)?;
        }
        Ok(())
    }
}
