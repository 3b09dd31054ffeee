//! `string.dump` (Lua 5.4 manual §6.4) and the loading of what it makes
//! (binary chunks, §6.1 `load`). omx has no portable bytecode format: a
//! dumped function is lua5.4's binary-chunk header (signature, version,
//! sizes, the integer and float check values, so `string.unpack` reads
//! it as Lua's) followed by a reference to the function's prototype,
//! which the runtime keeps. Loading it makes a new closure of that
//! prototype with fresh upvalues, the first one the environment, as
//! lua5.4 does. A dumped string is therefore loadable only by the runtime
//! that made it, and dumped prototypes live as long as that runtime.

use gc_arena::{Gc, Lock};
use omx_core::function::Closure;
use omx_core::native::{Ctx, NativeError, NativeResult};
use omx_core::protocol::lua::table::{
    as_table, new_table, raw_get, raw_get_str, raw_len, raw_set, raw_set_str,
};
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;

/// lua5.4's header: signature, version 5.4, format 0, LUAC_DATA, sizes
/// of an instruction, an integer and a float.
const HEADER: &[u8] = b"\x1bLua\x54\x00\x19\x93\r\n\x1a\n\x04\x08\x08";
const LUAC_INT: i64 = 0x5678;
const LUAC_NUM: f64 = 370.5;
/// What follows the check values: omx's mark, then the prototype's id.
const MARK: &[u8] = b"omx\0";
/// The registry field holding the dumped functions by id.
const DUMPED: &[u8] = b"omx.dumped";

/// `string.dump(f [, strip])`.
pub fn dump<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !omx_core::protocol::lua::callable::is_function(f) {
        return Err(type_error(ctx.rt, args, 0, "dump", "function"));
    }
    let Value::Closure(c) = f else {
        return Err(NativeError::msg("unable to dump given function"));
    };
    let registry = ctx.rt.registry;
    let key = Str::new(ctx.mc, DUMPED);
    let table = match as_table(raw_get_str(registry, key)) {
        Some(t) => t,
        None => {
            let t = new_table(ctx.mc, ctx.rt.root_shape, 0, 0);
            raw_set_str(ctx.mc, registry, key, Value::Object(t));
            t
        }
    };
    let id = raw_len(table) + 1;
    raw_set(ctx.mc, table, Value::Int(id), Value::Closure(c)).ok();
    let mut out = HEADER.to_vec();
    out.extend_from_slice(&LUAC_INT.to_le_bytes());
    out.extend_from_slice(&LUAC_NUM.to_le_bytes());
    out.push(c.0.upvalues.len() as u8);
    out.extend_from_slice(MARK);
    out.extend_from_slice(&id.to_le_bytes());
    ctx.ret1(str_value(ctx.mc, &out))
}

/// Load a binary chunk made by `dump`: the function, or the message of a
/// chunk that does not load ("NAME: bad binary format (truncated
/// chunk)"), worded as lundump.c's `checkHeader`.
pub fn undump<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    chunk: &[u8],
    name: &[u8],
    env: Option<Value<'gc>>,
) -> Result<Value<'gc>, String> {
    let shown = match name.first() {
        Some(b'@') | Some(b'=') => String::from_utf8_lossy(&name[1..]).into_owned(),
        Some(0x1b) => "binary string".to_string(),
        _ => String::from_utf8_lossy(name).into_owned(),
    };
    let bad = |why: &str| format!("{shown}: bad binary format ({why})");
    // Each part in lundump.c's order; running out of bytes first is
    // "truncated chunk".
    let checks: [(std::ops::Range<usize>, &[u8], &str); 7] = [
        (1..4, &HEADER[1..4], "not a binary chunk"),
        (4..5, &HEADER[4..5], "version mismatch"),
        (5..6, &HEADER[5..6], "format mismatch"),
        (6..12, &HEADER[6..12], "corrupted chunk"),
        (12..13, &HEADER[12..13], "Instruction size mismatch"),
        (13..14, &HEADER[13..14], "lua_Integer size mismatch"),
        (14..15, &HEADER[14..15], "lua_Number size mismatch"),
    ];
    for (range, want, why) in checks {
        let Some(got) = chunk.get(range) else {
            return Err(bad("truncated chunk"));
        };
        if got != want {
            return Err(bad(why));
        }
    }
    let int = chunk.get(15..23).ok_or_else(|| bad("truncated chunk"))?;
    if int != LUAC_INT.to_le_bytes() {
        return Err(bad("integer format mismatch"));
    }
    let num = chunk.get(23..31).ok_or_else(|| bad("truncated chunk"))?;
    if num != LUAC_NUM.to_le_bytes() {
        return Err(bad("float format mismatch"));
    }
    let rest = chunk.get(31..).unwrap_or_default();
    if rest.len() < 1 + MARK.len() + 8 {
        return Err(bad("truncated chunk"));
    }
    let foreign = || bad("not a function dumped by this omx runtime");
    if &rest[1..1 + MARK.len()] != MARK || rest.len() != 1 + MARK.len() + 8 {
        return Err(foreign());
    }
    let mut id = [0u8; 8];
    id.copy_from_slice(&rest[1 + MARK.len()..]);
    let id = i64::from_le_bytes(id);
    let table = as_table(raw_get_str(ctx.rt.registry, Str::new(ctx.mc, DUMPED)));
    let Some(Value::Closure(original)) = table.map(|t| raw_get(t, Value::Int(id))) else {
        return Err(foreign());
    };
    let proto = original.proto();
    let env = env.unwrap_or(Value::Object(ctx.rt.globals));
    let slots: Vec<_> = (0..proto.info.upvalues.len())
        .map(|i| {
            let v = if i == 0 { env } else { Value::Nil };
            Lock::new(Gc::new(ctx.mc, Lock::new(v)))
        })
        .collect();
    Ok(Value::Closure(Closure::new(
        ctx.mc,
        proto,
        slots.into_boxed_slice(),
    )))
}
