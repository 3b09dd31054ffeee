//! Bytecode verification, run once when a prototype is put in the heap.
//! It proves what the executor relies on when it indexes registers,
//! constants, upvalues and code without bounds checks:
//!
//! 1. every register operand (with the registers it implies, such as a
//!    call's arguments) is below `max_stack`;
//! 2. every constant, upvalue and child-prototype index exists;
//! 3. every jump lands inside the code, and no instruction but a `Return`
//!    or an unconditional `Jmp` is last (so `pc` never runs off the end).

use crate::bytecode::{Instr, Rk, MULTI};
use crate::function::UpvalueSource;

/// Facts of a prototype the verifier needs.
pub struct Shape {
    pub max_stack: usize,
    pub constants: usize,
    /// Which constants are strings (field instructions' keys must be).
    pub string_constants: Vec<bool>,
    /// Inline caches the prototype has.
    pub caches: usize,
    /// Which constants are lists of names (keyword calls).
    pub names_constants: Vec<bool>,
    /// Default values each child prototype takes.
    pub child_defaults: Vec<usize>,
    pub upvalues: usize,
    pub protos: usize,
    /// Upvalue count of each child prototype's sources (checked against
    /// this prototype's registers and upvalues).
    pub child_sources: Vec<Vec<UpvalueSource>>,
}

pub fn verify(code: &[Instr], shape: &Shape) -> Result<(), String> {
    let n = code.len();
    if n == 0 {
        return Err("empty code".into());
    }
    let regs = |first: usize, count: usize| -> Result<(), String> {
        if first + count <= shape.max_stack {
            Ok(())
        } else {
            Err(format!(
                "registers {first}..{} beyond {}",
                first + count,
                shape.max_stack
            ))
        }
    };
    let reg = |r: u8| regs(r as usize, 1);
    let rk = |x: Rk| -> Result<(), String> {
        if x.is_const() {
            if x.index() < shape.constants {
                Ok(())
            } else {
                Err(format!("constant {} out of range", x.index()))
            }
        } else {
            regs(x.index(), 1)
        }
    };
    let konst = |k: u16| {
        if (k as usize) < shape.constants {
            Ok(())
        } else {
            Err(format!("constant {k} out of range"))
        }
    };
    let field = |k: u16, ic: u16| {
        if !shape
            .string_constants
            .get(k as usize)
            .copied()
            .unwrap_or(false)
        {
            return Err(format!("field key {k} is not a string constant"));
        }
        if ic as usize >= shape.caches {
            // (`caches` counts sites; each has `cache::WAYS` entries.)
            return Err(format!("inline cache {ic} out of range"));
        }
        Ok(())
    };
    let up = |u: u8| {
        if (u as usize) < shape.upvalues {
            Ok(())
        } else {
            Err(format!("upvalue {u} out of range"))
        }
    };
    let target = |pc: usize, offset: i64| {
        let t = pc as i64 + 1 + offset;
        if t >= 0 && (t as usize) < n {
            Ok(())
        } else {
            Err(format!("jump from {pc} to {t} outside the code"))
        }
    };
    for (pc, &instr) in code.iter().enumerate() {
        match instr {
            Instr::Move { dst, src } => {
                reg(dst)?;
                reg(src)?;
            }
            Instr::LoadK { dst, k } => {
                reg(dst)?;
                konst(k)?;
            }
            Instr::LoadInt { dst, .. }
            | Instr::LoadBool { dst, .. }
            | Instr::NewTable { dst, .. } => reg(dst)?,
            Instr::LoadNil { dst, count } => regs(dst as usize, count as usize)?,
            Instr::NewCell { reg: r } | Instr::Tbc { reg: r } => reg(r)?,
            Instr::Close { from } => regs(from as usize, 0)?,
            Instr::GetCell { dst, cell } => {
                reg(dst)?;
                reg(cell)?;
            }
            Instr::SetCell { cell, src } => {
                reg(cell)?;
                rk(src)?;
            }
            Instr::GetUpval { dst, up: u } => {
                reg(dst)?;
                up(u)?;
            }
            Instr::SetUpval { up: u, src } => {
                up(u)?;
                rk(src)?;
            }
            Instr::GetUpField {
                dst,
                up: u,
                key,
                ic,
            } => {
                reg(dst)?;
                up(u)?;
                field(key, ic)?;
            }
            Instr::SetUpField {
                up: u,
                key,
                src,
                ic,
            } => {
                up(u)?;
                field(key, ic)?;
                rk(src)?;
            }
            Instr::GetField { dst, obj, key, ic } => {
                reg(dst)?;
                reg(obj)?;
                field(key, ic)?;
            }
            Instr::SetField { obj, key, src, ic } => {
                reg(obj)?;
                field(key, ic)?;
                rk(src)?;
            }
            Instr::GetIndex { dst, obj, key } => {
                reg(dst)?;
                reg(obj)?;
                rk(key)?;
            }
            Instr::SetIndex { obj, key, src } => {
                reg(obj)?;
                rk(key)?;
                rk(src)?;
            }
            Instr::GetMethod { dst, obj, key, ic } => {
                regs(dst as usize, 2)?;
                reg(obj)?;
                field(key, ic)?;
            }
            Instr::SetList { table, count, .. } => {
                let c = if count == MULTI { 0 } else { count as usize };
                regs(table as usize, 1 + c)?;
            }
            Instr::Arith { dst, a, b, .. }
            | Instr::InplaceArith { dst, a, b, .. }
            | Instr::Concat { dst, a, b } => {
                reg(dst)?;
                rk(a)?;
                rk(b)?;
            }
            Instr::ConcatN { dst, first, count } | Instr::AddN { dst, first, count } => {
                reg(dst)?;
                if count < 2 {
                    return Err(format!("{instr:?}: too few operands"));
                }
                regs(first as usize, count as usize)?;
            }
            Instr::Unary { dst, src, .. } => {
                reg(dst)?;
                reg(src)?;
            }
            Instr::Jmp { offset } => target(pc, offset as i64)?,
            Instr::Test { reg: r, offset, .. } => {
                reg(r)?;
                target(pc, offset as i64)?;
            }
            Instr::TestSet {
                dst, src, offset, ..
            } => {
                reg(dst)?;
                reg(src)?;
                target(pc, offset as i64)?;
            }
            Instr::Eq { a, b, offset, .. }
            | Instr::Lt { a, b, offset, .. }
            | Instr::Le { a, b, offset, .. } => {
                rk(a)?;
                rk(b)?;
                target(pc, offset as i64)?;
            }
            Instr::Call {
                func,
                nargs,
                nresults,
                ..
            } => {
                let a = if nargs == MULTI { 0 } else { nargs as usize };
                regs(func as usize, 1 + a)?;
                if nresults != MULTI {
                    regs(func as usize, nresults as usize)?;
                }
            }
            Instr::TailCall { func, nargs, .. } => {
                let a = if nargs == MULTI { 0 } else { nargs as usize };
                regs(func as usize, 1 + a)?;
            }
            Instr::CallKw {
                func,
                nargs,
                nkw,
                names,
                nresults,
                ..
            } => {
                regs(func as usize, 1 + nargs as usize + nkw as usize)?;
                if nresults != MULTI {
                    regs(func as usize, nresults as usize)?;
                }
                if !shape
                    .names_constants
                    .get(names as usize)
                    .copied()
                    .unwrap_or(false)
                {
                    return Err(format!("constant {names} is not a list of names"));
                }
            }
            Instr::CallEx {
                func,
                args,
                kwargs,
                nresults,
                receiver,
            } => {
                regs(func as usize, 1 + receiver as usize)?;
                reg(args)?;
                if kwargs != MULTI {
                    reg(kwargs)?;
                }
                if nresults != MULTI {
                    regs(func as usize, nresults as usize)?;
                }
            }
            Instr::LoadMethod { dst, obj, key, ic } => {
                regs(dst as usize, 2)?;
                reg(obj)?;
                field(key, ic)?;
            }
            Instr::Throw { src } => reg(src)?,
            Instr::Yield { dst, src } | Instr::GetIter { dst, src } => {
                reg(dst)?;
                reg(src)?;
            }
            Instr::ForIter { iter, dst, offset } => {
                reg(iter)?;
                reg(dst)?;
                target(pc, offset as i64)?;
            }
            Instr::DelField { dst, obj, key } => {
                reg(dst)?;
                reg(obj)?;
                konst(key)?;
            }
            Instr::DelIndex { dst, obj, key } => {
                reg(dst)?;
                reg(obj)?;
                rk(key)?;
            }
            Instr::Compare { dst, a, b, .. } => {
                reg(dst)?;
                rk(a)?;
                rk(b)?;
            }
            Instr::ArgList { dst } | Instr::CallContext { dst } | Instr::NewList { dst } => {
                reg(dst)?
            }
            Instr::ListAppend { list, src } | Instr::ListExtend { list, src, .. } => {
                reg(list)?;
                reg(src)?;
            }
            Instr::ListExtendTop { list, first } => {
                reg(list)?;
                reg(first)?;
            }
            Instr::Return { start, count } => {
                let c = if count == MULTI { 0 } else { count as usize };
                regs(start as usize, c)?;
            }
            Instr::ForPrep { base, offset } | Instr::ForLoop { base, offset } => {
                regs(base as usize, 4)?;
                target(pc, offset as i64)?;
            }
            Instr::TForCall { base, nresults } => {
                let r = if nresults == MULTI {
                    0
                } else {
                    nresults as usize
                };
                regs(base as usize, 7.max(4 + r))?;
            }
            Instr::TForLoop { base, offset } => {
                regs(base as usize, 5)?;
                target(pc, offset as i64)?;
            }
            Instr::Closure {
                dst,
                proto,
                defaults,
            } => {
                reg(dst)?;
                if defaults != MULTI {
                    let n = shape
                        .child_defaults
                        .get(proto as usize)
                        .copied()
                        .unwrap_or(0);
                    regs(defaults as usize, n)?;
                }
                let Some(sources) = shape.child_sources.get(proto as usize) else {
                    return Err(format!("prototype {proto} out of range"));
                };
                for s in sources {
                    match *s {
                        UpvalueSource::ParentCell(r) => reg(r)?,
                        UpvalueSource::ParentUpvalue(u) => up(u)?,
                    }
                }
            }
            Instr::VarArg { dst, count } => {
                let c = if count == MULTI { 1 } else { count as usize };
                regs(dst as usize, c)?;
            }
        }
    }
    match code[n - 1] {
        Instr::Return { .. } | Instr::Jmp { .. } => Ok(()),
        _ => Err("code does not end with a return or a jump".into()),
    }
}

/// Exception handlers: ranges and targets inside the code, the error's
/// register inside the frame.
pub fn verify_handlers(
    handlers: &[crate::function::Handler],
    code_len: usize,
    max_stack: usize,
) -> Result<(), String> {
    for h in handlers {
        let (s, e, t) = (h.start as usize, h.end as usize, h.target as usize);
        if s > e || e > code_len || t >= code_len || h.reg as usize >= max_stack {
            return Err(format!(
                "bad exception handler: range {s}..{e}, target {t}, register {}",
                h.reg
            ));
        }
    }
    Ok(())
}
