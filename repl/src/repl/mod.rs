//! `omx repl`: an interactive session on one runtime, in any of the four
//! languages (see `:help` in commands.rs for what a user can do).

mod commands;
mod eval;
mod helper;
mod highlight;
mod history;
mod input;
mod lang;
mod session;

pub use session::run;
