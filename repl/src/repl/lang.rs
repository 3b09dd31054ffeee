//! What the REPL knows about each language: its name on the command line,
//! its prompt, its keywords (for completion), and how an input line is
//! echoed.

use omx::Lang;

/// Every language, in the order `:help` lists them.
pub const ALL: [Lang; 4] = [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl];

/// The language a `--lang` or `:lang` argument names.
pub fn parse(name: &str) -> Option<Lang> {
    match name.trim().to_ascii_lowercase().as_str() {
        "lua" => Some(Lang::Lua),
        "python" | "py" => Some(Lang::Python),
        "js" | "javascript" => Some(Lang::JavaScript),
        "perl" | "pl" => Some(Lang::Perl),
        _ => None,
    }
}

/// The name `:lang` accepts for `lang`.
pub fn arg_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Lua => "lua",
        Lang::Python => "python",
        Lang::JavaScript => "js",
        Lang::Perl => "perl",
    }
}

/// The prompt of the first line of an input.
pub fn prompt(lang: Lang) -> &'static str {
    match lang {
        Lang::Lua => "lua> ",
        Lang::Python => "py> ",
        Lang::JavaScript => "js> ",
        Lang::Perl => "pl> ",
    }
}

/// The prompt of the following lines of an unfinished input.
pub const CONTINUATION_PROMPT: &str = "..> ";

/// How the REPL shows what an input evaluated to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Echo {
    /// As `lua5.4 -i`: the line is first tried as `return <line>`; the
    /// values it returns are printed with the global `print`.
    ReturnValues,
    /// As CPython's REPL: the repr of each expression statement's value,
    /// unless it is `None`.
    Display,
    /// As node's REPL: `util.inspect` of the completion value.
    Inspect,
    /// Perl has no REPL: nothing beyond what the program prints.
    Nothing,
}

pub fn echo(lang: Lang) -> Echo {
    match lang {
        Lang::Lua => Echo::ReturnValues,
        Lang::Python => Echo::Display,
        Lang::JavaScript => Echo::Inspect,
        Lang::Perl => Echo::Nothing,
    }
}

/// Whether an input that parses may still go on: Python's compound
/// statements end at a blank line, as in CPython's REPL.
pub fn blocks_end_on_blank_line(lang: Lang) -> bool {
    matches!(lang, Lang::Python)
}

/// The reserved words of `lang`.
pub fn keywords(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Lua => &[
            "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto",
            "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until",
            "while",
        ],
        Lang::Python => &[
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield",
        ],
        Lang::JavaScript => &[
            "async",
            "await",
            "break",
            "case",
            "catch",
            "class",
            "const",
            "continue",
            "debugger",
            "default",
            "delete",
            "do",
            "else",
            "export",
            "extends",
            "false",
            "finally",
            "for",
            "function",
            "if",
            "import",
            "in",
            "instanceof",
            "let",
            "new",
            "null",
            "return",
            "super",
            "switch",
            "this",
            "throw",
            "true",
            "try",
            "typeof",
            "undefined",
            "var",
            "void",
            "while",
            "with",
            "yield",
        ],
        Lang::Perl => &[
            "and",
            "bless",
            "cmp",
            "continue",
            "defined",
            "delete",
            "do",
            "else",
            "elsif",
            "eq",
            "eval",
            "exists",
            "for",
            "foreach",
            "ge",
            "gt",
            "if",
            "last",
            "le",
            "local",
            "lt",
            "my",
            "ne",
            "next",
            "no",
            "not",
            "or",
            "our",
            "package",
            "print",
            "redo",
            "ref",
            "require",
            "return",
            "say",
            "shift",
            "sub",
            "undef",
            "unless",
            "until",
            "use",
            "wantarray",
            "while",
        ],
    }
}
