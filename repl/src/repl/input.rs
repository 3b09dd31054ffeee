//! Reading one input: a line, or several when the parser says the input
//! is unfinished ("unexpected end of input"), with the continuation
//! prompt on the lines after the first. Python's compound statements end
//! at a blank line, as in CPython's REPL.

use std::cell::RefCell;

use omx::{Error, Lang, Runtime};
use rustyline::Editor;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;

use super::helper::ReplHelper;
use super::lang::{self, Echo};

pub enum Read {
    /// A whole input (code, or a `:command` line).
    Input(String),
    /// Ctrl-C: the input so far is dropped.
    Cancelled,
    /// Ctrl-D on an empty line (or the terminal went away).
    Eof,
}

/// Read lines until they make a complete input of `lang`.
/// (The runtime is borrowed only between lines: completion, while a line
/// is edited, borrows it too.)
pub fn read(
    editor: &mut Editor<ReplHelper, FileHistory>,
    rt: &RefCell<Runtime>,
    lang: Lang,
) -> Read {
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() {
            lang::prompt(lang)
        } else {
            lang::CONTINUATION_PROMPT
        };
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => return Read::Cancelled,
            // Ctrl-D inside an unfinished input hands it over as it is:
            // its "unexpected end of input" error is then reported.
            Err(ReadlineError::Eof) if !buffer.is_empty() => return Read::Input(buffer),
            Err(_) => return Read::Eof,
        };
        if buffer.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            if line.trim_start().starts_with(':') {
                return Read::Input(line);
            }
        } else {
            buffer.push('\n');
        }
        buffer.push_str(&line);
        if is_complete(&rt.borrow(), lang, &buffer, line.trim().is_empty()) {
            return Read::Input(buffer);
        }
    }
}

/// Whether `text` is a whole input: it parses, or fails for another
/// reason than running out of input (that error is then reported).
pub fn is_complete(rt: &Runtime, lang: Lang, text: &str, ends_with_blank_line: bool) -> bool {
    if lang::echo(lang) == Echo::ReturnValues
        && rt
            .check(lang, "stdin", format!("return {text}").as_bytes())
            .is_ok()
    {
        return true;
    }
    match rt.check(lang, "stdin", text.as_bytes()) {
        Err(Error::Syntax(e)) if e.is_unexpected_eof() => false,
        Ok(()) if lang::blocks_end_on_blank_line(lang) => {
            ends_with_blank_line || !opens_block(text)
        }
        _ => true,
    }
}

/// Whether a Python input holds a compound statement (`def f(): ...`,
/// `if x:` and its body, a decorator), which CPython's REPL ends only at
/// a blank line.
fn opens_block(text: &str) -> bool {
    const COMPOUND: [&str; 10] = [
        "def", "class", "if", "for", "while", "with", "try", "async", "match", "@",
    ];
    let first = text.trim_start();
    let starts_compound = COMPOUND.iter().any(|k| {
        first.starts_with(k)
            && first[k.len()..]
                .chars()
                .next()
                .is_none_or(|c| *k == "@" || !(c.is_alphanumeric() || c == '_'))
    });
    starts_compound
        || text
            .lines()
            .any(|l| l.split('#').next().unwrap_or("").trim_end().ends_with(':'))
}
