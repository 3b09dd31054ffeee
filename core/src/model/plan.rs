//! Cacheable lookups. On an inline-cache miss the VM asks the receiver's
//! model for a *plan*: what a lookup of a string key on this receiver
//! amounts to, decided from storage alone (no user code runs). The VM
//! stores the plan in the instruction's cache with its guards and replays
//! it while the guards hold:
//!
//! - every plan holds only for the receiver's shape (a shape fixes which
//!   string keys an object has and where);
//! - a *guarded* plan also depends on the receiver's meta object and on
//!   what prototypes contain, so it holds while the receiver's meta is the
//!   same object and the prototype epoch (`object::epoch`) is unchanged.
//!   A model that reads an object while making a guarded plan must mark it
//!   as a prototype first (`Object::mark_proto`), so that writes to it bump
//!   the epoch.
//!
//! A model returns `None` when the lookup cannot be cached (a dictionary
//! receiver, a Proxy, a hook of another language on the way).

use crate::object::Shape;
use crate::value::Value;

#[derive(Debug, Clone, Copy)]
pub enum GetPlan<'gc> {
    /// The value is in the receiver's shaped slot `slot`. Unguarded when
    /// the model lets an own property win over everything (Lua, JavaScript
    /// data properties); guarded when the meta object may override it
    /// (Python's data descriptors).
    Own { slot: u32, guarded: bool },
    /// The result is this value, found on a prototype (guarded).
    Found(Value<'gc>),
    /// Nothing is found (guarded).
    Absent,
    /// A function found on the receiver's class, called as a method with
    /// the receiver first by a method load (Python's `LOAD_METHOD`: no
    /// bound method is made); a plain attribute read takes the full rule
    /// (guarded).
    Method(Value<'gc>),
    /// Call `func` with the receiver, and the key when `with_key` (Lua's
    /// `__index` function; a JavaScript getter) (guarded).
    Call { func: Value<'gc>, with_key: bool },
}

#[derive(Debug, Clone, Copy)]
pub enum SetPlan<'gc> {
    /// Overwrite the receiver's shaped slot `slot`.
    Own { slot: u32, guarded: bool },
    /// Add the key: the receiver moves to shape `to`, the value goes in
    /// the next slot (guarded: no prototype intercepts the new key).
    Add { to: Shape<'gc> },
    /// Call `func` with the receiver, (the key when `with_key`,) and the
    /// value (Lua's `__newindex` function; a JavaScript setter) (guarded).
    Call { func: Value<'gc>, with_key: bool },
}
