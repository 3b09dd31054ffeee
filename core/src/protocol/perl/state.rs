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
}

impl<'gc> PerlState<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> PerlState<'gc> {
        let hash_shape = Shape::root(mc);
        PerlState {
            hash_shape,
            packages: Object::new(mc, hash_shape, &super::container::PERL_HASH),
            deref_hash: Value::Nil,
        }
    }
}
