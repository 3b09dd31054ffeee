//! Number formatting and parsing shared by the frontends: C `printf`-exact
//! float conversions and Lua 5.4's number/string conversions.

pub mod lua_number;
pub mod printf;

#[cfg(test)]
mod tests;

pub use lua_number::{fmt_lua_float, str_to_int_base, str_to_number, Number};
pub use printf::{format_float, Flags, FloatSpec};
