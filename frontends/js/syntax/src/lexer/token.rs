//! The tokens the grammar sees.

use crate::ast::TemplatePart;

/// A regex literal as written: `/pattern/flags`.
#[derive(Debug, Clone, PartialEq)]
pub struct RegexLit<'s> {
    pub pattern: &'s str,
    pub flags: &'s str,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Tok<'s> {
    Ident(&'s str),
    PrivateName(&'s str),
    Number(f64),
    BigInt(String),
    String(String),
    Regex(RegexLit<'s>),
    TemplateFull(TemplatePart),
    TemplateHead(TemplatePart),
    TemplateMiddle(TemplatePart),
    TemplateTail(TemplatePart),

    // Keywords.
    Break,
    Case,
    Catch,
    Class,
    Const,
    Continue,
    Debugger,
    Default,
    Delete,
    Do,
    Else,
    Enum,
    Export,
    Extends,
    False,
    Finally,
    For,
    Function,
    If,
    Import,
    In,
    Instanceof,
    New,
    Null,
    Return,
    Super,
    Switch,
    This,
    Throw,
    True,
    Try,
    Typeof,
    Var,
    Void,
    While,
    With,
    Yield,
    /// `yield` followed by a line break: never takes an operand.
    YieldNl,
    /// `let` where it starts a declaration (followed by a name, `[` or `{`).
    Let,
    // Contextual words that are identifiers elsewhere.
    Get,
    Set,
    Static,
    Of,
    Async,
    /// `async` where it starts an async function, arrow or method
    /// (decided by the restrict pass from the tokens after it).
    AsyncFn,
    /// `await` (a keyword everywhere: omx runs scripts, not modules, and
    /// treats `await` as reserved outside async functions too).
    Await,

    // Punctuators.
    LBrace,
    RBrace,
    LParen,
    RParen,
    LBracket,
    RBracket,
    Dot,
    Ellipsis,
    Semi,
    Comma,
    Lt,
    Gt,
    Le,
    Ge,
    EqEq,
    NotEq,
    EqEqEq,
    NotEqEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    StarStar,
    PlusPlus,
    MinusMinus,
    /// `++` / `--` at the start of a line: only ever a prefix operator.
    PlusPlusNl,
    MinusMinusNl,
    Shl,
    Shr,
    UShr,
    Amp,
    Pipe,
    Caret,
    Bang,
    Tilde,
    AmpAmp,
    PipePipe,
    Nullish,
    Question,
    QuestionDot,
    Colon,
    Assign,
    PlusAssign,
    MinusAssign,
    StarAssign,
    SlashAssign,
    PercentAssign,
    StarStarAssign,
    ShlAssign,
    ShrAssign,
    UShrAssign,
    AmpAssign,
    PipeAssign,
    CaretAssign,
    AndAssign,
    OrAssign,
    NullishAssign,
    Arrow,
}

/// Keywords and the contextual words the grammar names, by spelling.
pub fn keyword(word: &str) -> Option<Tok<'static>> {
    Some(match word {
        "break" => Tok::Break,
        "case" => Tok::Case,
        "catch" => Tok::Catch,
        "class" => Tok::Class,
        "const" => Tok::Const,
        "continue" => Tok::Continue,
        "debugger" => Tok::Debugger,
        "default" => Tok::Default,
        "delete" => Tok::Delete,
        "do" => Tok::Do,
        "else" => Tok::Else,
        "enum" => Tok::Enum,
        "export" => Tok::Export,
        "extends" => Tok::Extends,
        "false" => Tok::False,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "function" => Tok::Function,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "instanceof" => Tok::Instanceof,
        "new" => Tok::New,
        "null" => Tok::Null,
        "return" => Tok::Return,
        "super" => Tok::Super,
        "switch" => Tok::Switch,
        "this" => Tok::This,
        "throw" => Tok::Throw,
        "true" => Tok::True,
        "try" => Tok::Try,
        "typeof" => Tok::Typeof,
        "var" => Tok::Var,
        "void" => Tok::Void,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        "get" => Tok::Get,
        "set" => Tok::Set,
        "static" => Tok::Static,
        "of" => Tok::Of,
        "async" => Tok::Async,
        "await" => Tok::Await,
        _ => return None,
    })
}

impl Tok<'_> {
    /// True for tokens after which an expression has just ended, so a `/`
    /// is division (`)`, `]` and `}` are decided by the layer).
    pub fn ends_operand(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::PrivateName(_)
                | Tok::Number(_)
                | Tok::BigInt(_)
                | Tok::String(_)
                | Tok::Regex(_)
                | Tok::TemplateFull(_)
                | Tok::TemplateTail(_)
                | Tok::False
                | Tok::True
                | Tok::Null
                | Tok::This
                | Tok::Super
                | Tok::Get
                | Tok::Set
                | Tok::Static
                | Tok::Of
                | Tok::Async
                | Tok::PlusPlus
                | Tok::MinusMinus
                | Tok::RBracket
        )
    }

    /// True for words (keywords and identifiers): usable as property names.
    pub fn is_word(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Break
                | Tok::Case
                | Tok::Catch
                | Tok::Class
                | Tok::Const
                | Tok::Continue
                | Tok::Debugger
                | Tok::Default
                | Tok::Delete
                | Tok::Do
                | Tok::Else
                | Tok::Enum
                | Tok::Export
                | Tok::Extends
                | Tok::False
                | Tok::Finally
                | Tok::For
                | Tok::Function
                | Tok::If
                | Tok::Import
                | Tok::In
                | Tok::Instanceof
                | Tok::New
                | Tok::Null
                | Tok::Return
                | Tok::Super
                | Tok::Switch
                | Tok::This
                | Tok::Throw
                | Tok::True
                | Tok::Try
                | Tok::Typeof
                | Tok::Var
                | Tok::Void
                | Tok::While
                | Tok::With
                | Tok::Yield
                | Tok::YieldNl
                | Tok::Let
                | Tok::Get
                | Tok::Set
                | Tok::Static
                | Tok::Of
                | Tok::Async
                | Tok::AsyncFn
                | Tok::Await
        )
    }
}
