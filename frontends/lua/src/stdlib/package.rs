//! Modules (Lua 5.4 manual §6.3): `require`, the `package` table
//! (`loaded`, `preload`, `path`, `cpath`, `config`, `searchers`,
//! `searchpath`), and the file-loading basics of §6.1 that share its
//! machinery, `dofile` and `loadfile`. Files are read through the host
//! (`Host::read_file`): omx-core never opens a file itself, and a host
//! that grants no file access makes every file "not found". C modules
//! are never loaded: the C searchers only report what they would have
//! tried.

use gc_arena::Mutation;
use omx_core::function::NativeFunction;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::lua::ops::truthy;
use omx_core::protocol::lua::table::{
    as_table, new_table, raw_get, raw_get_int, raw_get_str, raw_set, raw_set_str,
};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::base_load::load_chunk;
use super::register;

/// lua5.4's defaults on this machine (Debian's build adds /usr/share).
const LUA_PATH_DEFAULT: &str =
    "/usr/local/share/lua/5.4/?.lua;/usr/local/share/lua/5.4/?/init.lua;\
/usr/local/lib/lua/5.4/?.lua;/usr/local/lib/lua/5.4/?/init.lua;\
/usr/share/lua/5.4/?.lua;/usr/share/lua/5.4/?/init.lua;./?.lua;./?/init.lua";
const LUA_CPATH_DEFAULT: &str =
    "/usr/local/lib/lua/5.4/?.so;/usr/lib/x86_64-linux-gnu/lua/5.4/?.so;\
/usr/lib/lua/5.4/?.so;/usr/local/lib/lua/5.4/loadall.so;./?.so";

/// Install `package`, `require`, `dofile` and `loadfile`. Runs after the
/// other libraries, so `package.loaded` can list them all.
pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let g = rt.globals;
    let package = super::library(mc, rt, "package");
    let loaded = new_table(mc, rt.root_shape, 0, 0);
    for name in [
        "string",
        "table",
        "math",
        "coroutine",
        "io",
        "os",
        "utf8",
        "debug",
    ] {
        let lib = raw_get_str(g, Str::new(mc, name.as_bytes()));
        if !lib.is_nil() {
            raw_set_str(mc, loaded, Str::new(mc, name.as_bytes()), lib);
        }
    }
    raw_set_str(mc, loaded, Str::new(mc, b"_G"), Value::Object(g));
    raw_set_str(mc, loaded, Str::new(mc, b"package"), Value::Object(package));
    raw_set_str(mc, package, Str::new(mc, b"loaded"), Value::Object(loaded));
    // lauxlib's LUA_LOADED_TABLE: error messages name builtins through it.
    raw_set_str(
        mc,
        rt.registry,
        Str::new(mc, b"_LOADED"),
        Value::Object(loaded),
    );
    let preload = new_table(mc, rt.root_shape, 0, 0);
    raw_set_str(
        mc,
        package,
        Str::new(mc, b"preload"),
        Value::Object(preload),
    );
    raw_set_str(
        mc,
        package,
        Str::new(mc, b"path"),
        str_value(mc, LUA_PATH_DEFAULT.as_bytes()),
    );
    raw_set_str(
        mc,
        package,
        Str::new(mc, b"cpath"),
        str_value(mc, LUA_CPATH_DEFAULT.as_bytes()),
    );
    raw_set_str(
        mc,
        package,
        Str::new(mc, b"config"),
        str_value(mc, b"/\n;\n?\n!\n-\n"),
    );
    let searchers = new_table(mc, rt.root_shape, 4, 0);
    let bound = vec![Value::Object(package)];
    let natives: [(&'static str, omx_core::native::NativeFn); 4] = [
        ("searcher_preload", search_preload),
        ("searcher_Lua", search_lua),
        ("searcher_C", search_c),
        ("searcher_Croot", search_croot),
    ];
    for (i, (name, f)) in natives.into_iter().enumerate() {
        let s = NativeFunction::with_bound(mc, name, f, bound.clone());
        raw_set(mc, searchers, Value::Int(i as i64 + 1), Value::Native(s)).ok();
    }
    raw_set_str(
        mc,
        package,
        Str::new(mc, b"searchers"),
        Value::Object(searchers),
    );
    register(mc, package, "searchpath", searchpath);
    register(mc, package, "loadlib", loadlib);
    let require = NativeFunction::with_bound(mc, "require", require, bound);
    raw_set_str(mc, g, Str::new(mc, b"require"), Value::Native(require));
    register(mc, g, "dofile", dofile);
    register(mc, g, "loadfile", loadfile);
}

/// The environment variables that replace the default paths, with `;;`
/// standing for the default (`setpath` in loadlib.c). Read when the
/// host runs a script, not at install: installing never asks the host
/// anything.
pub fn apply_env_paths<'gc>(
    mc: &Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    lua_path: Option<&str>,
    lua_cpath: Option<&str>,
) {
    let Some(package) = as_table(raw_get_str(rt.globals, Str::new(mc, b"package"))) else {
        return;
    };
    for (field, value, default) in [
        ("path", lua_path, LUA_PATH_DEFAULT),
        ("cpath", lua_cpath, LUA_CPATH_DEFAULT),
    ] {
        if let Some(v) = value {
            let path = v.replacen(";;", &format!(";{default};"), 1);
            let path = path.trim_matches(';').to_string();
            raw_set_str(
                mc,
                package,
                Str::new(mc, field.as_bytes()),
                str_value(mc, path.as_bytes()),
            );
        }
    }
}

fn package_field<'gc>(ctx: &Ctx<'gc, '_>, field: &[u8]) -> Value<'gc> {
    match as_table(ctx.bound(0)) {
        Some(p) => raw_get_str(p, Str::new(ctx.mc, field)),
        None => Value::Nil,
    }
}

/// `require(name)`: `package.loaded[name]`, or the first loader a
/// searcher finds, called with `name` and the searcher's extra value.
fn require<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_str(ctx.mc, ctx.rt, args, 0, "require")?;
    let loaded = package_field(ctx, b"loaded");
    if let Some(l) = as_table(loaded) {
        let v = raw_get(l, Value::Str(name));
        if truthy(v) {
            return ctx.ret1(v);
        }
    }
    let searchers = match as_table(package_field(ctx, b"searchers")) {
        Some(t) => t,
        None => return Err(NativeError::msg("'package.searchers' must be a table")),
    };
    let state = vec![
        Value::Str(name),
        Value::Object(searchers),
        Value::Int(1),
        str_value(ctx.mc, b""),
        ctx.bound(0),
    ];
    next_searcher(state)
}

/// Try searcher number `state[2]`; `state[3]` collects the messages of
/// those that found nothing.
fn next_searcher<'gc>(state: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let (Value::Str(name), Some(searchers), Value::Int(i)) =
        (state[0], as_table(state[1]), state[2])
    else {
        return Err(NativeError::msg("internal error: require state"));
    };
    let searcher = raw_get_int(searchers, i);
    if searcher.is_nil() {
        let tried = match state[3] {
            Value::Str(s) => s.to_str_lossy().into_owned(),
            _ => String::new(),
        };
        return Err(NativeError::Message(format!(
            "module '{}' not found:{}",
            name.to_str_lossy(),
            tried
        )));
    }
    Ok(Outcome::call(
        searcher,
        vec![Value::Str(name)],
        Continuation::new(searcher_done, state),
    ))
}

fn searcher_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let results = result.map_err(NativeError::Throw)?;
    let found = results.first().copied().unwrap_or_default();
    let extra = results.get(1).copied().unwrap_or_default();
    if omx_core::protocol::lua::callable::is_function(found) {
        let name = state[0];
        return Ok(Outcome::call(
            found,
            vec![name, extra],
            Continuation::new(loader_done, vec![name, extra, state[4]]),
        ));
    }
    if let Value::Str(msg) = found {
        let mut acc = match state[3] {
            Value::Str(s) => s.as_bytes().to_vec(),
            _ => Vec::new(),
        };
        // Lua 5.4.4's findloader: each searcher's message on a new line.
        acc.extend_from_slice(b"\n\t");
        acc.extend_from_slice(msg.as_bytes());
        state[3] = str_value(ctx.mc, &acc);
    }
    if let Value::Int(i) = state[2] {
        state[2] = Value::Int(i + 1);
    }
    next_searcher(state)
}

/// A loader returned: its value (or `true`) becomes `package.loaded[name]`
/// unless the loader stored something there itself.
fn loader_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let results = result.map_err(NativeError::Throw)?;
    let value = results.first().copied().unwrap_or_default();
    let (name, extra) = (state[0], state[1]);
    let loaded = match as_table(state[2]) {
        Some(p) => as_table(raw_get_str(p, Str::new(ctx.mc, b"loaded"))),
        None => None,
    };
    let Some(loaded) = loaded else {
        return Err(NativeError::msg("'package.loaded' must be a table"));
    };
    if !value.is_nil() {
        raw_set(ctx.mc, loaded, name, value).ok();
    }
    let mut stored = raw_get(loaded, name);
    if stored.is_nil() {
        stored = Value::Bool(true);
        raw_set(ctx.mc, loaded, name, stored).ok();
    }
    ctx.ret.extend_from_slice(&[stored, extra]);
    Ok(Outcome::Return)
}

fn search_preload<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_str(ctx.mc, ctx.rt, args, 0, "searcher_preload")?;
    let Some(preload) = as_table(package_field(ctx, b"preload")) else {
        return Err(NativeError::msg("'package.preload' must be a table"));
    };
    let loader = raw_get(preload, Value::Str(name));
    if loader.is_nil() {
        let msg = format!("no field package.preload['{}']", name.to_str_lossy());
        return ctx.ret1(str_value(ctx.mc, msg.as_bytes()));
    }
    ctx.ret
        .extend_from_slice(&[loader, str_value(ctx.mc, b":preload:")]);
    Ok(Outcome::Return)
}

/// Where `searchpath` looked: the file found, or the "no file" lines.
enum Search {
    Found(String, Vec<u8>),
    NotFound(String),
}

/// `package.searchpath`'s walk: each template of `path` with `?` replaced
/// by `name` (its `sep` characters turned into `rep`), read through the
/// host.
fn search_path(ctx: &mut Ctx<'_, '_>, name: &str, path: &str, sep: &str, rep: &str) -> Search {
    let name = if sep.is_empty() {
        name.to_string()
    } else {
        name.replace(sep, rep)
    };
    // loadlib.c searchpath: `?` is replaced in the whole path, then every
    // piece between separators is a file name, an empty one too
    // (getnextfilename); only an empty path has none. The "not found"
    // message is the same path with each separator turned into a new
    // "no file" line (pusherrornotfound).
    let path = path.replace('?', &name);
    for file in path.split(';').filter(|_| !path.is_empty()) {
        if let Ok(bytes) = ctx.host.read_file(file) {
            return Search::Found(file.to_string(), bytes);
        }
    }
    Search::NotFound(format!("no file '{}'", path.replace(';', "'\n\tno file '")))
}

fn searchpath<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_bytes(ctx.rt, args, 0, "searchpath")?.into_owned();
    let path = check_bytes(ctx.rt, args, 1, "searchpath")?.into_owned();
    let sep = match arg(args, 2) {
        Value::Nil => b".".to_vec(),
        _ => check_bytes(ctx.rt, args, 2, "searchpath")?.into_owned(),
    };
    let rep = match arg(args, 3) {
        Value::Nil => b"/".to_vec(),
        _ => check_bytes(ctx.rt, args, 3, "searchpath")?.into_owned(),
    };
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match search_path(ctx, &text(&name), &text(&path), &text(&sep), &text(&rep)) {
        Search::Found(file, _) => ctx.ret1(str_value(ctx.mc, file.as_bytes())),
        Search::NotFound(tried) => {
            ctx.ret
                .extend_from_slice(&[Value::Nil, str_value(ctx.mc, tried.as_bytes())]);
            Ok(Outcome::Return)
        }
    }
}

/// A `package` field that must be a string (`path`, `cpath`).
fn path_field(ctx: &Ctx<'_, '_>, field: &str) -> Result<String, NativeError<'static>> {
    match package_field(ctx, field.as_bytes()) {
        Value::Str(s) => Ok(s.to_str_lossy().into_owned()),
        _ => Err(NativeError::Message(format!(
            "'package.{field}' must be a string"
        ))),
    }
}

fn search_lua<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_str(ctx.mc, ctx.rt, args, 0, "searcher_Lua")?;
    let path = path_field(ctx, "path").map_err(rebrand)?;
    match search_path(ctx, &name.to_str_lossy(), &path, ".", "/") {
        Search::NotFound(tried) => ctx.ret1(str_value(ctx.mc, tried.as_bytes())),
        Search::Found(file, source) => {
            let chunk = format!("@{file}");
            match load_chunk(ctx, skip_comment(&source), chunk.as_bytes(), None, None)? {
                Ok(f) => {
                    ctx.ret
                        .extend_from_slice(&[f, str_value(ctx.mc, file.as_bytes())]);
                    Ok(Outcome::Return)
                }
                Err(msg) => Err(NativeError::Message(format!(
                    "error loading module '{}' from file '{}':\n\t{}",
                    name.to_str_lossy(),
                    file,
                    msg
                ))),
            }
        }
    }
}

/// Both C searchers: omx loads no C code. A library that exists is an
/// error that says so; otherwise the files it would have tried.
fn search_c<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_str(ctx.mc, ctx.rt, args, 0, "searcher_C")?;
    let name = name.to_str_lossy().into_owned();
    search_c_path(ctx, &name)
}

fn search_croot<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_str(ctx.mc, ctx.rt, args, 0, "searcher_Croot")?;
    let name = name.to_str_lossy().into_owned();
    match name.split_once('.') {
        Some((root, _)) => search_c_path(ctx, root),
        None => ctx.ret1(Value::Nil),
    }
}

fn search_c_path<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str) -> NativeResult<'gc> {
    let cpath = path_field(ctx, "cpath").map_err(rebrand)?;
    match search_path(ctx, name, &cpath, ".", "/") {
        Search::NotFound(tried) => ctx.ret1(str_value(ctx.mc, tried.as_bytes())),
        Search::Found(file, _) => Err(NativeError::Message(format!(
            "not supported by omx: C modules (module '{name}' is the library '{file}')"
        ))),
    }
}

/// `package.loadlib(path, funcname)`: omx loads no C code, so it answers
/// as a lua5.4 built without dynamic libraries does (loadlib.c's fallback
/// for other systems): nil, DLMSG and "absent".
fn loadlib<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_str(ctx.mc, ctx.rt, args, 0, "loadlib")?;
    check_str(ctx.mc, ctx.rt, args, 1, "loadlib")?;
    let msg = b"dynamic libraries not enabled; check your Lua installation";
    ctx.ret.push(Value::Nil);
    ctx.ret.push(str_value(ctx.mc, msg));
    ctx.ret.push(str_value(ctx.mc, b"absent"));
    Ok(Outcome::Return)
}

fn rebrand<'gc>(e: NativeError<'static>) -> NativeError<'gc> {
    match e {
        NativeError::Message(m) => NativeError::Message(m),
        _ => NativeError::msg("internal error"),
    }
}

/// A first line starting with `#` (a shebang) is skipped by `loadfile`;
/// its newline stays, so line numbers are the file's.
fn skip_comment(source: &[u8]) -> &[u8] {
    if source.first() == Some(&b'#') {
        let end = source
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(source.len());
        &source[end..]
    } else {
        source
    }
}

/// Read and compile a file for `loadfile`/`dofile`: `Ok(function)` or
/// `Err(message)` ("cannot open FILE: reason", or the syntax error).
fn load_file<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    fname: &str,
    mode: Option<&[u8]>,
    env: Option<Value<'gc>>,
) -> NResult<'gc, Result<Value<'gc>, String>> {
    let file = match arg(args, 0) {
        Value::Nil => {
            return Err(NativeError::Message(format!(
                "not supported by omx: {fname} from standard input"
            )))
        }
        _ => check_bytes(ctx.rt, args, 0, fname)?.into_owned(),
    };
    let file = String::from_utf8_lossy(&file).into_owned();
    let source = match ctx.host.read_file(&file) {
        Ok(s) => s,
        Err(e) => return Ok(Err(format!("cannot open {file}: {}", e.message))),
    };
    let chunk = format!("@{file}");
    load_chunk(ctx, skip_comment(&source), chunk.as_bytes(), mode, env)
}

/// `loadfile([filename [, mode [, env]]])`.
fn loadfile<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mode = match arg(args, 1) {
        Value::Nil => None,
        _ => Some(check_bytes(ctx.rt, args, 1, "loadfile")?.into_owned()),
    };
    let env = if args.len() > 2 { Some(args[2]) } else { None };
    match load_file(ctx, args, "loadfile", mode.as_deref(), env)? {
        Ok(f) => ctx.ret1(f),
        Err(msg) => {
            ctx.ret
                .extend_from_slice(&[Value::Nil, str_value(ctx.mc, msg.as_bytes())]);
            Ok(Outcome::Return)
        }
    }
}

/// `dofile([filename])`: run the file's chunk; its results are ours, its
/// errors propagate.
fn dofile<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match load_file(ctx, args, "dofile", None, None)? {
        Ok(f) => Ok(Outcome::tail_call(f, Vec::new())),
        Err(msg) => Err(NativeError::Throw(str_value(ctx.mc, msg.as_bytes()))),
    }
}

/// The global `arg` of a script run as `lua5.4 SCRIPT ARGS...`: the
/// script at 0, its arguments from 1, the interpreter at -1.
pub fn set_script_args<'gc>(
    mc: &Mutation<'gc>,
    rt: &mut RuntimeState<'gc>,
    script: &str,
    args: &[String],
) {
    let t = new_table(mc, rt.root_shape, args.len(), 2);
    raw_set(mc, t, Value::Int(-1), str_value(mc, b"omx")).ok();
    raw_set(mc, t, Value::Int(0), str_value(mc, script.as_bytes())).ok();
    for (i, a) in args.iter().enumerate() {
        raw_set(mc, t, Value::Int(i as i64 + 1), str_value(mc, a.as_bytes())).ok();
    }
    raw_set_str(mc, rt.globals, Str::new(mc, b"arg"), Value::Object(t));
}
