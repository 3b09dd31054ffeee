//! Calls between a language whose calling convention passes a receiver
//! first (JavaScript: every function takes `this` as parameter 0 and a
//! plain call passes `undefined`, ECMA-262 §10.2.1.2 OrdinaryCallBindThis)
//! and one whose convention does not (Lua §3.4.10, Python §6.3.4, Perl
//! perlsub: the arguments only; a method call passes the receiver as the
//! first argument). The callee's language decides (DESIGN.md invariant
//! 4): at a call site of compiled code without a receiver, the VM inserts
//! `undefined` for a callee that takes `this`, and drops the caller's
//! `undefined` for one that does not. A method call (Lua `obj:m()`, Perl
//! `$obj->m`, Python `obj.m()`, JavaScript `obj.m()`) already passes its
//! receiver first, which both conventions read the same way.
//!
//! Calls made by natives and protocol functions (`Step::Call`) are not
//! adapted: they pass arguments in the callee's convention themselves.

use super::call::ensure;
use super::Vm;
use crate::model::LangOps;
use crate::thread::ThreadState;
use crate::value::Value;

impl<'gc> Vm<'gc, '_> {
    /// Whether callee `f` takes a receiver as its first argument: `None`
    /// when its convention is unknown (a native reads its arguments as
    /// its caller passes them).
    pub(crate) fn takes_this(&self, f: Value<'gc>) -> Option<bool> {
        match f {
            Value::Closure(c) => Some(c.0.proto.ops.passes_this),
            Value::Object(o) => o
                .model()
                .lang
                .and_then(|l| self.rt.ops_for(l))
                .map(|ops| ops.passes_this),
            _ => None,
        }
    }

    /// Adapt a call without a receiver that compiled code of `caller`
    /// makes of the value in `slot`, with `npos` positional values and
    /// then `nkw` keyword values above it, to the callee's convention.
    /// Returns the new positional count.
    pub(crate) fn adapt_receiver(
        &self,
        ts: &mut ThreadState<'gc>,
        caller: &LangOps,
        slot: usize,
        npos: usize,
        nkw: usize,
    ) -> usize {
        match self.takes_this(ts.stack[slot]) {
            Some(takes) if takes != caller.passes_this => {}
            _ => return npos,
        }
        let end = slot + 1 + npos + nkw;
        if !caller.passes_this {
            // The callee takes `this`: a plain call binds `undefined`.
            ensure(&mut ts.stack, end + 1);
            ts.stack.copy_within(slot + 1..end, slot + 2);
            ts.stack[slot + 1] = Value::Nil;
            npos + 1
        } else if npos > 0 {
            // The caller passed `this` (`undefined`): the callee has no
            // parameter for it.
            ts.stack.copy_within(slot + 2..end, slot + 1);
            npos - 1
        } else {
            npos
        }
    }

    /// Does a method load by `caller`'s code that found `f` bind the
    /// receiver? A function that takes `this` gets it as a method, even
    /// when its object's model reads the property as a plain value.
    pub(crate) fn binds_receiver(&self, caller: &LangOps, f: Value<'gc>) -> bool {
        !caller.passes_this && self.takes_this(f) == Some(true)
    }
}
