//! Number formatting and parsing shared by the frontends: C `printf`-exact
//! float conversions and Lua 5.4's number/string conversions.

pub mod lua_number;
pub mod printf;

#[cfg(test)]
mod tests;

pub use lua_number::{fmt_lua_float, str_to_int_base, str_to_number, Number};
pub use printf::{format_float, Flags, FloatSpec};

/// Append the decimal digits of `i` (with a leading `-` when negative),
/// without going through `core::fmt` (concatenation and `tostring` call
/// this for every integer they print).
pub fn push_int(out: &mut Vec<u8>, i: i64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&buf[at..]);
}
