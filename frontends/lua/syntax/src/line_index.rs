//! Byte offset to line number, in O(log n). A line break is what Lua's
//! lexer counts (llex.c `inclinenumber`): `\n` or `\r`, and the pairs
//! `\r\n` and `\n\r` count once.

/// The offsets of the last byte of every line break of a source, for
/// mapping byte offsets to 1-based line numbers by binary search.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    newlines: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &[u8]) -> LineIndex {
        let mut newlines = Vec::new();
        let mut i = 0;
        while i < source.len() {
            let b = source[i];
            if b == b'\n' || b == b'\r' {
                // A `\r\n` or `\n\r` pair is one break.
                match source.get(i + 1) {
                    Some(&next) if (next == b'\n' || next == b'\r') && next != b => i += 1,
                    _ => {}
                }
                newlines.push(i as u32);
            }
            i += 1;
        }
        LineIndex { newlines }
    }

    /// 1-based line of byte `offset` (a newline belongs to the line it ends).
    pub fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&nl| (nl as usize) < offset) + 1
    }

    /// Number of lines (a final line without `\n` counts).
    pub fn line_count(&self) -> usize {
        self.newlines.len() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn cr_lf_and_their_pairs_each_end_one_line() {
        // llex.c inclinenumber: "\n", "\r", "\r\n" and "\n\r" are breaks.
        let src = b"a\nb\rc\r\nd\n\re\n\nf";
        let lines = LineIndex::new(src);
        let line_of = |c: u8| lines.line(src.iter().position(|&b| b == c).unwrap());
        let got: Vec<usize> = b"abcdef".iter().map(|&c| line_of(c)).collect();
        assert_eq!(got, vec![1, 2, 3, 4, 5, 7]);
        assert_eq!(lines.line_count(), 7);
    }
}
