//! First pass: raw logos tokens to parser tokens, deciding regex literals,
//! templates and keywords by context.

use logos::Logos;
use omx_core::Span;

use super::literal::{bigint_text, cook, number_value};
use super::raw::RawTok;
use super::restrict::restrict;
use super::token::{keyword, RegexLit, Tok};
use super::Lexed;
use crate::diag::Diag;

/// An open bracket, remembered until its closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// `{` of a block or body: a `/` after its `}` starts a regex.
    Block,
    /// `{` of an object literal: a `/` after its `}` divides.
    Object,
    /// `${` inside a template (opened by the backtick at this offset): its
    /// `}` resumes the template.
    Template(usize),
    /// `(`; `header` when it follows `if`/`while`/`for`/`with`.
    Paren {
        header: bool,
    },
    Bracket,
}

/// A token of the first pass, with the line-break flag.
pub(super) struct Pending<'s> {
    pub start: usize,
    pub tok: Tok<'s>,
    pub end: usize,
    pub nl_before: bool,
}

struct Layer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, RawTok>,
    /// Offset of `raw`'s text in `src` (the lexer restarts after hand scans).
    base: usize,
    open: Vec<Open>,
    out: Vec<Pending<'s>>,
    template_errors: Vec<(usize, super::EscapeError)>,
    nl_before: bool,
    /// A `/` here starts a regex literal.
    regex_ok: bool,
}

/// Lex `src` into the token stream the grammar reads.
pub fn lex(src: &str) -> Result<Lexed<'_>, Diag> {
    let mut layer = Layer::new(src);
    layer.run()?;
    let template_errors = std::mem::take(&mut layer.template_errors);
    let mut lexed = restrict(src, layer.out)?;
    lexed.template_errors = template_errors;
    Ok(lexed)
}

/// The first pass's tokens up to the first lexical error, and that
/// error's span: what the REPL's highlighter colours (the parser reads
/// [`lex`]). The same context rules decide regex literals and templates.
pub fn lex_prefix(src: &str) -> (Vec<(usize, Tok<'_>, usize)>, Option<Span>) {
    let mut layer = Layer::new(src);
    let error = layer.run().err().map(|d| d.span);
    let tokens = layer.out.into_iter().map(|p| (p.start, p.tok, p.end));
    (tokens.collect(), error)
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '$' || c == '_' || c == '\\' || (c as u32) >= 0x80
}

impl<'s> Layer<'s> {
    fn new(src: &'s str) -> Layer<'s> {
        let mut start = 0;
        if src.starts_with("#!") {
            start = src.find(['\n', '\r']).unwrap_or(src.len());
        }
        Layer {
            src,
            raw: RawTok::lexer(&src[start..]),
            base: start,
            open: Vec::new(),
            out: Vec::with_capacity(src.len() / 4),
            template_errors: Vec::new(),
            nl_before: false,
            regex_ok: true,
        }
    }

    fn restart(&mut self, at: usize) {
        self.base = at;
        self.raw = RawTok::lexer(&self.src[at..]);
    }

    fn push(&mut self, start: usize, tok: Tok<'s>, end: usize, regex_ok_after: bool) {
        self.out.push(Pending {
            start,
            tok,
            end,
            nl_before: self.nl_before,
        });
        self.nl_before = false;
        self.regex_ok = regex_ok_after;
    }

    fn after_dot(&self) -> bool {
        matches!(
            self.out.last().map(|p| &p.tok),
            Some(Tok::Dot | Tok::QuestionDot)
        )
    }

    fn run(&mut self) -> Result<(), Diag> {
        while let Some(result) = self.raw.next() {
            let range = self.raw.span();
            let (start, end) = (range.start + self.base, range.end + self.base);
            let span = Span::new(start, end);
            let Ok(raw) = result else {
                let eof = end >= self.src.len() && self.src[start..].starts_with('\\');
                let d = Diag::new("Invalid or unexpected token", span, "unexpected character");
                return Err(if eof { d.eof() } else { d });
            };
            let text = &self.src[start..end];
            match raw {
                RawTok::Newline => self.nl_before = true,
                RawTok::LineComment => {}
                RawTok::BlockComment => {
                    if text.contains(['\n', '\r', '\u{2028}', '\u{2029}']) {
                        self.nl_before = true;
                    }
                }
                RawTok::UnterminatedComment => {
                    return Err(Diag::new(
                        "Invalid or unexpected token",
                        span,
                        "this comment is never closed",
                    )
                    .help("close the comment with */")
                    .eof());
                }
                RawTok::Ident => self.word(start, text, end),
                RawTok::PrivateName => self.push(start, Tok::PrivateName(&text[1..]), end, false),
                RawTok::Decimal | RawTok::Hex | RawTok::Octal | RawTok::Binary => {
                    self.check_after_number(end)?;
                    let value = number_value(text).map_err(|m| Diag::new(m, span, "bad number"))?;
                    self.push(start, Tok::Number(value), end, false);
                }
                RawTok::BigInt => {
                    self.check_after_number(end)?;
                    let digits = bigint_text(text).map_err(|m| Diag::new(m, span, "bad BigInt"))?;
                    self.push(start, Tok::BigInt(digits), end, false);
                }
                RawTok::String => {
                    let body = &text[1..text.len() - 1];
                    let value = cook(body, false).map_err(|(at, e)| {
                        let at = start + 1 + at;
                        Diag::new(e.message(), Span::new(at, at + 2), "bad escape")
                    })?;
                    self.push(start, Tok::String(value), end, false);
                }
                RawTok::UnterminatedString => {
                    let d = Diag::new("Invalid or unexpected token", span, "unterminated string")
                        .help("close the string with the quote it opened with");
                    return Err(if end >= self.src.len() { d.eof() } else { d });
                }
                RawTok::Backtick => self.template(start, None)?,
                RawTok::Slash | RawTok::SlashAssign if self.regex_ok => self.regex(start)?,
                RawTok::QuestionDot
                    if self.src[end..].starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    // `a?.5:b` is a conditional, not optional chaining.
                    self.push(start, Tok::Question, start + 1, true);
                    self.restart(start + 1);
                }
                RawTok::LBrace => {
                    let kind = self.brace_kind();
                    self.open.push(kind);
                    self.push(start, Tok::LBrace, end, true);
                }
                RawTok::RBrace => match self.open.pop() {
                    Some(Open::Template(origin)) => self.template(start, Some(origin))?,
                    Some(Open::Object) => self.push(start, Tok::RBrace, end, false),
                    _ => self.push(start, Tok::RBrace, end, true),
                },
                RawTok::LParen => {
                    let header = matches!(
                        self.out.last().map(|p| &p.tok),
                        Some(Tok::If | Tok::While | Tok::For | Tok::With)
                    ) && !self.after_keyword_dot();
                    self.open.push(Open::Paren { header });
                    self.push(start, Tok::LParen, end, true);
                }
                RawTok::RParen => {
                    let header = match self.open.last() {
                        Some(Open::Paren { header }) => {
                            let h = *header;
                            self.open.pop();
                            h
                        }
                        _ => false,
                    };
                    self.push(start, Tok::RParen, end, header);
                }
                RawTok::LBracket => {
                    self.open.push(Open::Bracket);
                    self.push(start, Tok::LBracket, end, true);
                }
                RawTok::RBracket => {
                    if self.open.last() == Some(&Open::Bracket) {
                        self.open.pop();
                    }
                    self.push(start, Tok::RBracket, end, false);
                }
                other => {
                    let tok = punctuator(other);
                    let regex_after = !matches!(tok, Tok::PlusPlus | Tok::MinusMinus);
                    self.push(start, tok, end, regex_after);
                }
            }
        }
        Ok(())
    }

    /// `x.if (` is a call of a method named `if`, not a header.
    fn after_keyword_dot(&self) -> bool {
        let n = self.out.len();
        n >= 2 && matches!(self.out[n - 2].tok, Tok::Dot | Tok::QuestionDot)
    }

    fn check_after_number(&self, end: usize) -> Result<(), Diag> {
        match self.src[end..].chars().next() {
            Some(c) if is_id_char(c) => Err(Diag::new(
                "Invalid or unexpected token",
                Span::new(end, end + c.len_utf8()),
                "a number cannot be followed by a name",
            )),
            _ => Ok(()),
        }
    }

    fn word(&mut self, start: usize, text: &'s str, end: usize) {
        if self.after_dot() {
            // A property name: keep keywords as words, never a regex after.
            let tok = keyword(text).unwrap_or(Tok::Ident(text));
            self.push(start, tok, end, false);
            return;
        }
        match keyword(text) {
            Some(tok) => {
                let regex_after = !tok.ends_operand();
                self.push(start, tok, end, regex_after);
            }
            None => self.push(start, Tok::Ident(text), end, false),
        }
    }

    fn brace_kind(&self) -> Open {
        let Some(last) = self.out.last() else {
            return Open::Block;
        };
        if self.nl_before && last.tok.ends_operand() {
            return Open::Block;
        }
        match last.tok {
            Tok::Semi
            | Tok::LBrace
            | Tok::RBrace
            | Tok::RParen
            | Tok::Else
            | Tok::Do
            | Tok::Try
            | Tok::Finally
            | Tok::Arrow => Open::Block,
            _ => Open::Object,
        }
    }

    /// Scan a template chunk starting after the backtick or the `}` at
    /// `start`, and emit the token for it. `origin` is the opening backtick
    /// of a continued template.
    fn template(&mut self, start: usize, origin: Option<usize>) -> Result<(), Diag> {
        let continued = origin.is_some();
        let open_at = origin.unwrap_or(start);
        let bytes = self.src.as_bytes();
        let body_start = start + 1;
        let mut i = body_start;
        loop {
            match bytes.get(i) {
                None => {
                    return Err(Diag::new(
                        "Unterminated template literal",
                        Span::new(open_at, self.src.len()),
                        "this template is never closed",
                    )
                    .help("close the template with a backtick")
                    .eof());
                }
                Some(b'\\') => i += 2,
                Some(b'`') => break,
                Some(b'$') if bytes.get(i + 1) == Some(&b'{') => break,
                Some(_) => i += 1,
            }
        }
        let i = i.min(self.src.len());
        let raw_text = &self.src[body_start..i];
        let raw = raw_text.replace("\r\n", "\n").replace('\r', "\n");
        let cooked = match cook(raw_text, true) {
            Ok(c) => Some(c),
            Err((_, e)) => {
                self.template_errors.push((body_start, e));
                None
            }
        };
        let closing = bytes.get(i) == Some(&b'`');
        let end = if closing { i + 1 } else { i + 2 };
        let part = crate::ast::TemplatePart {
            cooked,
            raw,
            span: Span::new(body_start, i),
        };
        let tok = match (continued, closing) {
            (false, true) => Tok::TemplateFull(part),
            (false, false) => Tok::TemplateHead(part),
            (true, false) => Tok::TemplateMiddle(part),
            (true, true) => Tok::TemplateTail(part),
        };
        if !closing {
            self.open.push(Open::Template(open_at));
        }
        let regex_after = !closing;
        self.push(start, tok, end, regex_after);
        self.restart(end);
        Ok(())
    }

    /// Scan a regex literal whose `/` is at `start`.
    fn regex(&mut self, start: usize) -> Result<(), Diag> {
        let src = self.src;
        let mut in_class = false;
        let mut chars = src[start + 1..].char_indices();
        let body_end = loop {
            let Some((at, c)) = chars.next() else {
                return Err(missing_slash(start, src.len()).eof());
            };
            match c {
                '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                    return Err(missing_slash(start, start + 1 + at));
                }
                '\\' => match chars.next() {
                    None => return Err(missing_slash(start, src.len()).eof()),
                    Some((at, '\n' | '\r' | '\u{2028}' | '\u{2029}')) => {
                        return Err(missing_slash(start, start + 1 + at));
                    }
                    Some(_) => {}
                },
                '[' => in_class = true,
                ']' => in_class = false,
                '/' if !in_class => break start + 1 + at,
                _ => {}
            }
        };
        let flags_start = body_end + 1;
        let flags_len = src[flags_start..]
            .find(|c: char| !is_id_char(c) || c == '\\')
            .unwrap_or(src.len() - flags_start);
        let flags = &src[flags_start..flags_start + flags_len];
        let end = flags_start + flags_len;
        let mut seen = String::new();
        for c in flags.chars() {
            if !"dgimsuy".contains(c) || seen.contains(c) {
                return Err(Diag::new(
                    "Invalid regular expression flags",
                    Span::new(flags_start, end),
                    "unknown or repeated flag",
                ));
            }
            seen.push(c);
        }
        let lit = RegexLit {
            pattern: &src[start + 1..body_end],
            flags,
        };
        self.push(start, Tok::Regex(lit), end, false);
        self.restart(end);
        Ok(())
    }
}

fn missing_slash(start: usize, end: usize) -> Diag {
    Diag::new(
        "Invalid regular expression: missing /",
        Span::new(start, end),
        "this regular expression is never closed",
    )
    .help("end the regular expression with /")
}

fn punctuator(raw: RawTok) -> Tok<'static> {
    match raw {
        RawTok::Dot => Tok::Dot,
        RawTok::Ellipsis => Tok::Ellipsis,
        RawTok::Semi => Tok::Semi,
        RawTok::Comma => Tok::Comma,
        RawTok::Lt => Tok::Lt,
        RawTok::Gt => Tok::Gt,
        RawTok::Le => Tok::Le,
        RawTok::Ge => Tok::Ge,
        RawTok::EqEq => Tok::EqEq,
        RawTok::NotEq => Tok::NotEq,
        RawTok::EqEqEq => Tok::EqEqEq,
        RawTok::NotEqEq => Tok::NotEqEq,
        RawTok::Plus => Tok::Plus,
        RawTok::Minus => Tok::Minus,
        RawTok::Star => Tok::Star,
        RawTok::Slash => Tok::Slash,
        RawTok::Percent => Tok::Percent,
        RawTok::StarStar => Tok::StarStar,
        RawTok::PlusPlus => Tok::PlusPlus,
        RawTok::MinusMinus => Tok::MinusMinus,
        RawTok::Shl => Tok::Shl,
        RawTok::Shr => Tok::Shr,
        RawTok::UShr => Tok::UShr,
        RawTok::Amp => Tok::Amp,
        RawTok::Pipe => Tok::Pipe,
        RawTok::Caret => Tok::Caret,
        RawTok::Bang => Tok::Bang,
        RawTok::Tilde => Tok::Tilde,
        RawTok::AmpAmp => Tok::AmpAmp,
        RawTok::PipePipe => Tok::PipePipe,
        RawTok::Nullish => Tok::Nullish,
        RawTok::Question => Tok::Question,
        RawTok::QuestionDot => Tok::QuestionDot,
        RawTok::Colon => Tok::Colon,
        RawTok::Assign => Tok::Assign,
        RawTok::PlusAssign => Tok::PlusAssign,
        RawTok::MinusAssign => Tok::MinusAssign,
        RawTok::StarAssign => Tok::StarAssign,
        RawTok::SlashAssign => Tok::SlashAssign,
        RawTok::PercentAssign => Tok::PercentAssign,
        RawTok::StarStarAssign => Tok::StarStarAssign,
        RawTok::ShlAssign => Tok::ShlAssign,
        RawTok::ShrAssign => Tok::ShrAssign,
        RawTok::UShrAssign => Tok::UShrAssign,
        RawTok::AmpAssign => Tok::AmpAssign,
        RawTok::PipeAssign => Tok::PipeAssign,
        RawTok::CaretAssign => Tok::CaretAssign,
        RawTok::AndAssign => Tok::AndAssign,
        RawTok::OrAssign => Tok::OrAssign,
        RawTok::NullishAssign => Tok::NullishAssign,
        RawTok::Arrow => Tok::Arrow,
        // Handled by the caller; unreachable in practice, harmless if not.
        RawTok::Newline
        | RawTok::LineComment
        | RawTok::BlockComment
        | RawTok::UnterminatedComment
        | RawTok::Ident
        | RawTok::PrivateName
        | RawTok::Decimal
        | RawTok::Hex
        | RawTok::Octal
        | RawTok::Binary
        | RawTok::BigInt
        | RawTok::String
        | RawTok::UnterminatedString
        | RawTok::Backtick
        | RawTok::LBrace
        | RawTok::RBrace
        | RawTok::LParen
        | RawTok::RParen
        | RawTok::LBracket
        | RawTok::RBracket => Tok::Semi,
    }
}
