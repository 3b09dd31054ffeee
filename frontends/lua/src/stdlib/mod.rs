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
}
