//! Statements and blocks.

use super::state::{compile_function, CResult, FuncState};
use crate::bytecode::{Instr, Reg, Rk};
use crate::ir::{Block, Expr, ExprKind, Place, Stmt, StmtKind};

impl FuncState<'_> {
    pub fn block(&mut self, block: &Block) -> CResult<()> {
        self.block_in_scope(block, true)
    }

    /// A block; `ends_scope` is false when its locals stay visible after
    /// its last statement (the condition of `repeat ... until`).
    pub fn block_in_scope(&mut self, block: &Block, ends_scope: bool) -> CResult<()> {
        for (i, stmt) in block.iter().enumerate() {
            if let StmtKind::Label(name) = &stmt.kind {
                // A label followed only by labels ends the block: it is
                // outside the scope of the block's locals (Lua 5.4).
                let last = ends_scope
                    && block[i + 1..]
                        .iter()
                        .all(|s| matches!(s.kind, StmtKind::Label(_)));
                self.line = stmt.line;
                self.label(name, last)?;
                continue;
            }
            self.stmt(stmt)?;
        }
        Ok(())
    }

    /// `::name::` (Lua 5.4 §3.3.4): define it, and resolve the pending
    /// forward gotos of this block that target it.
    fn label(&mut self, name: &str, last: bool) -> CResult<()> {
        for b in &self.blocks {
            if let Some(l) = b.labels.iter().find(|l| l.name == name) {
                return self.error(format!(
                    "label '{}' already defined on line {}",
                    name, l.line
                ));
            }
        }
        let nactive = if last {
            self.blocks.last().map(|b| b.nactive).unwrap_or(0)
        } else {
            self.nactive()
        };
        let pc = self.pc();
        let def = super::state::LabelDef {
            name: name.to_string(),
            pc,
            reg_level: self.free_reg,
            line: self.line,
        };
        let Some(block) = self.blocks.last_mut() else {
            return Ok(());
        };
        block.labels.push(def);
        let (matching, rest): (Vec<_>, Vec<_>) = std::mem::take(&mut block.gotos)
            .into_iter()
            .partition(|g| g.name == name);
        block.gotos = rest;
        let reg_level = self.free_reg;
        if matching.iter().any(|g| g.close) {
            self.emit(Instr::Close { from: reg_level });
        }
        for g in matching {
            if g.nactive < nactive {
                let local = self.active_local_name(g.nactive);
                return Err(super::state::CompileError {
                    message: format!(
                        "<goto {}> at line {} jumps into the scope of local '{}'",
                        g.name, g.line, local
                    ),
                    line: g.line,
                });
            }
            self.patch(g.pc, pc)?;
        }
        Ok(())
    }

    /// `goto name`: a backward jump to a visible label, or a pending
    /// forward jump resolved when the label appears.
    fn goto(&mut self, name: &str) -> CResult<()> {
        let line = self.line;
        let visible = self
            .blocks
            .iter()
            .rev()
            .find_map(|b| b.labels.iter().find(|l| l.name == name))
            .map(|l| (l.pc, l.reg_level));
        if let Some((target, reg_level)) = visible {
            if self.has_tbc_above(reg_level) {
                self.emit(Instr::Close { from: reg_level });
            }
            let j = self.jump();
            return self.patch(j, target);
        }
        let j = self.jump();
        let nactive = self.nactive();
        if let Some(block) = self.blocks.last_mut() {
            block.gotos.push(super::state::PendingGoto {
                name: name.to_string(),
                pc: j,
                nactive,
                line,
                close: false,
            });
        }
        Ok(())
    }

    pub(super) fn scoped_block(&mut self, block: &Block) -> CResult<()> {
        self.enter_block();
        self.block(block)?;
        self.leave_block()?;
        Ok(())
    }

    pub(super) fn stmt(&mut self, stmt: &Stmt) -> CResult<()> {
        self.line = stmt.line;
        let level = self.free_reg;
        match &stmt.kind {
            StmtKind::Local { locals, values } => {
                let base = self.free_reg;
                self.explist(values, base, Some(locals.len()))?;
                self.line = stmt.line;
                for (i, &id) in locals.iter().enumerate() {
                    let reg = base + i as Reg;
                    self.activate_local(id, reg);
                    if self.is_cell(id) {
                        self.emit(Instr::NewCell { reg });
                    }
                    if self.f.locals[id].to_be_closed {
                        self.emit(Instr::Tbc { reg });
                    }
                }
                // Registers of the new locals stay allocated.
                return Ok(());
            }
            StmtKind::LocalFunction { local, func } => {
                let reg = self.alloc(1)?;
                self.activate_local(*local, reg);
                if self.is_cell(*local) {
                    self.emit(Instr::LoadNil { dst: reg, count: 1 });
                    self.emit(Instr::NewCell { reg });
                    let tmp = self.alloc(1)?;
                    self.closure(func, tmp)?;
                    self.emit(Instr::SetCell {
                        cell: reg,
                        src: Rk::reg(tmp),
                    });
                    self.free_reg = reg + 1;
                } else {
                    self.closure(func, reg)?;
                }
                return Ok(());
            }
            StmtKind::Assign { targets, values } => self.assign(targets, values)?,
            StmtKind::Expr(e) => match &e.kind {
                ExprKind::Call { .. } | ExprKind::MethodCall { .. } | ExprKind::Invoke { .. } => {
                    let base = self.alloc(1)?;
                    self.call(e, base, 0)?;
                }
                _ => {
                    let r = self.alloc(1)?;
                    self.expr_to_reg(e, r)?;
                }
            },
            StmtKind::Do(block) => self.scoped_block(block)?,
            StmtKind::While { cond, body } => self.while_loop(cond, body, stmt.line)?,
            StmtKind::Repeat { body, cond } => self.repeat_loop(body, cond)?,
            StmtKind::If { arms, otherwise } => {
                let mut ends = Vec::new();
                let count = arms.len();
                for (i, (cond, body)) in arms.iter().enumerate() {
                    let next = self.cond_jump(cond, false)?;
                    self.scoped_block(body)?;
                    if i + 1 < count || otherwise.is_some() {
                        ends.push(self.jump());
                    }
                    self.patch_here(next)?;
                }
                if let Some(body) = otherwise {
                    self.scoped_block(body)?;
                }
                self.patch_here(ends)?;
            }
            StmtKind::NumericFor {
                var,
                start,
                limit,
                step,
                body,
            } => self.numeric_for(*var, start, limit, step.as_ref(), body, stmt.line)?,
            StmtKind::GenericFor { vars, exprs, body } => {
                self.generic_for(vars, exprs, body, stmt.line)?
            }
            StmtKind::ForIn { var, iter, body } => self.for_in(*var, iter, body, stmt.line)?,
            StmtKind::Labeled { label, body } => {
                self.pending_label = Some(label.clone());
                self.stmt(body)?;
                self.pending_label = None;
            }
            StmtKind::Break { label } => self.break_stmt(label.as_deref(), stmt.line)?,
            StmtKind::Continue { label } => self.continue_stmt(label.as_deref(), stmt.line)?,
            StmtKind::Try {
                body,
                catch,
                orelse,
                finally,
            } => self.try_stmt(body, catch.as_ref(), orelse, finally.as_ref())?,
            StmtKind::Throw(e) => {
                let r = self.expr_any(e)?;
                self.line = stmt.line;
                self.emit(Instr::Throw { src: r });
            }
            StmtKind::Return(values) => self.ret(values)?,
            StmtKind::Goto(name) => self.goto(name)?,
            StmtKind::Label(name) => self.label(name, false)?,
        }
        self.free_reg = level;
        Ok(())
    }

    pub(super) fn closure(&mut self, func: &crate::ir::Function, dst: Reg) -> CResult<()> {
        let child = compile_function(func, Some(&self.local_regs))?;
        if self.children.len() >= u16::MAX as usize {
            return self.error("too many functions in one chunk");
        }
        self.children.push(child);
        let proto = (self.children.len() - 1) as u16;
        self.emit(Instr::Closure {
            dst,
            proto,
            defaults: crate::bytecode::MULTI,
        });
        Ok(())
    }

    fn assign(&mut self, targets: &[Place], values: &[Expr]) -> CResult<()> {
        if targets.len() == 1 && values.len() == 1 {
            return self.assign_one(&targets[0], &values[0]);
        }
        // Evaluate every target's object and key, then every value, then
        // store (right to left, as Lua does).
        enum Resolved {
            Local(Reg, bool),
            Upvalue(u8),
            Index(Reg, Rk),
            Attr(Reg, u16, u16),
        }
        let mut resolved = Vec::with_capacity(targets.len());
        let assigns_local = targets.iter().any(|t| matches!(t, Place::Local(_)));
        for t in targets {
            resolved.push(match t {
                Place::Local(id) => Resolved::Local(self.local_reg(*id)?, self.is_cell(*id)),
                Place::Upvalue(id) => Resolved::Upvalue(*id as u8),
                Place::Index { obj, key } => {
                    let o = self.alloc(1)?;
                    self.expr_to_reg(obj, o)?;
                    // A key read from a local that this statement assigns
                    // is copied now: the stores come later (lparser.c
                    // check_conflict; `t[a], a = 10, 20` uses the old `a`).
                    let k = if assigns_local {
                        let r = self.alloc(1)?;
                        self.expr_to_reg(key, r)?;
                        Rk::reg(r)
                    } else {
                        self.expr_rk(key)?
                    };
                    Resolved::Index(o, k)
                }
                Place::Attr { obj, name } => {
                    let o = self.alloc(1)?;
                    self.expr_to_reg(obj, o)?;
                    let key = self.str_constant(name)?;
                    let ic = self.new_cache()?;
                    Resolved::Attr(o, key, ic)
                }
            });
        }
        let base = self.free_reg;
        self.explist(values, base, Some(targets.len()))?;
        for (i, r) in resolved.iter().enumerate().rev() {
            let src = base + i as Reg;
            match *r {
                Resolved::Local(reg, false) => {
                    self.emit(Instr::Move { dst: reg, src });
                }
                Resolved::Local(reg, true) => {
                    self.emit(Instr::SetCell {
                        cell: reg,
                        src: Rk::reg(src),
                    });
                }
                Resolved::Upvalue(up) => {
                    self.emit(Instr::SetUpval {
                        up,
                        src: Rk::reg(src),
                    });
                }
                Resolved::Index(obj, key) => {
                    self.emit(Instr::SetIndex {
                        obj,
                        key,
                        src: Rk::reg(src),
                    });
                }
                Resolved::Attr(obj, key, ic) => {
                    self.emit(Instr::SetField {
                        obj,
                        key,
                        src: Rk::reg(src),
                        ic,
                    });
                }
            }
        }
        Ok(())
    }

    fn assign_one(&mut self, target: &Place, value: &Expr) -> CResult<()> {
        match target {
            Place::Local(id) if !self.is_cell(*id) => {
                let reg = self.local_reg(*id)?;
                self.expr_to_reg(value, reg)
            }
            Place::Local(id) => {
                let cell = self.local_reg(*id)?;
                let src = self.expr_rk(value)?;
                self.emit(Instr::SetCell { cell, src });
                Ok(())
            }
            Place::Upvalue(id) => {
                let src = self.expr_rk(value)?;
                self.emit(Instr::SetUpval { up: *id as u8, src });
                Ok(())
            }
            Place::Attr { obj, name } => {
                let line = self.line;
                let key = self.str_constant(name)?;
                let ic = self.new_cache()?;
                if let ExprKind::Upvalue(up) = &obj.kind {
                    let src = self.expr_rk(value)?;
                    self.line = line;
                    self.emit(Instr::SetUpField {
                        up: *up as u8,
                        key,
                        src,
                        ic,
                    });
                    return Ok(());
                }
                let o = self.expr_any(obj)?;
                let src = self.expr_rk(value)?;
                self.line = line;
                self.emit(Instr::SetField {
                    obj: o,
                    key,
                    src,
                    ic,
                });
                Ok(())
            }
            Place::Index { obj, key } => {
                let line = self.line;
                let o = self.expr_any(obj)?;
                let k = self.expr_rk(key)?;
                let src = self.expr_rk(value)?;
                self.line = line;
                self.emit(Instr::SetIndex {
                    obj: o,
                    key: k,
                    src,
                });
                Ok(())
            }
        }
    }
}
