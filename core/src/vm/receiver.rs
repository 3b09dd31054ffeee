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
//! Calls a native asks for (`Outcome::Call`, `Outcome::TailCall`: Lua's
//! `pcall` and `table.sort`, Python's `list.sort(key=)`, JavaScript's
//! `Function.prototype.call`) are adapted the same way, with the native's
//! own convention as the caller's (`NativeData::this_first`) and its
//! `CallKind` saying plain or method call. Calls made by protocol
//! functions (`Step::Call`: getters, metamethods) are not adapted: they
//! pass arguments in the callee's convention themselves. A library native
//! of one language called from compiled code of the other convention
//! (JavaScript code calling Lua's `print` held in a variable) is adapted
//! as a compiled function is; a native of no known convention reads its
//! arguments as its caller passes them (omx's host functions look at the
//! calling frame).

use super::call::ensure;
use super::Vm;
use crate::function::NativeFunction;
use crate::model::LangOps;
use crate::native::CallKind;
use crate::runtime::RuntimeState;
use crate::thread::ThreadState;
use crate::value::Value;

/// Whether callee `f` takes a receiver as its first argument: `None`
/// when its convention is unknown (a host function reads its arguments
/// as its caller passes them); a language's library natives have their
/// language's (`NativeData::this_first`, `NativeData::plain`).
pub fn takes_this<'gc>(rt: &RuntimeState<'gc>, f: Value<'gc>) -> Option<bool> {
    match f {
        Value::Closure(c) => Some(c.0.proto.ops.passes_this),
        Value::Native(n) if n.0.this_first => Some(true),
        Value::Native(n) if n.0.plain => Some(false),
        Value::Object(o) => o
            .model()
            .lang
            .and_then(|l| rt.ops_for(l))
            .map(|ops| ops.passes_this),
        _ => None,
    }
}

impl<'gc> Vm<'gc, '_> {
    pub(crate) fn takes_this(&self, f: Value<'gc>) -> Option<bool> {
        takes_this(self.rt, f)
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
        self.adapt_plain_call(ts, caller.passes_this, slot, npos, nkw)
    }

    /// Adapt the call native `requester` asked for, of the value in `slot`
    /// with `nargs` arguments above it, to the callee's convention.
    /// Returns the new argument count.
    pub(crate) fn adapt_request(
        &self,
        ts: &mut ThreadState<'gc>,
        requester: Option<NativeFunction<'gc>>,
        kind: CallKind,
        slot: usize,
        nargs: usize,
    ) -> usize {
        if kind == CallKind::Method {
            return nargs;
        }
        let this_first = requester.is_some_and(|n| n.0.this_first);
        if this_first && nargs > 0 && !matches!(ts.stack[slot + 1], Value::Nil | Value::Null) {
            // A `this` other than undefined or null is a receiver
            // (`f.call(obj)` reads as `obj.f()`; §10.2.1.2 treats
            // undefined and null alike).
            return nargs;
        }
        self.adapt_plain_call(ts, this_first, slot, nargs, 0)
    }

    /// Adapt a plain call by a caller that passes `this` first or not
    /// (also a coroutine's first resume, by a caller that does not).
    pub(crate) fn adapt_plain_call(
        &self,
        ts: &mut ThreadState<'gc>,
        caller_this: bool,
        slot: usize,
        npos: usize,
        nkw: usize,
    ) -> usize {
        match self.takes_this(ts.stack[slot]) {
            Some(takes) if takes != caller_this => {}
            _ => return npos,
        }
        let end = slot + 1 + npos + nkw;
        if !caller_this {
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
