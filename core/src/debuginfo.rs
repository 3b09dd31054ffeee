//! Debug information read from the frames of a thread: source positions,
//! the names of the values in registers (Lua's `getobjname`), and the
//! frames of a traceback. Language-neutral: each language words them.

use crate::bytecode::{Instr, Reg, Rk};
use crate::function::Proto;
use crate::model::{VarKind, VarName};
use crate::thread::{Frame, ThreadState};
use crate::value::Value;

/// Source position of the `level`-th frame from the top (1 = the running
/// one): `(chunk, line)` for a compiled frame, `None` for a native frame
/// (which counts as a level without a position, as Lua's `luaL_where`).
pub fn position(ts: &ThreadState<'_>, level: u32) -> Option<(String, u32)> {
    let mut n = 0;
    for frame in ts.frames.iter().rev() {
        match frame {
            Frame::Lua(f) => {
                n += 1;
                if n == level {
                    let proto = f.closure.proto();
                    let pc = (f.pc as usize).saturating_sub(1);
                    return Some((proto.info.chunk_name.to_string(), proto.line_at(pc)));
                }
            }
            Frame::Native(_) => {
                n += 1;
                if n == level {
                    return None;
                }
            }
            Frame::Yielded { .. } => {}
        }
    }
    None
}

/// What the value in `reg` at `pc` is called (Lua's `getobjname`).
pub fn describe_reg(proto: &Proto<'_>, pc: usize, reg: Reg) -> Option<VarName> {
    let named = |kind, name: &str| {
        Some(VarName {
            kind,
            name: name.to_string(),
        })
    };
    // An active local variable?
    for local in proto.info.locals.iter().rev() {
        if local.reg == reg && (local.start_pc as usize) <= pc && pc < local.end_pc as usize {
            return named(VarKind::Local, &local.name);
        }
    }
    // The last instruction before pc that wrote reg.
    let code = &proto.info.code;
    let mut setter = None;
    // ldebug.c `findsetreg`: a write inside a region some forward jump
    // skips (up to `jump_target`) leaves the setter unknown.
    let mut jump_target = 0usize;
    for (i, instr) in code.iter().enumerate().take(pc.min(code.len())) {
        if let Some(off) = instr.jump_offset() {
            let target = i as i64 + 1 + off;
            if target > i as i64 && target <= pc as i64 && target as usize > jump_target {
                jump_target = target as usize;
            }
        }
        let writes = match *instr {
            Instr::LoadNil { dst, count } => {
                reg >= dst && (reg as usize) < dst as usize + count as usize
            }
            Instr::GetMethod { dst, .. } | Instr::LoadMethod { dst, .. } => {
                reg == dst || reg == dst + 1
            }
            Instr::Call { func, .. } => reg >= func,
            Instr::TForCall { base, .. } => reg >= base + 4,
            Instr::VarArg { dst, .. } => reg >= dst,
            Instr::Jmp { .. } => false,
            other => other.dest() == Some(reg),
        };
        if writes {
            setter = if i < jump_target { None } else { Some(i) };
        }
    }
    let at = setter?;
    match *code.get(at)? {
        Instr::Move { src, .. } => {
            if src < reg {
                describe_reg(proto, at, src)
            } else {
                None
            }
        }
        Instr::GetUpField { up, key, .. } => {
            let name = const_name(proto, key as usize)?;
            let is_env = proto
                .info
                .upvalues
                .get(up as usize)
                .is_some_and(|u| &*u.name == "_ENV");
            if is_env {
                named(VarKind::Global, &name)
            } else {
                named(VarKind::Field, &name)
            }
        }
        Instr::GetField { key, obj, .. } => {
            // ldebug.c `isEnv`: a field of a local named _ENV is a global.
            let env = describe_reg(proto, at, obj)
                .is_some_and(|v| v.kind == VarKind::Local && v.name == "_ENV");
            let kind = if env { VarKind::Global } else { VarKind::Field };
            const_name(proto, key as usize).and_then(|n| named(kind, &n))
        }
        Instr::GetIndex { key, .. } => {
            let lua = proto.info.lang == crate::Lang::Lua;
            if key.is_const() {
                match proto.constants.get(key.index())? {
                    Value::Str(_) => {
                        const_name(proto, key.index()).and_then(|n| named(VarKind::Field, &n))
                    }
                    // ldebug.c: OP_GETI (a constant key 0..255) is
                    // "integer index"; another key is '?' (`rname`).
                    Value::Int(0..=255) if lua => named(VarKind::Field, "integer index"),
                    _ if lua => named(VarKind::Field, "?"),
                    _ => None,
                }
            } else if lua {
                // `rname`: a key register holding a string constant names
                // the field; any other key is '?'.
                match describe_reg(proto, at, key.index() as Reg) {
                    Some(v) if v.kind == VarKind::Constant => named(VarKind::Field, &v.name),
                    _ => named(VarKind::Field, "?"),
                }
            } else {
                None
            }
        }
        Instr::GetUpval { up, .. } => proto
            .info
            .upvalues
            .get(up as usize)
            .and_then(|u| named(VarKind::Upvalue, &u.name)),
        Instr::GetCell { cell, .. } => {
            for local in proto.info.locals.iter().rev() {
                if local.reg == cell
                    && (local.start_pc as usize) <= at
                    && at < local.end_pc as usize
                {
                    return named(VarKind::Local, &local.name);
                }
            }
            None
        }
        Instr::LoadK { k, .. } => {
            const_name(proto, k as usize).and_then(|n| named(VarKind::Constant, &n))
        }
        Instr::GetMethod { key, dst, .. } if dst == reg => {
            const_name(proto, key as usize).and_then(|n| named(VarKind::Method, &n))
        }
        // The receiver a method load keeps for the call is its object.
        Instr::GetMethod { obj, dst, .. } | Instr::LoadMethod { obj, dst, .. }
            if reg == dst + 1 =>
        {
            describe_reg(proto, at, obj)
        }
        _ => None,
    }
}

fn const_name(proto: &Proto<'_>, k: usize) -> Option<String> {
    match proto.constants.get(k)? {
        Value::Str(s) => Some(s.to_str_lossy().into_owned()),
        _ => None,
    }
}

/// Name an `Rk` operand.
pub fn describe_rk(proto: &Proto<'_>, pc: usize, rk: Rk) -> Option<VarName> {
    if rk.is_const() {
        match proto.constants.get(rk.index())? {
            Value::Str(s) => {
                // Lua formats the name with C's `%s`: it ends at a NUL.
                let b = s.as_bytes();
                let end = b.iter().position(|&c| c == 0).unwrap_or(b.len());
                Some(VarName {
                    kind: VarKind::Constant,
                    name: String::from_utf8_lossy(&b[..end]).into_owned(),
                })
            }
            _ => None,
        }
    } else {
        describe_reg(proto, pc, rk.index() as Reg)
    }
}

/// How the running compiled frame's current instruction calls a function:
/// Lua names a builtin in "bad argument" errors by the call site.
pub enum CallSite {
    Named(String),
    Method(String),
    ForIterator,
}

pub fn call_site(ts: &ThreadState<'_>) -> Option<CallSite> {
    let Some(Frame::Lua(f)) = ts.frames.last() else {
        return None;
    };
    let proto = f.closure.proto();
    let pc = (f.pc as usize).checked_sub(1)?;
    let func = match *proto.info.code.get(pc)? {
        Instr::Call { func, .. } | Instr::TailCall { func, .. } => func,
        Instr::TForCall { .. } => return Some(CallSite::ForIterator),
        _ => return None,
    };
    let desc = describe_reg(&proto, pc, func)?;
    match desc.kind {
        VarKind::Method => Some(CallSite::Method(desc.name)),
        VarKind::Global | VarKind::Local | VarKind::Field | VarKind::Upvalue => {
            Some(CallSite::Named(desc.name))
        }
        VarKind::Constant | VarKind::Metamethod => None,
    }
}

/// One frame of a traceback, innermost first.
pub enum TraceFrame {
    Compiled {
        chunk: String,
        line: u32,
        /// The function's name, empty for anonymous functions.
        name: String,
        line_defined: u32,
        /// The function runs as the thread's debug hook (Lua's
        /// `CIST_HOOKED`: named "hook '?'").
        hook: bool,
        /// The event of the metamethod the function runs for, when an
        /// instruction of the frame below called it (`metamethod_event`).
        metamethod: Option<&'static str>,
    },
    Native {
        name: String,
    },
}

/// The metamethod event `ts.frames[index]` was called for: the frame
/// below it (past operations waiting for the call's result) is at an
/// instruction that calls metamethods.
fn called_for_event(ts: &ThreadState<'_>, index: usize) -> Option<&'static str> {
    let below = ts.frames[..index]
        .iter()
        .rev()
        .find(|f| !matches!(f, Frame::Native(n) if n.callee.is_none()))?;
    let Frame::Lua(f) = below else {
        return None;
    };
    metamethod_event(calling_instr(f)?)
}

/// The instruction a compiled frame waits in for a function it called:
/// the one before its saved pc, except that a `Close` or `Return` running
/// a `__close` handler saves its own pc (it runs again for the next
/// variable), when the one before is not a call.
pub fn calling_instr(f: &crate::thread::LuaFrame<'_>) -> Option<Instr> {
    f.closure.proto().info.code.get(calling_pc(f)?).copied()
}

/// The position of [`calling_instr`].
pub fn calling_pc(f: &crate::thread::LuaFrame<'_>) -> Option<usize> {
    let code = &f.closure.proto().info.code;
    let before = (f.pc as usize).checked_sub(1)?;
    let is_call = matches!(
        code.get(before)?,
        Instr::Call { .. }
            | Instr::TailCall { .. }
            | Instr::CallKw { .. }
            | Instr::CallEx { .. }
            | Instr::TForCall { .. }
    );
    match code.get(f.pc as usize) {
        Some(Instr::Close { .. } | Instr::Return { .. }) if !is_call => Some(f.pc as usize),
        _ => Some(before),
    }
}

/// The index in `ts.frames` of the frame that runs the thread's debug
/// hook, while one runs (vm/hooks.rs pushes it above the frames counted
/// in `HookRun::running`).
pub fn hook_frame(ts: &ThreadState<'_>) -> Option<usize> {
    let (depth, _) = ts.hook_run.as_ref()?.running?;
    Some(depth as usize)
}

/// The event of the metamethod an instruction calls, named as lua5.4
/// names a function it calls that way (ldebug.c `funcnamefromcode`: the
/// event without its `__`; `Return` closes to-be-closed variables).
pub fn metamethod_event(instr: Instr) -> Option<&'static str> {
    use crate::bytecode::{BinOp, CompareOp, UnaryOp};
    Some(match instr {
        Instr::GetField { .. }
        | Instr::GetUpField { .. }
        | Instr::GetIndex { .. }
        | Instr::GetMethod { .. }
        | Instr::LoadMethod { .. } => "index",
        Instr::SetField { .. } | Instr::SetUpField { .. } | Instr::SetIndex { .. } => "newindex",
        Instr::Arith { op, .. } => match op {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::Div => "div",
            BinOp::IDiv => "idiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::BAnd => "band",
            BinOp::BOr => "bor",
            BinOp::BXor => "bxor",
            BinOp::Shl => "shl",
            BinOp::Shr => "shr",
            _ => return None,
        },
        Instr::Unary { op, .. } => match op {
            UnaryOp::Neg => "unm",
            UnaryOp::BNot => "bnot",
            UnaryOp::Len => "len",
            _ => return None,
        },
        Instr::Concat { .. } | Instr::ConcatN { .. } => "concat",
        Instr::AddN { .. } => "add",
        Instr::Eq { .. } => "eq",
        Instr::Lt { .. } => "lt",
        Instr::Le { .. } => "le",
        Instr::Compare { op, .. } => match op {
            CompareOp::Eq | CompareOp::Ne => "eq",
            CompareOp::Lt | CompareOp::Gt => "lt",
            CompareOp::Le | CompareOp::Ge => "le",
        },
        Instr::Return { .. } | Instr::Close { .. } => "close",
        _ => return None,
    })
}

pub fn frames(ts: &ThreadState<'_>) -> Vec<TraceFrame> {
    let mut out = Vec::new();
    let hook = hook_frame(ts);
    for (i, frame) in ts.frames.iter().enumerate().rev() {
        match frame {
            Frame::Lua(f) => {
                let proto = f.closure.proto();
                let pc = (f.pc as usize).saturating_sub(1);
                out.push(TraceFrame::Compiled {
                    chunk: proto.info.chunk_name.to_string(),
                    line: proto.line_at(pc),
                    name: proto.info.name.to_string(),
                    line_defined: proto.info.line_defined,
                    hook: hook == Some(i),
                    metamethod: called_for_event(ts, i),
                });
            }
            // The frame that runs a message handler is the runtime's, not
            // the program's: Lua shows the handler as called by the
            // function that raised the error.
            Frame::Native(n)
                if n.name() == crate::vm::MESSAGE_HANDLER
                    || n.name() == crate::vm::CLOSE_HANDLER => {}
            Frame::Native(n) => out.push(TraceFrame::Native {
                name: n.name().to_string(),
            }),
            Frame::Yielded { .. } => {}
        }
    }
    out
}
