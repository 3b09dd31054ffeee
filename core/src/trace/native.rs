//! Operations a native function performs for its language (Perl's method
//! call `callm`, written in Rust): the native begins the operation, its
//! rules report their steps, and the operation ends with the native's
//! result, or, when the native hands the work to a call (the method found),
//! with that call's first result when it returns. Natives reach no VM
//! internals through this: the calling frame gives the language, the
//! position and the name of the receiver's register.
//!
//! ```text
//! if ctx.rt.tracing {
//!     omx_core::trace::native::begin(ctx, OpKind::Method, inv, Some(name));
//! }
//! ... rules report steps ...
//! omx_core::trace::native::wait(ctx);     // a tail call answers it
//! ```

use super::event::{OpKind, Position};
use super::session::Begin;
use crate::bytecode::Instr;
use crate::native::Ctx;
use crate::thread::Frame;
use crate::value::Value;

/// Begin an operation of `kind` on `target` (and `key`) in the calling
/// frame. `receiver` is the argument position the target came in (0 for a
/// method call's invocant), used to name it by the caller's variable.
/// Does nothing without a tracer.
pub fn begin<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    kind: OpKind,
    target: Value<'gc>,
    key: Option<Value<'gc>>,
    receiver: u8,
) {
    if !ctx.rt.tracing {
        return;
    }
    let site = match ctx.ts.frames.last() {
        Some(Frame::Lua(f)) => {
            let proto = f.closure.0.proto;
            let pc = (f.pc as usize).saturating_sub(1);
            // The call instruction that called the native: its arguments
            // are the registers above `func`.
            let name = match proto.info.code.get(pc) {
                Some(Instr::Call { func, .. } | Instr::TailCall { func, .. }) => {
                    crate::debuginfo::describe_reg(&proto, pc, func + 1 + receiver)
                        .filter(|n| n.kind != crate::model::VarKind::Constant)
                        .map(|n| n.name)
                }
                _ => None,
            };
            (proto.ops.lang, Some(position(&proto, pc)), name)
        }
        _ => (ctx.rt.default_ops.lang, None, None),
    };
    report(ctx.rt, ctx.ts, kind, site, target, key, None);
}

/// Where the instruction at `pc` of `proto` is.
pub(crate) fn position(proto: &crate::function::Proto<'_>, pc: usize) -> Position {
    Position {
        chunk: proto.info.chunk_name.to_string(),
        line: proto.line_at(pc),
    }
}

/// Tell the tracer an operation begins in the frame on top of `ts`, from
/// `site`: the frame's language, the position and the name the program
/// read the target through.
pub(crate) fn report<'gc>(
    rt: &crate::runtime::RuntimeState<'gc>,
    ts: &crate::thread::ThreadState<'gc>,
    kind: OpKind,
    site: (crate::lang::Lang, Option<Position>, Option<String>),
    target: Value<'gc>,
    key: Option<Value<'gc>>,
    value: Option<Value<'gc>>,
) {
    let (lang, position, target_name) = site;
    let depth = ts.frames.len();
    rt.with_trace(|t, globals| {
        t.begin(
            globals,
            Begin {
                kind,
                lang,
                target,
                target_name,
                key,
                value,
                position,
                depth,
            },
        );
    });
}

/// The operation a native began is answered by the call it returns to
/// make (a tail call): it ends when that call returns.
pub fn wait(ctx: &mut Ctx<'_, '_>) {
    if ctx.rt.tracing {
        ctx.rt.with_trace(|t, _| t.wait());
    }
}

/// The operation a native began ends with `outcome` (its value, or the
/// error it raises).
pub fn end<'gc>(ctx: &mut Ctx<'gc, '_>, outcome: Result<Value<'gc>, String>) {
    if ctx.rt.tracing {
        ctx.rt
            .with_trace(|t, globals| t.end(globals, outcome, false));
    }
}

/// The operation a native began ends with the error `e` the native
/// raises, worded as the calling frame's language words it.
pub fn fail<'gc>(ctx: &mut Ctx<'gc, '_>, e: &crate::native::NativeError<'gc>) {
    if !ctx.rt.tracing {
        return;
    }
    use crate::native::NativeError;
    let ops = match ctx.ts.frames.last() {
        Some(Frame::Lua(f)) => f.closure.0.proto.ops,
        _ => ctx.rt.default_ops,
    };
    let text = match e {
        NativeError::Message(m) => m.clone(),
        NativeError::Throw(v) | NativeError::AtLevel(v, _) => (ops.error_text)(ctx.rt, *v),
        NativeError::Op(_) => "an error".into(),
    };
    end(ctx, Err(text));
}
