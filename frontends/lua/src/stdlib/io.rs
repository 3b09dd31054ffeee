//! The io library (Lua 5.4 manual §6.8): `io.open close read write lines
//! input output type flush`, the handles `io.stdin stdout stderr`, and
//! the file methods `read write lines seek close flush setvbuf`
//! (`__tostring`, `__name`). Files are the host's (`Host::open_file` and
//! the `file_*` methods): omx-core opens nothing itself, and a host that
//! grants no file access makes `io.open` fail with its reason. `popen`
//! and `tmpfile` are "not supported by omx".

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::number::str_to_number;
use omx_core::object::{Object, WeakMode};
use omx_core::protocol::lua::table::{
    as_table, new_table, raw_get, raw_get_str, raw_set, raw_set_str,
};
use omx_core::protocol::lua::Event;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::{HostError, ReadFormat, Value};

use super::args::*;
use super::os::file_failure;
use super::{library, register};

/// Registry fields: the file table (handle -> id, or false once closed),
/// the FILE* metatable, the default input and output.
const FILES: &[u8] = b"omx.files";
const META: &[u8] = b"omx.FILE*";
const INPUT: &[u8] = b"omx.input";
const OUTPUT: &[u8] = b"omx.output";

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let io = library(mc, rt, "io");
    let files = new_table(mc, rt.root_shape, 0, 0);
    files.set_weak(
        mc,
        WeakMode {
            keys: true,
            values: false,
        },
    );
    rt.register_weak(files);
    raw_set_str(mc, rt.registry, Str::new(mc, FILES), Value::Object(files));
    let methods = new_table(mc, rt.root_shape, 0, 0);
    let natives: [(&'static str, omx_core::native::NativeFn); 7] = [
        ("read", f_read),
        ("write", f_write),
        ("lines", f_lines),
        ("seek", f_seek),
        ("close", f_close),
        ("flush", f_flush),
        ("setvbuf", f_setvbuf),
    ];
    for (name, f) in natives {
        register(mc, methods, name, f);
    }
    let meta = new_table(mc, rt.root_shape, 0, 0);
    raw_set_str(mc, meta, rt.lua.event(Event::Index), Value::Object(methods));
    raw_set_str(mc, meta, rt.lua.event(Event::Name), str_value(mc, b"FILE*"));
    register(mc, meta, "__tostring", f_tostring);
    register(mc, meta, "__close", f_gc);
    // Never called by the collector (omx has no finalizers for files).
    register(mc, meta, "__gc", f_gc);
    meta.mark_proto();
    raw_set_str(mc, rt.registry, Str::new(mc, META), Value::Object(meta));
    for (id, name) in [(0u64, "stdin"), (1, "stdout"), (2, "stderr")] {
        let h = new_handle(mc, rt, meta, files, id);
        raw_set_str(mc, io, Str::new(mc, name.as_bytes()), h);
        if id == 0 {
            raw_set_str(mc, rt.registry, Str::new(mc, INPUT), h);
        }
        if id == 1 {
            raw_set_str(mc, rt.registry, Str::new(mc, OUTPUT), h);
        }
    }
    let functions: [(&'static str, omx_core::native::NativeFn); 11] = [
        ("open", open),
        ("close", close),
        ("read", read),
        ("write", write),
        ("lines", lines),
        ("input", input),
        ("output", output),
        ("type", type_),
        ("flush", flush),
        ("popen", popen),
        ("tmpfile", tmpfile),
    ];
    for (name, f) in functions {
        register(mc, io, name, f);
    }
}

fn new_handle<'gc>(
    mc: &Mutation<'gc>,
    rt: &RuntimeState<'gc>,
    meta: Object<'gc>,
    files: Object<'gc>,
    id: u64,
) -> Value<'gc> {
    let h = new_table(mc, rt.root_shape, 0, 0);
    h.set_meta(mc, Some(meta));
    raw_set(mc, files, Value::Object(h), Value::Int(id as i64)).ok();
    Value::Object(h)
}

fn registry_get<'gc>(ctx: &Ctx<'gc, '_>, key: &[u8]) -> Value<'gc> {
    raw_get_str(ctx.rt.registry, Str::new(ctx.mc, key))
}

/// What a value is to io: an open file's handle id, a closed file, or
/// not a file.
enum FileState {
    Open(u64),
    Closed,
    NotFile,
}

fn file_state<'gc>(ctx: &Ctx<'gc, '_>, v: Value<'gc>) -> FileState {
    let Some(files) = as_table(registry_get(ctx, FILES)) else {
        return FileState::NotFile;
    };
    if as_table(v).is_none() {
        return FileState::NotFile;
    }
    match raw_get(files, v) {
        Value::Int(id) => FileState::Open(id as u64),
        Value::Bool(false) => FileState::Closed,
        _ => FileState::NotFile,
    }
}

/// Whether `v` is a file handle (a table to omx, a userdata to Lua:
/// `rawlen` refuses it as lua5.4 does).
pub fn is_file<'gc>(ctx: &Ctx<'gc, '_>, v: Value<'gc>) -> bool {
    !matches!(file_state(ctx, v), FileState::NotFile)
}

/// The open file that argument `i` must be (`tofile` in liolib.c).
fn check_file<'gc>(
    ctx: &Ctx<'gc, '_>,
    args: &[Value<'gc>],
    i: usize,
    fname: &str,
) -> NResult<'gc, u64> {
    match file_state(ctx, arg(args, i)) {
        FileState::Open(id) => Ok(id),
        FileState::Closed => Err(NativeError::msg("attempt to use a closed file")),
        FileState::NotFile => Err(type_error(ctx.rt, args, i, fname, "FILE*")),
    }
}

fn host_failure<'gc>(ctx: &mut Ctx<'gc, '_>, e: HostError) -> NativeResult<'gc> {
    file_failure(ctx, None, e)
}

fn open_handle<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    path: &str,
    mode: &str,
) -> Result<Value<'gc>, HostError> {
    let id = ctx.host.open_file(path, mode)?;
    let meta = as_table(registry_get(ctx, META));
    let files = as_table(registry_get(ctx, FILES));
    match (meta, files) {
        (Some(m), Some(f)) => Ok(new_handle(ctx.mc, ctx.rt, m, f, id)),
        _ => Err(HostError::bad_file()),
    }
}

/// `l_checkmode`: `[rwa]%+?b*`.
fn valid_mode(mode: &[u8]) -> bool {
    let rest = match mode.first() {
        Some(b'r' | b'w' | b'a') => &mode[1..],
        _ => return false,
    };
    let rest = rest.strip_prefix(b"+").unwrap_or(rest);
    rest.iter().all(|&b| b == b'b')
}

fn open<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_bytes(ctx.rt, args, 0, "open")?.into_owned();
    let mode = match arg(args, 1) {
        Value::Nil => b"r".to_vec(),
        _ => check_bytes(ctx.rt, args, 1, "open")?.into_owned(),
    };
    if !valid_mode(&mode) {
        return Err(bad_arg(1, "open", "invalid mode"));
    }
    let name = String::from_utf8_lossy(&name).into_owned();
    let mode = String::from_utf8_lossy(&mode).into_owned();
    match open_handle(ctx, &name, &mode) {
        Ok(h) => ctx.ret1(h),
        Err(e) => file_failure(ctx, Some(&name), e),
    }
}

fn close_handle<'gc>(ctx: &mut Ctx<'gc, '_>, h: Value<'gc>, id: u64) -> NativeResult<'gc> {
    if id <= 2 {
        ctx.ret
            .extend_from_slice(&[Value::Nil, str_value(ctx.mc, b"cannot close standard file")]);
        return Ok(Outcome::Return);
    }
    if let Some(files) = as_table(registry_get(ctx, FILES)) {
        raw_set(ctx.mc, files, h, Value::Bool(false)).ok();
    }
    match ctx.host.file_close(id) {
        Ok(()) => ctx.ret1(Value::Bool(true)),
        Err(e) => host_failure(ctx, e),
    }
}

fn close<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let h = match arg(args, 0) {
        Value::Nil => registry_get(ctx, OUTPUT),
        v => v,
    };
    let id = check_file(ctx, &[h], 0, "close")?;
    close_handle(ctx, h, id)
}

fn f_close<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let id = check_file(ctx, args, 0, "close")?;
    close_handle(ctx, args[0], id)
}

/// `__close` (and lua5.4's `__gc`): close the file if it is still open
/// and not a standard one.
fn f_gc<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    // liolib.c `tolstream`: a file, open or closed.
    if !is_file(ctx, arg(args, 0)) {
        return Err(type_error(ctx.rt, args, 0, "__gc", "FILE*"));
    }
    if let FileState::Open(id) = file_state(ctx, arg(args, 0)) {
        if id > 2 {
            close_handle(ctx, args[0], id)?;
            ctx.ret.clear();
        }
    }
    Ok(Outcome::Return)
}

fn type_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_any(args, 0, "type")?;
    let r = match file_state(ctx, args[0]) {
        FileState::Open(_) => str_value(ctx.mc, b"file"),
        FileState::Closed => str_value(ctx.mc, b"closed file"),
        FileState::NotFile => Value::Nil,
    };
    ctx.ret1(r)
}

fn f_tostring<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let text = match (file_state(ctx, arg(args, 0)), arg(args, 0)) {
        (FileState::Closed, _) => "file (closed)".to_string(),
        (_, Value::Object(o)) => format!("file ({:p})", gc_arena::Gc::as_ptr(o.0)),
        _ => "file".to_string(),
    };
    ctx.ret1(str_value(ctx.mc, text.as_bytes()))
}

/// `io.input`/`io.output`: the default file, or set it (a file, or a name
/// opened in `mode`).
fn default_file<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    key: &[u8],
    mode: &str,
    fname: &str,
) -> NativeResult<'gc> {
    match arg(args, 0) {
        Value::Nil => {}
        Value::Str(s) => {
            let name = s.to_str_lossy().into_owned();
            match open_handle(ctx, &name, mode) {
                Ok(h) => raw_set_str(ctx.mc, ctx.rt.registry, Str::new(ctx.mc, key), h),
                Err(e) => {
                    return Err(NativeError::Message(format!(
                        "cannot open file '{name}' ({})",
                        e.message
                    )))
                }
            }
        }
        v => {
            check_file(ctx, args, 0, fname)?;
            raw_set_str(ctx.mc, ctx.rt.registry, Str::new(ctx.mc, key), v);
        }
    }
    let current = registry_get(ctx, key);
    ctx.ret1(current)
}

fn input<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    default_file(ctx, args, INPUT, "r", "input")
}

fn output<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    default_file(ctx, args, OUTPUT, "w", "output")
}

/// The default input or output, which must still be open.
fn default_open<'gc>(
    ctx: &Ctx<'gc, '_>,
    key: &[u8],
    what: &str,
) -> NResult<'gc, (Value<'gc>, u64)> {
    let h = registry_get(ctx, key);
    match file_state(ctx, h) {
        FileState::Open(id) => Ok((h, id)),
        _ => Err(NativeError::Message(format!(
            "default {what} file is closed"
        ))),
    }
}

fn write_to<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    h: Value<'gc>,
    id: u64,
    args: &[Value<'gc>],
    first: usize,
) -> NativeResult<'gc> {
    let mut out = Vec::new();
    for i in first..args.len() {
        match args[i] {
            Value::Str(s) => out.extend_from_slice(s.as_bytes()),
            Value::Int(n) => out.extend_from_slice(n.to_string().as_bytes()),
            // LUAI_NUMFFORMAT "%.14g" (no ".0" suffix).
            Value::Float(f) => {
                let spec = omx_core::number::FloatSpec {
                    flags: Default::default(),
                    width: 0,
                    precision: Some(14),
                    conv: b'g',
                };
                omx_core::number::format_float(&mut out, &spec, f);
            }
            _ => {
                // Lua writes the arguments before the bad one.
                let _ = ctx.host.file_write(id, &out);
                return Err(type_error(ctx.rt, args, i, "write", "string"));
            }
        }
    }
    match ctx.host.file_write(id, &out) {
        Ok(()) => ctx.ret1(h),
        Err(e) => host_failure(ctx, e),
    }
}

fn write<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (h, id) = default_open(ctx, OUTPUT, "output")?;
    write_to(ctx, h, id, args, 0)
}

fn f_write<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let id = check_file(ctx, args, 0, "write")?;
    write_to(ctx, args[0], id, args, 1)
}

/// One `read` format.
enum Format {
    Number,
    Line(bool),
    All,
    Count(usize),
}

fn parse_format<'gc>(ctx: &Ctx<'gc, '_>, args: &[Value<'gc>], i: usize) -> NResult<'gc, Format> {
    match args[i] {
        Value::Int(_) | Value::Float(_) => {
            let n = check_int(ctx.rt, args, i, "read")?;
            Ok(Format::Count(n.max(0) as usize))
        }
        Value::Str(s) => {
            let b = s.as_bytes();
            let b = b.strip_prefix(b"*").unwrap_or(b);
            match b.first() {
                Some(b'n') => Ok(Format::Number),
                Some(b'l') => Ok(Format::Line(false)),
                Some(b'L') => Ok(Format::Line(true)),
                Some(b'a') => Ok(Format::All),
                _ => Err(bad_arg(i, "read", "invalid format")),
            }
        }
        _ => Err(bad_arg(i, "read", "invalid format")),
    }
}

/// `read_number` of liolib.c: the longest prefix that looks like a
/// numeral (at most 200 bytes), then converted; `None` if it is not one.
fn read_number<'gc>(ctx: &mut Ctx<'gc, '_>, id: u64) -> Result<Option<Value<'gc>>, HostError> {
    let mut buf: Vec<u8> = Vec::new();
    let mut ok = true;
    // Skip whitespace.
    while let Some(c) = ctx.host.file_peek(id)? {
        if !c.is_ascii_whitespace() {
            break;
        }
        ctx.host.file_read(id, ReadFormat::Count(1))?;
    }
    let mut accept =
        |ctx: &mut Ctx<'gc, '_>, set: &[u8], buf: &mut Vec<u8>| -> Result<bool, HostError> {
            match ctx.host.file_peek(id)? {
                Some(c) if set.contains(&c) && buf.len() < 200 => {
                    buf.push(c);
                    ctx.host.file_read(id, ReadFormat::Count(1))?;
                    Ok(true)
                }
                Some(c) if set.contains(&c) => {
                    ok = false;
                    Ok(false)
                }
                _ => Ok(false),
            }
        };
    const DIGITS: &[u8] = b"0123456789";
    const HEX: &[u8] = b"0123456789abcdefABCDEF";
    accept(ctx, b"-+", &mut buf)?;
    let mut count = 0;
    let mut hex = false;
    if accept(ctx, b"0", &mut buf)? {
        if accept(ctx, b"xX", &mut buf)? {
            hex = true;
        } else {
            count = 1;
        }
    }
    let digits = if hex { HEX } else { DIGITS };
    while accept(ctx, digits, &mut buf)? {
        count += 1;
    }
    if accept(ctx, b".", &mut buf)? {
        while accept(ctx, digits, &mut buf)? {
            count += 1;
        }
    }
    if count > 0 && accept(ctx, if hex { b"pP" } else { b"eE" }, &mut buf)? {
        accept(ctx, b"-+", &mut buf)?;
        while accept(ctx, DIGITS, &mut buf)? {}
    }
    if !ok {
        return Ok(None);
    }
    Ok(str_to_number(&buf).map(num_value))
}

/// Read `formats` (arguments from `first`) from file `id`: the values,
/// stopping after the first that fails (nil).
fn read_from<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    id: u64,
    args: &[Value<'gc>],
    first: usize,
) -> NativeResult<'gc> {
    let mut formats = Vec::new();
    if args.len() <= first {
        formats.push(Format::Line(false));
    }
    for i in first..args.len() {
        formats.push(parse_format(ctx, args, i)?);
    }
    let mut results = Vec::new();
    for f in formats {
        let got = match f {
            Format::Number => read_number(ctx, id),
            Format::Line(keep) => ctx
                .host
                .file_read(id, ReadFormat::Line { keep_newline: keep })
                .map(|r| r.map(|b| str_value(ctx.mc, &b))),
            Format::All => ctx
                .host
                .file_read(id, ReadFormat::All)
                .map(|r| Some(str_value(ctx.mc, &r.unwrap_or_default()))),
            Format::Count(n) => ctx
                .host
                .file_read(id, ReadFormat::Count(n))
                .map(|r| r.map(|b| str_value(ctx.mc, &b))),
        };
        match got {
            Ok(Some(v)) => results.push(v),
            Ok(None) => {
                results.push(Value::Nil);
                break;
            }
            Err(e) => return host_failure(ctx, e),
        }
    }
    ctx.ret.extend_from_slice(&results);
    Ok(Outcome::Return)
}

fn read<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (_, id) = default_open(ctx, INPUT, "input")?;
    read_from(ctx, id, args, 0)
}

fn f_read<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let id = check_file(ctx, args, 0, "read")?;
    read_from(ctx, id, args, 1)
}

/// The iterator of `lines`: bound to the file, whether to close it at
/// the end, and the formats.
fn lines_iterator<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(callee) = ctx.callee else {
        return Ok(Outcome::Return);
    };
    let bound: Vec<Value<'gc>> = callee.0.bound.to_vec();
    let h = bound[0];
    let id = match file_state(ctx, h) {
        FileState::Open(id) => id,
        _ => return Err(NativeError::msg("file is already closed")),
    };
    let mut read_args = vec![h];
    read_args.extend_from_slice(&bound[2..]);
    read_from(ctx, id, &read_args, 1)?;
    if ctx.ret.first().is_none_or(|v| v.is_nil()) {
        if let Some(Value::Str(msg)) = ctx.ret.get(1).copied() {
            return Err(NativeError::Message(msg.to_str_lossy().into_owned()));
        }
        if matches!(bound[1], Value::Bool(true)) {
            ctx.ret.clear();
            if let Some(files) = as_table(registry_get(ctx, FILES)) {
                raw_set(ctx.mc, files, h, Value::Bool(false)).ok();
            }
            let _ = ctx.host.file_close(id);
            ctx.ret.push(Value::Nil);
        }
    }
    Ok(Outcome::Return)
}

fn make_lines<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    h: Value<'gc>,
    close: bool,
    formats: &[Value<'gc>],
) -> NativeResult<'gc> {
    if formats.len() > 250 {
        return Err(bad_arg(251, "lines", "too many arguments"));
    }
    for i in 0..formats.len() {
        parse_format(ctx, formats, i).map_err(|_| bad_arg(i + 1, "lines", "invalid format"))?;
    }
    let mut bound = vec![h, Value::Bool(close)];
    bound.extend_from_slice(formats);
    let iter = omx_core::function::NativeFunction::with_bound(
        ctx.mc,
        "lines_iterator",
        lines_iterator,
        bound,
    );
    ctx.ret.push(Value::Native(iter));
    if close {
        // The file is the loop's to-be-closed value.
        ctx.ret.extend_from_slice(&[Value::Nil, Value::Nil, h]);
    }
    Ok(Outcome::Return)
}

fn lines<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(args, 0) {
        Value::Nil => {
            let (h, _) = default_open(ctx, INPUT, "input")?;
            make_lines(ctx, h, false, args.get(1..).unwrap_or_default())
        }
        _ => {
            let name = check_bytes(ctx.rt, args, 0, "lines")?.into_owned();
            let name = String::from_utf8_lossy(&name).into_owned();
            match open_handle(ctx, &name, "r") {
                Ok(h) => make_lines(ctx, h, true, &args[1..]),
                Err(e) => Err(NativeError::Message(format!(
                    "cannot open file '{name}' ({})",
                    e.message
                ))),
            }
        }
    }
}

fn f_lines<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_file(ctx, args, 0, "lines")?;
    make_lines(ctx, args[0], false, &args[1..])
}

fn f_seek<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let id = check_file(ctx, args, 0, "seek")?;
    let whence = match arg(args, 1) {
        Value::Nil => 1,
        _ => match &*check_bytes(ctx.rt, args, 1, "seek")? {
            b"set" => 0,
            b"cur" => 1,
            b"end" => 2,
            other => {
                return Err(bad_arg(
                    1,
                    "seek",
                    &format!("invalid option '{}'", String::from_utf8_lossy(other)),
                ))
            }
        },
    };
    let offset = opt_int(ctx.rt, args, 2, "seek", 0)?;
    match ctx.host.file_seek(id, whence, offset) {
        Ok(pos) => ctx.ret1(Value::Int(pos as i64)),
        Err(e) => host_failure(ctx, e),
    }
}

fn f_setvbuf<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    check_file(ctx, args, 0, "setvbuf")?;
    let mode = check_bytes(ctx.rt, args, 1, "setvbuf")?;
    if !matches!(&*mode, b"no" | b"full" | b"line") {
        return Err(bad_arg(
            1,
            "setvbuf",
            &format!("invalid option '{}'", String::from_utf8_lossy(&mode)),
        ));
    }
    ctx.ret1(Value::Bool(true))
}

fn flush_file<'gc>(ctx: &mut Ctx<'gc, '_>, id: u64) -> NativeResult<'gc> {
    match ctx.host.file_flush(id) {
        Ok(()) => ctx.ret1(Value::Bool(true)),
        Err(e) => host_failure(ctx, e),
    }
}

fn f_flush<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let id = check_file(ctx, args, 0, "flush")?;
    flush_file(ctx, id)
}

fn flush<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (_, id) = default_open(ctx, OUTPUT, "output")?;
    flush_file(ctx, id)
}

fn popen<'gc>(_ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    Err(NativeError::msg("not supported by omx: io.popen"))
}

fn tmpfile<'gc>(_ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    Err(NativeError::msg("not supported by omx: io.tmpfile"))
}
