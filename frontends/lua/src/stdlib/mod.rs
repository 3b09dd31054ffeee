//! The Lua 5.4 standard library (Reference Manual §6) as natives. Natives
//! never call Lua code themselves: they return `Outcome::Call` with a
//! continuation (see omx_core::native).

pub mod args;
mod base;
mod base_load;
mod coroutine;
mod io_os;
mod math;
mod string;
mod string_match;
mod table;
mod table_meta;
mod table_sort;

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::NativeFn;
use omx_core::object::Table;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

/// Register `f` as `t[name]`.
pub(crate) fn register<'gc>(mc: &Mutation<'gc>, t: Table<'gc>, name: &'static str, f: NativeFn) {
    let func = NativeFunction::new(mc, name, f);
    t.set_str(mc, Str::new(mc, name.as_bytes()), Value::Native(func));
}

/// A new library table stored as global `name`.
pub(crate) fn library<'gc>(mc: &Mutation<'gc>, rt: &RuntimeState<'gc>, name: &str) -> Table<'gc> {
    let t = Table::new(mc);
    rt.globals
        .set_str(mc, Str::new(mc, name.as_bytes()), Value::Table(t));
    t
}

/// Install the whole standard library into the runtime's globals.
pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    base::install(mc, rt);
    string::install(mc, rt);
    table::install(mc, rt);
    math::install(mc, rt);
    coroutine::install(mc, rt);
    io_os::install(mc, rt);
    // Library names become interned strings, so `string.format` in code
    // (an interned constant) finds its key by pointer.
    let g = rt.globals;
    intern_keys(mc, rt, g);
    let libs: Vec<Table<'gc>> = {
        let state = g.0.borrow();
        state
            .hash
            .values()
            .filter_map(|v| match v {
                Value::Table(t) if *t != g => Some(*t),
                _ => None,
            })
            .collect()
    };
    for t in libs {
        intern_keys(mc, rt, t);
    }
}

/// Replace the string keys of `t` by their interned equals.
fn intern_keys<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, t: Table<'gc>) {
    let entries: Vec<(Value<'gc>, Value<'gc>)> = {
        let state = t.0.borrow();
        state.hash.iter().map(|(k, v)| (k.value(), *v)).collect()
    };
    let mut state = t.0.borrow_mut(mc);
    state.hash.clear();
    for (k, v) in entries {
        let k = match k {
            Value::Str(s) => Value::Str(rt.intern(mc, s.as_bytes())),
            other => other,
        };
        let _ = state.set(k, v);
    }
}
