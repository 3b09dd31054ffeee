//! Token classes for colouring Perl source (the REPL's highlighter), from
//! the parser's own context-sensitive lexer ([`Lexer`]).
//!
//! Perl cannot be tokenised without knowing whether a term or an operator
//! comes next; the lexer keeps that state ([`super::Expect`], as perl's
//! toke.c does), so `/` after an operand divides and `/` where a term is
//! expected starts a pattern, `%`/`&`/`*` are sigils or operators, and the
//! quote-like operators (`q qq qw m qr s tr y`, heredocs, `<FH>`) are one
//! token each. Comments and POD are skipped by the lexer and found in the
//! gaps between tokens. A lexical error ends the classification; an
//! unclosed string or pattern is classified to the end of the input.

use omx_core::highlight::{with_comments, Class, Token};

use super::words::{classify, is_keyword};
use super::Lexer;
use crate::error::Problem;
use crate::token::Tok;

/// The classified tokens of `src`, in order. Never fails.
pub fn highlight(src: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut stop = src.len();
    for result in Lexer::new(src, 0, src.len()) {
        match result {
            Ok((start, tok, end)) => {
                let text = src.get(start..end).unwrap_or("");
                tokens.push((start..end, class(&tok, text)));
            }
            Err(error) => {
                stop = (error.span.start as usize).min(src.len());
                if unclosed(&error.problem) {
                    // The error points at the delimiter: the token starts
                    // after the last one lexed (`qq{`, `s/`).
                    let after = tokens.last().map_or(0, |(range, _)| range.end);
                    let text = &src[after.min(stop)..];
                    let start = after.min(stop) + text.len() - text.trim_start().len();
                    tokens.retain(|(range, _)| range.start < start);
                    tokens.push((start..src.len(), Some(Class::String)));
                    stop = src.len();
                }
                break;
            }
        }
    }
    with_comments(src, tokens, stop, |text| {
        text.starts_with('#') || text.starts_with('=')
    })
}

/// The input ends inside a string, pattern or transliteration.
fn unclosed(problem: &Problem) -> bool {
    matches!(
        problem,
        Problem::StringTerminator(_)
            | Problem::SearchPattern
            | Problem::SubstPattern
            | Problem::SubstReplacement
            | Problem::TranslitPattern
            | Problem::TranslitReplacement
    )
}

/// A builtin's or keyword's name, not a user sub's.
fn builtin(name: &str) -> bool {
    classify(name).is_some() || is_keyword(name)
}

fn class(tok: &Tok, text: &str) -> Option<Class> {
    use Tok::*;
    let word = text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_');
    Some(match tok {
        Int(_) | Float(_) | Version(_) => Class::Number,
        // A bareword quoted by `=>` or `{word}` is a name to the reader.
        Str(_)
            if text
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == ':') =>
        {
            return None;
        }
        Str(_) | Interp(_) | Qw(_) | Match(_) | Qr(_) | Subst(_) | Translit(_) | Readline(_) => {
            Class::String
        }
        Func(name) | UniOp(name) | UniOp0(name) | ListOp(name) | ListOp0(name) | PrintOp(name)
        | PrintOp0(name) | PrintFunc(name) | SortOp(name) | SortFunc(name)
            if builtin(name) =>
        {
            Class::Keyword
        }
        Magic(_) | LoopCtl(_) | Phaser(_) | My | Our | State | Local | Sub | Package | Use | No
        | If | Elsif | Else | Unless | While | Until | For | Continue | DoBlock | EvalBlock
        | LowAnd | LowOr | LowXor | LowNot => Class::Keyword,
        Arrow | Inc | Dec | Pow | Bang | Tilde | Backslash | BindMatch | BindNotMatch | Star
        | Slash | Percent | Repeat | Plus | Minus | Dot | Shl | Shr | Isa | NumLt | NumGt
        | NumLe | NumGe | StrLt | StrGt | StrLe | StrGe | NumEq | NumNe | NumCmp | StrEq
        | StrNe | StrCmp | SmartMatch | Amp | Pipe | Caret | AndAnd | OrOr | DorDor | DotDot
        | DotDotDot | Question | Assign | OpAssign(_) => {
            // `eq`, `x`, `isa`: operator words read as keywords.
            if word {
                Class::Keyword
            } else {
                Class::Operator
            }
        }
        Comma if text == "=>" => Class::Operator,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(src: &str) -> Vec<(&str, Class)> {
        omx_core::highlight::texts(src, highlight(src))
    }

    #[test]
    fn every_class_on_one_line() {
        assert_eq!(
            classes("my @w = qw(a (b) c); $s =~ s/x/y/g; print \"n=$#w\\n\" if $x eq 'a'; # c"),
            [
                ("my", Class::Keyword),
                ("=", Class::Operator),
                ("qw(a (b) c)", Class::String),
                ("=~", Class::Operator),
                ("s/x/y/g", Class::String),
                ("print", Class::Keyword),
                ("\"n=$#w\\n\"", Class::String),
                ("if", Class::Keyword),
                ("eq", Class::Keyword),
                ("'a'", Class::String),
                ("# c", Class::Comment),
            ]
        );
        assert_eq!(
            classes("$h{q} = tr{a}{b}; $x->y(1.5) => 2"),
            [
                ("=", Class::Operator),
                ("tr{a}{b}", Class::String),
                ("->", Class::Operator),
                ("1.5", Class::Number),
                ("=>", Class::Operator),
                ("2", Class::Number),
            ]
        );
    }

    #[test]
    fn a_slash_after_an_operand_divides_and_where_a_term_goes_matches() {
        assert_eq!(
            classes("$a / $b; split /,/, $c"),
            [
                ("/", Class::Operator),
                ("split", Class::Keyword),
                ("/,/", Class::String),
            ]
        );
    }

    #[test]
    fn unclosed_strings_end_the_classes() {
        assert_eq!(
            classes("my $x = qq{open"),
            [
                ("my", Class::Keyword),
                ("=", Class::Operator),
                ("qq{open", Class::String),
            ]
        );
        assert_eq!(
            classes("1 + \u{e9} 2"),
            [("1", Class::Number), ("+", Class::Operator)]
        );
    }
}
