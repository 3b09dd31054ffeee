//! The parts of io and os (Lua 5.4 §6.8, §6.9) omx provides: `io.write`,
//! `io.stdout:write`, `os.time`, `os.clock`. Output goes through the host.

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeResult, Outcome};
use omx_core::object::Table;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let io = library(mc, rt, "io");
    register(mc, io, "write", write);
    let stdout = Table::new(mc);
    register(mc, stdout, "write", file_write);
    let meta = Table::new(mc);
    meta.set_str(mc, rt.names.index, Value::Table(stdout));
    meta.set_str(mc, rt.names.name, str_value(mc, b"FILE*"));
    let handle = Table::new(mc);
    handle.set_metatable(mc, Some(meta));
    io.set_str(mc, Str::new(mc, b"stdout"), Value::Table(handle));
    let os = library(mc, rt, "os");
    register(mc, os, "time", time);
    register(mc, os, "clock", clock);
}

fn write_values<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    first: usize,
    fname: &str,
) -> NResult<'gc, ()> {
    let mut out = Vec::new();
    for i in first..args.len() {
        match args[i] {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
            // io.write uses LUAI_NUMFFORMAT "%.14g" (no ".0" suffix).
            Value::Float(f) => {
                let spec = omx_core::number::FloatSpec {
                    flags: Default::default(),
                    width: 0,
                    precision: Some(14),
                    conv: b'g',
                };
                omx_core::number::format_float(&mut out, &spec, f);
            }
            _ => {
                // Lua writes the arguments before the bad one.
                ctx.host.write_stdout(&out);
                return Err(type_error(ctx.rt, args, i, fname, "string"));
            }
        }
    }
    ctx.host.write_stdout(&out);
    Ok(())
}

fn write<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    write_values(ctx, args, 0, "write")?;
    let file = ctx.rt.globals.get_str(Str::new(ctx.mc, b"io"));
    let stdout = match file {
        Value::Table(t) => t.get_str(Str::new(ctx.mc, b"stdout")),
        _ => Value::Nil,
    };
    ctx.ret1(stdout)
}

fn file_write<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    write_values(ctx, args, 1, "write")?;
    ctx.ret1(arg(args, 0))
}

fn time<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = ctx.host.unix_time();
    ctx.ret1(Value::Int(t))
}

fn clock<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let c = ctx.host.cpu_clock();
    Ok({
        ctx.ret.push(Value::Float(c));
        Outcome::Return
    })
}
