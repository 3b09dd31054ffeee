//! Number text conversions (printf-exact formatting, Lua numerals).
pub mod lua_number;
