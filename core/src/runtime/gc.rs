//! Collection between slices, with weak-table clearing at the fully marked
//! phase (so no dead object stays reachable from a weak table).

use gc_arena::arena::CollectionPhase;
use gc_arena::{Arena, Finalization, Gc, GcWeak, Rootable};

use super::engine::Root;
use crate::object::Object;
use crate::value::Value;

pub type OmxArena = Arena<Rootable![Root<'_>]>;

fn value_is_dead<'gc>(fc: &Finalization<'gc>, v: Value<'gc>) -> bool {
    match v {
        Value::Object(o) => Gc::is_dead(fc, o.0),
        Value::Closure(c) => Gc::is_dead(fc, c.0),
        Value::Native(n) => Gc::is_dead(fc, n.0),
        Value::Thread(t) => Gc::is_dead(fc, t.0),
        Value::Cell(c) => Gc::is_dead(fc, c),
        Value::Nil
        | Value::Null
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::BigInt(_)
        | Value::Empty => false,
    }
}

fn clear_weak_objects<'gc>(fc: &'gc Finalization<'gc>, root: &'gc Root<'gc>) {
    for weak in root.rt.weak_objects.iter() {
        if GcWeak::is_dead(*weak, fc) {
            continue;
        }
        if let Some(o) = weak.upgrade(fc) {
            Object(o).clear_dead(fc, |v| value_is_dead(fc, v));
        }
    }
}

/// Positions in `watched` of the objects this collection will free.
fn dead_watched<'gc>(fc: &'gc Finalization<'gc>, root: &'gc Root<'gc>) -> Vec<usize> {
    let watched = &root.rt.watched;
    (0..watched.len())
        .filter(|&i| GcWeak::is_dead(watched[i].0, fc))
        .collect()
}

/// At the fully marked phase: clear weak tables, then start sweeping.
/// Clearing may re-gray a table (write barrier), so marking is finished
/// again before sweeping; no user code runs in between, so nothing new can
/// die.
fn finalize_and_sweep(arena: &mut OmxArena) {
    if let Some(marked) = arena.finish_marking() {
        let dead = marked.finalize(|fc, root| {
            clear_weak_objects(fc, root);
            dead_watched(fc, root)
        });
        if !dead.is_empty() {
            // Only integers move: nothing is re-grayed.
            arena.mutate_root(|_, root| root.rt.note_collected(&dead));
        }
    }
    if let Some(marked) = arena.finish_marking() {
        marked.start_sweeping();
    }
}

/// Pay the allocation debt, stopping at the fully marked phase to clear
/// weak tables before sweeping.
pub fn collect_debt(arena: &mut OmxArena) {
    for _ in 0..64 {
        if arena.metrics().allocation_debt() <= 0.0 {
            return;
        }
        match arena.collection_phase() {
            CollectionPhase::Sweeping => {
                arena.cycle_debt();
                if arena.collection_phase() == CollectionPhase::Sleeping {
                    // A finished cycle freed all the garbage there was when
                    // it started: the debt left over (large buffers report
                    // theirs in bytes, far more than a cycle's work in
                    // objects) is paid. Carried over, it started cycle after
                    // cycle at once, each tracing every large table again:
                    // filling a table of n elements took time quadratic in n.
                    let left = arena.metrics().allocation_debt();
                    arena.metrics().adjust_debt(-left);
                    return;
                }
            }
            _ => {
                if arena.mark_debt().is_some() {
                    finalize_and_sweep(arena);
                }
            }
        }
    }
}

/// A complete collection (`collectgarbage("collect")`).
pub fn collect_all(arena: &mut OmxArena) {
    arena.mutate_root(|_, root| root.rt.mega.clear());
    for _ in 0..2 {
        if arena.collection_phase() == CollectionPhase::Sweeping {
            arena.finish_cycle();
        }
        finalize_and_sweep(arena);
        arena.finish_cycle();
    }
    arena.mutate_root(|_, root| {
        root.rt.weak_objects.retain(|w| !w.is_dropped());
    });
}

/// A complete collection for the memory limit's check: from a sleeping
/// arena one cycle frees everything unreachable (no object is allocated
/// during it), so the second cycle of [`collect_all`] is skipped; a
/// collection already under way is finished and a full one run, as there.
pub fn collect_for_limit(arena: &mut OmxArena) {
    if arena.collection_phase() != CollectionPhase::Sleeping {
        return collect_all(arena);
    }
    arena.mutate_root(|_, root| root.rt.mega.clear());
    finalize_and_sweep(arena);
    arena.finish_cycle();
    arena.mutate_root(|_, root| {
        root.rt.weak_objects.retain(|w| !w.is_dropped());
    });
}
