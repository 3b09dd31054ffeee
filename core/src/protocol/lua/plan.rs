//! The index and newindex events as cacheable plans (see
//! `model::plan`): what `t.k` and `t.k = v` amount to on a Lua table,
//! decided from storage alone.
//!
//! - A key present in the table's shape is a raw hit (§2.4: `__index` and
//!   `__newindex` are only for absent keys): valid for the shape alone.
//! - An absent key follows the metatable: `__index` tables are walked (each
//!   marked as a prototype, so that a write to any of them invalidates the
//!   plan), an `__index` function becomes "call it with (t, k)"; for a set,
//!   no `__newindex` means "add the key", a `__newindex` function means
//!   "call it with (t, k, v)".

use gc_arena::Mutation;

use super::meta::{fast_event, Event};
use super::table::{as_table, is_table, raw_get_str};
use crate::model::{GetPlan, SetPlan};
use crate::object::Object;
use crate::runtime::RuntimeState;
use crate::string::Str;

/// Longest `__index` chain a plan follows.
const MAX_PLAN_DEPTH: usize = 16;

pub fn plan_get<'gc>(
    rt: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<GetPlan<'gc>> {
    let shape = o.shape();
    if shape.is_dictionary() {
        return None;
    }
    if let Some(i) = shape.slot_of(key) {
        return (!o.slot(i).is_empty()).then_some(GetPlan::Own {
            slot: i as u32,
            guarded: false,
        });
    }
    let mut meta = o.meta();
    for _ in 0..MAX_PLAN_DEPTH {
        let Some(mt) = meta else {
            return Some(GetPlan::Absent);
        };
        if !is_table(mt) {
            return None;
        }
        mt.mark_proto();
        let handler = fast_event(rt, mt, Event::Index);
        if handler.is_nil() {
            return Some(GetPlan::Absent);
        }
        if handler.is_function() {
            return Some(GetPlan::Call {
                func: handler,
                with_key: true,
            });
        }
        let class = as_table(handler)?;
        class.mark_proto();
        let v = raw_get_str(class, key);
        if !v.is_nil() {
            return Some(GetPlan::Found(v));
        }
        meta = class.meta();
    }
    None
}

/// `s.key` on a string: the string metatable's `__index` table (both
/// marked as prototypes, so that redefining a string method invalidates
/// the plan).
pub fn plan_string_get<'gc>(rt: &RuntimeState<'gc>, key: Str<'gc>) -> Option<GetPlan<'gc>> {
    let mt = rt.lua.string_meta?;
    mt.mark_proto();
    let handler = fast_event(rt, mt, Event::Index);
    if handler.is_function() {
        return Some(GetPlan::Call {
            func: handler,
            with_key: true,
        });
    }
    let class = as_table(handler)?;
    class.mark_proto();
    let v = raw_get_str(class, key);
    (!v.is_nil()).then_some(GetPlan::Found(v))
}

pub fn plan_set<'gc>(
    mc: &Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    o: Object<'gc>,
    key: Str<'gc>,
) -> Option<SetPlan<'gc>> {
    let shape = o.shape();
    if shape.is_dictionary() {
        return None;
    }
    if let Some(i) = shape.slot_of(key) {
        return (!o.slot(i).is_empty()).then_some(SetPlan::Own {
            slot: i as u32,
            guarded: false,
        });
    }
    if let Some(mt) = o.meta() {
        if !is_table(mt) {
            return None;
        }
        mt.mark_proto();
        let handler = fast_event(rt, mt, Event::NewIndex);
        if handler.is_function() {
            return Some(SetPlan::Call {
                func: handler,
                with_key: true,
            });
        }
        if !handler.is_nil() {
            return None;
        }
    }
    let to = shape.with_key(mc, key, 0)?;
    Some(SetPlan::Add { to })
}
