//! Runtime error messages: positions ("chunk:line:"), the names of the
//! values involved ("local 't'", "global 'x'", "field 'y'"), and tracebacks.

use crate::bytecode::{Instr, Reg, Rk};
use crate::function::Proto;
use crate::protocol::lua::compare::{object_type_name, order_error_message};
use crate::protocol::OpError;
use crate::runtime::RuntimeState;
use crate::thread::{Frame, ThreadState};
use crate::value::Value;

/// "chunk:line:" of the `level`-th Lua frame from the top (1 = the running
/// one), as Lua's `luaL_where`. Native frames count as levels without a
/// position.
pub fn where_at(ts: &ThreadState<'_>, level: u32) -> String {
    let mut n = 0;
    for frame in ts.frames.iter().rev() {
        match frame {
            Frame::Lua(f) => {
                n += 1;
                if n == level {
                    let proto = f.closure.proto();
                    let pc = (f.pc as usize).saturating_sub(1);
                    return format!("{}:{}: ", proto.info.chunk_name, proto.line_at(pc));
                }
            }
            Frame::Native(_) => {
                n += 1;
                if n == level {
                    return String::new();
                }
            }
            Frame::Yielded { .. } => {}
        }
    }
    String::new()
}

/// Lua's `getobjname`: what the value in `reg` at `pc` is called.
pub fn describe_reg(proto: &Proto<'_>, pc: usize, reg: Reg) -> Option<String> {
    // An active local variable?
    for local in proto.info.locals.iter().rev() {
        if local.reg == reg && (local.start_pc as usize) <= pc && pc < local.end_pc as usize {
            return Some(format!("local '{}'", local.name));
        }
    }
    // The last instruction before pc that wrote reg.
    let code = &proto.info.code;
    let mut setter = None;
    for (i, instr) in code.iter().enumerate().take(pc.min(code.len())) {
        let writes = match *instr {
            Instr::LoadNil { dst, count } => {
                reg >= dst && (reg as usize) < dst as usize + count as usize
            }
            Instr::SelfOp { dst, .. } => reg == dst || reg == dst + 1,
            Instr::Call { func, .. } => reg >= func,
            Instr::TForCall { base, .. } => reg >= base + 4,
            Instr::VarArg { dst, .. } => reg >= dst,
            Instr::Jmp { offset } => {
                // A forward jump into (before) pc makes the setter unknown.
                let target = i as i64 + 1 + offset as i64;
                if target <= pc as i64 && target > i as i64 {
                    setter = None;
                }
                false
            }
            other => other.dest() == Some(reg),
        };
        if writes {
            setter = Some(i);
        }
    }
    let instr = code.get(setter?)?;
    match *instr {
        Instr::Move { src, .. } => {
            if src < reg {
                describe_reg(proto, setter?, src)
            } else {
                None
            }
        }
        Instr::GetTabUp { up, key, .. } => {
            let name = const_name(proto, key as usize)?;
            let is_env = proto
                .info
                .upvalues
                .get(up as usize)
                .is_some_and(|u| &*u.name == "_ENV");
            if is_env {
                Some(format!("global '{name}'"))
            } else {
                Some(format!("field '{name}'"))
            }
        }
        Instr::GetIndex { key, .. } => {
            if key.is_const() {
                const_name(proto, key.index()).map(|n| format!("field '{n}'"))
            } else {
                None
            }
        }
        Instr::GetUpval { up, .. } => proto
            .info
            .upvalues
            .get(up as usize)
            .map(|u| format!("upvalue '{}'", u.name)),
        Instr::GetCell { cell, .. } => {
            for local in proto.info.locals.iter().rev() {
                if local.reg == cell
                    && (local.start_pc as usize) <= setter?
                    && setter? < local.end_pc as usize
                {
                    return Some(format!("local '{}'", local.name));
                }
            }
            None
        }
        Instr::LoadK { k, .. } => const_name(proto, k as usize).map(|n| format!("constant '{n}'")),
        Instr::SelfOp { key, dst, .. } if dst == reg => {
            if key.is_const() {
                const_name(proto, key.index()).map(|n| format!("method '{n}'"))
            } else {
                None
            }
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
pub fn describe_rk(proto: &Proto<'_>, pc: usize, rk: Rk) -> Option<String> {
    if rk.is_const() {
        match proto.constants.get(rk.index())? {
            Value::Str(s) => Some(format!("constant '{}'", s.to_str_lossy())),
            _ => None,
        }
    } else {
        describe_reg(proto, pc, rk.index() as Reg)
    }
}

/// Word an operator's type error as Lua does; `names` are the descriptions
/// of the operands (left, right).
pub fn op_error_message<'gc>(
    rt: &RuntimeState<'gc>,
    err: &OpError<'gc>,
    names: [Option<String>; 2],
) -> String {
    let with = |what: String, name: &Option<String>| match name {
        Some(n) => format!("{what} ({n})"),
        None => what,
    };
    match err {
        OpError::Index(v) => with(
            format!("attempt to index a {} value", object_type_name(rt, *v)),
            &names[0],
        ),
        OpError::Call(v) => with(
            format!("attempt to call a {} value", object_type_name(rt, *v)),
            &names[0],
        ),
        OpError::Arith { operand, value } => with(
            format!(
                "attempt to perform arithmetic on a {} value",
                object_type_name(rt, *value)
            ),
            &names[*operand as usize & 1],
        ),
        OpError::Bitwise { operand, value } => with(
            format!(
                "attempt to perform bitwise operation on a {} value",
                object_type_name(rt, *value)
            ),
            &names[*operand as usize & 1],
        ),
        OpError::NoIntegerRep { operand } => match &names[*operand as usize & 1] {
            Some(n) => format!("number ({n}) has no integer representation"),
            None => "number has no integer representation".to_string(),
        },
        OpError::Concat { operand, value } => with(
            format!(
                "attempt to concatenate a {} value",
                object_type_name(rt, *value)
            ),
            &names[*operand as usize & 1],
        ),
        OpError::Compare(a, b) => order_error_message(rt, *a, *b),
        OpError::Length(v) => with(
            format!(
                "attempt to get length of a {} value",
                object_type_name(rt, *v)
            ),
            &names[0],
        ),
        OpError::Message(m) => m.clone(),
    }
}

/// A Lua-style traceback of a thread's frames, innermost first.
pub fn traceback(ts: &ThreadState<'_>) -> String {
    let mut out = String::from("stack traceback:");
    let mut lines = Vec::new();
    for frame in ts.frames.iter().rev() {
        match frame {
            Frame::Lua(f) => {
                let proto = f.closure.proto();
                let pc = (f.pc as usize).saturating_sub(1);
                let what = if proto.info.line_defined == 0 {
                    "main chunk".to_string()
                } else if proto.info.name.is_empty() {
                    format!(
                        "function <{}:{}>",
                        proto.info.chunk_name, proto.info.line_defined
                    )
                } else {
                    format!("function '{}'", proto.info.name)
                };
                lines.push(format!(
                    "\n\t{}:{}: in {}",
                    proto.info.chunk_name,
                    proto.line_at(pc),
                    what
                ));
            }
            Frame::Native(n) => lines.push(format!("\n\t[C]: in function '{}'", n.callee.name())),
            Frame::Yielded { .. } => {}
        }
    }
    if lines.len() > 22 {
        let skipped = lines.len() - 21;
        let tail = lines.split_off(lines.len() - 11);
        lines.truncate(10);
        lines.push(format!("\n\t...\t(skipping {skipped} levels)"));
        lines.extend(tail);
    }
    for l in lines {
        out.push_str(&l);
    }
    out.push_str("\n\t[C]: in ?");
    out
}
