//! Input and output (perlfunc "Input and output functions"): print, say,
//! printf to STDOUT/STDERR and filehandles, readline, open/close; die and
//! warn with " at FILE line N.\n" (pp_sys.c `pp_die`, util.c
//! `Perl_mess_sv`); time functions; exit.

use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::protocol::perl::{container, ops};
use omx_core::{ReadFormat, Value};

use super::*;

pub(crate) const NATIVES: &[Entry] = &[
    ("print", |c, a| print_to(c, a, false)),
    ("say", |c, a| print_to(c, a, true)),
    ("printf", printf),
    ("sprintf", sprintf_),
    ("die", die_),
    ("croak", croak),
    ("confess", croak),
    ("warn", warn),
    ("carp", carp),
    ("cluck", carp),
    ("exit", exit),
    ("time", |c, _| {
        let t = c.host.unix_time();
        ret(c, Value::Int(t))
    }),
    ("sleep", |c, a| ret(c, Value::Int(intof(arg(a, 0))))),
    ("alarm", |c, _| ret(c, Value::Int(0))),
    ("localtime", |c, a| time_parts(c, a, true)),
    ("gmtime", |c, a| time_parts(c, a, false)),
    ("localtime_str", |c, a| time_str(c, a, true)),
    ("gmtime_str", |c, a| time_str(c, a, false)),
    ("readline", readline),
    ("set_data", |c, a| {
        let main = container::stash(c.mc, c.rt, b"main");
        let k = Value::Str(c.rt.intern(c.mc, b"\x01data"));
        main.set_key(c.mc, k, arg(a, 0));
        Ok(Outcome::Return)
    }),
    ("readlines", readlines),
    ("open_fh", open_fh),
    ("close", close),
    ("eof", |c, _| ret(c, Value::Int(1))),
    ("binmode", |c, _| ret(c, Value::Int(1))),
    ("select", |c, _| ret_str(c, b"main::STDOUT".to_vec())),
    ("unlink", unlink),
    ("filetest", filetest),
    ("eval_string", eval_string),
];

enum Sink<'gc> {
    Out,
    Err,
    File(u64),
    /// A filehandle on a string: the scalar container written to.
    Mem(omx_core::object::Object<'gc>),
}

fn sink<'gc>(ctx: &mut Ctx<'gc, '_>, fh: Value<'gc>) -> Result<Sink<'gc>, String> {
    match fh {
        Value::Nil => Ok(Sink::Out),
        Value::Str(s) => match s.as_bytes() {
            b"STDOUT" | b"main::STDOUT" | b"*main::STDOUT" => Ok(Sink::Out),
            b"STDERR" | b"main::STDERR" | b"*main::STDERR" => Ok(Sink::Err),
            _ => Err("print() on unopened filehandle".into()),
        },
        Value::Object(o) => {
            let mk = Value::Str(ctx.rt.intern(ctx.mc, b"\x01mem"));
            if let Value::Object(m) = o.get_key(mk) {
                return Ok(Sink::Mem(m));
            }
            let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01fh"));
            match o.get_key(k) {
                Value::Int(id) => Ok(Sink::File(id as u64)),
                Value::Str(s) if s.as_bytes() == b"STDERR" => Ok(Sink::Err),
                Value::Str(_) => Ok(Sink::Out),
                _ => Err("print() on unopened filehandle".into()),
            }
        }
        _ => Err("print() on unopened filehandle".into()),
    }
}

fn write<'gc>(ctx: &mut Ctx<'gc, '_>, to: Sink<'gc>, bytes: &[u8]) {
    match to {
        Sink::Mem(m) => {
            let mut cur = sv(m.internal(0).or_nil());
            cur.extend_from_slice(bytes);
            m.set_internal(
                ctx.mc,
                0,
                Value::Str(omx_core::string::Str::from_vec(ctx.mc, cur)),
            );
        }
        Sink::Out => ctx.host.write_stdout(bytes),
        Sink::Err => ctx.host.write_stderr(bytes),
        Sink::File(id) => {
            let _ = ctx.host.file_write(id, bytes);
        }
    }
}

fn special<'gc>(ctx: &mut Ctx<'gc, '_>, name: &[u8]) -> Value<'gc> {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, name));
    main.get_key(k).or_nil()
}

/// `print LIST`: items joined by `$,`, then `$\`.
fn print_to<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], newline: bool) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 1) {
        return r;
    }
    let to = match sink(ctx, arg(a, 0)) {
        Ok(s) => s,
        Err(_) => return ret(ctx, Value::Int(1)),
    };
    let sep = sv(special(ctx, b"$,"));
    let mut out = Vec::new();
    for (i, v) in a.iter().skip(1).enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(sv(*v));
    }
    if newline {
        out.push(b'\n');
    }
    out.extend(sv(special(ctx, b"$\\")));
    write(ctx, to, &out);
    ret(ctx, Value::Int(1))
}

fn printf<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 1) {
        return r;
    }
    let to = match sink(ctx, arg(a, 0)) {
        Ok(s) => s,
        Err(_) => return ret(ctx, Value::Int(1)),
    };
    let fmt = sv(arg(a, 1));
    let out = format::sprintf(&fmt, a.get(2..).unwrap_or(&[]));
    write(ctx, to, &out);
    ret(ctx, Value::Int(1))
}

fn sprintf_<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let fmt = sv(arg(a, 0));
    ret_str(ctx, format::sprintf(&fmt, a.get(1..).unwrap_or(&[])))
}

/// The message of `die LIST`/`warn LIST`: the items joined; without a
/// final newline, " at FILE line N.\n" of the statement (level 1) or,
/// for Carp, of the caller (level 2).
fn message<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], level: u32, empty: &str) -> Vec<u8> {
    let mut m: Vec<u8> = a.iter().skip(1).flat_map(|v| sv(*v)).collect();
    if m.is_empty() {
        m = empty.as_bytes().to_vec();
    }
    if !m.ends_with(b"\n") {
        m.extend(ops::at_line(ctx.ts, level).into_bytes());
    }
    m
}

/// The `%SIG` handler `name` (`__DIE__`, `__WARN__`), unless one is
/// running (perlvar: the hook is disabled during its own call).
fn sig_handler<'gc>(ctx: &mut Ctx<'gc, '_>, name: &[u8]) -> Option<Value<'gc>> {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let busy = Value::Str(ctx.rt.intern(ctx.mc, b"\x01in_sig"));
    if !main.get_key(busy).is_nothing() {
        return None;
    }
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"%SIG"));
    let Value::Object(sig) = main.get_key(k) else {
        return None;
    };
    let h = sig.get_key(Value::Str(ctx.rt.intern(ctx.mc, name)));
    matches!(h, Value::Closure(_) | Value::Native(_)).then_some(h)
}

fn set_sig_busy<'gc>(ctx: &mut Ctx<'gc, '_>, on: bool) {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let busy = Value::Str(ctx.rt.intern(ctx.mc, b"\x01in_sig"));
    main.set_key(ctx.mc, busy, if on { Value::Int(1) } else { Value::Nil });
}

/// After `$SIG{__DIE__}` ran: the original error goes on (or the
/// handler's own `die`).
fn after_die_handler<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    set_sig_busy(ctx, false);
    match r {
        Ok(_) => Err(NativeError::Throw(st[0])),
        Err(e) => Err(NativeError::Throw(e)),
    }
}

fn after_warn_handler<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    set_sig_busy(ctx, false);
    match r {
        Ok(_) => ret(ctx, Value::Int(1)),
        Err(e) => Err(NativeError::Throw(e)),
    }
}

/// Warn with `m`: through `$SIG{__WARN__}` when set, else on stderr.
fn emit_warning<'gc>(ctx: &mut Ctx<'gc, '_>, m: Vec<u8>) -> NativeResult<'gc> {
    if let Some(h) = sig_handler(ctx, b"__WARN__") {
        set_sig_busy(ctx, true);
        let v = Value::Str(omx_core::string::Str::from_vec(ctx.mc, m));
        return Ok(Outcome::call(
            h,
            vec![v],
            omx_core::native::Continuation::catching(after_warn_handler, Vec::new()),
        ));
    }
    ctx.host.write_stderr(&m);
    ret(ctx, Value::Int(1))
}

fn die_<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let err = if a.len() == 2 && matches!(arg(a, 1), Value::Object(_)) {
        arg(a, 1)
    } else {
        if let Some(r) = stringify_first(ctx, a, 1) {
            return r;
        }
        let m = message(ctx, a, 1, "Died");
        Value::Str(omx_core::string::Str::from_vec(ctx.mc, m))
    };
    if let Some(h) = sig_handler(ctx, b"__DIE__") {
        set_sig_busy(ctx, true);
        return Ok(Outcome::call(
            h,
            vec![err],
            omx_core::native::Continuation::catching(after_die_handler, vec![err]),
        ));
    }
    Err(NativeError::Throw(err))
}

fn croak<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 1) {
        return r;
    }
    let m = message(ctx, a, 2, "Died");
    Err(NativeError::Throw(Value::Str(
        omx_core::string::Str::from_vec(ctx.mc, m),
    )))
}

fn warn<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 1) {
        return r;
    }
    let m = message(ctx, a, 1, "Warning: something's wrong");
    emit_warning(ctx, m)
}

fn carp<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 1) {
        return r;
    }
    let m = message(ctx, a, 2, "Warning: something's wrong");
    emit_warning(ctx, m)
}

fn exit<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let code = intof(arg(a, 0)) as i32;
    ctx.host.exit(code);
    Err(NativeError::Message(
        "not supported by omx: exit (this host does not let a script end the process)".into(),
    ))
}

fn civil(t: i64) -> [i64; 9] {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (h, mi, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    let wday = (days + 4).rem_euclid(7);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = cum[(m - 1) as usize] + d - 1 + if leap && m > 2 { 1 } else { 0 };
    [s, mi, h, d, m - 1, y - 1900, wday, yday, 0]
}

fn when<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], local: bool) -> i64 {
    let t = if a.is_empty() || arg(a, 0).is_nil() {
        ctx.host.unix_time()
    } else {
        intof(arg(a, 0))
    };
    if local {
        t + ctx.host.utc_offset(t)
    } else {
        t
    }
}

fn time_parts<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], local: bool) -> NativeResult<'gc> {
    let t = when(ctx, a, local);
    ret_list(ctx, civil(t).iter().map(|n| Value::Int(*n)).collect())
}

fn time_str<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>], local: bool) -> NativeResult<'gc> {
    let t = when(ctx, a, local);
    let p = civil(t);
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let s = format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[p[6] as usize],
        MONS[p[4] as usize],
        p[3],
        p[2],
        p[1],
        p[0],
        p[5] + 1900
    );
    ret_str(ctx, s.into_bytes())
}

fn fh_id<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Option<u64> {
    let Value::Object(o) = v else { return None };
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01fh"));
    match o.get_key(k) {
        Value::Int(id) => Some(id as u64),
        _ => None,
    }
}

/// The next line of the `__DATA__` section.
fn data_line<'gc>(ctx: &mut Ctx<'gc, '_>) -> Option<Vec<u8>> {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01data"));
    let text = match main.get_key(k) {
        Value::Str(s) => s.as_bytes().to_vec(),
        _ => return None,
    };
    if text.is_empty() {
        return None;
    }
    let end = text
        .iter()
        .position(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(text.len());
    let rest = Value::Str(omx_core::string::Str::new(ctx.mc, &text[end..]));
    main.set_key(ctx.mc, k, rest);
    Some(text[..end].to_vec())
}

fn is_data(v: Value<'_>) -> bool {
    matches!(v, Value::Str(s) if s.as_bytes() == b"DATA" || s.as_bytes() == b"main::DATA")
}

/// `$.`: the number of the last line read.
fn count_line<'gc>(ctx: &mut Ctx<'gc, '_>) {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"$."));
    let n = intof(main.get_key(k).or_nil());
    main.set_key(ctx.mc, k, Value::Int(n + 1));
}

fn readline<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let r = readline_inner(ctx, a);
    if matches!(ctx.ret.last(), Some(Value::Str(_))) {
        count_line(ctx);
    }
    r
}

/// The next line of a filehandle opened for reading on a string.
fn mem_line<'gc>(ctx: &mut Ctx<'gc, '_>, fh: Value<'gc>) -> Option<Option<Vec<u8>>> {
    let Value::Object(o) = fh else { return None };
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01rest"));
    let Value::Str(rest) = o.get_key(k) else {
        return None;
    };
    let text = rest.as_bytes();
    if text.is_empty() {
        return Some(None);
    }
    let end = text
        .iter()
        .position(|b| *b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(text.len());
    let line = text[..end].to_vec();
    o.set_key(
        ctx.mc,
        k,
        Value::Str(omx_core::string::Str::new(ctx.mc, &text[end..])),
    );
    Some(Some(line))
}

fn readline_inner<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(l) = mem_line(ctx, arg(a, 0)) {
        return match l {
            Some(l) => ret_str(ctx, l),
            None => ret(ctx, Value::Nil),
        };
    }
    if is_data(arg(a, 0)) {
        return match data_line(ctx) {
            Some(l) => ret_str(ctx, l),
            None => ret(ctx, Value::Nil),
        };
    }
    let Some(id) = fh_id(ctx, arg(a, 0)) else {
        return ret(ctx, Value::Nil);
    };
    match ctx
        .host
        .file_read(id, ReadFormat::Line { keep_newline: true })
    {
        Ok(Some(b)) => ret_str(ctx, b),
        _ => ret(ctx, Value::Nil),
    }
}

fn readlines<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(first) = mem_line(ctx, arg(a, 0)) {
        let mut out = Vec::new();
        let mut next = first;
        while let Some(l) = next {
            out.push(Value::Str(omx_core::string::Str::from_vec(ctx.mc, l)));
            next = mem_line(ctx, arg(a, 0)).flatten();
        }
        return ret_list(ctx, out);
    }
    if is_data(arg(a, 0)) {
        let mut out = Vec::new();
        while let Some(l) = data_line(ctx) {
            out.push(Value::Str(omx_core::string::Str::from_vec(ctx.mc, l)));
        }
        return ret_list(ctx, out);
    }
    let Some(id) = fh_id(ctx, arg(a, 0)) else {
        return Ok(Outcome::Return);
    };
    let mut out = Vec::new();
    while let Ok(Some(b)) = ctx
        .host
        .file_read(id, ReadFormat::Line { keep_newline: true })
    {
        out.push(Value::Str(omx_core::string::Str::from_vec(ctx.mc, b)));
    }
    ret_list(ctx, out)
}

/// `open(FH, MODE, PATH)`: a filehandle object (the lowering stores it
/// in FH), or undef with `$!` set.
fn open_fh<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    // `open(FH, MODE, \$scalar)`: a filehandle on a string.
    if let Value::Object(target) = arg(a, 1) {
        if container::is_scalar(target) {
            let mode = sv(arg(a, 0));
            let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
            let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01mem"));
            h.set_key(ctx.mc, k, Value::Object(target));
            match mode.as_slice() {
                b">" => target.set_internal(ctx.mc, 0, str_v(ctx.mc, b"")),
                b">>" => {}
                _ => {
                    let text = target.internal(0).or_nil();
                    let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01rest"));
                    h.set_key(ctx.mc, k, str_v(ctx.mc, &sv(text)));
                }
            }
            return ret(ctx, Value::Object(h));
        }
    }
    let (mode, path) = if a.len() >= 2 {
        (
            String::from_utf8_lossy(&sv(arg(a, 0))).trim().to_string(),
            String::from_utf8_lossy(&sv(arg(a, 1))).into_owned(),
        )
    } else {
        let spec = String::from_utf8_lossy(&sv(arg(a, 0))).trim().to_string();
        if let Some(p) = spec.strip_prefix(">>") {
            (">>".into(), p.trim().to_string())
        } else if let Some(p) = spec.strip_prefix('>') {
            (">".into(), p.trim().to_string())
        } else {
            (
                "<".into(),
                spec.strip_prefix('<').unwrap_or(&spec).trim().to_string(),
            )
        }
    };
    let m = match mode.as_str() {
        "<" => "r",
        ">" => "w",
        ">>" => "a",
        "+<" => "r+",
        _ => return die(format!("Unknown open() mode '{mode}'")),
    };
    match ctx.host.open_file(&path, m) {
        Ok(id) => {
            let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
            let k = Value::Str(ctx.rt.intern(ctx.mc, b"\x01fh"));
            h.set_key(ctx.mc, k, Value::Int(id as i64));
            let io = container::stash(ctx.mc, ctx.rt, b"IO::Handle");
            h.set_meta(ctx.mc, Some(io));
            ret(ctx, Value::Object(h))
        }
        Err(e) => {
            let main = container::stash(ctx.mc, ctx.rt, b"main");
            let k = Value::Str(ctx.rt.intern(ctx.mc, b"$!"));
            main.set_key(ctx.mc, k, str_v(ctx.mc, e.message.as_bytes()));
            ret(ctx, Value::Nil)
        }
    }
}

fn close<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"$."));
    main.set_key(ctx.mc, k, Value::Int(0));
    if let Some(id) = fh_id(ctx, arg(a, 0)) {
        let _ = ctx.host.file_close(id);
    }
    ret(ctx, Value::Int(1))
}

fn unlink<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut n = 0;
    for v in a {
        let p = String::from_utf8_lossy(&sv(*v)).into_owned();
        if ctx.host.remove_file(&p).is_ok() {
            n += 1;
        }
    }
    ret(ctx, Value::Int(n))
}

fn set_error<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"$@"));
    main.set_key(ctx.mc, k, v);
}

/// `eval STRING` (perlfunc "eval"): the text is compiled as a program of
/// its own in the current package (it sees package variables and subs,
/// not the caller's lexicals) and run; an error goes to `$@`.
fn eval_string<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let code = String::from_utf8_lossy(&sv(arg(a, 0))).into_owned();
    let pkg = String::from_utf8_lossy(&sv(arg(a, 1))).into_owned();
    let text = format!("package {pkg}; return do {{ {code}\n}};");
    match crate::lower::compile(&text, "(eval 1)") {
        Ok(proto) => match omx_core::runtime::main_closure(ctx.mc, ctx.rt, &proto, None) {
            Ok(c) => Ok(Outcome::call(
                Value::Closure(c),
                Vec::new(),
                omx_core::native::Continuation::catching(eval_done, Vec::new()),
            )),
            Err(m) => die(m),
        },
        Err(e) => {
            let m = format!("{} at (eval 1) line {}.\n", e.message, e.line());
            let v = str_v(ctx.mc, m.as_bytes());
            set_error(ctx, v);
            ret(ctx, Value::Nil)
        }
    }
}

fn eval_done<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    _: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    match r {
        Ok(vals) => {
            let vals = vals.to_vec();
            let empty = str_v(ctx.mc, b"");
            set_error(ctx, empty);
            ret_list(ctx, vals)
        }
        Err(e) => {
            set_error(ctx, e);
            ret(ctx, Value::Nil)
        }
    }
}

/// `-e -f -s -z -r -w -d FILE` through the host's file access: a file
/// the host can read exists (directories are not seen: `-d` is false).
fn filetest<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let op = sv(arg(a, 0));
    let path = String::from_utf8_lossy(&sv(arg(a, 1))).into_owned();
    let content = ctx.host.read_file(&path).ok();
    let v = match (op.as_slice(), content) {
        (b"d", _) => boolv(false),
        (b"s", Some(c)) => {
            if c.is_empty() {
                Value::Nil
            } else {
                Value::Int(c.len() as i64)
            }
        }
        (b"z", Some(c)) => boolv(c.is_empty()),
        (_, Some(_)) => Value::Int(1),
        (_, None) => Value::Nil,
    };
    ret(ctx, v)
}
