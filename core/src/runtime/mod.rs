//! The runtime: the GC arena, its root, and the slice loop that runs a
//! program with collection between slices.

mod engine;
mod gc;
mod state;

pub use engine::{instantiate, main_closure, Engine, RunError, StepResult};
pub use state::RuntimeState;
