//! Lua 5.4 object model (Reference Manual §2.4 Metatables and Metamethods).
//! Each file holds one event; raw table access is in `object/`.

pub mod arith;
pub mod compare;
pub mod concat;
pub mod index;
pub mod len;
pub mod meta;
pub mod newindex;
pub mod tostring;

/// Lua's bound on `__index`/`__newindex` chains (MAXTAGLOOP in lvm.c).
pub const MAX_TAG_LOOP: usize = 2000;
