//! The entry points: source bytes in, AST or syntax error out.

use omx_core::{Span, SyntaxError};

use crate::ast::Chunk;
use crate::grammar::BlockParser;
use crate::lexer::Lexer;
use crate::line_index::LineIndex;
use crate::report;

/// Parses a Lua 5.4 chunk. `chunk_name` names the source in diagnostics.
///
/// Source is bytes: Lua strings may hold any byte, so a chunk need not be
/// UTF-8. A leading byte order mark and a first line starting with `#`
/// are skipped, as `lua5.4` does for files.
pub fn parse(source: &[u8], chunk_name: &str) -> Result<Chunk, SyntaxError> {
    match BlockParser::new().parse(Lexer::new(source)) {
        Ok(block) => Ok(Chunk {
            block,
            span: Span::new(0, source.len()),
        }),
        Err(error) => {
            Err(report::syntax_error(source, error).with_source(chunk_name, &display_text(source)))
        }
    }
}

/// The line index of `source`, to map byte offsets (spans) to lines.
pub fn line_index(source: &[u8]) -> LineIndex {
    LineIndex::new(source)
}

/// `source` as text with every byte at the same offset: invalid UTF-8
/// bytes read as `?`, so spans still point at the right characters. One
/// space is appended so that a label at the end of input (after a final
/// newline) has a character to point at.
fn display_text(source: &[u8]) -> String {
    let mut text = String::with_capacity(source.len() + 1);
    for chunk in source.utf8_chunks() {
        text.push_str(chunk.valid());
        text.extend(std::iter::repeat_n('?', chunk.invalid().len()));
    }
    text.push(' ');
    text
}
