//! `debug.sethook([thread,] hook, mask [, count])` and
//! `debug.gethook([thread])` (Lua 5.4 manual §6.10; ldblib.c `db_sethook`,
//! `db_gethook`, `makemask`, `unmakemask`). The hook belongs to one thread
//! (a coroutine does not inherit it); the VM calls it as `hook(event,
//! line)` (omx_core::hook, core/src/vm/hooks.rs).

use gc_arena::Mutation;
use omx_core::hook::{Hook, MASK_CALL, MASK_COUNT, MASK_LINE, MASK_RETURN};
use omx_core::native::{Ctx, NativeResult, Outcome};
use omx_core::object::WeakMode;
use omx_core::protocol::lua::table::{as_table, new_table, raw_get_str, raw_set, raw_set_str};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::debug::thread_arg;

/// The registry's `_HOOKKEY`: thread -> hook function, with weak keys
/// (ldblib.c `HOOKKEY`). omx keeps each hook on its thread; the table
/// mirrors them for programs that look.
const HOOKKEY: &[u8] = b"_HOOKKEY";

pub fn install_hook_table<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let hooks = new_table(mc, rt.root_shape, 0, 0);
    let meta = new_table(mc, rt.root_shape, 0, 0);
    raw_set_str(
        mc,
        meta,
        rt.intern(mc, b"__mode"),
        Value::Str(Str::new(mc, b"k")),
    );
    hooks.set_meta(mc, Some(meta));
    hooks.set_weak(
        mc,
        WeakMode {
            keys: true,
            values: false,
        },
    );
    rt.register_weak(hooks);
    let key = rt.intern(mc, HOOKKEY);
    raw_set_str(mc, rt.registry, key, Value::Object(hooks));
}

/// `sethook([thread,] hook, mask [, count])`; a nil hook turns hooks off.
pub fn sethook<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (thread, first) = thread_arg(args);
    let thread = thread.unwrap_or(ctx.thread);
    let hook = if arg(args, first).is_nil() {
        None
    } else {
        let smask = check_bytes(ctx.rt, args, first + 1, "sethook")?;
        if !arg(args, first).is_function() {
            return Err(type_error(ctx.rt, args, first, "sethook", "function"));
        }
        let count = opt_int(ctx.rt, args, first + 2, "sethook", 0)?;
        let mut mask = 0;
        for (c, m) in [(b'c', MASK_CALL), (b'r', MASK_RETURN), (b'l', MASK_LINE)] {
            if smask.contains(&c) {
                mask |= m;
            }
        }
        if count > 0 {
            mask |= MASK_COUNT;
        }
        Some(Hook {
            func: arg(args, first),
            mask,
            count: count.clamp(0, i32::MAX as i64) as u32,
        })
    };
    let func = hook.as_ref().map(|h| h.func).unwrap_or_default();
    thread.set_hook(ctx.mc, hook);
    let key = ctx.rt.intern(ctx.mc, HOOKKEY);
    if let Some(hooks) = as_table(raw_get_str(ctx.rt.registry, key)) {
        raw_set(ctx.mc, hooks, Value::Thread(thread), func).ok();
    }
    if thread == ctx.thread {
        // End the slice: the running thread's next instruction is run
        // under the new hook (lua5.4's `settraps`).
        *ctx.full_gc_requested = true;
    }
    Ok(Outcome::Return)
}

/// `gethook([thread])`: the hook function, its mask ("c", "r", "l" in
/// that order) and count; fail (nil) without a hook.
pub fn gethook<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (thread, _) = thread_arg(args);
    let Some(hook) = thread.unwrap_or(ctx.thread).hook() else {
        return ctx.ret1(Value::Nil);
    };
    let mut smask = Vec::new();
    for (c, m) in [(b'c', MASK_CALL), (b'r', MASK_RETURN), (b'l', MASK_LINE)] {
        if hook.mask & m != 0 {
            smask.push(c);
        }
    }
    let smask = str_value(ctx.mc, &smask);
    ctx.ret
        .extend_from_slice(&[hook.func, smask, Value::Int(hook.count as i64)]);
    Ok(Outcome::Return)
}
