//! Barewords: keywords, named operators, quote-like operators, sub names,
//! labels, class names and barewords quoted by `=>`.

use crate::ast::{DataSection, MagicConst};
use crate::error::LexError;
use crate::token::Tok;

use super::words::{classify, is_filetest_letter, is_keyword, is_operator_word, WordClass};
use super::{span, Expect, Lexer, ModuleFor};

type Lexed = Result<(Tok, usize, Expect), LexError>;

impl Lexer<'_> {
    pub(super) fn lex_word(&mut self, start: usize) -> Lexed {
        let Some(word) = self.word_at(start) else {
            // `::name`
            let mut end = start + 2;
            while self
                .byte(end)
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b':')
            {
                end += 1;
            }
            let word = self.src[start..end].to_string();
            return Ok((Tok::Bareword(format!("main{word}")), end, Expect::Operator));
        };
        let word = word.to_string();
        let end = start + word.len();

        if let Some(found) = self.lex_version(start, &word) {
            return Ok(found);
        }
        // `word =>` is a string, whatever the word is.
        if self.followed_by_fat_comma(end) && !word.contains("::") {
            return Ok((Tok::Str(word), end, Expect::Operator));
        }
        match self.expect {
            Expect::Arrow => return Ok((Tok::MethodName(word), end, Expect::Operator)),
            Expect::SubName => {
                self.known_subs.insert(word.clone());
                return Ok((Tok::SubName(word), end, Expect::Operator));
            }
            Expect::Module if !is_operator_word(&word) || self.module_for == ModuleFor::Package => {
                let expect = match self.module_for {
                    ModuleFor::Use => Expect::Term,
                    ModuleFor::Package | ModuleFor::Require => Expect::Operator,
                };
                return Ok((Tok::Bareword(word), end, expect));
            }
            Expect::LoopLabel if !is_keyword(&word) => {
                return Ok((Tok::Bareword(word), end, Expect::Operator));
            }
            Expect::SortBlock
                if classify(&word).is_none()
                    && !is_keyword(&word)
                    && self.sort_list_follows(end) =>
            {
                return Ok((Tok::SortSubName(word), end, Expect::Term));
            }
            Expect::PrintArgs if self.bareword_is_filehandle(&word, end) => {
                return Ok((Tok::Filehandle(word), end, Expect::Term));
            }
            Expect::Operator | Expect::Subscript => {
                if let Some(found) = self.lex_operator_word(start, &word) {
                    return Ok(found);
                }
            }
            _ => {}
        }
        if self.expect == Expect::Statement
            && !is_keyword(&word)
            && self.byte(end) == Some(b':')
            && self.byte(end + 1) != Some(b':')
            && !word.contains("::")
        {
            return Ok((Tok::Label(word), end + 1, Expect::Statement));
        }
        if let Some(found) = self.lex_operator_word(start, &word) {
            return Ok(found);
        }
        if let Some(found) = self.lex_keyword(start, &word)? {
            return Ok(found);
        }
        Ok(self.lex_named_op(&word, end))
    }

    /// `__END__` / `__DATA__` at the start of a statement: keep the rest as data.
    pub(super) fn lex_data_marker(&mut self, start: usize) -> bool {
        let Some(word) = self.word_at(start) else {
            return false;
        };
        if word != "__END__" && word != "__DATA__" {
            return false;
        }
        let marker = word.to_string();
        let line_end = self.line_end(start);
        let text_start = (line_end + 1).min(self.end);
        self.data = Some(DataSection {
            marker,
            text: self.src[text_start..self.end].to_string(),
            span: span(start, self.end),
        });
        self.done = true;
        self.pos = self.end;
        true
    }

    /// `v5.36.0` version literals (and any number right after `use`).
    fn lex_version(&self, start: usize, word: &str) -> Option<(Tok, usize, Expect)> {
        let digits = word.strip_prefix('v')?;
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let mut end = start + word.len();
        let dotted =
            self.byte(end) == Some(b'.') && self.byte(end + 1).is_some_and(|c| c.is_ascii_digit());
        if !dotted && self.expect != Expect::Module {
            return None;
        }
        while self.byte(end) == Some(b'.') && self.byte(end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            end += 1;
            while self.byte(end).is_some_and(|c| c.is_ascii_digit()) {
                end += 1;
            }
        }
        Some((
            Tok::Version(self.src[start..end].to_string()),
            end,
            Expect::Operator,
        ))
    }

    /// Word operators (`eq`, `x`, `and`, `if` as a modifier...).
    fn lex_operator_word(&self, start: usize, word: &str) -> Option<(Tok, usize, Expect)> {
        let end = start + word.len();
        let tok = match word {
            "x" => {
                if self.byte(end) == Some(b'=') && !matches!(self.byte(end + 1), Some(b'=' | b'~'))
                {
                    return Some((
                        Tok::OpAssign(crate::ast::BinOp::Repeat),
                        end + 1,
                        Expect::Term,
                    ));
                }
                Tok::Repeat
            }
            w if w.starts_with('x')
                && w.len() > 1
                && w[1..].bytes().all(|c| c.is_ascii_digit())
                && matches!(self.expect, Expect::Operator | Expect::Subscript) =>
            {
                return Some((Tok::Repeat, start + 1, Expect::Term));
            }
            "lt" => Tok::StrLt,
            "gt" => Tok::StrGt,
            "le" => Tok::StrLe,
            "ge" => Tok::StrGe,
            "eq" => Tok::StrEq,
            "ne" => Tok::StrNe,
            "cmp" => Tok::StrCmp,
            "isa" => Tok::Isa,
            "and" => Tok::LowAnd,
            "or" => Tok::LowOr,
            "xor" => Tok::LowXor,
            "not" => Tok::LowNot,
            "if" => Tok::If,
            "unless" => Tok::Unless,
            "while" => Tok::While,
            "until" => Tok::Until,
            "for" | "foreach" => Tok::For,
            _ => return None,
        };
        Some((tok, end, Expect::Term))
    }

    /// Statement keywords, declarations, quote-likes and special tokens.
    fn lex_keyword(
        &mut self,
        start: usize,
        word: &str,
    ) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        let end = start + word.len();
        let next = self.peek_byte(end);
        let found = match word {
            "my" => (Tok::My, end, Expect::Term),
            "our" => (Tok::Our, end, Expect::Term),
            "state" => (Tok::State, end, Expect::Term),
            "local" => (Tok::Local, end, Expect::Term),
            "elsif" => (Tok::Elsif, end, Expect::Term),
            "else" => (Tok::Else, end, Expect::Block),
            "continue" => (Tok::Continue, end, Expect::Block),
            "sub" => {
                self.sub_header = true;
                let named = next.is_some_and(|c| c.is_ascii_alphabetic() || c == b'_');
                if named {
                    (Tok::Sub, end, Expect::SubName)
                } else {
                    self.expr_block_next = true;
                    (Tok::Sub, end, Expect::Block)
                }
            }
            "package" => {
                self.module_for = ModuleFor::Package;
                (Tok::Package, end, Expect::Module)
            }
            "use" | "no" => {
                self.module_for = ModuleFor::Use;
                self.in_use = word == "use";
                let tok = if word == "use" { Tok::Use } else { Tok::No };
                (tok, end, Expect::Module)
            }
            "require" if next.is_some_and(|c| c.is_ascii_alphabetic()) => {
                self.module_for = ModuleFor::Require;
                (Tok::UniOp("require".into()), end, Expect::Module)
            }
            "do" | "eval" if next == Some(b'{') => {
                self.expr_block_next = true;
                let tok = if word == "do" {
                    Tok::DoBlock
                } else {
                    Tok::EvalBlock
                };
                (tok, end, Expect::Block)
            }
            "BEGIN" | "END" | "INIT" | "CHECK" | "UNITCHECK" if next == Some(b'{') => {
                (Tok::Phaser(word.to_string()), end, Expect::Block)
            }
            "last" | "next" | "redo" => (Tok::LoopCtl(word.to_string()), end, Expect::LoopLabel),
            "__PACKAGE__" => (Tok::Magic(MagicConst::Package), end, Expect::Operator),
            "__FILE__" => (Tok::Magic(MagicConst::File), end, Expect::Operator),
            "__LINE__" => (Tok::Magic(MagicConst::Line), end, Expect::Operator),
            "__SUB__" => (Tok::Magic(MagicConst::Sub), end, Expect::Operator),
            "return" => {
                let tok = if self.term_follows(end) {
                    Tok::ListOp("return".into())
                } else {
                    Tok::ListOp0("return".into())
                };
                (tok, end, Expect::Term)
            }
            "q" | "qq" | "qw" | "qr" | "m" | "s" | "tr" | "y" => {
                return self.lex_quote_like(start, word);
            }
            _ => return Ok(None),
        };
        Ok(Some(found))
    }

    /// Builtins by class, then user subs and barewords.
    fn lex_named_op(&mut self, word: &str, end: usize) -> (Tok, usize, Expect) {
        let paren = self.followed_by_paren(end) && !word.ends_with("::");
        let args = !paren
            && (self.term_follows(end) || (word == "split" && self.peek_byte(end) == Some(b'/')));
        let name = word.to_string();
        match classify(word) {
            Some(WordClass::Print) => {
                if paren {
                    self.paren_expect = Some(Expect::PrintArgs);
                    (Tok::PrintFunc(name), end, Expect::Term)
                } else if args {
                    (Tok::PrintOp(name), end, Expect::PrintArgs)
                } else {
                    (Tok::PrintOp0(name), end, Expect::Operator)
                }
            }
            Some(WordClass::Sort) => {
                let expect = if word == "sort" {
                    Expect::SortBlock
                } else {
                    Expect::MapBlock
                };
                if paren {
                    self.paren_expect = Some(expect);
                    (Tok::SortFunc(name), end, Expect::Term)
                } else {
                    (Tok::SortOp(name), end, expect)
                }
            }
            Some(WordClass::Unary) if !paren => {
                if args {
                    (Tok::UniOp(name), end, Expect::Term)
                } else {
                    (Tok::UniOp0(name), end, Expect::Operator)
                }
            }
            Some(WordClass::List) if !paren => {
                if args {
                    (Tok::ListOp(name), end, Expect::Term)
                } else {
                    (Tok::ListOp0(name), end, Expect::Operator)
                }
            }
            Some(WordClass::Nullary) if !paren => (Tok::UniOp0(name), end, Expect::Operator),
            Some(_) => (Tok::Func(name), end, Expect::Term),
            None if paren => (Tok::Func(name), end, Expect::Term),
            None => {
                let arrow = self.peek_byte(end) == Some(b'-')
                    && self.byte(self.skip_blanks(end) + 1) == Some(b'>');
                if self.known_subs.contains(word) && !arrow {
                    if is_block_sub(word) && self.peek_byte(end) == Some(b'{') {
                        return (Tok::SortOp(name), end, Expect::SortBlock);
                    }
                    if args {
                        (Tok::ListOp(name), end, Expect::Term)
                    } else {
                        (Tok::ListOp0(name), end, Expect::Operator)
                    }
                } else {
                    (Tok::Bareword(name), end, Expect::Operator)
                }
            }
        }
    }

    /// In term position: `-e $file` file tests and `-bareword` strings.
    pub(super) fn lex_minus_word(
        &mut self,
        start: usize,
    ) -> Result<Option<(Tok, usize, Expect)>, LexError> {
        let Some(word) = self.word_at(start + 1) else {
            return Ok(None);
        };
        let word = word.to_string();
        let end = start + 1 + word.len();
        if word.len() == 1
            && is_filetest_letter(word.as_bytes()[0])
            && !self.followed_by_fat_comma(end)
        {
            let name = format!("-{word}");
            if self.term_follows(end) {
                return Ok(Some((Tok::UniOp(name), end, Expect::Term)));
            }
            return Ok(Some((Tok::UniOp0(name), end, Expect::Operator)));
        }
        let is_plain = classify(&word).is_none()
            && !is_keyword(&word)
            && !self.known_subs.contains(&word)
            && !word.contains("::")
            && !self.followed_by_paren(end);
        if is_plain {
            return Ok(Some((Tok::Str(format!("-{word}")), end, Expect::Operator)));
        }
        Ok(None)
    }
}

/// Imported subs with a `&@` prototype that take a block like `grep`
/// (List::Util and friends).
fn is_block_sub(word: &str) -> bool {
    matches!(
        word,
        "first"
            | "any"
            | "all"
            | "none"
            | "notall"
            | "reduce"
            | "reductions"
            | "sum_by"
            | "max_by"
            | "min_by"
            | "sort_by"
            | "nsort_by"
            | "uniq_by"
            | "pairmap"
            | "pairgrep"
            | "first_index"
            | "firstidx"
            | "indexes"
    )
}
