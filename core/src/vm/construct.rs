//! `new f(args)` of an ordinary constructor without the language's
//! construct native (`LangOps::construct`, `NativeData::constructs`).
//!
//! The call instruction finds the construct native at `slot`, called as
//! `(this, f, newTarget, ...args)`. When `f` is its own new target and the
//! language's plan accepts it, the registers are rearranged so that the
//! constructor's code is called from `slot + 2` with the new object as
//! `this`, and the new object waits in `slot` (below the callee's frame,
//! which never writes there) until the call returns into it
//! (`ReturnTo::Construct`): the first result replaces it when the
//! language says the result wins.

use super::Vm;
use crate::function::Closure;
use crate::model::LangOps;
use crate::thread::ThreadState;
use crate::value::Value;

impl<'gc> Vm<'gc, '_> {
    /// Set up the registers for a constructor run by the VM and return its
    /// code (to call from `slot + 2` with `nargs - 2` arguments, results to
    /// `ReturnTo::Construct { dest: slot }`); `None` leaves everything as
    /// it was, for the construct native.
    #[inline]
    pub(crate) fn plain_construct(
        &mut self,
        ts: &mut ThreadState<'gc>,
        ops: &'static LangOps,
        slot: usize,
        nargs: usize,
    ) -> Option<Closure<'gc>> {
        let rule = ops.construct.as_ref()?;
        if nargs < 3 {
            return None;
        }
        let f = ts.stack[slot + 2];
        if !f.raw_eq(ts.stack[slot + 3]) {
            return None;
        }
        let (code, this) = (rule.plan)(self.mc, self.rt, f)?;
        ts.stack[slot] = this;
        ts.stack[slot + 2] = Value::Closure(code);
        ts.stack[slot + 3] = this;
        Some(code)
    }

    /// The value `new` gives: the constructor's result `v` when the
    /// language of the frame that asked says it wins, else the object
    /// waiting in `dest`.
    #[inline]
    pub(crate) fn construct_result(
        stack: &mut [Value<'gc>],
        ops: &'static LangOps,
        dest: u32,
        v: Value<'gc>,
    ) {
        if ops.construct.is_some_and(|rule| (rule.result_wins)(v)) {
            stack[dest as usize] = v;
        }
    }
}
