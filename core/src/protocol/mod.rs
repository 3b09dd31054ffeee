//! Dispatch rules, one folder per language, one file per rule.

pub mod foreign;
pub mod js;
pub mod lua;
pub mod perl;
pub mod python;
