//! One stable sort for runtime values. Each `sort_by` call with its own
//! closure is a separate copy of the standard library's sort (about 5 KB of
//! WebAssembly each); the language libraries sort values through this one
//! function, so the browser build carries one copy.

use std::cmp::Ordering;

use crate::value::Value;

/// Sort `v` stably by `cmp` (which must be a total order for a sorted
/// result; an inconsistent one leaves some permutation, never a panic).
pub fn sort_values_by<'gc>(
    v: &mut [Value<'gc>],
    cmp: &mut dyn FnMut(Value<'gc>, Value<'gc>) -> Ordering,
) {
    v.sort_by(|a, b| cmp(*a, *b));
}

/// Sort `v` stably by a byte-string key of each element (byte order, so
/// also `String` order). The sort itself runs once over indices, shared by
/// every caller; only the small key and permutation steps are per type.
pub fn sort_by_bytes<T>(v: &mut Vec<T>, key: fn(&T) -> &[u8]) {
    let mut idx: Vec<usize> = (0..v.len()).collect();
    {
        let keys: Vec<&[u8]> = v.iter().map(key).collect();
        sort_indices(&mut idx, &mut |a, b| keys[a].cmp(keys[b]));
    }
    let mut old: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(idx.iter().filter_map(|&i| old[i].take()));
}

fn sort_indices(idx: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    idx.sort_by(|a, b| cmp(*a, *b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<Value<'_>> = vec![
            Value::Int(3),
            Value::Float(1.0),
            Value::Int(1),
            Value::Int(2),
        ];
        let key = |x: Value<'_>| match x {
            Value::Int(i) => i as f64,
            Value::Float(f) => f,
            _ => 0.0,
        };
        sort_values_by(&mut v, &mut |a, b| key(a).total_cmp(&key(b)));
        let shown: Vec<String> = v.iter().map(|x| format!("{x:?}")).collect();
        assert_eq!(shown, ["Float(1.0)", "Int(1)", "Int(2)", "Int(3)"]);
    }

    #[test]
    fn sorts_by_bytes_stably() {
        let mut v = vec![("b", 1), ("a", 2), ("b", 0), ("", 3), ("ab", 4)];
        sort_by_bytes(&mut v, |e| e.0.as_bytes());
        assert_eq!(v, [("", 3), ("a", 2), ("ab", 4), ("b", 1), ("b", 0)]);
    }
}
