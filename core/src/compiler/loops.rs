//! Loops, `break` and `continue` (labelled or not).

use super::state::{CResult, FuncState, LoopScope};
use crate::bytecode::{Instr, Reg, MULTI};
use crate::ir::{Block, Expr, LocalId};

impl FuncState<'_> {
    /// Enter a loop whose `break` closes `<close>` variables from
    /// `reg_level` on; it takes the label given by an enclosing `Labeled`.
    fn begin_loop(&mut self, reg_level: Reg) {
        let label = self.pending_label.take();
        self.loops.push(LoopScope {
            breaks: Vec::new(),
            continues: Vec::new(),
            reg_level,
            label,
            try_depth: self.tries.len(),
        });
    }

    /// Leave the innermost loop: `continue`s go to `next`, `break`s here.
    fn end_loop(&mut self, next: usize) -> CResult<()> {
        if let Some(scope) = self.loops.pop() {
            for c in scope.continues {
                self.patch(c, next)?;
            }
            self.patch_here(scope.breaks)?;
        }
        Ok(())
    }

    /// The loop a `break`/`continue` reaches.
    fn target_loop(&self, label: Option<&str>, what: &str, line: u32) -> CResult<usize> {
        let found = match label {
            None => self.loops.len().checked_sub(1),
            Some(l) => self
                .loops
                .iter()
                .rposition(|s| s.label.as_deref() == Some(l)),
        };
        match (found, label) {
            (Some(i), _) => Ok(i),
            (None, None) => self.error(format!("{what} outside a loop at line {line}")),
            (None, Some(l)) => {
                self.error(format!("no loop labelled '{l}' for {what} at line {line}"))
            }
        }
    }

    /// Leave to loop `i`: close its `<close>` variables and run the
    /// `finally` blocks of the `try` statements entered since.
    fn exit_to_loop(&mut self, i: usize) -> CResult<()> {
        let level = self.loops[i].reg_level;
        if self.has_tbc_above(level) {
            self.emit(Instr::Close { from: level });
        }
        let depth = self.loops[i].try_depth;
        self.run_finally_blocks(depth)
    }

    pub(super) fn break_stmt(&mut self, label: Option<&str>, line: u32) -> CResult<()> {
        let i = self.target_loop(label, "break", line)?;
        let resume = self.exit_to_loop(i);
        let j = self.jump();
        self.loops[i].breaks.push(j);
        self.resume_after_exit(self.loops[i].try_depth);
        resume
    }

    pub(super) fn continue_stmt(&mut self, label: Option<&str>, line: u32) -> CResult<()> {
        let i = self.target_loop(label, "continue", line)?;
        let resume = self.exit_to_loop(i);
        let j = self.jump();
        self.loops[i].continues.push(j);
        self.resume_after_exit(self.loops[i].try_depth);
        resume
    }

    pub(super) fn while_loop(&mut self, cond: &Expr, body: &Block, line: u32) -> CResult<()> {
        let start = self.pc();
        let exits = self.cond_jump(cond, false)?;
        self.begin_loop(self.free_reg);
        self.scoped_block(body)?;
        if self.f.lang != crate::Lang::Lua || body.is_empty() {
            self.line = line;
        }
        // Lua's jump back is on the body's last line (lparser.c
        // `whilestat` codes it before reading `end`): a line hook sees the
        // condition's line once per iteration.
        let back = self.jump();
        self.patch(back, start)?;
        self.patch_here(exits)?;
        self.end_loop(start)
    }

    /// `repeat ... until cond`: the condition is in the body's scope;
    /// `continue` goes to it.
    pub(super) fn repeat_loop(&mut self, body: &Block, cond: &Expr) -> CResult<()> {
        let start = self.pc();
        self.begin_loop(self.free_reg);
        self.enter_block();
        self.block_in_scope(body, false)?;
        let check = self.pc();
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
        self.end_loop(check)
    }

    pub(super) fn numeric_for(
        &mut self,
        var: LocalId,
        start: &Expr,
        limit: &Expr,
        step: Option<&Expr>,
        body: &Block,
        line: u32,
    ) -> CResult<()> {
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
        self.line = line;
        let prep = self.emit(Instr::ForPrep { base, offset: 0 });
        self.begin_loop(base + 3);
        let body_start = self.pc();
        self.enter_block();
        let var_reg = self.alloc(1)?;
        self.activate_local(var, var_reg);
        if self.is_cell(var) {
            self.emit(Instr::NewCell { reg: var_reg });
        }
        self.block(body)?;
        self.leave_block()?;
        self.line = line;
        let next = self.pc();
        let lp = self.emit(Instr::ForLoop { base, offset: 0 });
        self.patch(lp, body_start)?;
        self.patch_here(vec![prep])?;
        self.end_loop(next)
    }

    /// Lua's generic `for`.
    pub(super) fn generic_for(
        &mut self,
        vars: &[LocalId],
        exprs: &[Expr],
        body: &Block,
        line: u32,
    ) -> CResult<()> {
        // The iterator, state, control and closing values (Lua 5.4
        // §3.3.5): the fourth is a to-be-closed variable of a block around
        // the loop, closed when the loop ends in any way (lparser.c
        // forlist; a nil or false value is not marked).
        self.enter_block();
        let base = self.free_reg;
        self.explist(exprs, base, Some(4))?;
        self.line = line;
        // Named for debug information and messages as Lua names them.
        let hidden = self.debug_locals.len();
        for reg in base..base + 4 {
            self.debug_locals.push(crate::function::LocalDebug {
                name: std::rc::Rc::from("(for state)"),
                reg,
                start_pc: self.pc() as u32,
                end_pc: u32::MAX,
                is_cell: false,
            });
        }
        self.emit(Instr::Tbc { reg: base + 3 });
        if let Some(block) = self.blocks.last_mut() {
            block.has_tbc = true;
        }
        let to_call = self.jump();
        self.begin_loop(base + 4);
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
        let next = self.pc();
        self.patch_here(vec![to_call])?;
        self.line = line;
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
        self.end_loop(next)?;
        let end = self.pc() as u32;
        for local in &mut self.debug_locals[hidden..hidden + 4] {
            local.end_pc = end;
        }
        self.leave_block()
    }

    /// The iterator protocol: `GetIter`, then `ForIter` until exhausted.
    pub(super) fn for_in(
        &mut self,
        var: LocalId,
        iter: &Expr,
        body: &Block,
        line: u32,
    ) -> CResult<()> {
        let it = self.alloc(1)?;
        self.expr_to_reg(iter, it)?;
        self.line = line;
        self.emit(Instr::GetIter { dst: it, src: it });
        self.begin_loop(it + 1);
        let next = self.pc();
        self.enter_block();
        let var_reg = self.alloc(1)?;
        let step = self.emit(Instr::ForIter {
            iter: it,
            dst: var_reg,
            offset: 0,
        });
        self.activate_local(var, var_reg);
        if self.is_cell(var) {
            self.emit(Instr::NewCell { reg: var_reg });
        }
        self.block(body)?;
        self.leave_block()?;
        self.line = line;
        let back = self.jump();
        self.patch(back, next)?;
        self.patch_here(vec![step])?;
        self.end_loop(next)
    }
}
