//! The runtime: the GC arena, its root, and the slice loop that runs a
//! program with collection between slices.

pub mod budget;
mod engine;
mod gc;
pub mod size_limit;
mod state;

pub use engine::{instantiate, main_closure, Engine, RunError, StepResult, DEFAULT_HASH_SEED};
pub use state::RuntimeState;
