//! `table.sort` (Lua 5.4 §6.6) as a resumable bottom-up merge sort: each
//! comparison that needs a Lua call (a comparator or `__lt`) suspends the
//! sort in a continuation, so sorting never recurses into user code.
//! Numbers and strings without a comparator are sorted directly.

use omx_core::model::list::new_list;
use omx_core::model::Step;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::lua::compare;
use omx_core::protocol::lua::ops::truthy;
use omx_core::protocol::lua::table::{as_table, raw_get_int, raw_len, raw_set};
use omx_core::Value;

use super::args::*;

// State slots.
const S_TABLE: usize = 0;
const S_CMP: usize = 1;
const S_SRC: usize = 2;
const S_DST: usize = 3;
const S_N: usize = 4;
const S_WIDTH: usize = 5;
const S_LO: usize = 6;
const S_I: usize = 7;
const S_J: usize = 8;
const S_K: usize = 9;

fn get(state: &[Value<'_>], i: usize) -> i64 {
    match state[i] {
        Value::Int(n) => n,
        _ => 0,
    }
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
    let values: Vec<Value<'gc>> = (1..=n).map(|i| raw_get_int(t, i)).collect();
    if cmp.is_nil() {
        // Fast path: all numbers or all strings.
        let all_num = values
            .iter()
            .all(|v| matches!(v, Value::Int(_) | Value::Float(_)));
        let all_str = values.iter().all(|v| matches!(v, Value::Str(_)));
        if all_num || all_str {
            // About n log2 n comparisons (runtime/budget.rs).
            let n = values.len() as u64;
            ctx.charge(n * u64::from(64 - n.leading_zeros()))?;
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
            return Ok(Outcome::Return);
        }
    }
    let src = new_list(ctx.mc, ctx.rt.root_shape, values.len());
    src.with_array_mut(ctx.mc, |a| *a = values);
    let dst = new_list(ctx.mc, ctx.rt.root_shape, n as usize);
    dst.with_array_mut(ctx.mc, |a| *a = vec![Value::Nil; n as usize]);
    let state = vec![
        Value::Object(t),
        cmp,
        Value::Object(src),
        Value::Object(dst),
        Value::Int(n),
        Value::Int(1),
        Value::Int(0),
        Value::Int(0),
        Value::Int(0),
        Value::Int(-1),
    ];
    run(ctx, state, None)
}

/// Run merge steps until a comparison needs a call or the sort is done.
/// `answer` is the result of the pending comparison `src[j] < src[i]`.
fn run<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    mut answer: Option<bool>,
) -> NativeResult<'gc> {
    let (Value::Object(src), Value::Object(dst)) = (state[S_SRC], state[S_DST]) else {
        return Ok(Outcome::Return);
    };
    let (mut src, mut dst) = (src, dst);
    let n = get(&state, S_N) as usize;
    let cmp = state[S_CMP];
    let mut width = get(&state, S_WIDTH) as usize;
    let mut lo = get(&state, S_LO) as usize;
    let mut i = get(&state, S_I) as usize;
    let mut j = get(&state, S_J) as usize;
    let mut k = get(&state, S_K);
    while width < n {
        let mid = (lo + width).min(n);
        let hi = (lo + 2 * width).min(n);
        if k < 0 {
            // Start merging runs [lo, mid) and [mid, hi).
            i = lo;
            j = mid;
            k = lo as i64;
        }
        while (k as usize) < hi {
            let take_right = if i >= mid {
                true
            } else if j >= hi {
                false
            } else {
                let a = src.array_get(i);
                let b = src.array_get(j);
                match answer.take() {
                    Some(r) => r,
                    None => {
                        // Is b < a?
                        let direct = if cmp.is_nil() {
                            match compare::less_than(ctx, b, a) {
                                Step::Done(v) => Some(truthy(v)),
                                Step::Error(e) => return Err(NativeError::Op(Box::new(e))),
                                step => {
                                    save(&mut state, width, lo, i, j, k);
                                    return Ok(Outcome::step(
                                        step,
                                        Continuation::new(compared, state),
                                    ));
                                }
                            }
                        } else {
                            None
                        };
                        match direct {
                            Some(r) => r,
                            None => {
                                save(&mut state, width, lo, i, j, k);
                                return Ok(Outcome::call(
                                    cmp,
                                    vec![b, a],
                                    Continuation::new(compared, state),
                                ));
                            }
                        }
                    }
                }
            };
            let v = if take_right {
                j += 1;
                src.array_get(j - 1)
            } else {
                i += 1;
                src.array_get(i - 1)
            };
            dst.array_set(ctx.mc, k as usize, v);
            k += 1;
            // One unit per element merged: n log2 n in all.
            ctx.charge(1)?;
        }
        k = -1;
        lo += 2 * width;
        if lo >= n {
            lo = 0;
            width *= 2;
            std::mem::swap(&mut src, &mut dst);
            state[S_SRC] = Value::Object(src);
            state[S_DST] = Value::Object(dst);
        }
    }
    // The sorted values are in `src`: copy them back.
    if let Some(t) = as_table(state[S_TABLE]) {
        let sorted = src.with_array(|a| a.to_vec());
        for (idx, v) in sorted.into_iter().enumerate() {
            let _ = raw_set(ctx.mc, t, Value::Int(idx as i64 + 1), v);
        }
    }
    Ok(Outcome::Return)
}

fn save(state: &mut [Value<'_>], width: usize, lo: usize, i: usize, j: usize, k: i64) {
    state[S_WIDTH] = Value::Int(width as i64);
    state[S_LO] = Value::Int(lo as i64);
    state[S_I] = Value::Int(i as i64);
    state[S_J] = Value::Int(j as i64);
    state[S_K] = Value::Int(k);
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
