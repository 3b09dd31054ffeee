//! The line editor's helper: completion from the runtime's object model,
//! highlighting of the current language. (Multi-line input is read a line
//! at a time in input.rs, so that each continuation line shows `..> `.)

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use omx::{Lang, Runtime};
use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use super::commands::COMMANDS;
use super::highlight;
use super::lang;

pub struct ReplHelper {
    rt: Rc<RefCell<Runtime>>,
    lang: Rc<Cell<Lang>>,
}

impl ReplHelper {
    pub fn new(rt: Rc<RefCell<Runtime>>, lang: Rc<Cell<Lang>>) -> ReplHelper {
        ReplHelper { rt, lang }
    }

    /// The completions of the text before the cursor: where the replaced
    /// word starts, and the candidates.
    pub fn candidates(&self, before: &str) -> (usize, Vec<String>) {
        if let Some(command) = before.trim_start().strip_prefix(':') {
            if command.contains(char::is_whitespace) {
                return (before.len(), Vec::new());
            }
            let start = before.len() - command.len();
            let names = COMMANDS
                .iter()
                .filter(|c| c.name.starts_with(command))
                .map(|c| c.name.to_string())
                .collect();
            return (start, names);
        }
        let lang = self.lang.get();
        let word = match lang {
            Lang::Perl => Word::perl_method(before).or_else(|| Word::before(before)),
            _ => Word::before(before),
        };
        let Some(word) = word else {
            return (before.len(), Vec::new());
        };
        let mut names = match self.rt.try_borrow_mut() {
            Ok(mut rt) => rt.completions(lang, &word.path),
            Err(_) => Vec::new(),
        };
        if word.path.is_empty() {
            names.extend(lang::keywords(lang).iter().map(|k| k.to_string()));
        }
        names.retain(|n| n.starts_with(word.prefix) && is_identifier(n));
        names.sort();
        names.dedup();
        (before.len() - word.prefix.len(), names)
    }
}

/// The dotted name being typed before the cursor: `a.b:c` is the path
/// `[a, b]` and the prefix `c`.
struct Word<'a> {
    path: Vec<&'a str>,
    prefix: &'a str,
}

impl<'a> Word<'a> {
    /// A Perl method name being typed after `$name->` or `Package->`:
    /// the path is that one invocant.
    fn perl_method(text: &'a str) -> Option<Word<'a>> {
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let prefix_start = text
            .char_indices()
            .rev()
            .take_while(|&(_, c)| ident(c))
            .last()
            .map_or(text.len(), |(i, _)| i);
        let head = text[..prefix_start].strip_suffix("->")?;
        let start = head
            .char_indices()
            .rev()
            .take_while(|&(_, c)| ident(c) || c == ':')
            .last()
            .map_or(head.len(), |(i, _)| i);
        let start = match head[..start].strip_suffix('$') {
            Some(rest) => rest.len(),
            None => start,
        };
        let invocant = &head[start..];
        if invocant.is_empty() || invocant == "$" {
            return None;
        }
        Some(Word {
            path: vec![invocant],
            prefix: &text[prefix_start..],
        })
    }

    fn before(text: &'a str) -> Option<Word<'a>> {
        let start = text
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.' || c == ':')
            .last()
            .map_or(text.len(), |(i, _)| i);
        let word = &text[start..];
        if word.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ':') {
            return None;
        }
        let mut parts: Vec<&str> = word.split(['.', ':']).collect();
        let prefix = parts.pop().unwrap_or("");
        if parts.iter().any(|p| p.is_empty()) {
            return None;
        }
        Some(Word {
            path: parts,
            prefix,
        })
    }
}

fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let pos = pos.min(line.len());
        match line.get(..pos) {
            Some(before) => Ok(self.candidates(before)),
            None => Ok((pos, Vec::new())),
        }
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _: usize) -> Cow<'l, str> {
        if line.trim_start().starts_with(':') {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight::paint(self.lang.get(), line))
    }

    fn highlight_char(&self, _: &str, _: usize, _: CmdKind) -> bool {
        true
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

#[cfg(test)]
mod tests {
    use super::Word;

    fn parts(word: Option<Word<'_>>) -> Option<(Vec<&str>, &str)> {
        word.map(|w| (w.path, w.prefix))
    }

    #[test]
    fn lua_method_and_field_paths() {
        assert_eq!(parts(Word::before("x = dog:ba")), Some((vec!["dog"], "ba")));
        assert_eq!(parts(Word::before("a.b.c")), Some((vec!["a", "b"], "c")));
        assert_eq!(parts(Word::before("1.5")), None);
    }

    #[test]
    fn perl_invocants_before_an_arrow() {
        assert_eq!(
            parts(Word::perl_method("print $tom->yo")),
            Some((vec!["$tom"], "yo"))
        );
        assert_eq!(
            parts(Word::perl_method("My::Cat->")),
            Some((vec!["My::Cat"], ""))
        );
        assert_eq!(parts(Word::perl_method("$->x")), None);
        assert_eq!(parts(Word::perl_method("$tom.yo")), None);
    }
}
