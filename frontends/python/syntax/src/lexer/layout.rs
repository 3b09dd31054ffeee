//! The layout layer between the raw lexer and the grammar.
//!
//! It turns physical lines into logical ones the way CPython's tokenizer
//! does: NEWLINE ends a logical line except inside brackets; blank and
//! comment-only lines produce nothing; a backslash before a line end joins
//! lines (the raw lexer skips it); the indentation of each logical line
//! (tabs to the next multiple of 8) is compared with a stack and becomes
//! INDENT or DEDENT tokens. It also finds string and number ends, checks
//! bracket nesting, and reports indentation errors in CPython's words,
//! including "expected an indented block after 'if' statement on line 3".

use logos::Logos;
use omx_core::span::line_of;
use omx_core::{Span, SyntaxError, SyntaxErrorKind};

use super::raw::RawTok;
use super::scan::{scan_number, scan_string, Number, StringEnd};
use crate::errors;
use crate::limits::{MAX_INDENTS, MAX_PARENTHESES};
use crate::token::Tok;

/// A token with its absolute byte offsets, as lalrpop wants it.
pub type Spanned<'a> = (usize, Tok<'a>, usize);

/// The tokens of a text, plus indentation errors whose report waits for
/// the parser.
///
/// CPython reports "unexpected indent" and "expected an indented block"
/// only when the parser reaches that place: an earlier error (say a
/// missing `:`) wins. So the layer records them by offset, emits tokens as
/// if nothing were wrong, and the parser's error handler uses the record
/// when the parse fails at exactly that offset.
#[derive(Debug)]
pub struct Tokens<'a> {
    pub tokens: Vec<Spanned<'a>>,
    pub deferred: Vec<(usize, SyntaxError)>,
}

/// The offset under which [`Tokens::deferred`] files an error that
/// applies when the parse fails at the end of the input.
pub const AT_END: usize = usize::MAX;

/// What is being tokenized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A whole module.
    File,
    /// The expression of an f-string replacement field: behaves as if
    /// inside parentheses, and starts with [`Tok::FExprStart`].
    FExpr,
}

/// Indentation of one logical line: the column with tabs to multiples of
/// 8, and the column with tabs counted as 1 (to detect inconsistent tabs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Indent {
    column: usize,
    alternate: usize,
}

/// A block header line waiting for its indented body.
#[derive(Debug, Clone)]
enum Header {
    None,
    /// A compound statement header, e.g. "'if' statement on line 3".
    Compound(String),
    /// A line ending in `:` that is not a known compound statement
    /// (`match x:`): an indent is allowed, the grammar judges the rest.
    Other,
}

struct Layout<'a> {
    text: &'a str,
    base: usize,
    mode: Mode,
    tokens: Vec<Spanned<'a>>,
    indents: Vec<Indent>,
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    line_start: usize,
    /// First raw token of the current logical line and its offset.
    line_first: Option<(RawTok, usize)>,
    last_was_colon: bool,
    header: Header,
    deferred: Vec<(usize, SyntaxError)>,
    /// Memo for [`Layout::line_at`]: a byte offset and its 1-based line.
    line_memo: (usize, usize),
}

/// Tokenizes `text`, whose first byte is at offset `base` of the file.
pub fn tokenize(text: &str, base: usize, mode: Mode) -> Result<Tokens<'_>, SyntaxError> {
    let mut layout = Layout {
        text,
        base,
        mode,
        tokens: Vec::with_capacity(text.len() / 4 + 4),
        indents: vec![Indent {
            column: 0,
            alternate: 0,
        }],
        brackets: Vec::new(),
        at_line_start: mode == Mode::File,
        line_start: 0,
        line_first: None,
        last_was_colon: false,
        header: Header::None,
        deferred: Vec::new(),
        line_memo: (0, 1),
    };
    if mode == Mode::FExpr {
        layout.tokens.push((base, Tok::FExprStart, base));
    }
    layout.run()?;
    mark_with_parens(&mut layout.tokens);
    Ok(Tokens {
        tokens: layout.tokens,
        deferred: layout.deferred,
    })
}

impl<'a> Layout<'a> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        let mut lex = RawTok::lexer(self.text);
        while let Some(result) = lex.next() {
            let range = lex.span();
            let Ok(raw) = result else {
                return Err(self.bad_character(range.start));
            };
            match raw {
                RawTok::Newline => {
                    self.newline(range.start, range.end);
                    continue;
                }
                RawTok::Backslash => return Err(self.backslash(range.start)),
                _ => {}
            }
            if self.at_line_start {
                self.start_line(raw, range.start, range.end)?;
            }
            let (token, end) = match raw {
                RawTok::Name => {
                    let name = lex.slice();
                    if !name.is_ascii() {
                        self.check_identifier(name, range.start)?;
                    }
                    (Tok::Name(name), range.end)
                }
                RawTok::StringStart => {
                    let end = self.string_end(range.start, range.end)?;
                    lex.bump(end - range.end);
                    (Tok::String(&self.text[range.start..end]), end)
                }
                RawTok::NumberStart => {
                    let (number, len) = scan_number(&self.text[range.start..]).map_err(|e| {
                        // A literal cut short by the end of input (`0o`) is
                        // labelled at its last character.
                        let at = (range.start + e.at).min(self.text.len() - 1);
                        errors::invalid(e.message, self.span(at, at + 1), "invalid number literal")
                    })?;
                    let end = range.start + len;
                    lex.bump(end - range.end);
                    let token = match number {
                        Number::Int(value) => Tok::Int(value),
                        Number::Float(value) => Tok::Float(value),
                        Number::Imaginary(value) => Tok::Imaginary(value),
                    };
                    (token, end)
                }
                RawTok::Async | RawTok::Await => {
                    return Err(errors::unsupported("async", self.span(range.start, range.end))
                        .with_help("omx runs Python without async/await; use plain functions or generators"));
                }
                RawTok::LParen | RawTok::LBracket | RawTok::LBrace => {
                    if self.brackets.len() >= MAX_PARENTHESES {
                        return Err(errors::invalid(
                            "too many nested parentheses",
                            self.span(range.start, range.end),
                            format!("the {}st bracket open at once", MAX_PARENTHESES + 1),
                        )
                        .with_help(format!(
                            "Python allows {MAX_PARENTHESES} brackets open at once"
                        )));
                    }
                    let byte = self.text.as_bytes()[range.start];
                    self.brackets.push((byte, range.start));
                    (Tok::Simple(raw), range.end)
                }
                RawTok::RParen | RawTok::RBracket | RawTok::RBrace => {
                    self.close_bracket(range.start)?;
                    (Tok::Simple(raw), range.end)
                }
                _ => (Tok::Simple(raw), range.end),
            };
            self.last_was_colon = raw == RawTok::Colon;
            self.tokens
                .push((self.base + range.start, token, self.base + end));
        }
        self.finish()
    }

    fn bad_character(&self, at: usize) -> SyntaxError {
        let c = self.text[at..].chars().next().unwrap_or('?');
        let span = self.span(at, at + c.len_utf8());
        if c.is_ascii() {
            errors::invalid(
                "invalid syntax",
                span,
                "this character is not Python syntax",
            )
        } else {
            errors::invalid(
                format!("invalid character '{c}' (U+{:04X})", c as u32),
                span,
                "this character cannot appear here",
            )
        }
    }

    /// Non-ASCII identifiers: letters, digits, `_` and combining marks
    /// (an approximation of XID_Start/XID_Continue).
    fn check_identifier(&self, name: &str, start: usize) -> Result<(), SyntaxError> {
        for (i, c) in name.char_indices() {
            let ok = c == '_'
                || c.is_alphabetic()
                || (i > 0 && (c.is_numeric() || ('\u{300}'..='\u{36F}').contains(&c)));
            if !ok {
                return Err(self.bad_character(start + i));
            }
        }
        Ok(())
    }

    fn backslash(&self, at: usize) -> SyntaxError {
        if self.text[at + 1..].trim().is_empty() {
            errors::eof(
                "unexpected EOF while parsing",
                self.span(at, at + 1),
                "the line continues after this backslash, but the input ends",
            )
        } else {
            errors::invalid(
                "unexpected character after line continuation character",
                self.span(at, at + 1),
                "a line continuation backslash must end its line",
            )
        }
    }

    /// A physical line end.
    fn newline(&mut self, start: usize, end: usize) {
        let joined = self.mode == Mode::FExpr || !self.brackets.is_empty() || self.at_line_start;
        self.line_start = end;
        if joined {
            return;
        }
        self.end_logical_line(start, end);
    }

    fn end_logical_line(&mut self, start: usize, end: usize) {
        self.tokens
            .push((self.base + start, Tok::Newline, self.base + end));
        self.header = match (self.last_was_colon, self.line_first) {
            (true, Some((first, offset))) => match header_name(first) {
                Some(name) => {
                    let line = self.line_at(offset);
                    Header::Compound(format!("{name} on line {line}"))
                }
                None => Header::Other,
            },
            _ => Header::None,
        };
        self.at_line_start = true;
        self.line_first = None;
        self.last_was_colon = false;
    }

    /// 1-based line of `offset`, counting on from the previous query so
    /// that a whole file costs one pass (offsets only grow).
    fn line_at(&mut self, offset: usize) -> usize {
        let (from, line) = self.line_memo;
        if offset < from {
            return line_of(self.text, offset);
        }
        let more = self.text.as_bytes()[from..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line_memo = (offset, line + more);
        line + more
    }

    /// The first token of a logical line: compare its indentation.
    fn start_line(&mut self, raw: RawTok, start: usize, end: usize) -> Result<(), SyntaxError> {
        self.at_line_start = false;
        self.line_first = Some((raw, start));
        let indent = measure(&self.text[self.line_start.min(start)..start]);
        let top = self.indents.last().copied().unwrap_or(Indent {
            column: 0,
            alternate: 0,
        });
        let header = std::mem::replace(&mut self.header, Header::None);
        let token_span = self.span(start, end);
        if indent.column > top.column {
            if indent.alternate <= top.alternate {
                return Err(errors::tab(token_span));
            }
            if matches!(header, Header::None) {
                let error = errors::indentation(
                    SyntaxErrorKind::Invalid,
                    "unexpected indent",
                    token_span,
                    "this line is indented more than the block it is in",
                )
                .with_help("remove the extra indentation");
                let indent_start = self.line_start.min(start);
                self.deferred.push((self.base + indent_start, error));
            }
            if self.indents.len() >= MAX_INDENTS {
                return Err(errors::indentation(
                    SyntaxErrorKind::Invalid,
                    "too many levels of indentation",
                    token_span,
                    format!("the {}th level of indentation", MAX_INDENTS),
                )
                .with_help(format!(
                    "Python allows {} nested indented blocks",
                    MAX_INDENTS - 1
                )));
            }
            self.indents.push(indent);
            let indent_start = self.base + self.line_start.min(start);
            self.tokens
                .push((indent_start, Tok::Indent, self.base + start));
            return Ok(());
        }
        if let Header::Compound(after) = header {
            let error = errors::indentation(
                SyntaxErrorKind::Invalid,
                format!("expected an indented block after {after}"),
                token_span,
                "expected an indented line here",
            )
            .with_help("indent the body of the block, or write `pass`");
            self.deferred.push((self.base + start, error));
        }
        while indent.column < self.indents.last().map_or(0, |i| i.column) {
            self.indents.pop();
            self.tokens
                .push((self.base + start, Tok::Dedent, self.base + start));
        }
        let top = self.indents.last().copied().unwrap_or(indent);
        if indent.column != top.column {
            return Err(errors::indentation(
                SyntaxErrorKind::Invalid,
                "unindent does not match any outer indentation level",
                token_span,
                "this line's indentation matches no enclosing block",
            ));
        }
        if indent.alternate != top.alternate {
            return Err(errors::tab(token_span));
        }
        Ok(())
    }

    fn string_end(&self, start: usize, opened: usize) -> Result<usize, SyntaxError> {
        let opening = &self.text[start..opened];
        let quote = opening.as_bytes()[opening.len() - 1];
        let triple = opening.len() >= 3
            && opening.as_bytes()[opening.len() - 3..]
                .iter()
                .all(|&b| b == quote);
        match scan_string(&self.text[opened..], quote, triple) {
            StringEnd::Closed(len) => Ok(opened + len),
            StringEnd::Unterminated => {
                let line = line_of(self.text, start);
                Err(errors::invalid(
                    format!("unterminated string literal (detected at line {line})"),
                    self.span(start, opened),
                    "this string is not closed on its line",
                )
                .with_help("close the string with a matching quote, or use a triple-quoted string for several lines"))
            }
            StringEnd::UnterminatedTriple => {
                let mut line = line_of(self.text, self.text.len());
                if self.text.ends_with('\n') || self.text.ends_with('\r') {
                    line -= 1;
                }
                Err(errors::eof(
                    format!("unterminated triple-quoted string literal (detected at line {line})"),
                    self.span(start, opened),
                    "this string is never closed",
                ))
            }
        }
    }

    fn close_bracket(&mut self, at: usize) -> Result<(), SyntaxError> {
        let close = self.text.as_bytes()[at];
        let span = self.span(at, at + 1);
        let Some((open, open_at)) = self.brackets.pop() else {
            let message = if self.mode == Mode::FExpr {
                format!("f-string: unmatched '{}'", close as char)
            } else {
                format!("unmatched '{}'", close as char)
            };
            return Err(errors::invalid(message, span, "nothing to close here"));
        };
        let expected = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if close == expected {
            return Ok(());
        }
        let open_line = line_of(self.text, open_at);
        let close_line = line_of(self.text, at);
        let mut message = format!(
            "closing parenthesis '{}' does not match opening parenthesis '{}'",
            close as char, open as char
        );
        if open_line != close_line {
            message.push_str(&format!(" on line {open_line}"));
        }
        Err(
            errors::invalid(message, span, "this bracket does not match").with_help(format!(
                "close '{}' with '{}'",
                open as char, expected as char
            )),
        )
    }

    fn finish(&mut self) -> Result<(), SyntaxError> {
        let end = self.text.len();
        if let Some(&(open, at)) = self.brackets.last() {
            let message = format!("'{}' was never closed", open as char);
            let span = self.span(at, at + 1);
            return Err(match self.mode {
                Mode::File => errors::eof(message, span, "this bracket is never closed"),
                Mode::FExpr => errors::invalid(message, span, "this bracket is never closed"),
            });
        }
        if self.mode == Mode::FExpr {
            return Ok(());
        }
        if !self.at_line_start {
            self.end_logical_line(end, end);
        }
        if let Header::Compound(after) = &self.header {
            // Point at the header's last token (its colon).
            let colon = self
                .tokens
                .iter()
                .rev()
                .find(|t| !matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent))
                .map_or(Span::new(self.base + end, self.base + end), |t| {
                    Span::new(t.0, t.2)
                });
            let error = errors::indentation(
                SyntaxErrorKind::UnexpectedEof,
                format!("expected an indented block after {after}"),
                colon,
                "the input ends before the block's body",
            );
            self.deferred.push((AT_END, error));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens
                .push((self.base + end, Tok::Dedent, self.base + end));
        }
        Ok(())
    }
}

/// How CPython names a compound statement in "expected an indented block
/// after ...".
fn header_name(first: RawTok) -> Option<&'static str> {
    Some(match first {
        RawTok::If => "'if' statement",
        RawTok::Elif => "'elif' statement",
        RawTok::Else => "'else' statement",
        RawTok::While => "'while' statement",
        RawTok::For => "'for' statement",
        RawTok::Try => "'try' statement",
        RawTok::Except => "'except' statement",
        RawTok::Finally => "'finally' statement",
        RawTok::With => "'with' statement",
        RawTok::Def => "function definition",
        RawTok::Class => "class definition",
        _ => return None,
    })
}

/// The indentation of a line's leading whitespace.
fn measure(whitespace: &str) -> Indent {
    let mut indent = Indent {
        column: 0,
        alternate: 0,
    };
    for b in whitespace.bytes() {
        match b {
            b' ' => {
                indent.column += 1;
                indent.alternate += 1;
            }
            b'\t' => {
                indent.column = (indent.column / 8 + 1) * 8;
                indent.alternate += 1;
            }
            b'\x0C' => {
                indent.column = 0;
                indent.alternate = 0;
            }
            _ => {}
        }
    }
    indent
}

/// Marks the `(` of `with (a as b, c):` so the grammar can tell the item
/// list from a parenthesized expression.
fn mark_with_parens(tokens: &mut [Spanned<'_>]) {
    for i in 1..tokens.len() {
        if tokens[i - 1].1 != Tok::Simple(RawTok::With)
            || tokens[i].1 != Tok::Simple(RawTok::LParen)
        {
            continue;
        }
        let mut depth = 0usize;
        let mut close = None;
        for (j, token) in tokens.iter().enumerate().skip(i) {
            match token.1 {
                Tok::Simple(RawTok::LParen | RawTok::LBracket | RawTok::LBrace) => depth += 1,
                Tok::Simple(RawTok::RParen | RawTok::RBracket | RawTok::RBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                _ => {}
            }
        }
        if let Some(j) = close {
            if tokens
                .get(j + 1)
                .is_some_and(|t| t.1 == Tok::Simple(RawTok::Colon))
            {
                tokens[i].1 = Tok::WithParen;
            }
        }
    }
}
