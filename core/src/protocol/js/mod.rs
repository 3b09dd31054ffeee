//! JavaScript's object model (ECMA-262) and operators. Each file holds one
//! rule and cites its section: `get.rs` §10.1.8 [[Get]], `set.rs` §10.1.9
//! [[Set]], `define.rs` §10.1.6 ValidateAndApplyPropertyDescriptor,
//! `keys.rs` §10.1.11 [[OwnPropertyKeys]], `array.rs` §10.4.2 array exotic
//! objects, `key.rs` §7.1.19 ToPropertyKey, `convert.rs` §7.1 type
//! conversion, `equality.rs` §7.2.14/§7.2.15, `model.rs` the object models,
//! `ops.rs` the operator table of a JavaScript frame, `realm.rs` the
//! intrinsics a rule needs (prototypes, well-known symbols, helpers),
//! `units.rs` §6.1.4 strings as UTF-16 code units, `map_store.rs` §24.1
//! and §24.2 the entries of Map and Set.

pub mod array;
pub mod bigint;
pub mod construct;
pub mod convert;
pub mod define;
pub mod equality;
pub mod error;
pub mod explain;
pub mod get;
pub mod graph;
pub mod iterator;
pub mod key;
pub mod keys;
pub mod map_store;
pub mod model;
pub mod ops;
pub mod plan;
pub mod realm;
pub mod set;
pub mod units;

pub use model::{JS_ACCESSOR, JS_ARRAY, JS_FUNCTION, JS_ORDINARY, JS_SYMBOL};
pub use ops::JS;

/// Bound on prototype chain walks (a cycle cannot be made through
/// `setPrototypeOf`, but a bound keeps every walk finite regardless).
pub const MAX_CHAIN: usize = 10_000;
