//! The hash part of a table: insertion-ordered. Up to `SMALL` entries it is
//! a plain vector searched linearly (one allocation, and for a handful of
//! fields a scan beats hashing); beyond that an `IndexMap`.

use std::ops::{Index, IndexMut};

use gc_arena::Collect;
use indexmap::IndexMap;

use super::key::{BuildKeyHasher, Key};
use crate::value::Value;

/// Largest hash part kept as a vector.
pub const SMALL: usize = 8;

#[derive(Collect)]
#[collect(no_drop)]
pub enum HashPart<'gc> {
    Small(Vec<(Key<'gc>, Value<'gc>)>),
    /// Boxed: most tables are small, and this keeps every table record
    /// 32 bytes smaller.
    Large(Box<IndexMap<Key<'gc>, Value<'gc>, BuildKeyHasher>>),
}

impl Default for HashPart<'_> {
    fn default() -> Self {
        HashPart::Small(Vec::new())
    }
}

impl<'gc> HashPart<'gc> {
    pub fn with_capacity(n: usize) -> HashPart<'gc> {
        if n <= SMALL {
            HashPart::Small(Vec::with_capacity(n))
        } else {
            HashPart::Large(Box::new(IndexMap::with_capacity_and_hasher(
                n,
                BuildKeyHasher,
            )))
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        match self {
            HashPart::Small(v) => v.len(),
            HashPart::Large(m) => m.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline(always)]
    pub fn get_index_of(&self, key: &Key<'gc>) -> Option<usize> {
        match self {
            HashPart::Small(v) => v.iter().position(|(k, _)| k == key),
            HashPart::Large(m) => m.get_index_of(key),
        }
    }

    /// Linear search for a string key (small parts only; `None` means
    /// "use `get_index_of`").
    #[inline(always)]
    pub fn small_entries(&self) -> Option<&[(Key<'gc>, Value<'gc>)]> {
        match self {
            HashPart::Small(v) => Some(v),
            HashPart::Large(_) => None,
        }
    }

    #[inline]
    pub fn get(&self, key: &Key<'gc>) -> Option<&Value<'gc>> {
        self.get_index_of(key).map(|i| &self[i])
    }

    #[inline]
    pub fn get_mut(&mut self, key: &Key<'gc>) -> Option<&mut Value<'gc>> {
        let i = self.get_index_of(key)?;
        Some(&mut self[i])
    }

    pub fn get_index(&self, i: usize) -> Option<(&Key<'gc>, &Value<'gc>)> {
        match self {
            HashPart::Small(v) => v.get(i).map(|(k, v)| (k, v)),
            HashPart::Large(m) => m.get_index(i),
        }
    }

    /// Append a key known to be absent.
    pub fn insert(&mut self, key: Key<'gc>, value: Value<'gc>) {
        match self {
            HashPart::Small(v) => {
                if v.len() < SMALL {
                    v.push((key, value));
                    return;
                }
                let mut m = IndexMap::with_capacity_and_hasher(v.len() * 2, BuildKeyHasher);
                for (k, x) in v.drain(..) {
                    m.insert(k, x);
                }
                m.insert(key, value);
                *self = HashPart::Large(Box::new(m));
            }
            HashPart::Large(m) => {
                m.insert(key, value);
            }
        }
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&Key<'gc>, &mut Value<'gc>) -> bool) {
        match self {
            HashPart::Small(v) => v.retain_mut(|(k, x)| keep(k, x)),
            HashPart::Large(m) => m.retain(|k, x| keep(k, x)),
        }
    }

    /// Remove entry `i`, keeping the order of the others.
    pub fn shift_remove_index(&mut self, i: usize) {
        match self {
            HashPart::Small(v) => {
                if i < v.len() {
                    v.remove(i);
                }
            }
            HashPart::Large(m) => {
                m.shift_remove_index(i);
            }
        }
    }

    pub fn clear(&mut self) {
        *self = HashPart::Small(Vec::new());
    }

    pub fn iter(&self) -> Box<dyn Iterator<Item = (&Key<'gc>, &Value<'gc>)> + '_> {
        match self {
            HashPart::Small(v) => Box::new(v.iter().map(|(k, x)| (k, x))),
            HashPart::Large(m) => Box::new(m.iter()),
        }
    }

    pub fn values(&self) -> impl Iterator<Item = &Value<'gc>> + '_ {
        self.iter().map(|(_, v)| v)
    }
}

impl<'gc> Index<usize> for HashPart<'gc> {
    type Output = Value<'gc>;
    #[inline(always)]
    fn index(&self, i: usize) -> &Value<'gc> {
        match self {
            HashPart::Small(v) => &v[i].1,
            HashPart::Large(m) => &m[i],
        }
    }
}

impl<'gc> IndexMut<usize> for HashPart<'gc> {
    #[inline(always)]
    fn index_mut(&mut self, i: usize) -> &mut Value<'gc> {
        match self {
            HashPart::Small(v) => &mut v[i].1,
            HashPart::Large(m) => &mut m[i],
        }
    }
}
