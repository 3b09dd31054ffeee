//! Byte offset to line number, in O(log n).

/// The offsets of every `\n` of a source, for mapping byte offsets to
/// 1-based line numbers by binary search.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    newlines: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &[u8]) -> LineIndex {
        let newlines = source
            .iter()
            .enumerate()
            .filter(|(_, &b)| b == b'\n')
            .map(|(i, _)| i as u32)
            .collect();
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
