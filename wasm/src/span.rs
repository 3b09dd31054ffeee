//! Byte offsets (omx's spans) to what the editor counts: UTF-16 code
//! units, and 1-based line and column.

/// The UTF-16 offset of byte `at` of `source` (clamped to its length and
/// to a character boundary).
pub fn utf16_offset(source: &str, at: usize) -> usize {
    let at = floor_boundary(source, at);
    source[..at].encode_utf16().count()
}

/// The 1-based line and column (in characters) of byte `at`.
pub fn line_column(source: &str, at: usize) -> (usize, usize) {
    let before = &source[..floor_boundary(source, at)];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

fn floor_boundary(source: &str, at: usize) -> usize {
    let mut at = at.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_utf16_units_and_lines_count_from_one() {
        let s = "a = 'é😀'\nb = (";
        let paren = s.find('(').unwrap();
        assert_eq!(utf16_offset(s, paren), 14);
        assert_eq!(line_column(s, paren), (2, 5));
        assert_eq!(line_column(s, 0), (1, 1));
        assert_eq!(utf16_offset(s, 999), s.encode_utf16().count());
        // inside 'é': the character's start
        assert_eq!(utf16_offset(s, 6), 5);
    }
}
