//! Perl's part of the runtime state: the shape every Perl hash and stash
//! starts from, and the registry of packages.
//!
//! Perl hashes grow their own shapes, apart from every other kind of
//! object's: `$r->{key}` is a field access whose inline cache is keyed by
//! the receiver's shape (see `elem.rs`), so a plan made for a Perl hash
//! must never match a Lua table or a Python instance that happens to
//! hold the same keys in the same order (those are indexed through their
//! own model).

use gc_arena::{Collect, Mutation};

use crate::object::{Object, Shape};
use crate::string::Str;
use crate::value::Value;

#[derive(Collect)]
#[collect(no_drop)]
pub struct PerlState<'gc> {
    /// The empty shape of Perl hashes and stashes.
    pub hash_shape: Shape<'gc>,
    /// Package name → stash (see `container::stash`).
    pub packages: Object<'gc>,
    /// The frontend's rule for using any value as a hash reference
    /// (`%{$r}`, perlref "Using References": undef, symbolic names, `%{}`
    /// overloading, another language's object, "Not a HASH
    /// reference"): a function of one argument returning the hash, set
    /// when the frontend installs its builtins (see `elem.rs`).
    pub deref_hash: Value<'gc>,
    /// The frontend's method call, `(invocant, name, package, args...)`
    /// (`$obj->name(...)` resolved in full: see `method.rs`), set with
    /// `deref_hash`.
    pub call_method: Value<'gc>,
    /// The natives `method.rs` made to call `call_method` for a method
    /// name (name, native), the last few.
    pub method_shims: Vec<(Value<'gc>, Value<'gc>)>,
    /// The last method lookups (see `MethodCache`).
    pub methods: MethodCache<'gc>,
}

/// Entries of the method cache (a power of two).
const METHOD_ENTRIES: usize = 64;

/// A small cache of method lookups in front of each stash's own cache
/// (`mro::find_method_named`), indexed by the stash and the name, as
/// CPython's global method cache is by type version and name. An entry
/// holds for its stash, its name (the same string object) and the
/// epoch it was made in: defining a sub or changing an `@ISA` anywhere
/// bumps the epoch (`container::hash_set`), as it invalidates the
/// stashes' caches.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct MethodCache<'gc> {
    entries: Vec<MethodEntry<'gc>>,
}

#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
struct MethodEntry<'gc> {
    stash: Object<'gc>,
    name: Str<'gc>,
    /// The sub found, `Nil` for none.
    code: Value<'gc>,
    package: Option<Object<'gc>>,
    #[collect(require_static)]
    epoch: u64,
}

impl<'gc> MethodCache<'gc> {
    fn index(stash: Object<'gc>, name: Str<'gc>) -> usize {
        let b = name.as_bytes();
        let mix = (stash.address() >> 4) ^ (b.len() * 31) ^ b.last().map_or(0, |c| *c as usize * 7);
        mix & (METHOD_ENTRIES - 1)
    }

    /// The cached answer for `name` in `stash`: `Some(None)` when no sub
    /// was found, `None` when nothing is cached.
    #[inline]
    pub fn get(
        &self,
        stash: Object<'gc>,
        name: Str<'gc>,
        epoch: u64,
    ) -> Option<Option<(Value<'gc>, Object<'gc>)>> {
        let e = self.entries.get(Self::index(stash, name))?;
        if e.stash != stash || !e.name.ptr_eq(name) || e.epoch != epoch {
            return None;
        }
        Some(e.package.map(|p| (e.code, p)))
    }

    pub fn put(
        &mut self,
        stash: Object<'gc>,
        name: Str<'gc>,
        epoch: u64,
        found: Option<(Value<'gc>, Object<'gc>)>,
    ) {
        let entry = MethodEntry {
            stash,
            name,
            code: found.map_or(Value::Nil, |f| f.0),
            package: found.map(|f| f.1),
            epoch,
        };
        if self.entries.is_empty() {
            self.entries = vec![entry; METHOD_ENTRIES];
        }
        self.entries[Self::index(stash, name)] = entry;
    }
}

impl<'gc> PerlState<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> PerlState<'gc> {
        let hash_shape = Shape::root(mc);
        PerlState {
            hash_shape,
            packages: Object::new(mc, hash_shape, &super::container::PERL_HASH),
            deref_hash: Value::Nil,
            call_method: Value::Nil,
            method_shims: Vec::new(),
            methods: MethodCache::default(),
        }
    }
}
