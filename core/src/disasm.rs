//! A human-readable listing of compiled bytecode (`omx run --dis`, `:dis`).

use std::fmt::Write;

use crate::compiler::{CompiledProto, Constant};

fn constant_text(c: &Constant) -> String {
    match c {
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        Constant::Names(n) => format!(
            "{:?}",
            n.iter()
                .map(|s| String::from_utf8_lossy(s).into_owned())
                .collect::<Vec<_>>()
        ),
    }
}

/// Disassemble a prototype and, after it, each nested function.
pub fn disassemble(p: &CompiledProto) -> String {
    let mut out = String::new();
    let mut work = vec![p];
    while let Some(p) = work.pop() {
        let info = &p.info;
        let name = if info.name.is_empty() {
            "main chunk"
        } else {
            &info.name
        };
        let _ = writeln!(
            out,
            "function {} <{}:{}> ({} instructions, {} params{}, {} registers, {} upvalues, {} constants)",
            name,
            info.chunk_name,
            info.line_defined,
            info.code.len(),
            info.num_params,
            if info.is_vararg { "+" } else { "" },
            info.max_stack,
            info.upvalues.len(),
            p.constants.len()
        );
        for (pc, instr) in info.code.iter().enumerate() {
            let line = info.lines.get(pc).copied().unwrap_or(0);
            let _ = writeln!(out, "  {pc:>4}  [{line:>3}]  {instr:?}");
        }
        if !p.constants.is_empty() {
            let _ = writeln!(out, "  constants:");
            for (i, c) in p.constants.iter().enumerate() {
                let _ = writeln!(out, "    k{i} = {}", constant_text(c));
            }
        }
        if !info.locals.is_empty() {
            let _ = writeln!(out, "  locals:");
            for l in info.locals.iter() {
                let end = if l.end_pc == u32::MAX {
                    "end".to_string()
                } else {
                    l.end_pc.to_string()
                };
                let _ = writeln!(
                    out,
                    "    r{} {}{} [{}..{})",
                    l.reg,
                    l.name,
                    if l.is_cell { " (cell)" } else { "" },
                    l.start_pc,
                    end
                );
            }
        }
        if !info.upvalues.is_empty() {
            let _ = writeln!(out, "  upvalues:");
            for (i, u) in info.upvalues.iter().enumerate() {
                let _ = writeln!(out, "    u{i} {} from {:?}", u.name, u.source);
            }
        }
        out.push('\n');
        for c in p.children.iter().rev() {
            work.push(c);
        }
    }
    out
}
