//! Shapes (hidden classes): the layout of an object's string-keyed
//! properties, shared by every object that got the same keys in the same
//! order.
//!
//! A shape is immutable: it lists its keys in slot order, each with its
//! attribute bits. Adding a key moves an object to a child shape found
//! through the parent's transition list, so objects built alike share one
//! shape, and a cache keyed by shape identity ("this shape: key `x` in slot
//! 1") stays valid for as long as the shape lives (DESIGN.md, "Performance
//! design"). Transitions are weak: a shape no object uses any more is
//! collected.
//!
//! Objects used as maps (too many keys, keys removed for real, attributes
//! changed) leave the shape tree for a *dictionary* shape of their own: their
//! string keys then live in the dictionary part, and no cache ever matches
//! a dictionary shape.

use gc_arena::{Collect, Gc, GcWeak, Mutation, RefLock};

use crate::string::Str;

/// Most keys an object keeps in shaped slots before it becomes a
/// dictionary.
pub const MAX_SHAPED: usize = 32;

/// Most live transitions from one shape; past it, objects that would need a
/// new one become dictionaries instead (bounds the tree's breadth).
pub const MAX_TRANSITIONS: usize = 64;

#[derive(Collect)]
#[collect(no_drop)]
pub struct ShapeData<'gc> {
    /// Keys in slot order, with their attribute bits.
    keys: Box<[(Str<'gc>, u8)]>,
    #[collect(require_static)]
    dictionary: bool,
    transitions: RefLock<Vec<Transition<'gc>>>,
}

#[derive(Collect)]
#[collect(no_drop)]
struct Transition<'gc> {
    key: Str<'gc>,
    #[collect(require_static)]
    attrs: u8,
    child: GcWeak<'gc, ShapeData<'gc>>,
}

#[derive(Clone, Copy, Collect)]
#[collect(no_drop)]
pub struct Shape<'gc>(pub Gc<'gc, ShapeData<'gc>>);

impl PartialEq for Shape<'_> {
    #[inline(always)]
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}

impl Eq for Shape<'_> {}

impl std::fmt::Debug for Shape<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_dictionary() {
            return write!(f, "Shape(dictionary)");
        }
        let keys: Vec<_> = self.0.keys.iter().map(|(k, _)| k.to_str_lossy()).collect();
        write!(f, "Shape{keys:?}")
    }
}

impl<'gc> Shape<'gc> {
    /// The empty shape every object starts from (one per runtime).
    pub fn root(mc: &Mutation<'gc>) -> Shape<'gc> {
        Shape(Gc::new(
            mc,
            ShapeData {
                keys: Box::new([]),
                dictionary: false,
                transitions: RefLock::new(Vec::new()),
            },
        ))
    }

    /// A fresh dictionary shape (one per object in dictionary mode).
    pub fn dictionary(mc: &Mutation<'gc>) -> Shape<'gc> {
        Shape(Gc::new(
            mc,
            ShapeData {
                keys: Box::new([]),
                dictionary: true,
                transitions: RefLock::new(Vec::new()),
            },
        ))
    }

    #[inline(always)]
    pub fn is_dictionary(self) -> bool {
        self.0.dictionary
    }

    /// Number of shaped slots.
    #[inline(always)]
    pub fn len(self) -> usize {
        self.0.keys.len()
    }

    pub fn is_empty(self) -> bool {
        self.0.keys.is_empty()
    }

    /// The slot of `key`: pointer comparisons first (names from compiled
    /// code are interned), then by content.
    #[inline]
    pub fn slot_of(self, key: Str<'gc>) -> Option<usize> {
        let keys = &self.as_ref().keys;
        if let Some(i) = keys.iter().position(|(k, _)| k.ptr_eq(key)) {
            return Some(i);
        }
        keys.iter().position(|(k, _)| *k == key)
    }

    #[inline]
    fn as_ref(self) -> &'gc ShapeData<'gc> {
        Gc::as_ref(self.0)
    }

    pub fn key_at(self, slot: usize) -> Option<(Str<'gc>, u8)> {
        self.as_ref().keys.get(slot).copied()
    }

    pub fn keys(self) -> &'gc [(Str<'gc>, u8)] {
        &self.as_ref().keys
    }

    /// The child shape with `key` added (attributes `attrs`), shared with
    /// every object that made the same transition. `None` when the object
    /// should become a dictionary instead (too many keys or transitions).
    pub fn with_key(self, mc: &Mutation<'gc>, key: Str<'gc>, attrs: u8) -> Option<Shape<'gc>> {
        if self.is_dictionary() || self.len() >= MAX_SHAPED {
            return None;
        }
        {
            let transitions = self.0.transitions.borrow();
            for t in transitions.iter() {
                if t.attrs == attrs && (t.key.ptr_eq(key) || t.key == key) {
                    if let Some(child) = t.child.upgrade(mc) {
                        return Some(Shape(child));
                    }
                }
            }
        }
        let mut keys = Vec::with_capacity(self.len() + 1);
        keys.extend_from_slice(&self.0.keys);
        keys.push((key, attrs));
        let child = Gc::new(
            mc,
            ShapeData {
                keys: keys.into_boxed_slice(),
                dictionary: false,
                transitions: RefLock::new(Vec::new()),
            },
        );
        let w = Gc::write(mc, self.0);
        let mut transitions = gc_arena::barrier::unlock!(w, ShapeData, transitions).borrow_mut();
        transitions.retain(|t| !t.child.is_dropped() && t.child.upgrade(mc).is_some());
        if transitions.len() >= MAX_TRANSITIONS {
            return None;
        }
        transitions.push(Transition {
            key,
            attrs,
            child: Gc::downgrade(child),
        });
        Some(Shape(child))
    }
}
