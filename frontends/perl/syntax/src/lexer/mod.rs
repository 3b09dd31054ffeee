//! The context-sensitive Perl lexer.
//!
//! Perl cannot be tokenised without knowing whether a term or an operator
//! comes next: `/` divides or starts a pattern, `<` compares or reads a line
//! (`<$fh>`) or starts a heredoc (`<<"EOT"`), `%` `&` `*` are operators or
//! sigils, and `{` opens a block, an anonymous hash or a subscript. Like
//! perl's own toke.c, this layer remembers what the previous significant
//! token leaves expected ([`Expect`]) and runs the context-free logos lexer
//! (`raw.rs`) only for words, numbers and operators. Quote-like operators,
//! heredocs and interpolation are scanned by hand in the sibling modules.

mod bareword;
mod depth;
mod heredoc;
mod highlight;
mod interp;
mod peek;
mod quote;
mod raw;
mod sigil;
mod words;

use std::cell::Cell;
use std::collections::{HashSet, VecDeque};

use omx_core::Span;

use crate::ast::{BinOp, DataSection};
use crate::error::{LexError, Problem, TooDeep};
use crate::limits::MAX_NESTING;
use crate::token::Tok;
use depth::DepthGuard;
use raw::{raw_token, Raw};

pub use highlight::highlight;

pub type Spanned = (usize, Tok, usize);

/// What the previous significant token leaves expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect {
    /// The start of a statement: `{` opens a bare block.
    Statement,
    /// A term: `/` is a pattern, `{` an anonymous hash.
    Term,
    /// An operator after a finished operand: `{` opens a block.
    Operator,
    /// An operator after a variable or subscript: `{` and `[` subscript it.
    Subscript,
    /// After `do`, `eval`, `sub`, `else`, `BEGIN`: `{` opens a block.
    Block,
    /// After `map`/`grep`: `{` is a block or an anonymous hash, by heuristics.
    MapBlock,
    /// After `sort`: `{` is a block.
    SortBlock,
    /// After `print`/`printf`/`say`: a filehandle may come first.
    PrintArgs,
    /// After `->`: a method name, subscript, call or postfix dereference.
    Arrow,
    /// After a cast sigil (`${`, `@$`): a block or a scalar.
    Cast,
    /// After `sub`: the name of the sub.
    SubName,
    /// After `use`/`no`/`package`/`require`: a module name.
    Module,
    /// After `last`/`next`/`redo`: an optional label.
    LoopLabel,
}

/// What a `{` opened, so the matching `}` knows what comes after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BraceKind {
    /// A statement block: a new statement follows.
    Block,
    /// The block of `sub {}`, `do {}`, `eval {}`: an operator follows.
    ExprBlock,
    /// The block of `map`/`grep`/`sort` or `print {$fh}`: the list follows.
    ListBlock,
    Hash,
    Subscript,
    /// `${ ... }`, `@{ ... }`: a subscript may follow.
    Deref,
}

/// Which keyword put the lexer into [`Expect::Module`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ModuleFor {
    Use,
    Package,
    Require,
}

pub struct Lexer<'s> {
    pub(crate) src: &'s str,
    pos: usize,
    end: usize,
    expect: Expect,
    braces: Vec<(BraceKind, usize)>,
    /// Open `(` and `[` with their offsets.
    brackets: Vec<(u8, usize)>,
    /// After the newline at `.0`, continue at `.1` (skipping heredoc bodies).
    heredoc_skip: Option<(usize, usize)>,
    pending: VecDeque<(Spanned, Expect)>,
    known_subs: HashSet<String>,
    /// The next `{` opens the block of an anonymous sub, `do` or `eval`.
    expr_block_next: bool,
    /// Between `sub` and its `{`: `(` may open a prototype.
    sub_header: bool,
    /// The next `(` opens the argument list of `print`/`sort`/... .
    paren_expect: Option<Expect>,
    module_for: ModuleFor,
    /// How many interpolated strings enclose this lexer's text.
    pub(crate) interp_depth: usize,
    /// The bound on the depth of the tree built from these tokens.
    depth: DepthGuard,
    /// The depth of the expressions parsed inside the token being lexed
    /// (an interpolated string).
    inner_depth: Cell<u32>,
    /// Inside a `use` statement: `qw(...)` imports become known subs.
    in_use: bool,
    /// After `use Module`, a number is a version.
    pub(crate) data: Option<DataSection>,
    done: bool,
}

impl<'s> Lexer<'s> {
    /// A lexer over `src[start..end]`; offsets stay relative to `src`.
    pub fn new(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        Lexer {
            src,
            pos: start,
            end: end.min(src.len()),
            expect: Expect::Statement,
            braces: Vec::new(),
            brackets: Vec::new(),
            heredoc_skip: None,
            pending: VecDeque::new(),
            known_subs: HashSet::new(),
            expr_block_next: false,
            sub_header: false,
            paren_expect: None,
            module_for: ModuleFor::Use,
            in_use: false,
            interp_depth: 0,
            depth: DepthGuard::new(0),
            inner_depth: Cell::new(0),
            data: None,
            done: false,
        }
    }

    /// Start in term position (for interpolated expressions).
    pub(crate) fn expecting_term(mut self) -> Lexer<'s> {
        self.expect = Expect::Term;
        self
    }

    /// A lexer for code interpolated `depth` strings deep, whose tree is
    /// nested `base` levels deep in the code around it.
    pub(crate) fn interpolated(mut self, depth: usize, base: u32) -> Lexer<'s> {
        self.interp_depth = depth;
        self.depth = DepthGuard::new(base);
        self
    }

    /// The depth of the tree built from the tokens read so far.
    pub(crate) fn depth(&self) -> u32 {
        self.depth.depth()
    }

    /// Offset of the innermost `{` or `[` still open, if any.
    pub fn open_bracket(&self) -> Option<usize> {
        let brace = self.braces.last().map(|&(_, at)| at);
        let square = self
            .brackets
            .iter()
            .rev()
            .find(|&&(c, _)| c == b'[')
            .map(|&(_, at)| at);
        match (brace, square) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        }
    }

    pub fn take_data(&mut self) -> Option<DataSection> {
        self.data.take()
    }

    fn bytes(&self) -> &'s [u8] {
        &self.src.as_bytes()[..self.end]
    }

    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes().get(at).copied()
    }

    fn is_term_expected(&self) -> bool {
        matches!(
            self.expect,
            Expect::Statement
                | Expect::Term
                | Expect::Block
                | Expect::MapBlock
                | Expect::SortBlock
                | Expect::PrintArgs
                | Expect::Module
                | Expect::LoopLabel
                | Expect::Cast
        )
    }

    /// Skip blanks, comments, POD and heredoc bodies.
    fn skip_trivia(&mut self) {
        loop {
            if let Some((newline, resume)) = self.heredoc_skip {
                if self.pos == newline {
                    self.pos = resume.min(self.end);
                    self.heredoc_skip = None;
                    continue;
                }
            }
            let at_line_start = self.pos == 0 || self.bytes().get(self.pos - 1) == Some(&b'\n');
            match self.byte(self.pos) {
                Some(b' ' | b'\t' | b'\r' | b'\x0c') => self.pos += 1,
                Some(b'\n') => self.pos += 1,
                Some(b'#') => {
                    while let Some(c) = self.byte(self.pos) {
                        if c == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                Some(b'=')
                    if at_line_start
                        && self.expect == Expect::Statement
                        && self
                            .byte(self.pos + 1)
                            .is_some_and(|c| c.is_ascii_alphabetic()) =>
                {
                    self.skip_pod();
                }
                _ => return,
            }
        }
    }

    /// Skip a POD block up to and including its `=cut` line (or to EOF).
    fn skip_pod(&mut self) {
        loop {
            let line_end = self.line_end(self.pos);
            let line = &self.src[self.pos..line_end];
            let is_cut = line.starts_with("=cut")
                && !line[4..].starts_with(|c: char| c.is_ascii_alphanumeric());
            self.pos = (line_end + 1).min(self.end);
            if is_cut || line_end >= self.end {
                self.pos = self.pos.min(self.end);
                return;
            }
        }
    }

    /// Offset of the `\n` ending the line containing `at` (or the end).
    fn line_end(&self, at: usize) -> usize {
        self.bytes()[at.min(self.end)..]
            .iter()
            .position(|&c| c == b'\n')
            .map(|i| at + i)
            .unwrap_or(self.end)
    }

    fn next_token(&mut self) -> Result<Option<Spanned>, LexError> {
        if let Some((token, expect)) = self.pending.pop_front() {
            self.expect = expect;
            self.pos = token.2;
            return Ok(Some(token));
        }
        if self.done {
            return Ok(None);
        }
        self.skip_trivia();
        let start = self.pos;
        let Some(c) = self.byte(start) else {
            self.done = true;
            return Ok(None);
        };
        let term = self.is_term_expected();
        if c == b'_'
            && matches!(self.expect, Expect::Statement | Expect::Term)
            && self.lex_data_marker(start)
        {
            return Ok(None);
        }
        let (tok, end, expect) = match c {
            b'$' => self.lex_dollar(start)?,
            b'@' => self.lex_at(start)?,
            b'%' | b'&' | b'*' if term || self.expect == Expect::Arrow => {
                match self.lex_sigil_op(start, c)? {
                    Some(found) => found,
                    None => self.lex_operator(start)?,
                }
            }
            b'"' | b'`' => self.lex_interp_string(start)?,
            b'\'' => self.lex_single_string(start)?,
            b'/' if term => self.lex_match(start, start, b'/')?,
            b'<' if term => match self.lex_angle(start)? {
                Some(found) => found,
                None => self.lex_operator(start)?,
            },
            b'-' if term => match self.lex_minus_word(start)? {
                Some(found) => found,
                None => self.lex_operator(start)?,
            },
            b'{' => self.lex_open_brace(start)?,
            b'}' => self.lex_close_brace(start),
            b'0'..=b'9' => self.lex_number(start)?,
            b'.' if term && self.byte(start + 1).is_some_and(|d| d.is_ascii_digit()) => {
                self.lex_number(start)?
            }
            c if c.is_ascii_alphabetic() || c == b'_' => self.lex_word(start)?,
            b':' if self.byte(start + 1) == Some(b':')
                && self
                    .byte(start + 2)
                    .is_some_and(|d| d.is_ascii_alphabetic() || d == b'_') =>
            {
                self.lex_word(start)?
            }
            c if c >= 0x80 => {
                return Err(LexError::at(Problem::Syntax, start, start + utf8_len(c)));
            }
            _ => self.lex_operator(start)?,
        };
        if self.in_use {
            if let Tok::Qw(words) = &tok {
                for word in words {
                    if word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                        self.known_subs.insert(word.clone());
                    }
                }
            }
        }
        self.pos = end;
        self.expect = expect;
        Ok(Some((start, tok, end)))
    }

    /// Operators and punctuation, via the logos layer.
    fn lex_operator(&mut self, start: usize) -> Result<(Tok, usize, Expect), LexError> {
        let Some((raw, len)) = raw_token(&self.src[start..self.end]) else {
            return Err(LexError::at(Problem::Syntax, start, start + 1));
        };
        let end = start + len;
        let op = |tok: Tok| Ok((tok, end, Expect::Term));
        match raw {
            Raw::Arrow => Ok((Tok::Arrow, end, Expect::Arrow)),
            Raw::Inc => Ok((Tok::Inc, end, self.after_incdec())),
            Raw::Dec2 => Ok((Tok::Dec, end, self.after_incdec())),
            Raw::Pow => op(Tok::Pow),
            Raw::BindMatch => op(Tok::BindMatch),
            Raw::BindNotMatch => op(Tok::BindNotMatch),
            Raw::NumEq => op(Tok::NumEq),
            Raw::NumNe => op(Tok::NumNe),
            Raw::Spaceship => op(Tok::NumCmp),
            Raw::Le => op(Tok::NumLe),
            Raw::Ge => op(Tok::NumGe),
            Raw::AndAnd => op(Tok::AndAnd),
            Raw::OrOr => op(Tok::OrOr),
            Raw::DorDor => op(Tok::DorDor),
            Raw::DotDot => op(Tok::DotDot),
            Raw::DotDotDot => op(Tok::DotDotDot),
            Raw::FatComma | Raw::Comma => op(Tok::Comma),
            Raw::Shl => op(Tok::Shl),
            Raw::Shr => op(Tok::Shr),
            Raw::SmartMatch => op(Tok::SmartMatch),
            Raw::PowAssign => op(Tok::OpAssign(BinOp::Pow)),
            Raw::AddAssign => op(Tok::OpAssign(BinOp::Add)),
            Raw::SubAssign => op(Tok::OpAssign(BinOp::Sub)),
            Raw::MulAssign => op(Tok::OpAssign(BinOp::Mul)),
            Raw::DivAssign => op(Tok::OpAssign(BinOp::Div)),
            Raw::ConcatAssign => op(Tok::OpAssign(BinOp::Concat)),
            Raw::ModAssign => op(Tok::OpAssign(BinOp::Mod)),
            Raw::BitAndAssign => op(Tok::OpAssign(BinOp::BitAnd)),
            Raw::BitOrAssign => op(Tok::OpAssign(BinOp::BitOr)),
            Raw::BitXorAssign => op(Tok::OpAssign(BinOp::BitXor)),
            Raw::ShlAssign => op(Tok::OpAssign(BinOp::Shl)),
            Raw::ShrAssign => op(Tok::OpAssign(BinOp::Shr)),
            Raw::AndAssign => op(Tok::OpAssign(BinOp::And)),
            Raw::OrAssign => op(Tok::OpAssign(BinOp::Or)),
            Raw::DorAssign => op(Tok::OpAssign(BinOp::DefinedOr)),
            Raw::Plus => op(Tok::Plus),
            Raw::Minus => op(Tok::Minus),
            Raw::Star => op(Tok::Star),
            Raw::Slash => op(Tok::Slash),
            Raw::Percent => op(Tok::Percent),
            Raw::Dot => op(Tok::Dot),
            Raw::Lt => op(Tok::NumLt),
            Raw::Gt => op(Tok::NumGt),
            Raw::Assign => op(Tok::Assign),
            Raw::Bang => op(Tok::Bang),
            Raw::Tilde => op(Tok::Tilde),
            Raw::Backslash => op(Tok::Backslash),
            Raw::Question => op(Tok::Question),
            Raw::Colon => {
                if self.sub_header {
                    let attr = self.skip_blanks(end);
                    if self.src[attr..self.end].starts_with("prototype(") {
                        let open = attr + "prototype".len();
                        if let Some(close) = self.src[open..self.end].find(')') {
                            let proto = self.src[open + 1..open + close].to_string();
                            return Ok((Tok::Prototype(proto), open + close + 1, Expect::Operator));
                        }
                    }
                    return Err(LexError::at(
                        Problem::Unsupported("Subroutine attributes are not supported".into()),
                        start,
                        end,
                    ));
                }
                op(Tok::Colon)
            }
            Raw::Semi => {
                self.sub_header = false;
                self.in_use = false;
                Ok((Tok::Semi, end, Expect::Statement))
            }
            Raw::LParen => self.lex_open_paren(start, end),
            Raw::RParen => {
                if let Some(&(b'(', _)) = self.brackets.last() {
                    self.brackets.pop();
                }
                Ok((Tok::RParen, end, Expect::Operator))
            }
            Raw::LBracket => {
                self.brackets.push((b'[', start));
                self.check_depth(start)?;
                op(Tok::LBracket)
            }
            Raw::RBracket => {
                if let Some(&(b'[', _)) = self.brackets.last() {
                    self.brackets.pop();
                }
                Ok((Tok::RBracket, end, Expect::Subscript))
            }
            Raw::Amp => op(Tok::Amp),
            Raw::Pipe => op(Tok::Pipe),
            Raw::Caret => op(Tok::Caret),
            Raw::Word | Raw::Hex | Raw::Bin | Raw::Oct | Raw::Dec | Raw::Float => {
                Err(LexError::at(Problem::Syntax, start, end))
            }
        }
    }

    /// Refuse absurd nesting, so deep ASTs cannot exhaust the stack later.
    fn check_depth(&self, at: usize) -> Result<(), LexError> {
        if self.brackets.len() + self.braces.len() > MAX_NESTING {
            return Err(LexError::at(
                Problem::TooDeep(TooDeep::Brackets),
                at,
                at + 1,
            ));
        }
        Ok(())
    }

    /// `$x++` leaves an operator expected, `++$x` a term.
    fn after_incdec(&self) -> Expect {
        if self.is_term_expected() {
            Expect::Term
        } else {
            Expect::Operator
        }
    }

    fn lex_open_paren(
        &mut self,
        start: usize,
        end: usize,
    ) -> Result<(Tok, usize, Expect), LexError> {
        if self.sub_header {
            if let Some(found) = self.lex_prototype(start)? {
                return Ok(found);
            }
        }
        self.brackets.push((b'(', start));
        self.check_depth(start)?;
        let expect = self.paren_expect.take().unwrap_or(Expect::Term);
        Ok((Tok::LParen, end, expect))
    }

    /// `(...)` after `sub NAME` made only of prototype characters.
    fn lex_prototype(&mut self, start: usize) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        let rest = &self.src[start + 1..self.end];
        let Some(close) = rest.find(')') else {
            return Ok(None);
        };
        let body = &rest[..close];
        let is_proto = !body.trim().is_empty()
            && body.chars().all(|c| "$@%&*;\\[]+_ ".contains(c))
            && !body.contains("$$$$$$");
        if !is_proto {
            return Ok(None);
        }
        let proto: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        Ok(Some((
            Tok::Prototype(proto),
            start + 1 + close + 1,
            Expect::Operator,
        )))
    }

    fn lex_open_brace(&mut self, start: usize) -> Result<(Tok, usize, Expect), LexError> {
        self.check_depth(start)?;
        let end = start + 1;
        let block_kind = if std::mem::take(&mut self.expr_block_next) {
            BraceKind::ExprBlock
        } else {
            BraceKind::Block
        };
        Ok(match self.expect {
            Expect::Subscript | Expect::Arrow => {
                self.braces.push((BraceKind::Subscript, start));
                self.queue_bareword_key(end);
                (Tok::LBraceSub, end, Expect::Term)
            }
            Expect::Cast => {
                self.braces.push((BraceKind::Deref, start));
                (Tok::LBrace, end, Expect::Term)
            }
            Expect::PrintArgs => {
                self.braces.push((BraceKind::ListBlock, start));
                (Tok::FhBlock, end, Expect::Term)
            }
            Expect::MapBlock if self.looks_like_anon_hash(end) => {
                self.braces.push((BraceKind::Hash, start));
                (Tok::LBraceHash, end, Expect::Term)
            }
            Expect::MapBlock | Expect::SortBlock => {
                self.braces.push((BraceKind::ListBlock, start));
                (Tok::LBrace, end, Expect::Statement)
            }
            Expect::Term if block_kind == BraceKind::Block => {
                self.braces.push((BraceKind::Hash, start));
                (Tok::LBraceHash, end, Expect::Term)
            }
            _ => {
                self.sub_header = false;
                self.braces.push((block_kind, start));
                (Tok::LBrace, end, Expect::Statement)
            }
        })
    }

    fn lex_close_brace(&mut self, start: usize) -> (Tok, usize, Expect) {
        let expect = match self.braces.pop() {
            Some((BraceKind::Block, _)) | None => Expect::Statement,
            Some((BraceKind::ExprBlock | BraceKind::Hash, _)) => Expect::Operator,
            Some((BraceKind::ListBlock, _)) => Expect::Term,
            Some((BraceKind::Subscript | BraceKind::Deref, _)) => Expect::Subscript,
        };
        (Tok::RBrace, start + 1, expect)
    }

    /// `{word}` or `{-word}` as a hash subscript: the word is a string.
    fn queue_bareword_key(&mut self, after_brace: usize) {
        let mut at = self.skip_blanks(after_brace);
        let key_start = at;
        if self.byte(at) == Some(b'-') {
            at += 1;
        }
        if !self
            .byte(at)
            .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
        {
            return;
        }
        while self
            .byte(at)
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            at += 1;
        }
        let key_end = at;
        if self.byte(self.skip_blanks(at)) != Some(b'}') {
            return;
        }
        let key = self.src[key_start..key_end].to_string();
        self.pending
            .push_back(((key_start, Tok::Str(key), key_end), Expect::Operator));
    }

    /// Parse a number literal with the logos layer.
    fn lex_number(&mut self, start: usize) -> Result<(Tok, usize, Expect), LexError> {
        let Some((raw, len)) = raw_token(&self.src[start..self.end]) else {
            return Err(LexError::at(Problem::Syntax, start, start + 1));
        };
        let end = start + len;
        let text: String = self.src[start..end].chars().filter(|&c| c != '_').collect();
        if self.expect == Expect::Module {
            return Ok((Tok::Version(text), end, Expect::Term));
        }
        let radix_int = |digits: &str, radix: u32| -> Result<Tok, LexError> {
            match u64::from_str_radix(digits, radix) {
                Ok(v) if v <= i64::MAX as u64 => Ok(Tok::Int(v as i64)),
                Ok(v) => Ok(Tok::Float(v as f64)),
                Err(_) => Err(LexError::at(
                    Problem::BadNumber(self.src[start..end].to_string()),
                    start,
                    end,
                )),
            }
        };
        let tok = match raw {
            Raw::Hex => radix_int(&text[2..], 16)?,
            Raw::Bin => radix_int(&text[2..], 2)?,
            Raw::Oct => {
                let digits = text.trim_start_matches('0');
                let digits = digits.trim_start_matches(['o', 'O']);
                if digits.is_empty() {
                    Tok::Int(0)
                } else {
                    radix_int(digits, 8)?
                }
            }
            Raw::Dec => match text.parse::<i64>() {
                Ok(v) => Tok::Int(v),
                Err(_) => Tok::Float(text.parse::<f64>().unwrap_or(f64::INFINITY)),
            },
            Raw::Float => Tok::Float(text.parse::<f64>().unwrap_or(0.0)),
            _ => return Err(LexError::at(Problem::Syntax, start, end)),
        };
        Ok((tok, end, Expect::Operator))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let token = self.next_token().and_then(|token| {
            if let Some((start, tok, end)) = &token {
                let inner = self.inner_depth.replace(0);
                let statement_after = self.expect == Expect::Statement;
                self.depth.see(tok, *start, *end, inner, statement_after)?;
            }
            Ok(token)
        });
        match token {
            Ok(Some(token)) => Some(Ok(token)),
            Ok(None) => None,
            Err(error) => {
                self.done = true;
                self.pending.clear();
                Some(Err(error))
            }
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// A span helper for the sibling modules.
pub(crate) fn span(start: usize, end: usize) -> Span {
    Span::new(start, end)
}
