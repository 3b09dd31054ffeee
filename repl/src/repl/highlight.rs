//! Colouring the line being typed, in ANSI colours, from each language's
//! own lexer: the syntax crates' `highlight` runs the logos lexer the
//! parser reads (with the parser's context rules for Perl's and
//! JavaScript's `/`) and classifies its tokens; comments come from the
//! gaps the lexers skip. A lexical error ends the colouring, so unfinished
//! input never fails: the rest of the line is left as typed.

use omx::Lang;
use omx_core::highlight::{Class, Token};

fn colour(class: Class) -> &'static str {
    match class {
        Class::Keyword => "\x1b[1;35m",
        Class::String => "\x1b[32m",
        Class::Number => "\x1b[33m",
        Class::Comment => "\x1b[2;37m",
        Class::Operator => "\x1b[36m",
    }
}

const RESET: &str = "\x1b[0m";

/// The classified tokens of `line` in `lang`.
pub fn classify(lang: Lang, line: &str) -> Vec<Token> {
    match lang {
        Lang::Lua => omx_lua_syntax::highlight(line),
        Lang::Python => omx_python_syntax::highlight(line),
        Lang::JavaScript => omx_js_syntax::highlight(line),
        Lang::Perl => omx_perl_syntax::highlight(line),
    }
}

/// `line` with ANSI colours around its tokens.
pub fn paint(lang: Lang, line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    for (range, class) in classify(lang, line) {
        // Ranges are in order and on character boundaries; skip any that
        // is not rather than panic on a lexer's mistake.
        let (Some(gap), Some(text)) = (line.get(at..range.start), line.get(range.clone())) else {
            continue;
        };
        out.push_str(gap);
        out.push_str(colour(class));
        out.push_str(text);
        out.push_str(RESET);
        at = range.end;
    }
    out.push_str(&line[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repl::lang;

    /// One line per language with a token of every class.
    const LINES: [(Lang, &str); 4] = [
        (Lang::Lua, "local s = 'a' .. 0x1F -- c"),
        (Lang::Python, "def f(): return rb'x' + 1 # c"),
        (Lang::JavaScript, "let t = `a${x}` / /re/g + 1 // c"),
        (Lang::Perl, "my @w = qw(a b); $s =~ s/x/y/ + 1 # c"),
    ];

    #[test]
    fn every_language_colours_every_class() {
        for (lang, line) in LINES {
            let classes: Vec<Class> = classify(lang, line).into_iter().map(|(_, c)| c).collect();
            for class in Class::ALL {
                assert!(
                    classes.contains(&class),
                    "{lang:?} {line:?}: no {class:?} in {classes:?}"
                );
            }
        }
    }

    #[test]
    fn painting_keeps_the_text() {
        for lang in lang::ALL {
            let line = "if x then print('é', 1) end # -- // \"open";
            let painted = paint(lang, line);
            let mut plain = painted.replace(RESET, "");
            for class in Class::ALL {
                plain = plain.replace(colour(class), "");
            }
            assert_eq!(plain, line);
        }
    }
}
