//! omx-lua: Lua 5.4 on the omx runtime. Parsing is `omx-lua-syntax`; this
//! crate resolves scopes and lowers the AST into the shared IR, and
//! provides the Lua standard library as natives.

pub mod lower;
pub mod stdlib;
pub mod strlib;

pub use lower::{compile, lower};
pub use omx_lua_syntax::{ast, parse};
pub use stdlib::install;
pub use stdlib::{apply_env_paths, set_script_args};
