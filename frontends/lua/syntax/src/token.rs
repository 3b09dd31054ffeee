//! Lua 5.4 tokens (reference manual §3.1), lexed by logos.
//!
//! Simple tokens are logos patterns; strings, long brackets, comments and
//! numerals are scanned by the callbacks in [`crate::scan`], which follow
//! `llex.c` so that values and error messages match Lua's.

use logos::Logos;

use crate::scan::{self, LexError, StrLit};

/// A numeral's value: Lua keeps integers and floats apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Numeral {
    Int(i64),
    Float(f64),
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(utf8 = false)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\n\r\x0B\x0C]+")]
pub enum Tok {
    #[token("and")]
    And,
    #[token("break")]
    Break,
    #[token("do")]
    Do,
    #[token("else")]
    Else,
    #[token("elseif")]
    Elseif,
    #[token("end")]
    End,
    #[token("false")]
    False,
    #[token("for")]
    For,
    #[token("function")]
    Function,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("in")]
    In,
    #[token("local")]
    Local,
    #[token("nil")]
    Nil,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("repeat")]
    Repeat,
    #[token("return")]
    Return,
    #[token("then")]
    Then,
    #[token("true")]
    True,
    #[token("until")]
    Until,
    #[token("while")]
    While,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("#")]
    Hash,
    #[token("&")]
    Ampersand,
    #[token("~")]
    Tilde,
    #[token("|")]
    Pipe,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("==")]
    EqEq,
    #[token("~=")]
    NotEq,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("::")]
    DoubleColon,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("..")]
    Concat,
    #[token("...")]
    Dots,
    /// `...` used in a function that is not vararg (set by
    /// [`crate::lexer::Lexer`], never by logos): Lua's "cannot use '...'
    /// outside a vararg function" if it stands as an expression.
    DotsOutsideVararg,
    /// Not lexed: the lexer inserts it before a `(` that follows `nil`,
    /// `true`, `false`, a numeral or `...`. No expression can go on with
    /// a call there, so the `(` starts a statement (Lua's parser decides
    /// the same by reading on), which the grammar's ambiguity rule would
    /// otherwise refuse: `a = nil` then `(f)(x)` on the next line.
    StatBreak,

    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", scan::name)]
    Name(String),
    #[regex(r"[0-9]", scan::numeral)]
    #[regex(r"\.[0-9]", scan::numeral)]
    Number(Numeral),
    #[token("\"", scan::short_string)]
    #[token("'", scan::short_string)]
    #[regex(r"\[=*\[", scan::long_string)]
    Str(StrLit),
    /// `[=` not followed by a second `[`: Lua's "invalid long string
    /// delimiter"; never reaches the parser.
    #[regex(r"\[=+", scan::bad_long_delimiter)]
    BadDelimiter,
    /// `--` comments, long or short; never reaches the parser.
    #[token("--", scan::comment)]
    Comment,
    /// Any other byte. Lua hands it to the parser, which words the error
    /// ("unexpected symbol near '@'").
    #[regex(r"(?-u:[\x00-\xFF])", scan::other, priority = 0)]
    Other(u8),
}

impl Tok {
    /// The token as Lua's `luaX_token2str` prints it in a "near ..."
    /// message: reserved words and symbols quoted, names, numerals and
    /// strings as their text, `<eof>` for the end of input.
    pub fn near(&self, text: &[u8]) -> String {
        match self {
            Tok::Name(_) | Tok::Number(_) => quote(text),
            Tok::Str(lit) => quote(&lit.lua_text()),
            Tok::Other(byte) => single_byte(*byte),
            Tok::DotsOutsideVararg => "'...'".to_string(),
            _ => quote(text),
        }
    }
}

fn quote(text: &[u8]) -> String {
    format!("'{}'", String::from_utf8_lossy(text))
}

/// Lua prints a stray byte as itself when printable, else as `<\NNN>`.
pub fn single_byte(byte: u8) -> String {
    if byte.is_ascii_graphic() || byte == b' ' {
        format!("'{}'", byte as char)
    } else {
        format!("'<\\{byte}>'")
    }
}
