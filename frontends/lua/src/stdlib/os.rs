//! The os library (Lua 5.4 manual §6.9): `time` (now, or of a date
//! table, normalised as `mktime` does), `date` (strftime conversions of
//! the C locale, `*t` and `!*t`), `difftime`, `clock`, `getenv`, `exit`,
//! `remove`, `rename`, `tmpname`, `setlocale` (the C locale only).
//! Everything outside the script goes through the host: omx-core reads
//! no clock, environment or file itself. Local time is UTC shifted by the
//! host's `utc_offset` (the CLI's is 0); `execute` is "not supported by
//! omx".

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::number::str_to_number;
use omx_core::numeric::float_to_int_exact;
use omx_core::object::Object;
use omx_core::protocol::lua::table::{new_table, raw_get_str, raw_set_str};
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::{HostError, Value};

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let os = library(mc, rt, "os");
    register(mc, os, "time", time);
    register(mc, os, "clock", clock);
    register(mc, os, "date", date);
    register(mc, os, "difftime", difftime);
    register(mc, os, "getenv", getenv);
    register(mc, os, "exit", exit);
    register(mc, os, "remove", remove);
    register(mc, os, "rename", rename);
    register(mc, os, "tmpname", tmpname);
    register(mc, os, "setlocale", setlocale);
    register(mc, os, "execute", execute);
}

/// A broken-down time (C's `struct tm`, with the full year and 1-based
/// month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    /// 0 = Sunday.
    pub wday: i64,
    /// 0 = January 1st.
    pub yday: i64,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`); `month` in 1..=12.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The date of a day number (`civil_from_days`).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The broken-down UTC time of `t` (`gmtime`); `None` when the year does
/// not fit C's `int tm_year`.
pub fn gmtime(t: i64) -> Option<Tm> {
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (year, month, day) = civil_from_days(days);
    if year - 1900 > i32::MAX as i64 || year - 1900 < i32::MIN as i64 {
        return None;
    }
    Some(Tm {
        year,
        month,
        day,
        hour: secs / 3600,
        min: secs % 3600 / 60,
        sec: secs % 60,
        wday: (days + 4).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1),
    })
}

/// Seconds since the epoch of a date whose fields may be out of range
/// (normalised as `timegm` does); `None` on overflow.
fn timegm(year: i64, month0: i64, day: i64, hour: i64, min: i64, sec: i64) -> Option<i64> {
    let months = year.checked_mul(12)?.checked_add(month0)?;
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12));
    if y.abs() > 1 << 40 {
        return None;
    }
    let days = days_from_civil(y, m + 1, 1).checked_add(day - 1)?;
    days.checked_mul(86400)?
        .checked_add(hour.checked_mul(3600)?)?
        .checked_add(min.checked_mul(60)?)?
        .checked_add(sec)
}

fn time<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if arg(args, 0).is_nil() {
        let t = ctx.host.unix_time();
        return ctx.ret1(Value::Int(t));
    }
    let t = check_table(ctx.rt, args, 0, "time")?;
    let year = date_field(ctx, t, "year", None, 1900)?;
    let month = date_field(ctx, t, "month", None, 1)?;
    let day = date_field(ctx, t, "day", None, 0)?;
    let hour = date_field(ctx, t, "hour", Some(12), 0)?;
    let min = date_field(ctx, t, "min", Some(0), 0)?;
    let sec = date_field(ctx, t, "sec", Some(0), 0)?;
    let unrepresentable =
        || NativeError::msg("time result cannot be represented in this installation");
    let local = timegm(year + 1900, month, day, hour, min, sec).ok_or_else(unrepresentable)?;
    let offset = ctx.host.utc_offset(local);
    let result = local - offset;
    // mktime's result -1 is its error value.
    let tm = gmtime(local)
        .filter(|_| result != -1)
        .ok_or_else(unrepresentable)?;
    set_all_fields(ctx.mc, t, &tm);
    ctx.ret1(Value::Int(result))
}

/// A field of a date table as `getfield` in loslib.c reads it: an integer
/// (strings convert), its default when absent, minus `delta`, within C's
/// `int`.
fn date_field<'gc>(
    ctx: &Ctx<'gc, '_>,
    t: Object<'gc>,
    key: &str,
    default: Option<i64>,
    delta: i64,
) -> NResult<'gc, i64> {
    let v = raw_get_str(t, Str::new(ctx.mc, key.as_bytes()));
    let n = match v {
        Value::Int(n) => Some(n),
        Value::Float(f) => float_to_int_exact(f),
        Value::Str(s) => match str_to_number(s.as_bytes()) {
            Some(omx_core::number::Number::Int(n)) => Some(n),
            Some(omx_core::number::Number::Float(f)) => float_to_int_exact(f),
            None => None,
        },
        _ => None,
    };
    match n {
        None if !v.is_nil() => Err(NativeError::Message(format!(
            "field '{key}' is not an integer"
        ))),
        None => default
            .ok_or_else(|| NativeError::Message(format!("field '{key}' missing in date table"))),
        Some(n) => {
            let fits = if n >= 0 {
                n - delta <= i32::MAX as i64
            } else {
                i32::MIN as i64 + delta <= n
            };
            if !fits {
                return Err(NativeError::Message(format!(
                    "field '{key}' is out-of-bound"
                )));
            }
            Ok(n - delta)
        }
    }
}

fn set_all_fields<'gc>(mc: &Mutation<'gc>, t: Object<'gc>, tm: &Tm) {
    let set = |k: &str, v: Value<'gc>| raw_set_str(mc, t, Str::new(mc, k.as_bytes()), v);
    set("year", Value::Int(tm.year));
    set("month", Value::Int(tm.month));
    set("day", Value::Int(tm.day));
    set("hour", Value::Int(tm.hour));
    set("min", Value::Int(tm.min));
    set("sec", Value::Int(tm.sec));
    set("yday", Value::Int(tm.yday + 1));
    set("wday", Value::Int(tm.wday + 1));
    set("isdst", Value::Bool(false));
}

/// The time argument of `date`/`difftime` (`l_checktime`).
fn check_time<'gc>(
    ctx: &Ctx<'gc, '_>,
    args: &[Value<'gc>],
    i: usize,
    f: &str,
) -> NResult<'gc, i64> {
    check_int(ctx.rt, args, i, f)
}

fn date<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let format = match arg(args, 0) {
        Value::Nil => b"%c".to_vec(),
        _ => check_bytes(ctx.rt, args, 0, "date")?.into_owned(),
    };
    let t = match arg(args, 1) {
        Value::Nil => ctx.host.unix_time(),
        _ => check_time(ctx, args, 1, "date")?,
    };
    let (utc, spec) = match format.strip_prefix(b"!") {
        Some(rest) => (true, rest),
        None => (false, &format[..]),
    };
    let shifted = if utc {
        Some(t)
    } else {
        t.checked_add(ctx.host.utc_offset(t))
    };
    let tm = shifted.and_then(gmtime).ok_or_else(|| {
        NativeError::msg("date result cannot be represented in this installation")
    })?;
    if spec.starts_with(b"*t") {
        let table = new_table(ctx.mc, ctx.rt.root_shape, 0, 9);
        set_all_fields(ctx.mc, table, &tm);
        return ctx.ret1(Value::Object(table));
    }
    let zone = if utc || ctx.host.utc_offset(t) == 0 {
        if utc {
            "GMT"
        } else {
            "UTC"
        }
    } else {
        "LOCAL"
    };
    let offset = if utc { 0 } else { ctx.host.utc_offset(t) };
    let out = strftime(spec, &tm, offset, zone)?;
    ctx.ret1(str_value(ctx.mc, &out))
}

const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// ISO 8601 week-based year and week number (`%G`, `%V`).
fn iso_week(tm: &Tm) -> (i64, i64) {
    // Monday = 0.
    let wday = (tm.wday + 6) % 7;
    let week = (tm.yday - wday + 10) / 7;
    if week < 1 {
        let prev = tm.year - 1;
        let prev_days = if is_leap(prev) { 366 } else { 365 };
        let yday = tm.yday + prev_days;
        (prev, (yday - wday + 10) / 7)
    } else {
        let days = if is_leap(tm.year) { 366 } else { 365 };
        if tm.yday - wday + 3 >= days {
            (tm.year + 1, 1)
        } else {
            (tm.year, week)
        }
    }
}

/// C's `strftime` in the C locale for the conversions Lua 5.4 accepts
/// (`LUA_STRFTIMEOPTIONS`), `E` and `O` modifiers included.
pub fn strftime<'gc>(spec: &[u8], tm: &Tm, offset: i64, zone: &str) -> NResult<'gc, Vec<u8>> {
    use std::io::Write;
    let mut out = Vec::new();
    let mut i = 0;
    while i < spec.len() {
        let c = spec[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        let rest = &spec[i + 1..];
        let (conv, len) = match rest {
            [b'E', c @ (b'c' | b'C' | b'x' | b'X' | b'y' | b'Y'), ..] => (*c, 2),
            [b'O', c @ (b'd' | b'e' | b'H' | b'I' | b'm' | b'M' | b'S' | b'u' | b'U' | b'V' | b'w'
            | b'W' | b'y'), ..] => (*c, 2),
            [c, ..] if b"aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%".contains(c) => (*c, 1),
            _ => {
                let shown: Vec<u8> = rest
                    .iter()
                    .take(if matches!(rest.first(), Some(b'E' | b'O')) {
                        2
                    } else {
                        1
                    })
                    .copied()
                    .collect();
                return Err(bad_arg(
                    0,
                    "date",
                    &format!(
                        "invalid conversion specifier '%{}'",
                        String::from_utf8_lossy(&shown)
                    ),
                ));
            }
        };
        i += 1 + len;
        let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
        let _ = match conv {
            b'a' => write!(out, "{}", &DAYS[tm.wday as usize][..3]),
            b'A' => write!(out, "{}", DAYS[tm.wday as usize]),
            b'b' | b'h' => write!(out, "{}", &MONTHS[tm.month as usize - 1][..3]),
            b'B' => write!(out, "{}", MONTHS[tm.month as usize - 1]),
            b'c' => write!(
                out,
                "{} {} {:>2} {:02}:{:02}:{:02} {}",
                &DAYS[tm.wday as usize][..3],
                &MONTHS[tm.month as usize - 1][..3],
                tm.day,
                tm.hour,
                tm.min,
                tm.sec,
                tm.year
            ),
            b'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
            b'd' => write!(out, "{:02}", tm.day),
            b'D' | b'x' => write!(
                out,
                "{:02}/{:02}/{:02}",
                tm.month,
                tm.day,
                tm.year.rem_euclid(100)
            ),
            b'e' => write!(out, "{:>2}", tm.day),
            b'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.month, tm.day),
            b'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
            b'G' => write!(out, "{}", iso_week(tm).0),
            b'H' => write!(out, "{:02}", tm.hour),
            b'I' => write!(out, "{:02}", hour12),
            b'j' => write!(out, "{:03}", tm.yday + 1),
            b'm' => write!(out, "{:02}", tm.month),
            b'M' => write!(out, "{:02}", tm.min),
            b'n' => writeln!(out),
            b'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
            b'r' => write!(
                out,
                "{:02}:{:02}:{:02} {}",
                hour12,
                tm.min,
                tm.sec,
                if tm.hour < 12 { "AM" } else { "PM" }
            ),
            b'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
            b'S' => write!(out, "{:02}", tm.sec),
            b't' => write!(out, "\t"),
            b'T' | b'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            b'u' => write!(out, "{}", if tm.wday == 0 { 7 } else { tm.wday }),
            b'U' => write!(out, "{:02}", (tm.yday + 7 - tm.wday) / 7),
            b'V' => write!(out, "{:02}", iso_week(tm).1),
            b'w' => write!(out, "{}", tm.wday),
            b'W' => write!(out, "{:02}", (tm.yday + 7 - (tm.wday + 6) % 7) / 7),
            b'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
            b'Y' => write!(out, "{}", tm.year),
            b'z' => {
                let sign = if offset < 0 { '-' } else { '+' };
                let a = offset.abs() / 60;
                write!(out, "{}{:02}{:02}", sign, a / 60, a % 60)
            }
            b'Z' => write!(out, "{zone}"),
            _ => write!(out, "%"),
        };
    }
    Ok(out)
}

fn difftime<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let t2 = check_time(ctx, args, 0, "difftime")?;
    let t1 = check_time(ctx, args, 1, "difftime")?;
    ctx.ret1(Value::Float(t2 as f64 - t1 as f64))
}

fn clock<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let c = ctx.host.cpu_clock();
    ctx.ret1(Value::Float(c))
}

/// `os.getenv(name)`: the variable's value, or nil (also when the host
/// grants no environment).
fn getenv<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_bytes(ctx.rt, args, 0, "getenv")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    match ctx.host.getenv(&name) {
        Some(v) => ctx.ret1(str_value(ctx.mc, v.as_bytes())),
        None => ctx.ret1(Value::Nil),
    }
}

/// `os.exit([code [, close]])`: `true` is success, `false` failure.
fn exit<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let code = match arg(args, 0) {
        Value::Nil | Value::Bool(true) => 0,
        Value::Bool(false) => 1,
        _ => check_int(ctx.rt, args, 0, "exit")? as i32,
    };
    ctx.host.exit(code);
    Err(NativeError::msg(
        "not supported by omx: os.exit (this host does not let a script end the process)",
    ))
}

/// `nil, "NAME: reason", errno` (`luaL_fileresult` of a failure).
pub fn file_failure<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    name: Option<&str>,
    e: HostError,
) -> NativeResult<'gc> {
    let msg = match name {
        Some(n) => format!("{n}: {}", e.message),
        None => e.message,
    };
    ctx.ret.extend_from_slice(&[
        Value::Nil,
        str_value(ctx.mc, msg.as_bytes()),
        Value::Int(e.code as i64),
    ]);
    Ok(Outcome::Return)
}

fn remove<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = check_bytes(ctx.rt, args, 0, "remove")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    match ctx.host.remove_file(&name) {
        Ok(()) => ctx.ret1(Value::Bool(true)),
        Err(e) => file_failure(ctx, Some(&name), e),
    }
}

fn rename<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let from = check_bytes(ctx.rt, args, 0, "rename")?;
    let to = check_bytes(ctx.rt, args, 1, "rename")?;
    let from = String::from_utf8_lossy(&from).into_owned();
    let to = String::from_utf8_lossy(&to).into_owned();
    match ctx.host.rename_file(&from, &to) {
        Ok(()) => ctx.ret1(Value::Bool(true)),
        Err(e) => file_failure(ctx, None, e),
    }
}

fn tmpname<'gc>(ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match ctx.host.temp_file_name() {
        Ok(name) => ctx.ret1(str_value(ctx.mc, name.as_bytes())),
        Err(_) => Err(NativeError::msg("unable to generate a unique filename")),
    }
}

/// Only the C locale exists: querying or choosing it answers "C".
fn setlocale<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let locale = match arg(args, 0) {
        Value::Nil => None,
        _ => Some(check_bytes(ctx.rt, args, 0, "setlocale")?.into_owned()),
    };
    const CATEGORIES: [&[u8]; 6] = [
        b"all",
        b"collate",
        b"ctype",
        b"monetary",
        b"numeric",
        b"time",
    ];
    if !arg(args, 1).is_nil() {
        let cat = check_bytes(ctx.rt, args, 1, "setlocale")?;
        if !CATEGORIES.contains(&&cat[..]) {
            return Err(bad_arg(
                1,
                "setlocale",
                &format!("invalid option '{}'", String::from_utf8_lossy(&cat)),
            ));
        }
    }
    match locale.as_deref() {
        None | Some(b"") | Some(b"C") | Some(b"POSIX") => ctx.ret1(str_value(ctx.mc, b"C")),
        Some(_) => ctx.ret1(Value::Nil),
    }
}

fn execute<'gc>(_ctx: &mut Ctx<'gc, '_>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    Err(NativeError::msg("not supported by omx: os.execute"))
}
