//! Dispatch rules, one folder per language, one file per rule.

pub mod lua;
pub mod perl;
