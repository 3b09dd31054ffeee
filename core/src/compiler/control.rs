//! Exceptions and the ways out of a function: `try`/`catch`/`finally`,
//! `throw`, and `return`, `break`, `continue` running the `finally` blocks
//! they cross.
//!
//! A `finally` block is compiled once per way out (fallthrough, each
//! `return`/`break`/`continue` that crosses it, and the error path), as
//! CPython 3.11 does. While one of its copies is emitted, its `try`'s
//! protected ranges are suspended (the copy is not covered by its own
//! handlers), and the `try` is not active (a `return` inside the copy does
//! not run it again).
//!
//! ```text
//!   body            ; catch handler (error → CATCH) and finally handler
//!   else-block      ; finally handler
//!   finally copy
//!   jmp END
//! CATCH: catch var = error
//!   catch body      ; finally handler
//!   finally copy
//!   jmp END
//! FINALLY: finally copy   (error in a register)
//!   throw error
//! END:
//! ```

use super::state::{CResult, FuncState, TryScope};
use crate::bytecode::{Instr, MULTI};
use crate::function::Handler;
use crate::ir::{Block, Catch, Expr, ExprKind};

impl FuncState<'_> {
    /// Close the open protected ranges of try scope `i`.
    fn suspend(&mut self, i: usize) {
        let pc = self.pc();
        let t = &mut self.tries[i];
        if let Some(s) = t.catch_open.take() {
            t.catch_ranges.push((s, pc));
        }
        if let Some(s) = t.fin_open.take() {
            t.fin_ranges.push((s, pc));
        }
    }

    /// Run the `finally` blocks of the try scopes from `depth` on,
    /// innermost first (a way out of them). Their ranges stay suspended
    /// until `resume_after_exit`.
    pub(super) fn run_finally_blocks(&mut self, depth: usize) -> CResult<()> {
        let mut i = self.tries.len();
        while i > depth {
            i -= 1;
            self.suspend(i);
            let Some(block) = self.tries[i].finally.clone() else {
                continue;
            };
            // The copy runs with this try (and the inner ones) inactive.
            let inner = self.tries.split_off(i);
            let saved = self.free_reg;
            let r = self.scoped_block(&block);
            self.free_reg = saved;
            self.tries.extend(inner);
            r?;
        }
        Ok(())
    }

    /// After the jump of a way out: the code that follows is protected
    /// again as before.
    pub(super) fn resume_after_exit(&mut self, depth: usize) {
        let pc = self.pc();
        for t in self.tries[depth..].iter_mut() {
            if t.reopen_catch && t.catch_open.is_none() {
                t.catch_open = Some(pc);
            }
            if t.reopen_fin && t.fin_open.is_none() {
                t.fin_open = Some(pc);
            }
        }
    }

    pub(super) fn try_stmt(
        &mut self,
        body: &Block,
        catch: Option<&Catch>,
        orelse: &Block,
        finally: Option<&Block>,
    ) -> CResult<()> {
        let level = self.free_reg;
        // Registers for the caught error and for the finally path's error.
        let err_reg = self.alloc(1)?;
        let fin_reg = self.alloc(1)?;
        let start = self.pc();
        self.tries.push(TryScope {
            finally: finally.cloned(),
            catch_ranges: Vec::new(),
            catch_open: catch.map(|_| start),
            fin_ranges: Vec::new(),
            fin_open: finally.map(|_| start),
            reopen_catch: catch.is_some(),
            reopen_fin: finally.is_some(),
        });
        let me = self.tries.len() - 1;
        // The body.
        self.scoped_block(body)?;
        {
            let pc = self.pc();
            let t = &mut self.tries[me];
            if let Some(s) = t.catch_open.take() {
                t.catch_ranges.push((s, pc));
            }
            t.reopen_catch = false;
        }
        // `else`: after the body, not covered by `catch`.
        self.scoped_block(orelse)?;
        let mut ends = Vec::new();
        self.run_finally_blocks(me)?;
        ends.push(self.jump());
        self.resume_after_exit(me);
        // The catch handler.
        let catch_target = self.pc();
        if let Some(c) = catch {
            self.enter_block();
            if let Some(var) = c.var {
                let r = self.alloc(1)?;
                self.emit(Instr::Move {
                    dst: r,
                    src: err_reg,
                });
                self.activate_local(var, r);
                if self.is_cell(var) {
                    self.emit(Instr::NewCell { reg: r });
                }
            }
            self.block(&c.body)?;
            self.leave_block()?;
            self.run_finally_blocks(me)?;
            ends.push(self.jump());
            self.resume_after_exit(me);
        }
        // The finally handler: run the block, then raise the error again.
        let scope = self.tries.pop().expect("the try scope pushed above");
        let mut fin_ranges = scope.fin_ranges;
        if let Some(s) = scope.fin_open {
            fin_ranges.push((s, self.pc()));
        }
        let fin_target = self.pc();
        if let Some(block) = finally {
            let saved = self.free_reg;
            self.scoped_block(block)?;
            self.free_reg = saved;
            self.emit(Instr::Throw { src: fin_reg });
        }
        self.patch_here(ends)?;
        // Handlers, innermost first: the catch handler covers the body,
        // the finally handler body, else and catch.
        if catch.is_some() {
            for (s, e) in scope.catch_ranges {
                if s < e {
                    self.handlers.push(Handler {
                        start: s as u32,
                        end: e as u32,
                        target: catch_target as u32,
                        reg: err_reg,
                        finally: false,
                    });
                }
            }
        }
        if finally.is_some() {
            for (s, e) in fin_ranges {
                if s < e {
                    self.handlers.push(Handler {
                        start: s as u32,
                        end: e as u32,
                        target: fin_target as u32,
                        reg: fin_reg,
                        finally: true,
                    });
                }
            }
        }
        self.free_reg = level;
        Ok(())
    }

    /// `return values`: evaluated first, then the `finally` blocks the
    /// return crosses, then the return.
    pub(super) fn ret(&mut self, values: &[Expr]) -> CResult<()> {
        let has_tbc = self.has_tbc_above(0);
        let crosses_finally = self.tries.iter().any(|t| t.finally.is_some());
        if values.len() == 1 && !has_tbc && !crosses_finally {
            let e = &values[0];
            match &e.kind {
                ExprKind::Call { .. } | ExprKind::MethodCall { .. } => {
                    let base = self.alloc(1)?;
                    self.call(e, base, MULTI)?;
                    // Turn the call just emitted into a tail call.
                    if let Some(Instr::Call {
                        func,
                        nargs,
                        receiver,
                        ..
                    }) = self.code.last().copied()
                    {
                        let last = self.code.len() - 1;
                        self.code[last] = Instr::TailCall {
                            func,
                            nargs,
                            receiver,
                        };
                        // Reached only when the callee is not a compiled
                        // function (natives return into `func..top`).
                        self.emit(Instr::Return {
                            start: func,
                            count: MULTI,
                        });
                    }
                    return Ok(());
                }
                ExprKind::Local(id) if !self.is_cell(*id) && self.tries.is_empty() => {
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
        if !self.tries.is_empty() {
            // The values stay in `base..`: the finally copies use the
            // registers above them.
            if count == MULTI {
                return self.error(
                    "not supported by omx: returning several values out of a 'finally' scope",
                );
            }
            let saved = self.free_reg;
            self.free_reg = base + count;
            self.run_finally_blocks(0)?;
            self.free_reg = saved;
        }
        self.emit(Instr::Return { start: base, count });
        self.resume_after_exit(0);
        Ok(())
    }
}
