//! Perl 5's object model (perlobj, perlsub, perlop, overload, mro) and
//! operators. Each file holds one rule: `scalar.rs` the dual string/number
//! nature of a scalar (perlnumber), `container.rs` the containers (arrays,
//! hashes, package stashes), `reftype.rs` what `ref` and a reference's
//! string form say, `mro.rs` method resolution through `@ISA`,
//! `overload.rs` the `use overload` tables, `incdec.rs` `++`/`--`, `ops.rs`
//! the operator table of a Perl frame.

pub mod code;
pub mod container;
pub mod elem;
pub mod explain;
pub mod graph;
pub mod incdec;
pub mod method;
pub mod mro;
pub mod ops;
pub mod overload;
pub mod reftype;
pub mod scalar;
pub mod state;

pub use container::{PERL_ARRAY, PERL_HASH, PERL_SCALAR, PERL_STASH};
pub use ops::PERL;
