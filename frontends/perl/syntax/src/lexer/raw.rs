//! The context-free layer: a logos lexer for words, numbers and operators.
//!
//! It is run one token at a time from an arbitrary offset by the
//! context-sensitive layer in `lexer/mod.rs`, which decides what `/`, `<`,
//! `%`, `&`, `*`, `{` and barewords mean before asking this layer at all.

use logos::Logos;

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw {
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*(::)?")]
    #[regex(r"::[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*")]
    Word,
    #[regex(r"0[xX][0-9a-fA-F_]+")]
    Hex,
    #[regex(r"0[bB][01_]+")]
    Bin,
    #[regex(r"0[oO][0-7_]+")]
    #[regex(r"0[0-7_]+")]
    Oct,
    #[regex(r"[0-9][0-9_]*")]
    Dec,
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]+")]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]+)?")]
    Float,
    #[token("->")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec2,
    #[token("**")]
    Pow,
    #[token("=~")]
    BindMatch,
    #[token("!~")]
    BindNotMatch,
    #[token("==")]
    NumEq,
    #[token("!=")]
    NumNe,
    #[token("<=>")]
    Spaceship,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("//")]
    DorDor,
    #[token("..")]
    DotDot,
    #[token("...")]
    DotDotDot,
    #[token("=>")]
    FatComma,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("~~")]
    SmartMatch,
    #[token("**=")]
    PowAssign,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    DivAssign,
    #[token(".=")]
    ConcatAssign,
    #[token("%=")]
    ModAssign,
    #[token("&=")]
    BitAndAssign,
    #[token("|=")]
    BitOrAssign,
    #[token("^=")]
    BitXorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&&=")]
    AndAssign,
    #[token("||=")]
    OrAssign,
    #[token("//=")]
    DorAssign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token(".")]
    Dot,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("\\")]
    Backslash,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
}

/// Lex one raw token at the start of `text`: its kind and length.
pub fn raw_token(text: &str) -> Option<(Raw, usize)> {
    let mut lexer = Raw::lexer(text);
    match lexer.next() {
        Some(Ok(kind)) => Some((kind, lexer.span().end)),
        _ => None,
    }
}
