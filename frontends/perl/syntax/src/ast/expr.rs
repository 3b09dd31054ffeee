//! Expressions.

use std::fmt;

use omx_core::Span;

use super::{Block, Regex, StrPart, SubDef};

#[derive(Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// Compact: the kind, then `@start..end`.
impl fmt::Debug for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)?;
        write!(f, " @{}..{}", self.span.start, self.span.end)
    }
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

/// The sigil of a variable or dereference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sigil {
    /// `$`
    Scalar,
    /// `@`
    Array,
    /// `%`
    Hash,
    /// `&`
    Code,
    /// `*`
    Glob,
    /// `$#`: last index of an array.
    ArrayLen,
}

/// A named variable: `$x`, `@Foo::ISA`, `%ENV`, `$_`, `$1`, `&foo`, `*STDOUT`.
#[derive(Clone, PartialEq)]
pub struct Var {
    pub sigil: Sigil,
    pub name: String,
    pub span: Span,
}

/// Compact: `$name @start..end`.
impl fmt::Debug for Var {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sigil = match self.sigil {
            Sigil::Scalar => "$",
            Sigil::Array => "@",
            Sigil::Hash => "%",
            Sigil::Code => "&",
            Sigil::Glob => "*",
            Sigil::ArrayLen => "$#",
        };
        write!(
            f,
            "{sigil}{} @{}..{}",
            self.name, self.span.start, self.span.end
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    My,
    Our,
    State,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MagicConst {
    /// `__PACKAGE__`
    Package,
    /// `__FILE__`
    File,
    /// `__LINE__`
    Line,
    /// `__SUB__`
    Sub,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Plus,
    /// `!x`
    Not,
    /// `~x`
    BitNot,
    /// `\x`: take a reference.
    Ref,
    /// `not x`
    LowNot,
    PreInc,
    PreDec,
    PostInc,
    PostDec,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Pow,
    /// `=~`
    Match,
    /// `!~`
    NotMatch,
    Mul,
    Div,
    Mod,
    /// `x`
    Repeat,
    Add,
    Sub,
    /// `.`
    Concat,
    Shl,
    Shr,
    Isa,
    NumLt,
    NumGt,
    NumLe,
    NumGe,
    StrLt,
    StrGt,
    StrLe,
    StrGe,
    NumEq,
    NumNe,
    /// `<=>`
    NumCmp,
    StrEq,
    StrNe,
    /// `cmp`
    StrCmp,
    /// `~~`
    SmartMatch,
    BitAnd,
    BitOr,
    BitXor,
    /// `&&`
    And,
    /// `||`
    Or,
    /// `//`
    DefinedOr,
    /// `and`
    LowAnd,
    /// `or`
    LowOr,
    /// `xor`
    LowXor,
}

/// The method part of `INVOCANT->method`.
#[derive(Debug, Clone, PartialEq)]
pub enum MethodName {
    /// `->name`, `->SUPER::name`, `->next::method`, `->Pkg::name`.
    Named(String),
    /// `->$name` (a string or a code reference held in a scalar).
    Dynamic(Box<Expr>),
}

/// What a non-method call calls.
#[derive(Debug, Clone, PartialEq)]
pub enum Callee {
    /// A builtin, named operator or user sub: `print`, `push`, `foo`, `Pkg::foo`.
    Named(String),
    /// `$code->(...)`, `&$code(...)`, `&{...}(...)`, `$h{cb}(...)`.
    Expr(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Subst {
    pub pattern: Regex,
    pub replacement: SubstReplacement,
}

#[derive(Debug, Clone, PartialEq)]
pub enum SubstReplacement {
    /// Interpolated replacement text.
    Text(Vec<StrPart>),
    /// `/e`: the replacement is code.
    Code(Block),
}

/// `tr///` or `y///`; both lists kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Translit {
    pub search: String,
    pub replace: String,
    pub flags: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    /// A non-interpolating string (`'...'`, `q()`, `<<'EOT'`, a bareword before `=>`).
    Str(String),
    /// An interpolating string (`"..."`, `qq()`, `<<"EOT"`).
    Interp(Vec<StrPart>),
    /// `v5.36`, `v1.2.3`.
    Version(String),
    /// `qw(a b c)`.
    Qw(Vec<String>),
    /// A bareword used as a term: class name, filehandle, constant.
    Bareword(String),
    MagicConst(MagicConst),
    Var(Var),
    /// `my $x`, `our @ISA`, `my ($a, %h)`; `None` entries are `undef` placeholders.
    Decl {
        kind: DeclKind,
        vars: Vec<Option<Var>>,
        parens: bool,
    },
    /// `local EXPR`.
    Local(Box<Expr>),
    /// `$a[i]`, `$r->[i]`, `$x[0][1]`: `array` is the array (a `@` var or deref).
    Index {
        array: Box<Expr>,
        index: Box<Expr>,
    },
    /// `$h{k}`, `$r->{k}`: `hash` is the hash (a `%` var or deref).
    HashElem {
        hash: Box<Expr>,
        key: Box<Expr>,
    },
    /// `@a[LIST]`, `@$r[LIST]`.
    Slice {
        array: Box<Expr>,
        indices: Box<Expr>,
    },
    /// `@h{LIST}`, `@$r{LIST}`.
    HashSlice {
        hash: Box<Expr>,
        keys: Box<Expr>,
    },
    /// `%h{LIST}` (key/value slice) or `%a[LIST]` (index/value slice).
    KvSlice {
        container: Box<Expr>,
        keys: Box<Expr>,
        hash: bool,
    },
    /// `(LIST)[LIST]`.
    ListSlice {
        list: Box<Expr>,
        indices: Box<Expr>,
    },
    /// `$$r`, `@{...}`, `%$r`, `&$c`, `*{"name"}`, `$#{$r}`, `$r->@*`.
    Deref {
        sigil: Sigil,
        expr: Box<Expr>,
    },
    /// Calls of builtins, named operators and subs, with or without parentheses.
    Call {
        callee: Callee,
        args: Vec<Expr>,
        /// Written `&name` / `&$code`.
        ampersand: bool,
        /// Written with an argument list in parentheses.
        parens: bool,
    },
    MethodCall {
        invocant: Box<Expr>,
        method: MethodName,
        args: Vec<Expr>,
        parens: bool,
    },
    /// `print`, `printf`, `say`, with the optional filehandle slot.
    Print {
        func: String,
        filehandle: Option<Box<Expr>>,
        args: Vec<Expr>,
    },
    /// `sort`, `map`, `grep` with an optional block; without one, `map`'s and
    /// `grep`'s first argument is the expression.
    SortLike {
        func: String,
        block: Option<Block>,
        /// `sort by_name @x` / `sort $cmp @x`: a named or variable comparator.
        comparator: Option<Box<Expr>>,
        args: Vec<Expr>,
    },
    Return(Vec<Expr>),
    /// `last`, `next`, `redo` with an optional label.
    LoopControl {
        op: String,
        label: Option<String>,
    },
    Unary {
        op: UnaryOp,
        expr: Box<Expr>,
    },
    Binary {
        op: BinOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `=` (op `None`) and compound assignments (`+=`, `.=`, `//=`, `||=`...).
    Assign {
        op: Option<BinOp>,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    Ternary {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    /// `a .. b` or `a ... b`.
    Range {
        from: Box<Expr>,
        to: Box<Expr>,
        three_dots: bool,
    },
    /// A parenthesised list `(a, b)`; `()` is the empty list.
    List(Vec<Expr>),
    /// `[ ... ]`
    AnonArray(Vec<Expr>),
    /// `{ ... }` in term position.
    AnonHash(Vec<Expr>),
    /// `sub { ... }`.
    AnonSub(Box<SubDef>),
    DoBlock(Block),
    EvalBlock(Block),
    /// `m//` or a bare `/.../`.
    Match(Regex),
    /// `qr//`.
    Qr(Regex),
    /// `s///`.
    Subst(Box<Subst>),
    /// `tr///` / `y///`.
    Translit(Translit),
    /// `<STDIN>`, `<$fh>`, `<>`; the text between the angle brackets.
    Readline(String),
}
