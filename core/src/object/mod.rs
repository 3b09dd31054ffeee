//! Raw object storage. Nothing in here dispatches: no metatables,
//! descriptors, prototypes or `@ISA` are consulted (DESIGN.md invariant 2).

pub mod hash;
pub mod key;
pub mod table;

pub use key::{Key, KeyError};
pub use table::{Table, TableState, WeakMode};
