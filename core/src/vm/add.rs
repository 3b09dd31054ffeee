//! `AddN`: a left-to-right chain of the language's `+` in one instruction
//! (`ir::ExprKind::AddChain`; JavaScript's `"a" + x + "b" + y ...`).
//!
//! A string followed by plain values (`LangOps::concat_text`) becomes one
//! new string, in one step: a chain that builds a line of text makes one
//! string instead of one per `+`. Any other pair goes to the language's
//! `binary` rule, left to right; when that calls user code (`valueOf`),
//! the sum comes back into the chain and the instruction runs again
//! (`ReturnTo::Again`; consumed operands are `Empty`).

use super::exec::{fast_arith, rset};
use super::slow::{Next, Operand};
use super::tracing::binary_symbol;
use super::Vm;
use crate::bytecode::{BinOp, Rk};
use crate::model::{OpError, Step};
use crate::string::Str;
use crate::thread::{ReturnTo, Thread, ThreadState};
use crate::trace::event::OpKind;
use crate::value::Value;

impl<'gc> Vm<'gc, '_> {
    #[allow(clippy::too_many_arguments)]
    #[inline(never)]
    pub(crate) fn add_n_op(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        base: usize,
        dst: u8,
        first: u8,
        count: u8,
    ) -> Next<'gc> {
        let ops = self.ops_at(ts);
        let lo = base + first as usize;
        let n = count as usize;
        let mut at = 0;
        while at + 1 < n && ts.stack[lo + at].is_empty() {
            at += 1;
        }
        // The explainer reports every pairwise step (as `Arith` does), so
        // it never joins runs.
        let join = !self.rt.tracing;
        while at + 1 < n {
            let right = Rk::reg(first + at as u8 + 1);
            let operand = if at == 0 {
                Operand::Rk(Rk::reg(first), right)
            } else {
                Operand::Right(right)
            };
            if let (Value::Str(head), true) = (ts.stack[lo + at], join) {
                let mut end = at + 1;
                while end < n && (ops.concat_text)(ts.stack[lo + end], None) {
                    end += 1;
                }
                if end > at + 1 {
                    let mut tail = Vec::new();
                    for i in at + 1..end {
                        (ops.concat_text)(ts.stack[lo + i], Some(&mut tail));
                    }
                    if !crate::memory::fits(head.len() + tail.len()) {
                        let error = Step::Error(OpError::Message("not enough memory".into()));
                        return self.finish(ts, thread, pc, error, super::one(lo + at), operand);
                    }
                    ts.stack[lo + at..lo + end - 1].fill(Value::Empty);
                    at = end - 1;
                    ts.stack[lo + at] = Value::Str(Str::concat(self.mc, head, &tail));
                    continue;
                }
            }
            let (x, y) = (ts.stack[lo + at], ts.stack[lo + at + 1]);
            let mut sum = Value::Empty;
            if fast_arith(&mut sum, BinOp::Add, x, y) {
                ts.stack[lo + at] = Value::Empty;
                at += 1;
                ts.stack[lo + at] = sum;
                continue;
            }
            ts.stack[lo + at] = Value::Empty;
            match self.chain_pair(
                ts,
                thread,
                pc,
                (BinOp::Add, (x, y), !join),
                lo + at + 1,
                operand,
            ) {
                Ok(v) => {
                    at += 1;
                    ts.stack[lo + at] = v;
                }
                Err(next) => return next,
            }
        }
        let v = ts.stack[lo + at];
        rset(&mut ts.stack, base + dst as usize, v);
        Next::Go
    }

    /// One pairwise step of a chain instruction (`ConcatN`, `AddN`): the
    /// language's `binary` rule on `x op y` (reported to the explainer
    /// when `traced`), whose operands the caller has already consumed.
    /// `Ok`: the result; `Err`: the instruction ends here, with an error
    /// or with a call whose result goes to `dest` before the instruction
    /// runs again (`ReturnTo::Again`).
    pub(crate) fn chain_pair(
        &mut self,
        ts: &mut ThreadState<'gc>,
        thread: Thread<'gc>,
        pc: usize,
        (op, (x, y), traced): (BinOp, (Value<'gc>, Value<'gc>), bool),
        dest: usize,
        operand: Operand,
    ) -> Result<Value<'gc>, Next<'gc>> {
        let ops = self.ops_at(ts);
        if traced {
            let kind = OpKind::Binary(binary_symbol(op));
            self.trace_begin(ts, pc, kind, x, Some(y), None, operand);
        }
        let step = {
            let mut ctx = self.ctx(ts, thread, None);
            (ops.binary)(&mut ctx, op, x, y)
        };
        if traced {
            self.trace_after(&step, None);
        }
        match step {
            Step::Done(v) => Ok(v),
            Step::Error(_) | Step::Absent => {
                Err(self.finish(ts, thread, pc, step, super::one(dest), operand))
            }
            call => {
                let again = ReturnTo::Again { dest: dest as u32 };
                Err(self.finish(ts, thread, pc, call, again, operand))
            }
        }
    }
}
