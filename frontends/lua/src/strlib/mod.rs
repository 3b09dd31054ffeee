//! The pure engines behind Lua's `string` library: pattern matching and
//! `string.format`. They work on bytes and numbers only and know nothing of
//! the VM; the builtins glue them to Lua values.

pub mod format;
pub mod pattern;

#[cfg(test)]
mod tests;
