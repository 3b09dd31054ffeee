//! The parts of io and os (Lua 5.4 §6.8, §6.9) omx provides: `io.write`,
//! `io.stdout:write`, `os.time`, `os.clock`. Output goes through the host.

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeResult, Outcome};
use omx_core::protocol::lua::table::{as_table, new_table, raw_get_str, raw_set_str};
use omx_core::protocol::lua::Event;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let io = library(mc, rt, "io");
    register(mc, io, "write", write);
    let stdout = new_table(mc, rt.root_shape, 0, 0);
    register(mc, stdout, "write", file_write);
    let meta = new_table(mc, rt.root_shape, 0, 0);
    raw_set_str(mc, meta, rt.lua.event(Event::Index), Value::Object(stdout));
    raw_set_str(mc, meta, rt.lua.event(Event::Name), str_value(mc, b"FILE*"));
    meta.mark_proto();
    let handle = new_table(mc, rt.root_shape, 0, 0);
    handle.set_meta(mc, Some(meta));
    raw_set_str(mc, io, Str::new(mc, b"stdout"), Value::Object(handle));
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
    let file = raw_get_str(ctx.rt.globals, Str::new(ctx.mc, b"io"));
    let stdout = match as_table(file) {
        Some(t) => raw_get_str(t, Str::new(ctx.mc, b"stdout")),
        None => Value::Nil,
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
