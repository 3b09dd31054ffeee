//! `table.sort` (Lua 5.4 §6.6) as lua5.4's own quicksort (ltablib.c
//! `auxsort`, `partition`, `choosePivot`), in place, made resumable: each
//! comparison that needs a Lua call (a comparator or `__lt`) suspends the
//! sort in a continuation, so sorting never recurses into user code, and
//! the recursion on the smaller part is a stack of intervals. Comparing in
//! lua5.4's order gives its results for equal elements and its "invalid
//! order function for sorting" for an inconsistent comparator. Numbers and
//! strings without a comparator (no NaN) are sorted directly.

use omx_core::model::list::new_list;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::lua::compare;
use omx_core::protocol::lua::ops::truthy;
use omx_core::protocol::lua::table::{raw_get_int, raw_len, raw_set};
use omx_core::Value;

use super::args::*;

// State slots.
const S_TABLE: usize = 0;
const S_CMP: usize = 1;
/// A core list of pending intervals: lo, up, rnd, lo, up, rnd...
const S_STACK: usize = 2;
const S_LO: usize = 3;
const S_UP: usize = 4;
const S_RND: usize = 5;
const S_PHASE: usize = 6;
const S_P: usize = 7;
const S_I: usize = 8;
const S_J: usize = 9;
const S_PIVOT: usize = 10;
const SLOTS: usize = 11;

/// ltablib.c RANLIMIT: intervals at least this long may pick a random
/// pivot.
const RANLIMIT: u64 = 100;

// Phases of one interval.
/// Loop head: an interval to sort, or the next one from the stack.
const HEAD: i64 = 0;
/// Compare a[up] < a[lo].
const ENDS: i64 = 1;
/// Compare a[p] < a[lo].
const MID_LO: i64 = 2;
/// Compare a[up] < a[p].
const UP_MID: i64 = 3;
/// Move the pivot to up - 1 and start partitioning.
const PIVOT: i64 = 4;
/// `while a[++i] < P`.
const SCAN_I: i64 = 5;
/// `while P < a[--j]`.
const SCAN_J: i64 = 6;

fn get(state: &[Value<'_>], i: usize) -> u64 {
    int_at(state, i) as u64
}

fn set(state: &mut [Value<'_>], i: usize, v: u64) {
    state[i] = Value::Int(v as i64);
}

pub fn sort<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t = check_table(ctx.rt, args, 0, "sort")?;
    let n = raw_len(t);
    if n >= i32::MAX as i64 {
        return Err(bad_arg(0, "sort", "array too big"));
    }
    let cmp = arg(args, 1);
    if !cmp.is_nil() && !omx_core::protocol::lua::callable::is_function(cmp) {
        return Err(type_error(ctx.rt, args, 1, "sort", "function"));
    }
    if t.meta().is_some() {
        // Through `__len`, `__index` and `__newindex` (table_meta.rs).
        if let Some(r) = super::table::fallback(ctx, Value::Object(t), vec![Value::Object(t), cmp])
        {
            return r;
        }
    }
    if n < 2 {
        return Ok(Outcome::Return);
    }
    if cmp.is_nil() && sort_direct(ctx, t, n)? {
        return Ok(Outcome::Return);
    }
    let mut state = vec![Value::Nil; SLOTS];
    state[S_TABLE] = Value::Object(t);
    state[S_CMP] = cmp;
    state[S_STACK] = Value::Object(new_list(ctx.mc, ctx.rt.root_shape, 0));
    set(&mut state, S_LO, 1);
    set(&mut state, S_UP, n as u64);
    set(&mut state, S_RND, 0);
    set(&mut state, S_PHASE, HEAD as u64);
    run(ctx, state, None)
}

/// All numbers (none NaN) or all strings, without a comparator: a total
/// order, so any correct sort gives lua5.4's result. False otherwise.
fn sort_direct<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    t: Object<'gc>,
    n: i64,
) -> Result<bool, NativeError<'gc>> {
    let values: Vec<Value<'gc>> = (1..=n).map(|i| raw_get_int(t, i)).collect();
    let all_num = values.iter().all(|v| match v {
        Value::Int(_) => true,
        Value::Float(f) => !f.is_nan(),
        _ => false,
    });
    let all_str = values.iter().all(|v| matches!(v, Value::Str(_)));
    if !all_num && !all_str {
        return Ok(false);
    }
    // About n log2 n comparisons (runtime/budget.rs).
    let len = values.len() as u64;
    ctx.charge(len * u64::from(64 - len.leading_zeros()))?;
    let mut sorted = values;
    omx_core::sort::sort_values_by(&mut sorted, &mut |a, b| {
        if compare::raw_less_than(a, b) == Some(true) {
            std::cmp::Ordering::Less
        } else if compare::raw_less_than(b, a) == Some(true) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    for (i, v) in sorted.into_iter().enumerate() {
        let _ = raw_set(ctx.mc, t, Value::Int(i as i64 + 1), v);
    }
    Ok(true)
}

/// What a comparison gave: an answer now, or a call to wait for.
enum Cmp<'gc> {
    Now(bool),
    Wait(NativeResult<'gc>),
}

/// `sort_comp(a, b)`: `a < b` by the comparator or the `<` operator. When
/// that needs a call, the sort is saved in `state` (phase included) and
/// the outcome that makes the call is returned.
fn less<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: &[Value<'gc>],
    a: Value<'gc>,
    b: Value<'gc>,
) -> Cmp<'gc> {
    // One unit per comparison: about n log2 n in all.
    if let Err(e) = ctx.charge(1) {
        return Cmp::Wait(Err(e));
    }
    let cmp = state[S_CMP];
    if !cmp.is_nil() {
        return Cmp::Wait(Ok(Outcome::call(
            cmp,
            vec![a, b],
            Continuation::new(compared, state.to_vec()),
        )));
    }
    match compare::less_than(ctx, a, b) {
        Step::Done(v) => Cmp::Now(truthy(v)),
        Step::Error(e) => Cmp::Wait(Err(NativeError::Op(Box::new(e)))),
        step => Cmp::Wait(Ok(Outcome::step(
            step,
            Continuation::new(compared, state.to_vec()),
        ))),
    }
}

fn compared<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let r = result
        .map_err(NativeError::Throw)?
        .first()
        .copied()
        .unwrap_or_default();
    run(ctx, state, Some(truthy(r)))
}

/// ltablib.c `l_randomizePivot` mixes `clock()` and `time()`; omx stays
/// deterministic and mixes the interval instead.
fn randomize(lo: u64, up: u64) -> u64 {
    let mut x = lo.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ up;
    x ^= x >> 29;
    x & 0xFFFF_FFFF
}

/// Run the sort until a comparison needs a call or it is done. `answer`
/// is the result of the comparison the saved phase was waiting for.
fn run<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    mut answer: Option<bool>,
) -> NativeResult<'gc> {
    let (Value::Object(t), Value::Object(stack)) = (state[S_TABLE], state[S_STACK]) else {
        return Ok(Outcome::Return);
    };
    let geti = |i: u64| raw_get_int(t, i as i64);
    let seti = |ctx: &mut Ctx<'gc, '_>, i: u64, v: Value<'gc>| {
        let _ = raw_set(ctx.mc, t, Value::Int(i as i64), v);
    };
    let swap = |ctx: &mut Ctx<'gc, '_>, i: u64, j: u64| {
        let (a, b) = (geti(i), geti(j));
        seti(ctx, i, b);
        seti(ctx, j, a);
    };
    // A comparison: its answer, or return the call it waits for.
    macro_rules! less {
        ($phase:expr, $a:expr, $b:expr) => {
            match answer.take() {
                Some(r) => r,
                None => {
                    set(&mut state, S_PHASE, $phase as u64);
                    match less(ctx, &state, $a, $b) {
                        Cmp::Now(r) => r,
                        Cmp::Wait(outcome) => return outcome,
                    }
                }
            }
        };
    }
    let mut lo = get(&state, S_LO);
    let mut up = get(&state, S_UP);
    let mut rnd = get(&state, S_RND);
    let mut p = get(&state, S_P);
    let mut i = get(&state, S_I);
    let mut j = get(&state, S_J);
    let mut phase = get(&state, S_PHASE) as i64;
    loop {
        // Keep the locals in the state for a comparison that waits.
        set(&mut state, S_LO, lo);
        set(&mut state, S_UP, up);
        set(&mut state, S_RND, rnd);
        set(&mut state, S_P, p);
        set(&mut state, S_I, i);
        set(&mut state, S_J, j);
        match phase {
            HEAD => {
                if lo < up {
                    phase = ENDS;
                    continue;
                }
                // The interval is sorted: the next one, if any.
                let next = stack.with_array_mut(ctx.mc, |a| {
                    if a.len() < 3 {
                        return None;
                    }
                    let r = a.pop();
                    let u = a.pop();
                    let l = a.pop();
                    Some((l, u, r))
                });
                let Some((Some(l), Some(u), Some(r))) = next else {
                    return Ok(Outcome::Return);
                };
                let int = |v: Value<'_>| match v {
                    Value::Int(n) => n as u64,
                    _ => 0,
                };
                (lo, up, rnd) = (int(l), int(u), int(r));
            }
            ENDS => {
                if less!(ENDS, geti(up), geti(lo)) {
                    swap(ctx, lo, up);
                }
                if up - lo == 1 {
                    lo = up; // only 2 elements: done
                    phase = HEAD;
                    continue;
                }
                p = if up - lo < RANLIMIT || rnd == 0 {
                    (lo + up) / 2
                } else {
                    // choosePivot: in the middle half.
                    let r4 = (up - lo) / 4;
                    rnd % (r4 * 2) + (lo + r4)
                };
                phase = MID_LO;
            }
            MID_LO => {
                if less!(MID_LO, geti(p), geti(lo)) {
                    swap(ctx, p, lo);
                    phase = PIVOT;
                } else {
                    phase = UP_MID;
                }
            }
            UP_MID => {
                if less!(UP_MID, geti(up), geti(p)) {
                    swap(ctx, p, up);
                }
                phase = PIVOT;
            }
            PIVOT => {
                if up - lo == 2 {
                    lo = up; // only 3 elements: done
                    phase = HEAD;
                    continue;
                }
                // a[p] <-> a[up - 1]; the pivot P stays in the state.
                let pivot = geti(p);
                state[S_PIVOT] = pivot;
                seti(ctx, p, geti(up - 1));
                seti(ctx, up - 1, pivot);
                i = lo;
                j = up - 1;
                phase = SCAN_I;
                answer = None;
                // `++i` before the first comparison.
                i += 1;
            }
            SCAN_I => {
                // while a[i] < P (i already advanced)
                if less!(SCAN_I, geti(i), state[S_PIVOT]) {
                    if i == up - 1 {
                        return Err(NativeError::msg("invalid order function for sorting"));
                    }
                    i += 1;
                } else {
                    phase = SCAN_J;
                    j -= 1;
                }
            }
            SCAN_J => {
                // while P < a[j] (j already moved back)
                if less!(SCAN_J, state[S_PIVOT], geti(j)) {
                    if j < i {
                        return Err(NativeError::msg("invalid order function for sorting"));
                    }
                    j -= 1;
                } else if j < i {
                    // Partitioned: the pivot goes to i.
                    swap(ctx, up - 1, i);
                    p = i;
                    // Sort the smaller part first (lua5.4 recurses into
                    // it), then the larger one, whose pivot is randomized
                    // when the split was too uneven.
                    let (small, large, n) = if p - lo < up - p {
                        ((lo, p - 1), (p + 1, up), p - lo)
                    } else {
                        ((p + 1, up), (lo, p - 1), up - p)
                    };
                    let large_rnd = if (large.1.wrapping_sub(large.0)) / 128 > n {
                        randomize(large.0, large.1)
                    } else {
                        rnd
                    };
                    stack.with_array_mut(ctx.mc, |a| {
                        a.push(Value::Int(large.0 as i64));
                        a.push(Value::Int(large.1 as i64));
                        a.push(Value::Int(large_rnd as i64));
                    });
                    (lo, up) = small;
                    phase = HEAD;
                } else {
                    swap(ctx, i, j);
                    i += 1;
                    phase = SCAN_I;
                }
            }
            _ => return Ok(Outcome::Return),
        }
    }
}
