//! Token classes for colouring Lua source (the REPL's highlighter), from
//! the same logos lexer the parser reads ([`Tok`]).
//!
//! Comments never reach the parser (`scan::comment` skips them), so they
//! are found in the gaps between tokens. A lexical error (an unfinished
//! string or long comment while the line is still being typed, a bad
//! escape) ends the classification: an unfinished string or comment is
//! classified up to where the lexer stopped, the rest is left alone.

use std::ops::Range;

use logos::Logos;
use omx_core::highlight::{with_comments, Class, Token};

use crate::token::Tok;

/// The classified tokens of `src`, in order. Never fails.
pub fn highlight(src: &str) -> Vec<Token> {
    let mut lexer = Tok::lexer(src.as_bytes());
    let mut tokens = Vec::new();
    let mut lexed = src.len();
    while let Some(result) = lexer.next() {
        let span: Range<usize> = lexer.span();
        match result {
            Ok(tok) => tokens.push((span, class(&tok))),
            Err(_) => {
                lexed = span.start;
                if let Some((end, class)) = unfinished(src, span.start) {
                    tokens.push((span.start..end, Some(class)));
                    lexed = end;
                }
                break;
            }
        }
    }
    with_comments(src, tokens, lexed, |text| text.starts_with("--"))
}

/// An error at `at` in a string or comment still being typed: where it
/// ends (its closing quote or the end of the line for a short string with
/// a bad escape or none, the end of the input for a long
/// bracket or a comment) and its class.
fn unfinished(src: &str, at: usize) -> Option<(usize, Class)> {
    let text = &src[at..];
    let line_end = at + text.find('\n').unwrap_or(text.len());
    if text.starts_with("--[") {
        Some((src.len(), Class::Comment))
    } else if text.starts_with("--") {
        Some((line_end, Class::Comment))
    } else if text.starts_with('[') {
        Some((src.len(), Class::String))
    } else if let Some(quote) = text.chars().next().filter(|&c| c == '"' || c == '\'') {
        // A bad escape: the string still ends at its closing quote.
        let mut escaped = false;
        let close = text[1..line_end - at].find(|c: char| {
            let closes = c == quote && !escaped;
            escaped = c == '\\' && !escaped;
            closes
        });
        Some((close.map_or(line_end, |i| at + 2 + i), Class::String))
    } else {
        None
    }
}

fn class(tok: &Tok) -> Option<Class> {
    use Tok::*;
    Some(match tok {
        And | Break | Do | Else | Elseif | End | False | For | Function | Goto | If | In
        | Local | Nil | Not | Or | Repeat | Return | Then | True | Until | While => Class::Keyword,
        Str(_) => Class::String,
        Number(_) => Class::Number,
        Plus | Minus | Star | Slash | DoubleSlash | Percent | Caret | Hash | Ampersand | Tilde
        | Pipe | Shl | Shr | EqEq | NotEq | LtEq | GtEq | Lt | Gt | Assign | Concat | Dots => {
            Class::Operator
        }
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
            classes("local s = 'a' .. [[b]] + 0x1F -- note"),
            [
                ("local", Class::Keyword),
                ("=", Class::Operator),
                ("'a'", Class::String),
                ("..", Class::Operator),
                ("[[b]]", Class::String),
                ("+", Class::Operator),
                ("0x1F", Class::Number),
                ("-- note", Class::Comment),
            ]
        );
        assert_eq!(
            classes("x = 2.5e3 --[[a]] y"),
            [
                ("=", Class::Operator),
                ("2.5e3", Class::Number),
                ("--[[a]]", Class::Comment),
            ]
        );
    }

    #[test]
    fn an_unfinished_string_or_comment_ends_the_classes() {
        assert_eq!(classes("print('open"), [("'open", Class::String)]);
        assert_eq!(classes("x --[==[é"), [("--[==[é", Class::Comment)]);
        assert_eq!(
            classes("a = '\\q\\'' 1"),
            [("=", Class::Operator), ("'\\q\\''", Class::String)]
        );
    }
}
