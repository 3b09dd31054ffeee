//! ECMA-262 §6.1.4 The String Type: a JavaScript string is a sequence of
//! UTF-16 code units, and `length`, indexes, `charCodeAt`, `slice` and
//! `indexOf` count those units. omx stores strings as UTF-8 bytes, so an
//! index must be translated. ASCII text (one byte per unit, known once per
//! string through `Str::is_ascii`) is indexed by byte in O(1) without
//! copying; other text is widened to its units for the operation.

use std::cmp::Ordering;

use gc_arena::Mutation;

use crate::string::Str;

/// A string seen as UTF-16 code units.
pub enum Units<'a> {
    /// Every byte is one unit.
    Ascii(&'a [u8]),
    /// The units of non-ASCII text.
    Wide(Vec<u16>),
}

impl<'a> Units<'a> {
    pub fn of(s: Str<'a>) -> Units<'a> {
        if s.is_ascii() {
            Units::Ascii(s.as_bytes())
        } else {
            Units::Wide(s.to_str_lossy().encode_utf16().collect())
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Units::Ascii(b) => b.len(),
            Units::Wide(u) => u.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The unit at `i`.
    pub fn get(&self, i: usize) -> Option<u16> {
        match self {
            Units::Ascii(b) => b.get(i).map(|&c| c as u16),
            Units::Wide(u) => u.get(i).copied(),
        }
    }

    /// The code point starting at `i` (§6.1.4 CodePointAt): a lone
    /// surrogate is its own value.
    pub fn code_point(&self, i: usize) -> Option<u32> {
        match self {
            Units::Ascii(b) => b.get(i).map(|&c| c as u32),
            Units::Wide(u) => {
                let first = *u.get(i)?;
                let c = char::decode_utf16(u[i..].iter().copied()).next();
                Some(match c {
                    Some(Ok(c)) => c as u32,
                    _ => first as u32,
                })
            }
        }
    }

    /// The units `b..e` as a string (`e >= b`, both within the length);
    /// a single ASCII character is the runtime's shared one.
    pub fn slice<'gc>(
        &self,
        rt: &crate::runtime::RuntimeState<'gc>,
        mc: &Mutation<'gc>,
        b: usize,
        e: usize,
    ) -> Str<'gc> {
        match self {
            Units::Ascii(bytes) => rt.new_str(mc, &bytes[b..e]),
            Units::Wide(u) => Str::new(mc, String::from_utf16_lossy(&u[b..e]).as_bytes()),
        }
    }

    /// The first index at or after `from` where `needle` starts (§22.1.3.9
    /// StringIndexOf).
    pub fn index_of(&self, needle: &Units<'_>, from: usize) -> Option<usize> {
        if needle.is_empty() {
            return (from <= self.len()).then_some(from);
        }
        if from >= self.len() {
            return None;
        }
        match (self, needle) {
            (Units::Ascii(h), Units::Ascii(n)) => {
                crate::string::find_bytes(&h[from..], n).map(|i| i + from)
            }
            (Units::Ascii(_), Units::Wide(_)) => None,
            _ => {
                let (h, n) = (self.wide(), needle.wide());
                (from..=h.len().saturating_sub(n.len())).find(|&i| h[i..].starts_with(&n))
            }
        }
    }

    /// The last index at or before `from` where `needle` starts.
    pub fn last_index_of(&self, needle: &Units<'_>, from: usize) -> Option<usize> {
        if needle.len() > self.len() {
            return None;
        }
        let last = from.min(self.len() - needle.len());
        match (self, needle) {
            (Units::Ascii(h), Units::Ascii(n)) => {
                crate::string::rfind_bytes(&h[..last + n.len()], n)
            }
            (Units::Ascii(_), Units::Wide(_)) if !needle.is_empty() => None,
            _ => {
                let (h, n) = (self.wide(), needle.wide());
                (0..=last).rev().find(|&i| h[i..].starts_with(&n))
            }
        }
    }

    /// Whether `needle` occurs at `at`.
    pub fn has_at(&self, needle: &Units<'_>, at: usize) -> bool {
        match (self, needle) {
            (Units::Ascii(h), Units::Ascii(n)) => h.get(at..).is_some_and(|t| t.starts_with(n)),
            _ => {
                let (h, n) = (self.wide(), needle.wide());
                h.get(at..).is_some_and(|t| t.starts_with(&n))
            }
        }
    }

    fn wide(&self) -> std::borrow::Cow<'_, [u16]> {
        match self {
            Units::Ascii(b) => b.iter().map(|&c| c as u16).collect(),
            Units::Wide(u) => std::borrow::Cow::Borrowed(u),
        }
    }
}

/// The length in UTF-16 code units (`s.length`).
pub fn len16(s: Str<'_>) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.to_str_lossy().encode_utf16().count()
    }
}

/// Code unit order (§7.2.13 IsLessThan on strings), without copying.
pub fn compare(a: Str<'_>, b: Str<'_>) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.as_bytes().cmp(b.as_bytes());
    }
    a.to_str_lossy()
        .encode_utf16()
        .cmp(b.to_str_lossy().encode_utf16())
}

#[cfg(test)]
mod tests {
    use super::*;
    use gc_arena::{Arena, Rootable};

    #[test]
    fn ascii_and_wide_agree() {
        let arena = Arena::<Rootable![()]>::new(|_| ());
        arena.mutate(|mc, _| {
            let rt = crate::runtime::RuntimeState::new(mc);
            let a = Str::new(mc, b"hello, world");
            let w = Str::new(mc, "h\u{e9}llo, w\u{1F600}rld".as_bytes());
            let (ua, uw) = (Units::of(a), Units::of(w));
            assert!(matches!(ua, Units::Ascii(_)));
            assert!(matches!(uw, Units::Wide(_)));
            assert_eq!((ua.len(), uw.len()), (12, 13));
            assert_eq!(len16(w), 13);
            assert_eq!(uw.get(1), Some(0xe9));
            assert_eq!(uw.get(8), Some(0xD83D));
            assert_eq!(uw.code_point(8), Some(0x1F600));
            assert_eq!(uw.code_point(9), Some(0xDE00));
            let o = Units::of(Str::new(mc, b"o"));
            assert_eq!(ua.index_of(&o, 0), Some(4));
            assert_eq!(ua.index_of(&o, 5), Some(8));
            let r = Units::of(Str::new(mc, b"r"));
            assert_eq!(uw.index_of(&r, 5), Some(10));
            assert_eq!(uw.index_of(&o, 5), None);
            assert_eq!(ua.last_index_of(&o, 100), Some(8));
            assert_eq!(ua.last_index_of(&o, 7), Some(4));
            assert_eq!(uw.last_index_of(&r, 100), Some(10));
            assert_eq!(uw.last_index_of(&o, 100), Some(4));
            let e = Units::of(Str::new(mc, b""));
            assert_eq!(ua.index_of(&e, 12), Some(12));
            assert_eq!(ua.index_of(&e, 13), None);
            assert_eq!(ua.slice(&rt, mc, 7, 12).as_bytes(), b"world");
            assert_eq!(uw.slice(&rt, mc, 0, 2).as_bytes(), "h\u{e9}".as_bytes());
            assert!(ua.has_at(&Units::of(Str::new(mc, b"wor")), 7));
            assert_eq!(compare(a, w), std::cmp::Ordering::Less);
            // U+FF61 sorts before U+1F600 in UTF-8 but after it in UTF-16.
            let hi = Str::new(mc, "\u{FF61}".as_bytes());
            let astral = Str::new(mc, "\u{1F600}".as_bytes());
            assert_eq!(compare(hi, astral), std::cmp::Ordering::Greater);
        });
    }
}
