//! Python 3's object model (Language Reference §3 Data model) and
//! operators. Each file holds one rule and names the CPython function it
//! mirrors; `model.rs` holds the object models of Python's objects,
//! `ops.rs` the operator table of a Python frame, `state.rs` the builtin
//! types every rule refers to.

pub mod binary;
pub mod call;
pub mod compare;
pub mod descriptor;
pub mod errors;
pub mod explain;
pub mod getattr;
pub mod globals;
pub mod graph;
pub mod inplace;
pub mod item;
pub mod iter;
pub mod lookup;
pub mod model;
pub mod mro;
pub mod number;
pub mod ops;
pub mod plan;
pub mod repr;
pub mod set_class;
pub mod setattr;
pub mod slice;
pub mod state;
pub mod super_;
pub mod truth;
pub mod type_getattr;

pub use model::{PY_DICT, PY_INSTANCE, PY_LIST, PY_TUPLE, PY_TYPE};
pub use ops::PYTHON;
pub use state::{type_of, PyState, T};
