//! What a bareword means: Perl's tables of named unary and list operators.

/// How the grammar treats a known builtin word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A named unary operator: one optional argument, binding tighter than
    /// comparison (`defined $x`, `ref $self`, `shift`).
    Unary,
    /// A list operator: a comma list to the right (`push @a, 1`, `die "x"`).
    List,
    /// A builtin taking no arguments (`wantarray`, `time`).
    Nullary,
    /// `print`, `printf`, `say`: a list operator with a filehandle slot.
    Print,
    /// `sort`, `map`, `grep`: a list operator with an optional block.
    Sort,
}

/// Classify a builtin function name; `None` for keywords and user words.
pub fn classify(word: &str) -> Option<WordClass> {
    use WordClass::*;
    let class = match word {
        "defined" | "ref" | "scalar" | "lc" | "uc" | "lcfirst" | "ucfirst" | "length" | "chr"
        | "ord" | "hex" | "oct" | "abs" | "int" | "sqrt" | "log" | "exp" | "sin" | "cos"
        | "quotemeta" | "fc" | "rand" | "srand" | "exists" | "delete" | "each" | "keys"
        | "values" | "shift" | "pop" | "chdir" | "rmdir" | "readline" | "close" | "undef"
        | "caller" | "exit" | "sleep" | "localtime" | "gmtime" | "alarm" | "lock" | "chroot"
        | "readlink" | "stat" | "lstat" | "require" | "do" | "eval" | "umask" | "fileno"
        | "chomp" | "chop" | "study" | "pos" | "goto" | "dump" | "closedir" | "readdir"
        | "rewinddir" | "getc" | "eof" | "tell" | "untie" | "tied" | "log10" | "evalbytes" => Unary,
        "print" | "printf" | "say" => Print,
        "sort" | "map" | "grep" => Sort,
        "wantarray" | "time" | "times" | "wait" | "getppid" | "fork" => Nullary,
        "push" | "unshift" | "splice" | "join" | "split" | "sprintf" | "die" | "warn"
        | "return" | "reverse" | "bless" | "unlink" | "open" | "binmode" | "pack" | "unpack"
        | "system" | "exec" | "kill" | "chmod" | "chown" | "utime" | "substr" | "index"
        | "rindex" | "atan2" | "seek" | "read" | "sysread" | "syswrite" | "select" | "opendir"
        | "mkdir" | "rename" | "link" | "symlink" | "waitpid" | "sysopen" | "truncate"
        | "crypt" | "vec" | "formline" | "tie" | "dbmopen" | "croak" | "confess" | "carp"
        | "cluck" => List,
        _ => return None,
    };
    Some(class)
}

/// Words that are operators or statement keywords, never function names.
pub fn is_operator_word(word: &str) -> bool {
    matches!(
        word,
        "x" | "lt"
            | "gt"
            | "le"
            | "ge"
            | "eq"
            | "ne"
            | "cmp"
            | "and"
            | "or"
            | "xor"
            | "not"
            | "if"
            | "unless"
            | "while"
            | "until"
            | "for"
            | "foreach"
            | "isa"
    )
}

/// Statement and declaration keywords handled by the lexer itself.
pub fn is_keyword(word: &str) -> bool {
    is_operator_word(word)
        || matches!(
            word,
            "my" | "our"
                | "state"
                | "sub"
                | "package"
                | "use"
                | "no"
                | "elsif"
                | "else"
                | "continue"
                | "last"
                | "next"
                | "redo"
                | "do"
                | "eval"
                | "return"
                | "__PACKAGE__"
                | "__FILE__"
                | "__LINE__"
                | "__SUB__"
                | "__END__"
                | "__DATA__"
                | "BEGIN"
                | "END"
                | "INIT"
                | "CHECK"
                | "UNITCHECK"
                | "q"
                | "qq"
                | "qw"
                | "qr"
                | "m"
                | "s"
                | "tr"
                | "y"
        )
}

/// Letters of the `-X` file test operators.
pub fn is_filetest_letter(c: u8) -> bool {
    b"rwxoRWXOezsfdlpSbcugktTBAMC".contains(&c)
}
