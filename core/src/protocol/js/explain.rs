//! The sentences JavaScript's property rules report to the explain
//! facility (core/src/trace): a property's attributes as ECMA-262 names
//! them (§6.1.7.1 Property Attributes).

use crate::object::attrs;

/// `{value, writable: true, enumerable: false, configurable: true}` or
/// `{get, set, enumerable: ..., configurable: ...}` for the bits `a`
/// (`getter`/`setter`: whether the accessor has each function).
pub fn attrs_text(a: u8, getter: bool, setter: bool) -> String {
    let enumerable = a & attrs::HIDDEN == 0;
    let configurable = a & attrs::PERMANENT == 0;
    if a & attrs::ACCESSOR != 0 {
        let mut parts = Vec::new();
        if getter {
            parts.push("get".to_string());
        }
        if setter {
            parts.push("set".to_string());
        }
        parts.push(format!("enumerable: {enumerable}"));
        parts.push(format!("configurable: {configurable}"));
        format!("{{{}}}", parts.join(", "))
    } else {
        let writable = a & attrs::READ_ONLY == 0;
        format!(
            "{{value, writable: {writable}, enumerable: {enumerable}, configurable: {configurable}}}"
        )
    }
}
