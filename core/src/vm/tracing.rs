//! The VM's side of the explain facility: when a tracer is installed, each
//! operation that goes to a protocol rule is reported as it begins (what,
//! on which receiver and under which name, where, in which language) and
//! as it ends (the rule's result, its error, or, when the rule asked for a
//! call, the call's first result when it returns). Never reached without
//! a tracer: every caller tests `rt.tracing` first.

use super::slow::Operand;
use super::{Interrupt, Vm};
use crate::lang::Lang;
use crate::model::Step;
use crate::thread::{Frame, ThreadState};
use crate::trace::event::OpKind;
use crate::trace::native;
use crate::value::Value;

impl<'gc> Vm<'gc, '_> {
    /// An operation of the instruction before `pc` begins.
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn trace_begin(
        &mut self,
        ts: &ThreadState<'gc>,
        pc: usize,
        kind: OpKind,
        target: Value<'gc>,
        key: Option<Value<'gc>>,
        value: Option<Value<'gc>>,
        operand: Operand,
    ) {
        let site = match ts.frames.last() {
            Some(Frame::Lua(f)) => {
                let proto = f.closure.0.proto;
                let names = match operand {
                    Operand::Reg(r) => Self::name_reg(&proto, pc, r),
                    Operand::Rk(a, b) => Self::names_rk(&proto, pc, Some(a), Some(b)),
                    Operand::Right(b) => Self::names_rk(&proto, pc, None, Some(b)),
                    Operand::Upvalue(up) => [
                        proto
                            .info
                            .upvalues
                            .get(up as usize)
                            .map(|u| crate::model::VarName {
                                kind: crate::model::VarKind::Upvalue,
                                name: u.name.to_string(),
                            }),
                        None,
                    ],
                    Operand::None => [None, None],
                };
                let name = names[0]
                    .as_ref()
                    .filter(|n| n.kind != crate::model::VarKind::Constant)
                    .map(|n| n.name.clone());
                (
                    proto.ops.lang,
                    Some(native::position(&proto, pc.saturating_sub(1))),
                    name,
                )
            }
            _ => (self.rt.default_ops.lang, None, None),
        };
        let kind = spelled(kind, site.0);
        native::report(self.rt, ts, kind, site, target, key, value);
    }

    /// A call of `callee`, a value that is not a function, begins.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_call_begin(&mut self, ts: &ThreadState<'gc>, callee: Value<'gc>) {
        let pc = match ts.frames.last() {
            Some(Frame::Lua(f)) => f.pc as usize,
            _ => 0,
        };
        self.trace_begin(ts, pc, OpKind::Call, callee, None, None, Operand::None);
    }

    /// The rule of the innermost operation answered `step`. A set's value
    /// is `stored`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_after(&mut self, step: &Step<'gc>, stored: Option<Value<'gc>>) {
        self.rt.with_trace(|t, globals| match step {
            Step::Done(v) => t.end(globals, Ok(stored.unwrap_or(*v)), false),
            Step::Absent => t.end(globals, Ok(Value::Nil), true),
            // Ends in `trace_error`, worded by the language.
            Step::Error(_) => {}
            _ => t.wait(),
        });
    }

    /// The innermost operation failed with `error`.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_error(&mut self, ts: &ThreadState<'gc>, error: &Interrupt<'gc>) {
        let Interrupt::Throw(v) = error else { return };
        let ops = self.ops_at(ts);
        let text = (ops.error_text)(self.rt, *v);
        self.rt
            .with_trace(|t, globals| t.end(globals, Err(text), false));
    }

    /// A frame returned `first` to the `depth` frames below it.
    #[cold]
    #[inline(never)]
    pub(crate) fn trace_returned(&mut self, depth: usize, first: Value<'gc>) {
        self.rt
            .with_trace(|t, globals| t.returned(globals, depth, first));
    }
}

/// `kind` with its operator written as `lang` writes it: the VM's
/// operators are named by Lua's symbols (`^`, `~=`, `..`); Python writes
/// `**` and `!=`, JavaScript `**`, `!=` and `!`, Perl `**`, `!=`, `.`
/// and `!` (each language reference's operator table).
pub(crate) fn spelled(kind: OpKind, lang: Lang) -> OpKind {
    if lang == Lang::Lua {
        return kind;
    }
    let perl = lang == Lang::Perl;
    match kind {
        OpKind::Binary(s) => OpKind::Binary(match s {
            "^" => "**",
            "~" => "^",
            ".." if perl => ".",
            s => s,
        }),
        OpKind::Compare("~=") => OpKind::Compare("!="),
        OpKind::Unary("not ") if lang != Lang::Python => OpKind::Unary("!"),
        kind => kind,
    }
}

/// How an operator is written, for trace titles.
pub(crate) fn binary_symbol(op: crate::bytecode::BinOp) -> &'static str {
    use crate::bytecode::BinOp;
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::IDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "^",
        BinOp::BAnd => "&",
        BinOp::BOr => "|",
        BinOp::BXor => "~",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::Concat => "..",
    }
}

pub(crate) fn unary_symbol(op: crate::bytecode::UnaryOp) -> &'static str {
    use crate::bytecode::UnaryOp;
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::BNot => "~",
        UnaryOp::Len => "#",
        UnaryOp::Not => "not ",
        UnaryOp::Inc => "++",
        UnaryOp::Dec => "--",
        UnaryOp::Defined => "defined ",
    }
}

pub(crate) fn compare_symbol(op: crate::bytecode::CompareOp) -> &'static str {
    use crate::bytecode::CompareOp;
    match op {
        CompareOp::Eq => "==",
        CompareOp::Ne => "~=",
        CompareOp::Lt => "<",
        CompareOp::Le => "<=",
        CompareOp::Gt => ">",
        CompareOp::Ge => ">=",
    }
}
