//! `load` (Lua 5.4 §6.1): compile a string chunk (or the pieces a reader
//! function returns) into a function; syntax errors come back as
//! `nil, message`.

use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::runtime::main_closure;
use omx_core::Value;

use super::args::*;

/// Lua's `luaO_chunkid`: how a chunk name prints in messages.
pub fn chunk_id(name: &[u8]) -> String {
    const IDSIZE: usize = 60;
    match name.first() {
        Some(b'=') | Some(b'@') => {
            let rest = String::from_utf8_lossy(&name[1..]).into_owned();
            if rest.len() < IDSIZE {
                rest
            } else if name[0] == b'=' {
                rest.chars().take(IDSIZE - 1).collect()
            } else {
                let tail: String = rest
                    .chars()
                    .rev()
                    .take(IDSIZE - 4)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                format!("...{tail}")
            }
        }
        _ => {
            let text = String::from_utf8_lossy(name);
            let first_line = text.split('\n').next().unwrap_or("");
            let max = IDSIZE - 15;
            if first_line.len() < text.len() || first_line.len() > max {
                let cut: String = first_line.chars().take(max.min(first_line.len())).collect();
                format!("[string \"{cut}...\"]")
            } else {
                format!("[string \"{first_line}\"]")
            }
        }
    }
}

pub fn load<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(args, 0) {
        Value::Str(s) => {
            let name = match arg(args, 1) {
                Value::Nil => s.as_bytes().to_vec(),
                _ => check_bytes(ctx.rt, args, 1, "load")?.into_owned(),
            };
            finish_load(
                ctx,
                s.as_bytes(),
                &name,
                arg(args, 2),
                arg(args, 3),
                args.len() > 3,
            )
        }
        f if omx_core::protocol::lua::callable::is_function(f) => {
            // Reader function: call it until it returns nil or "".
            let state = vec![
                f,
                arg(args, 1),
                arg(args, 2),
                arg(args, 3),
                Value::Bool(args.len() > 3),
                Value::Nil,
            ];
            Ok(Outcome::call(
                f,
                Vec::new(),
                Continuation::catching(read_piece, state),
            ))
        }
        _ => Err(type_error(ctx.rt, args, 0, "load", "function")),
    }
}

fn read_piece<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    // An error in the reader makes `load` fail with it (lua5.4 returns
    // `nil, message`).
    let piece = match result {
        Ok(values) => values.first().copied().unwrap_or_default(),
        Err(e) => {
            ctx.ret.extend_from_slice(&[Value::Nil, e]);
            return Ok(Outcome::Return);
        }
    };
    let mut acc = match state[5] {
        Value::Str(s) => s.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    match piece {
        Value::Str(s) if !s.is_empty() => {
            acc.extend_from_slice(s.as_bytes());
            state[5] = str_value(ctx.mc, &acc);
            let f = state[0];
            Ok(Outcome::call(
                f,
                Vec::new(),
                Continuation::catching(read_piece, state),
            ))
        }
        Value::Nil | Value::Str(_) => {
            let name = match state[1] {
                Value::Str(s) => s.as_bytes().to_vec(),
                _ => b"=(load)".to_vec(),
            };
            let has_env = matches!(state[4], Value::Bool(true));
            finish_load(ctx, &acc, &name, state[2], state[3], has_env)
        }
        _ => {
            ctx.ret.extend_from_slice(&[
                Value::Nil,
                str_value(ctx.mc, b"reader function must return a string"),
            ]);
            Ok(Outcome::Return)
        }
    }
}

fn finish_load<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    source: &[u8],
    name: &[u8],
    mode: Value<'gc>,
    env: Value<'gc>,
    has_env: bool,
) -> NativeResult<'gc> {
    let mode = match mode {
        Value::Str(m) => Some(m.as_bytes().to_vec()),
        _ => None,
    };
    let env = if has_env { Some(env) } else { None };
    match load_chunk(ctx, source, name, mode.as_deref(), env)? {
        Ok(f) => ctx.ret1(f),
        Err(msg) => {
            ctx.ret
                .extend_from_slice(&[Value::Nil, str_value(ctx.mc, msg.as_bytes())]);
            Ok(Outcome::Return)
        }
    }
}

/// Compile `source` (chunk name `name`, as given to `load`: `@file`,
/// `=name` or the text itself) into a main-chunk function whose `_ENV` is
/// `env` (the globals when `None`). `Ok(Err(message))` is a chunk that
/// does not load (a syntax error, a mode it may not have), which `load`
/// and `loadfile` return as `nil, message`.
pub fn load_chunk<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    source: &[u8],
    name: &[u8],
    mode: Option<&[u8]>,
    env: Option<Value<'gc>>,
) -> NResult<'gc, Result<Value<'gc>, String>> {
    let id = chunk_id(name);
    let binary = source.first() == Some(&0x1b);
    let mode = mode.unwrap_or(b"bt");
    if binary && !mode.contains(&b'b') {
        return Ok(Err(format!(
            "attempt to load a binary chunk (mode is '{}')",
            String::from_utf8_lossy(mode)
        )));
    }
    if !binary && !mode.contains(&b't') {
        return Ok(Err(format!(
            "attempt to load a text chunk (mode is '{}')",
            String::from_utf8_lossy(mode)
        )));
    }
    if binary {
        return Ok(super::dump::undump(ctx, source, name, env));
    }
    // The lexer skips a first line starting with `#`, as luaL_loadfile
    // does; `load` does not (lua_load): such a text keeps its `#` behind
    // a space, which moves no line. `loadfile` and `require` have removed
    // the line already (package.rs skip_comment).
    let spaced;
    let source = if source.first() == Some(&b'#') {
        spaced = [b" ", source].concat();
        &spaced[..]
    } else {
        source
    };
    match crate::lower::compile(source, &id) {
        Ok(proto) => match main_closure(ctx.mc, ctx.rt, &proto, env) {
            Ok(c) => Ok(Ok(Value::Closure(c))),
            Err(e) => Err(NativeError::Message(format!(
                "internal error: bytecode rejected: {e}"
            ))),
        },
        Err(e) => Ok(Err(format!("{}:{}: {}", id, e.line(), e.message))),
    }
}
