//! Statements and blocks.

use super::state::{compile_function, CResult, FuncState, LoopScope};
use crate::bytecode::{Instr, Reg, Rk, MULTI};
use crate::ir::{Block, Expr, ExprKind, Place, Stmt, StmtKind};

impl FuncState<'_> {
    pub fn block(&mut self, block: &Block) -> CResult<()> {
        for (i, stmt) in block.iter().enumerate() {
            if let StmtKind::Label(name) = &stmt.kind {
                // A label followed only by labels ends the block: it is
                // outside the scope of the block's locals (Lua 5.4).
                let last = block[i + 1..]
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
            });
        }
        Ok(())
    }

    fn scoped_block(&mut self, block: &Block) -> CResult<()> {
        self.enter_block();
        self.block(block)?;
        self.leave_block()?;
        Ok(())
    }

    fn stmt(&mut self, stmt: &Stmt) -> CResult<()> {
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
                ExprKind::Call { .. } | ExprKind::MethodCall { .. } => {
                    let base = self.alloc(1)?;
                    self.call(e, base, 0)?;
                }
                _ => {
                    let r = self.alloc(1)?;
                    self.expr_to_reg(e, r)?;
                }
            },
            StmtKind::Do(block) => self.scoped_block(block)?,
            StmtKind::While { cond, body } => {
                let start = self.pc();
                let exits = self.cond_jump(cond, false)?;
                self.loops.push(LoopScope {
                    breaks: Vec::new(),
                    reg_level: self.free_reg,
                });
                self.scoped_block(body)?;
                self.line = stmt.line;
                let back = self.jump();
                self.patch(back, start)?;
                self.patch_here(exits)?;
                self.end_loop()?;
            }
            StmtKind::Repeat { body, cond } => {
                let start = self.pc();
                self.loops.push(LoopScope {
                    breaks: Vec::new(),
                    reg_level: self.free_reg,
                });
                self.enter_block();
                self.block(body)?;
                let has_tbc = self.blocks.last().is_some_and(|b| b.has_tbc);
                if has_tbc {
                    // Close before looping back or leaving.
                    let exits = self.cond_jump(cond, true)?;
                    let level = self.blocks.last().map(|b| b.reg_level).unwrap_or(0);
                    self.emit(Instr::Close { from: level });
                    let back = self.jump();
                    self.patch(back, start)?;
                    self.patch_here(exits)?;
                    self.leave_block()?;
                } else {
                    let backs = self.cond_jump(cond, false)?;
                    for b in backs {
                        self.patch(b, start)?;
                    }
                    self.leave_block()?;
                }
                self.end_loop()?;
            }
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
            } => {
                let base = self.alloc(3)?;
                self.free_reg = base;
                self.alloc(1)?;
                self.expr_to_reg(start, base)?;
                self.alloc(1)?;
                self.expr_to_reg(limit, base + 1)?;
                self.alloc(1)?;
                match step {
                    Some(s) => self.expr_to_reg(s, base + 2)?,
                    None => {
                        self.emit(Instr::LoadInt {
                            dst: base + 2,
                            value: 1,
                        });
                    }
                }
                self.line = stmt.line;
                let prep = self.emit(Instr::ForPrep { base, offset: 0 });
                self.loops.push(LoopScope {
                    breaks: Vec::new(),
                    reg_level: base + 3,
                });
                let body_start = self.pc();
                self.enter_block();
                let var_reg = self.alloc(1)?;
                self.activate_local(*var, var_reg);
                if self.is_cell(*var) {
                    self.emit(Instr::NewCell { reg: var_reg });
                }
                self.block(body)?;
                self.leave_block()?;
                self.line = stmt.line;
                let lp = self.emit(Instr::ForLoop { base, offset: 0 });
                self.patch(lp, body_start)?;
                self.patch_here(vec![prep])?;
                self.end_loop()?;
            }
            StmtKind::GenericFor { vars, exprs, body } => {
                let base = self.free_reg;
                self.explist(exprs, base, Some(3))?;
                self.alloc(1)?; // the closing value slot
                self.emit(Instr::LoadNil {
                    dst: base + 3,
                    count: 1,
                });
                self.line = stmt.line;
                let to_call = self.jump();
                self.loops.push(LoopScope {
                    breaks: Vec::new(),
                    reg_level: base + 4,
                });
                let body_start = self.pc();
                self.enter_block();
                let first = self.alloc(vars.len())?;
                for (i, &v) in vars.iter().enumerate() {
                    self.activate_local(v, first + i as Reg);
                }
                for (i, &v) in vars.iter().enumerate() {
                    if self.is_cell(v) {
                        self.emit(Instr::NewCell {
                            reg: first + i as Reg,
                        });
                    }
                }
                self.block(body)?;
                self.leave_block()?;
                self.patch_here(vec![to_call])?;
                self.line = stmt.line;
                if vars.len() >= MULTI as usize {
                    return self.error("too many variables in a 'for' loop");
                }
                // Results land in base+4.. (the loop variables' registers).
                // TForCall copies the iterator, state and control into
                // base+4..base+7 before calling: reserve them.
                self.free_reg = base + 4;
                self.alloc(vars.len().max(3))?;
                self.emit(Instr::TForCall {
                    base,
                    nresults: vars.len() as u8,
                });
                let lp = self.emit(Instr::TForLoop { base, offset: 0 });
                self.patch(lp, body_start)?;
                self.end_loop()?;
            }
            StmtKind::Break => {
                let Some(scope) = self.loops.last() else {
                    return self.error(
                        "break outside a loop at line ".to_string() + &stmt.line.to_string(),
                    );
                };
                let level = scope.reg_level;
                if self.has_tbc_above(level) {
                    self.emit(Instr::Close { from: level });
                }
                let j = self.jump();
                if let Some(scope) = self.loops.last_mut() {
                    scope.breaks.push(j);
                }
            }
            StmtKind::Return(values) => self.ret(values)?,
            StmtKind::Goto(name) => self.goto(name)?,
            StmtKind::Label(name) => self.label(name, false)?,
        }
        self.free_reg = level;
        Ok(())
    }

    fn end_loop(&mut self) -> CResult<()> {
        if let Some(scope) = self.loops.pop() {
            self.patch_here(scope.breaks)?;
        }
        Ok(())
    }

    fn closure(&mut self, func: &crate::ir::Function, dst: Reg) -> CResult<()> {
        let child = compile_function(func, Some(&self.local_regs))?;
        if self.children.len() >= u16::MAX as usize {
            return self.error("too many functions in one chunk");
        }
        self.children.push(child);
        let proto = (self.children.len() - 1) as u16;
        self.emit(Instr::Closure { dst, proto });
        Ok(())
    }

    fn ret(&mut self, values: &[Expr]) -> CResult<()> {
        let has_tbc = self.has_tbc_above(0);
        if values.len() == 1 && !has_tbc {
            let e = &values[0];
            match &e.kind {
                ExprKind::Call { .. } | ExprKind::MethodCall { .. } => {
                    let base = self.alloc(1)?;
                    self.call(e, base, MULTI)?;
                    // Turn the call just emitted into a tail call.
                    if let Some(Instr::Call { func, nargs, .. }) = self.code.last().copied() {
                        let last = self.code.len() - 1;
                        self.code[last] = Instr::TailCall { func, nargs };
                        // Reached only when the callee is not a Lua
                        // function (natives return into `func..top`).
                        self.emit(Instr::Return {
                            start: func,
                            count: MULTI,
                        });
                    }
                    return Ok(());
                }
                ExprKind::Local(id) if !self.is_cell(*id) => {
                    let start = self.local_reg(*id)?;
                    self.emit(Instr::Return { start, count: 1 });
                    return Ok(());
                }
                _ => {}
            }
        }
        let base = self.free_reg;
        let count = self.explist(values, base, None)?;
        let count = match count {
            Some(n) if n < MULTI as usize => n as u8,
            Some(_) => return self.error("too many results to return"),
            None => MULTI,
        };
        self.emit(Instr::Return { start: base, count });
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
        for t in targets {
            resolved.push(match t {
                Place::Local(id) => Resolved::Local(self.local_reg(*id)?, self.is_cell(*id)),
                Place::Upvalue(id) => Resolved::Upvalue(*id as u8),
                Place::Index { obj, key } => {
                    let o = self.alloc(1)?;
                    self.expr_to_reg(obj, o)?;
                    let k = self.expr_rk(key)?;
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
