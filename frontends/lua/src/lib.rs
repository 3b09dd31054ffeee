//! omx-lua: the Lua 5.4 frontend of omx.

pub mod strlib;
