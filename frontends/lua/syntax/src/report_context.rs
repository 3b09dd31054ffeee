//! What is still open at a syntax error: the constructs whose closer
//! (`end`, `until`, `)`, `}`, `]`) has not been seen yet, found by
//! re-lexing the source up to the error (the error path only).

use logos::Logos;

use crate::lexer::VarargTracker;
use crate::line_index::LineIndex;
use crate::token::Tok;

/// The tokens of `source` that start before `offset`.
pub fn tokens_before(source: &[u8], offset: usize) -> Vec<(usize, Tok, usize)> {
    let mut tokens = Vec::new();
    let mut lexer = Tok::lexer(source);
    lexer.bump(crate::lexer::prelude_len(source));
    let mut varargs = VarargTracker::default();
    for (result, span) in lexer.spanned() {
        if span.start >= offset {
            break;
        }
        match result {
            Ok(token) => tokens.push((span.start, varargs.see(token), span.end)),
            Err(_) => break,
        }
    }
    tokens
}

/// A construct waiting for its closer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenKind {
    Function,
    If,
    /// `while`/`for`, with whether their `do` has been seen.
    While(bool),
    For(bool),
    Do,
    Repeat,
    /// A parenthesised expression or call arguments.
    Paren,
    /// A function's parameter list (Lua names no opener for it).
    Params,
    Brace,
    Bracket,
}

impl OpenKind {
    /// The token that closes it, as a terminal name.
    pub fn closer(self) -> &'static str {
        match self {
            OpenKind::Function
            | OpenKind::If
            | OpenKind::While(_)
            | OpenKind::For(_)
            | OpenKind::Do => "end",
            OpenKind::Repeat => "until",
            OpenKind::Paren | OpenKind::Params => ")",
            OpenKind::Brace => "}",
            OpenKind::Bracket => "]",
        }
    }

    /// The opener Lua names in "(to close 'X' at line N)", if it does.
    pub fn opener(self) -> Option<&'static str> {
        match self {
            OpenKind::Function => Some("function"),
            OpenKind::If => Some("if"),
            OpenKind::While(_) => Some("while"),
            OpenKind::For(_) => Some("for"),
            OpenKind::Do => Some("do"),
            OpenKind::Repeat => Some("repeat"),
            OpenKind::Paren => Some("("),
            OpenKind::Brace => Some("{"),
            OpenKind::Params | OpenKind::Bracket => None,
        }
    }

    fn is_block(self) -> bool {
        matches!(
            self,
            OpenKind::Function
                | OpenKind::If
                | OpenKind::While(_)
                | OpenKind::For(_)
                | OpenKind::Do
        )
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Open {
    pub kind: OpenKind,
    /// The line Lua reports for the opener.
    pub line: usize,
}

/// The innermost construct left open by `tokens`.
pub fn innermost_open(tokens: &[(usize, Tok, usize)], lines: &LineIndex) -> Option<Open> {
    let mut stack: Vec<Open> = Vec::new();
    let mut params_next = false;
    // Index of the `)` that closed the last parameter list.
    let mut params_closed_at = None;
    let line_of = |index: usize| {
        tokens
            .get(index)
            .map(|token| lines.line(token.0))
            .unwrap_or_else(|| tokens.last().map_or(1, |token| lines.line(token.2)))
    };
    for (index, (start, token, _)) in tokens.iter().enumerate() {
        let line = lines.line(*start);
        match token {
            Tok::Function => {
                let after_local = index > 0 && tokens[index - 1].1 == Tok::Local;
                let anonymous = matches!(tokens.get(index + 1), Some((_, Tok::LParen, _)));
                // lparser.c passes the line after `function` for local and
                // anonymous functions.
                let line = if after_local || anonymous {
                    line_of(index + 1)
                } else {
                    line
                };
                stack.push(Open {
                    kind: OpenKind::Function,
                    line,
                });
                params_next = true;
            }
            Tok::LParen if params_next => {
                stack.push(Open {
                    kind: OpenKind::Params,
                    line,
                });
                params_next = false;
            }
            Tok::LParen => {
                // Call arguments: lparser.c names the line where the called
                // expression starts.
                let after_params = index > 0 && params_closed_at == Some(index - 1);
                let line = match index.checked_sub(1).map(|before| &tokens[before].1) {
                    Some(before) if ends_prefix(before) && !after_params => {
                        primary_start(tokens, index)
                            .map_or(line, |primary| lines.line(tokens[primary].0))
                    }
                    _ => line,
                };
                stack.push(Open {
                    kind: OpenKind::Paren,
                    line,
                });
            }
            Tok::LBrace => stack.push(Open {
                kind: OpenKind::Brace,
                line,
            }),
            Tok::LBracket => stack.push(Open {
                kind: OpenKind::Bracket,
                line,
            }),
            Tok::If => stack.push(Open {
                kind: OpenKind::If,
                line,
            }),
            Tok::While => stack.push(Open {
                kind: OpenKind::While(false),
                line,
            }),
            Tok::For => stack.push(Open {
                kind: OpenKind::For(false),
                line,
            }),
            Tok::Repeat => stack.push(Open {
                kind: OpenKind::Repeat,
                line,
            }),
            Tok::Do => match stack.last_mut() {
                Some(Open {
                    kind: kind @ (OpenKind::While(false) | OpenKind::For(false)),
                    ..
                }) => {
                    *kind = match kind {
                        OpenKind::While(_) => OpenKind::While(true),
                        _ => OpenKind::For(true),
                    };
                }
                _ => stack.push(Open {
                    kind: OpenKind::Do,
                    line,
                }),
            },
            Tok::RParen => {
                if stack
                    .last()
                    .is_some_and(|open| open.kind == OpenKind::Params)
                {
                    params_closed_at = Some(index);
                }
                pop_if(&mut stack, |kind| {
                    matches!(kind, OpenKind::Paren | OpenKind::Params)
                });
            }
            Tok::RBrace => pop_if(&mut stack, |kind| kind == OpenKind::Brace),
            Tok::RBracket => pop_if(&mut stack, |kind| kind == OpenKind::Bracket),
            Tok::Until => pop_if(&mut stack, |kind| kind == OpenKind::Repeat),
            Tok::End => pop_if(&mut stack, OpenKind::is_block),
            _ => {}
        }
    }
    stack.last().copied()
}

fn pop_if(stack: &mut Vec<Open>, matches: impl Fn(OpenKind) -> bool) {
    if stack.last().is_some_and(|open| matches(open.kind)) {
        stack.pop();
    }
}

/// Whether the suffixed expression that ends `tokens` (`a`, `t.k[1]`,
/// `f(x):m"s"`) comes right after a `,`: a later target of an assignment.
pub fn follows_comma(tokens: &[(usize, Tok, usize)]) -> bool {
    primary_start(tokens, tokens.len()).is_some_and(|primary| is_comma(tokens, primary))
}

/// The index of the first token of the suffixed expression that ends
/// just before `tokens[end]`.
fn primary_start(tokens: &[(usize, Tok, usize)], mut end: usize) -> Option<usize> {
    // Walk the suffixes back to the primary expression.
    while end > 0 {
        let last = end - 1;
        match &tokens[last].1 {
            Tok::Name(_) => {
                if last > 0 && matches!(tokens[last - 1].1, Tok::Dot | Tok::Colon) {
                    end = last - 1;
                } else {
                    return Some(last);
                }
            }
            Tok::Str(_) => end = last,
            Tok::RBracket | Tok::RBrace => end = matching_open(tokens, last)?,
            Tok::RParen => match matching_open(tokens, last)? {
                open if open > 0 && ends_prefix(&tokens[open - 1].1) => end = open,
                open => return Some(open),
            },
            _ => return None,
        }
    }
    None
}

fn is_comma(tokens: &[(usize, Tok, usize)], primary: usize) -> bool {
    primary > 0 && tokens[primary - 1].1 == Tok::Comma
}

fn ends_prefix(token: &Tok) -> bool {
    matches!(
        token,
        Tok::Name(_) | Tok::RParen | Tok::RBracket | Tok::RBrace | Tok::Str(_)
    )
}

/// The index of the bracket opening the one that closes at `close`.
fn matching_open(tokens: &[(usize, Tok, usize)], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for index in (0..=close).rev() {
        match tokens[index].1 {
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBracket | Tok::LBrace => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}
