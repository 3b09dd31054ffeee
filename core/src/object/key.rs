//! Table keys: a `Value` normalised so that equal keys hash alike.
//!
//! Lua 5.4 §2.1: a float key with an exact integer value is converted to that
//! integer (`t[2.0]` is `t[2]`); `nil` and NaN are not valid keys.

use std::hash::{BuildHasher, Hash, Hasher};

use gc_arena::{Collect, Gc};

use crate::value::Value;

#[derive(Debug, Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Key<'gc>(pub(crate) Value<'gc>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    Nil,
    NaN,
}

impl<'gc> Key<'gc> {
    /// Normalise a value into a key. Floats with an integral value become
    /// integers.
    #[inline]
    pub fn new(value: Value<'gc>) -> Result<Key<'gc>, KeyError> {
        match value {
            Value::Nil => Err(KeyError::Nil),
            Value::Float(f) => {
                if f.is_nan() {
                    Err(KeyError::NaN)
                } else if let Some(i) = crate::numeric::float_to_int_exact(f) {
                    Ok(Key(Value::Int(i)))
                } else {
                    Ok(Key(value))
                }
            }
            _ => Ok(Key(value)),
        }
    }

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
            Value::Bool(b) => b as u64 + 1,
            Value::Int(i) => i as u64,
            Value::Float(f) => f.to_bits(),
            Value::Str(s) => s.hash_code(),
            Value::Table(t) => Gc::as_ptr(t.0) as *const u8 as u64,
            other => other.heap_address().unwrap_or(0) as u64,
        };
        state.write_u64(h);
    }
}

/// A hasher for pre-hashed keys: one multiply-xorshift mix of the u64 each
/// key feeds it (strings bring their cached hash).
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(b as u64);
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        let x = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
}

#[derive(Default, Clone, Copy)]
pub struct BuildKeyHasher;

impl BuildHasher for BuildKeyHasher {
    type Hasher = KeyHasher;
    #[inline]
    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(0)
    }
}
