//! Lua 5.4's object model (Reference Manual §2.4 Metatables and
//! Metamethods) and operators. Each file holds one rule; `table.rs` maps
//! Lua's raw table access onto the neutral storage, `model.rs` is the
//! object model of a Lua table, `ops.rs` the operator table of a Lua frame.

pub mod arith;
pub mod callable;
pub mod compare;
pub mod concat;
pub mod index;
pub mod len;
pub mod meta;
pub mod model;
pub mod newindex;
pub mod ops;
pub mod plan;
pub mod table;
pub mod tostring;

pub use meta::{Event, LuaState};
pub use model::LUA_TABLE;
pub use ops::{LUA, LUA_OPS};

/// Lua's bound on `__index`/`__newindex` chains (MAXTAGLOOP in lvm.c).
pub const MAX_TAG_LOOP: usize = 2000;
