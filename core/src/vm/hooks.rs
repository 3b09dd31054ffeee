//! Running a thread that has a debug hook (crate::hook; Lua 5.4 ldo.c
//! `luaD_hook`, ldebug.c `luaG_traceexec`). The instruction loop is not
//! touched: `execute` sends a hooked thread here, which runs it one
//! instruction at a time and, at each instruction boundary, calls the
//! hook for the events due there, in lua5.4's order:
//!
//! 1. "return" of a native called from this frame that has just finished
//!    (lua5.4 calls it when the C function returns);
//! 2. "call" (or "tail call") when the frame is new (about to run its first
//!    instruction);
//! 3. "count" every `count` instructions;
//! 4. "line" when the instruction starts a new line, jumps back, or is the
//!    first of a function (`npci <= oldpc || changedline`);
//! 5. "return" before a `Return` instruction runs;
//! 6. "call" before a call instruction whose callee is a native.
//!
//! The hook is an ordinary call pushed on the thread (no Rust recursion);
//! while it runs, the thread's hooks are off (lua5.4's `allowhook`), and
//! when it returns the thread goes on at the instruction it was called
//! for, whose remaining events come next.

use super::{Interrupt, Vm};
use crate::bytecode::Instr;
use crate::hook::*;
use crate::thread::{Frame, ReturnTo, Thread, ThreadState};
use crate::value::Value;

impl<'gc> Vm<'gc, '_> {
    /// `execute` for a thread with a hook set or running.
    #[cold]
    #[inline(never)]
    pub(crate) fn execute_hooked(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
    ) -> Interrupt<'gc> {
        loop {
            if self.full_gc_requested || self.fuel == 0 {
                return Interrupt::Pause;
            }
            let len = ts.frames.len() as u32;
            let mut running = false;
            if let Some(run) = ts.hook_run.as_deref_mut() {
                if let Some((depth, top)) = run.running {
                    if len <= depth {
                        run.running = None;
                        if len == depth {
                            // Returned (an error unwinds below `depth`,
                            // and the catcher sets `top`).
                            ts.top = top;
                        }
                    } else {
                        running = true;
                    }
                }
            }
            let hook = thread.hook().filter(|h| h.mask != 0);
            let hook = match hook {
                Some(h) if !running => h,
                None if !running => {
                    // Hook removed: back to full speed.
                    ts.hook_run = None;
                    let (end, fuel) = self.run_frames(ts, thread, self.fuel);
                    self.fuel = fuel;
                    return end;
                }
                _ => {
                    // Inside the hook call: no hooks.
                    let (end, _) = self.run_frames(ts, thread, 1);
                    self.fuel -= 1;
                    match end {
                        Interrupt::Pause => continue,
                        other => return other,
                    }
                }
            };
            match self.hook_event(ts, thread, hook) {
                Ok(true) => continue,
                Ok(false) => {}
                Err(e) => return e,
            }
            let before = match ts.frames.last() {
                Some(Frame::Lua(f)) => Some((len, f.pc, tail_call_at(f))),
                _ => None,
            };
            let (end, _) = self.run_frames(ts, thread, 1);
            self.fuel -= 1;
            if let (Some(run), Some((len, pc, tail))) = (ts.hook_run.as_deref_mut(), before) {
                run.last = (len, pc);
                run.at = (u32::MAX, u32::MAX);
                run.tail = tail;
            }
            match end {
                Interrupt::Pause => continue,
                other => return other,
            }
        }
    }

    /// Call the hook for the next event due at the instruction about to
    /// run, if any (true: a hook call was pushed).
    fn hook_event(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        hook: gc_arena::Gc<'gc, Hook<'gc>>,
    ) -> Result<bool, Interrupt<'gc>> {
        let Some(Frame::Lua(f)) = ts.frames.last() else {
            return Ok(false);
        };
        let len = ts.frames.len() as u32;
        let (pc, base, closure) = (f.pc, f.base as usize, f.closure);
        let proto = closure.proto();
        let instr = proto.info.code.get(pc as usize).copied();
        let run = ts.hook_run.get_or_insert_with(|| {
            // A thread hooked while it waits for a native (`debug.sethook`
            // itself, or `coroutine.yield` of a suspended coroutine): that
            // native returns under the hook (lua5.4's `rethook`).
            let back_from_native = pc > 0
                && hook.mask & MASK_RETURN != 0
                && matches!(
                    proto.info.code.get(pc as usize - 1),
                    Some(Instr::Call { .. } | Instr::CallKw { .. } | Instr::CallEx { .. })
                );
            Box::new(HookRun {
                native_returns: if back_from_native {
                    vec![len]
                } else {
                    Vec::new()
                },
                last: if pc == 0 { (0, 0) } else { (len, pc - 1) },
                ..HookRun::default()
            })
        });
        if run.at != (len, pc) {
            run.at = (len, pc);
            run.fired = 0;
        }
        while run.native_returns.last().is_some_and(|&d| d > len) {
            // Unwound by an error: no return event.
            run.native_returns.pop();
        }
        let hook_address = gc_arena::Gc::as_ptr(hook) as usize;
        if run.counting_for != hook_address {
            run.counting_for = hook_address;
            run.counter = hook.count;
        }
        let mask = hook.mask;
        let new_frame = pc == 0 && (run.last.0 != len || run.tail);
        let mut event: Option<(&'static str, Option<u32>)> = None;
        let steps = [
            FIRED_NATIVE_RETURN,
            FIRED_CALL,
            FIRED_COUNT,
            FIRED_LINE,
            FIRED_RETURN,
            FIRED_NATIVE_CALL,
        ];
        for step in steps {
            if run.fired & step != 0 {
                continue;
            }
            run.fired |= step;
            event = match step {
                FIRED_NATIVE_RETURN => {
                    if run.native_returns.last() == Some(&len) {
                        run.native_returns.pop();
                        (mask & MASK_RETURN != 0).then_some(("return", None))
                    } else {
                        None
                    }
                }
                FIRED_CALL if new_frame && mask & MASK_CALL != 0 => {
                    Some((if run.tail { "tail call" } else { "call" }, None))
                }
                FIRED_COUNT if mask & MASK_COUNT != 0 && hook.count > 0 => {
                    run.counter = run.counter.saturating_sub(1);
                    if run.counter == 0 {
                        run.counter = hook.count;
                        Some(("count", None))
                    } else {
                        None
                    }
                }
                FIRED_LINE if mask & MASK_LINE != 0 => {
                    let (old_len, old_pc) = run.last;
                    let line = proto.line_at(pc as usize);
                    let fire = if new_frame {
                        true
                    } else if old_len == len {
                        pc <= old_pc || line != proto.line_at(old_pc as usize)
                    } else {
                        // Back from a call (or the hook was just set):
                        // Lua's `oldpc` is the call instruction.
                        pc == 0 || line != proto.line_at(pc as usize - 1)
                    };
                    fire.then_some(("line", Some(line)))
                }
                // After the frame's pending to-be-closed variables are
                // closed (the Return runs again after each): lvm.c
                // OP_RETURN closes before `luaD_poscall` calls the hook.
                FIRED_RETURN if mask & MASK_RETURN != 0 => {
                    let closing = ts.tbc.last().is_some_and(|&s| s as usize >= base);
                    (matches!(instr, Some(Instr::Return { .. })) && !closing)
                        .then_some(("return", None))
                }
                FIRED_NATIVE_CALL => {
                    let callee = match instr {
                        Some(Instr::Call { func, .. })
                        | Some(Instr::CallKw { func, .. })
                        | Some(Instr::CallEx { func, .. }) => ts.stack.get(base + func as usize),
                        Some(Instr::TForCall { base: b, .. }) => ts.stack.get(base + b as usize),
                        _ => None,
                    };
                    if matches!(callee, Some(Value::Native(_))) {
                        if mask & MASK_RETURN != 0 {
                            run.native_returns.push(len);
                        }
                        (mask & MASK_CALL != 0).then_some(("call", None))
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if event.is_some() {
                break;
            }
        }
        let Some((name, line)) = event else {
            return Ok(false);
        };
        self.call_hook(ts, thread, hook.func, name, line)?;
        Ok(true)
    }

    /// Push the call `func(name, line)` above every live register, as a
    /// running hook.
    fn call_hook(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        func: Value<'gc>,
        name: &'static str,
        line: Option<u32>,
    ) -> Result<(), Interrupt<'gc>> {
        let mut top = ts.top as usize;
        if let Some(Frame::Lua(f)) = ts.frames.last() {
            top = top.max(f.base as usize + f.closure.proto().info.max_stack as usize);
        }
        super::call::ensure(&mut ts.stack, top + 16);
        let len = ts.frames.len() as u32;
        if let Some(run) = ts.hook_run.as_deref_mut() {
            run.running = Some((len, ts.top));
        }
        ts.stack[top] = func;
        ts.stack[top + 1] = Value::Str(crate::string::Str::new(self.mc, name.as_bytes()));
        ts.stack[top + 2] = line.map_or(Value::Nil, |l| Value::Int(l as i64));
        self.call_value(ts, thread, top, 2, ReturnTo::Discard)
    }
}

/// Whether the frame's next instruction is a tail call (the frame it makes
/// gets a "tail call" event).
fn tail_call_at(f: &crate::thread::LuaFrame<'_>) -> bool {
    matches!(
        f.closure.proto().info.code.get(f.pc as usize),
        Some(Instr::TailCall { .. })
    )
}
