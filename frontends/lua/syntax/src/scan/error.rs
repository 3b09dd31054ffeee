//! Lexical errors, carried out of logos callbacks.

/// What a lexical error is "near", as `llex.c`'s `txtToken` prints it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Near {
    /// The token text read so far (printed quoted).
    Text(Vec<u8>),
    /// End of input (printed `<eof>`).
    #[default]
    Eof,
    /// No "near" part (Lua's semantic errors, e.g. "unknown attribute").
    Absent,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LexError {
    /// e.g. "malformed number"
    pub message: String,
    pub near: Near,
    /// Byte range to label.
    pub start: usize,
    pub end: usize,
    /// Label text under the span.
    pub label: &'static str,
}

impl Default for LexError {
    fn default() -> LexError {
        LexError {
            message: "unexpected symbol".to_string(),
            near: Near::Eof,
            start: 0,
            end: 0,
            label: "unexpected symbol",
        }
    }
}

impl LexError {
    pub fn new(
        message: impl Into<String>,
        near: Near,
        start: usize,
        end: usize,
        label: &'static str,
    ) -> LexError {
        LexError {
            message: message.into(),
            near,
            start,
            end,
            label,
        }
    }

    /// The full message, e.g. "unfinished string near '\"abc'".
    pub fn full_message(&self) -> String {
        match &self.near {
            Near::Text(text) => {
                format!("{} near '{}'", self.message, String::from_utf8_lossy(text))
            }
            Near::Eof => format!("{} near <eof>", self.message),
            Near::Absent => self.message.clone(),
        }
    }

    pub fn at_eof(&self) -> bool {
        self.near == Near::Eof
    }
}
