//! Raw object storage. Nothing in here dispatches: no metatables,
//! descriptors, prototypes or `@ISA` are consulted (DESIGN.md invariant 2).

pub mod hash;
pub mod key;
pub mod table;

pub use key::{Key, KeyError};
pub use table::{Table, TableState, WeakMode};

#[cfg(test)]
mod layout {
    /// Every table and every register pays for these sizes: keep them.
    #[test]
    fn values_and_tables_stay_small() {
        assert_eq!(std::mem::size_of::<crate::value::Value<'static>>(), 16);
        assert!(std::mem::size_of::<super::TableState<'static>>() <= 64);
        assert!(std::mem::size_of::<crate::thread::Frame<'static>>() <= 32);
    }
}
