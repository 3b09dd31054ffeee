//! Raw keys of an object's dictionary part.
//!
//! A key is a value compared *raw*: integers by value, floats by bit
//! pattern, strings by content, heap objects by identity. No language's
//! normalisation happens here (Lua's `t[2.0]` is `t[2]`, Python's `d[True]`
//! is `d[1]`, JavaScript's `o["1"]` is `o[1]`): each model normalises a key
//! before it reaches storage.

use std::hash::{Hash, Hasher};

use gc_arena::Collect;

use crate::value::Value;

#[derive(Debug, Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Key<'gc>(pub Value<'gc>);

impl<'gc> Key<'gc> {
    #[inline]
    pub fn value(self) -> Value<'gc> {
        self.0
    }
}

impl PartialEq for Key<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        match (self.0, other.0) {
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => false,
            (a, b) => a.raw_eq(b),
        }
    }
}

impl Eq for Key<'_> {}

impl Hash for Key<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        let h = match self.0 {
            Value::Nil => 0,
            Value::Null => 1,
            Value::Empty => 2,
            Value::Bool(b) => b as u64 + 3,
            Value::Int(i) => i as u64,
            Value::Float(f) => f.to_bits(),
            Value::Str(s) => s.hash_code(),
            Value::BigInt(b) => {
                let mut h = 0u64;
                for d in b.0.iter_u64_digits() {
                    h = h.rotate_left(17) ^ d;
                }
                h
            }
            other => other.heap_address().unwrap_or(0) as u64,
        };
        state.write_u64(h);
    }
}

/// The hasher of dictionary parts: foldhash, keyed with the runtime's seed
/// (string keys bring their cached seeded hash).
pub type KeyHashState = foldhash::fast::FixedState;

pub fn key_hash_state() -> KeyHashState {
    foldhash::fast::FixedState::with_seed(crate::string::hash_seed())
}
