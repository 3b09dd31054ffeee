//! Table-driven tests of the string engines. Every expectation in testdata/
//! was printed by the real lua5.4 through testdata/gen.sh; these tests glue
//! the engines the way the builtins do and compare the rendered results.

use super::format::{
    format_float, format_int, format_quoted, format_str, parse_format, FormatItem, Quoted, Spec,
    StrError,
};
use super::pattern::{
    expand_replacement, find_plain, gmatch_next, gsub_str, has_specials, match_at, match_here,
    Capture, GmatchState, Match, PatternError,
};
use omx_core::number::fmt_lua_float;

/// gen.lua's escaping: `\xHH` for bytes outside printable ASCII and `\ , |`.
fn esc(bytes: &[u8]) -> String {
    let mut out = String::new();
    for &b in bytes {
        if !(0x20..=0x7e).contains(&b) || b == b'\\' || b == b',' || b == b'|' {
            out.push_str(&format!("\\x{b:02x}"));
        } else {
            out.push(char::from(b));
        }
    }
    out
}

fn unescape(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && b.get(i + 1) == Some(&b'x') && i + 4 <= b.len() {
            let hex = std::str::from_utf8(&b[i + 2..i + 4]).expect("hex");
            out.push(u8::from_str_radix(hex, 16).expect("hex byte"));
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// A Lua value as gen.lua writes it.
#[derive(Clone, Debug, PartialEq)]
enum Val {
    Str(Vec<u8>),
    Int(i64),
    Float(f64),
    Nil,
    Bool(bool),
}

impl Val {
    fn parse(field: &str) -> Val {
        let raw = unescape(field);
        let text = String::from_utf8_lossy(&raw).into_owned();
        if let Some(s) = raw.strip_prefix(b"s:") {
            Val::Str(s.to_vec())
        } else if let Some(n) = text.strip_prefix("i:") {
            Val::Int(n.parse().expect("int"))
        } else if let Some(bits) = text.strip_prefix("f:") {
            Val::Float(f64::from_bits(u64::from_str_radix(bits, 16).expect("bits")))
        } else if let Some(b) = text.strip_prefix("b:") {
            Val::Bool(b == "true")
        } else {
            Val::Nil
        }
    }

    fn render(&self) -> String {
        match self {
            Val::Str(s) => esc(&[b"s:".as_slice(), s].concat()),
            Val::Int(n) => format!("i:{n}"),
            Val::Float(x) => format!("f:{:016x}", x.to_bits()),
            Val::Nil => "nil".to_string(),
            Val::Bool(b) => format!("b:{b}"),
        }
    }
}

fn render_results(r: Result<Vec<Val>, Vec<u8>>) -> String {
    match r {
        Ok(vals) => {
            let mut fields = vec!["ok".to_string()];
            fields.extend(vals.iter().map(Val::render));
            fields.join("\t")
        }
        Err(message) => esc(&message),
    }
}

fn perr(e: PatternError) -> Vec<u8> {
    format!("err:{}", e.message).into_bytes()
}

/// Lua's value of one capture.
fn capture_val(src: &[u8], c: &Capture) -> Val {
    match *c {
        Capture::Span(a, b) => Val::Str(src[a..b].to_vec()),
        Capture::Position(p) => Val::Int(i64::try_from(p).expect("pos") + 1),
    }
}

/// The values `string.match`/`gmatch` produce for a match.
fn match_vals(src: &[u8], m: &Match) -> Vec<Val> {
    if m.captures.is_empty() {
        vec![Val::Str(src[m.start..m.end].to_vec())]
    } else {
        m.captures.iter().map(|c| capture_val(src, c)).collect()
    }
}

/// lstrlib `posrelatI` then the 0-based offset (may be past the end).
fn init_offset(init: i64, len: usize) -> usize {
    let len_i = i64::try_from(len).expect("len");
    let pos = if init > 0 {
        init
    } else if init == 0 || init < -len_i {
        1
    } else {
        len_i + init + 1
    };
    usize::try_from(pos - 1).expect("offset")
}

fn glue_find(s: &[u8], p: &[u8], init: i64, plain: bool) -> Result<Vec<Val>, Vec<u8>> {
    let init = init_offset(init, s.len());
    if init > s.len() {
        return Ok(vec![Val::Nil]);
    }
    if plain || !has_specials(p) {
        return Ok(match find_plain(s, p, init) {
            Some(k) => vec![Val::Int(k as i64 + 1), Val::Int((k + p.len()) as i64)],
            None => vec![Val::Nil],
        });
    }
    match match_at(s, p, init, &mut |_| true).map_err(perr)? {
        Some(m) => {
            let mut vals = vec![Val::Int(m.start as i64 + 1), Val::Int(m.end as i64)];
            vals.extend(m.captures.iter().map(|c| capture_val(s, c)));
            Ok(vals)
        }
        None => Ok(vec![Val::Nil]),
    }
}

fn glue_match(s: &[u8], p: &[u8], init: i64) -> Result<Vec<Val>, Vec<u8>> {
    let init = init_offset(init, s.len());
    match match_at(s, p, init, &mut |_| true).map_err(perr)? {
        Some(m) => Ok(match_vals(s, &m)),
        None => Ok(vec![Val::Nil]),
    }
}

/// gen.lua's gmatch rendering: up to 201 results of the first three values.
fn glue_gmatch(s: &[u8], p: &[u8]) -> String {
    let mut state = GmatchState::new(0);
    let mut results = Vec::new();
    loop {
        match gmatch_next(s, p, &mut state, &mut |_| true) {
            Ok(Some(m)) => {
                let vals = match_vals(s, &m);
                let pick = |k: usize| vals.get(k).map_or("-".to_string(), Val::render);
                results.push(format!("{},{},{}", pick(0), pick(1), pick(2)));
                if results.len() > 200 {
                    break;
                }
            }
            Ok(None) => break,
            Err(e) => return esc(&perr(e)),
        }
    }
    results.join("|")
}

fn glue_gsub(s: &[u8], p: &[u8], repl: &[u8], n: Option<i64>) -> Result<Vec<Val>, Vec<u8>> {
    let max_n = n.map(|n| usize::try_from(n).unwrap_or(0));
    let (out, count) = gsub_str(s, p, repl, max_n, &mut |_| true).map_err(perr)?;
    Ok(vec![Val::Str(out), Val::Int(count as i64)])
}

/// gsub as the builtin will write it for function and table replacements:
/// `match_here` in the `gsub_str` loop, with `expand_replacement` standing in
/// for the call.
fn glue_gsub_by_match(
    s: &[u8],
    p: &[u8],
    repl: &[u8],
    n: Option<i64>,
) -> Result<Vec<Val>, Vec<u8>> {
    let max_n = n.map(|n| usize::try_from(n).unwrap_or(0));
    let (anchor, p) = match p.split_first() {
        Some((b'^', rest)) => (true, rest),
        _ => (false, p),
    };
    let mut out = Vec::new();
    let (mut pos, mut lastmatch, mut count) = (0, None, 0);
    while max_n.is_none_or(|max| count < max) {
        match match_here(s, p, pos, &mut |_| true).map_err(perr)? {
            Some(m) if Some(m.end) != lastmatch => {
                count += 1;
                expand_replacement(repl, s, &m, &mut out).map_err(perr)?;
                pos = m.end;
                lastmatch = Some(m.end);
            }
            _ if pos < s.len() => {
                out.push(s[pos]);
                pos += 1;
            }
            _ => break,
        }
        if anchor {
            break;
        }
    }
    out.extend_from_slice(&s[pos..]);
    Ok(vec![Val::Str(out), Val::Int(count as i64)])
}

#[test]
fn patterns_match_lua() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("testdata/pattern.txt").lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (s, p) = (unescape(f[1]), unescape(f[2]));
        let (got, want) = match f[0] {
            "find" => {
                let init: i64 = f[3].parse().expect("init");
                let got = render_results(glue_find(&s, &p, init, f[4] == "true"));
                (got, f[5..].join("\t"))
            }
            "match" => {
                let init: i64 = f[3].parse().expect("init");
                (render_results(glue_match(&s, &p, init)), f[4..].join("\t"))
            }
            "gmatch" => (glue_gmatch(&s, &p), f[3..].join("\t")),
            "gsub" => {
                let n = (f[4] != "-").then(|| f[4].parse().expect("n"));
                let got = render_results(glue_gsub(&s, &p, &unescape(f[3]), n));
                // The match_here loop agrees, except that (like Lua's
                // function and table cases) it rejects an unclosed capture.
                let by_match = render_results(glue_gsub_by_match(&s, &p, &unescape(f[3]), n));
                if by_match != got && by_match != "err:unfinished capture" {
                    failures.push(format!("gsub loop of match_here: {by_match} != {got}"));
                }
                (got, f[5..].join("\t"))
            }
            other => panic!("unknown row kind {other}"),
        };
        count += 1;
        if got != want {
            failures.push(format!(
                "{}\n   got: {got}\n  want: {want}",
                &f[..4].join(" ")
            ));
        }
    }
    assert!(count > 15_000, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// `luaL_checkinteger` of a test argument.
fn to_int(v: &Val) -> Result<i64, Vec<u8>> {
    match v {
        Val::Int(n) => Ok(*n),
        Val::Float(x)
            if x.fract() == 0.0
                && *x >= -9.223_372_036_854_776e18
                && *x < 9.223_372_036_854_776e18 =>
        {
            Ok(*x as i64)
        }
        Val::Float(_) => Err(b"argerr:number has no integer representation".to_vec()),
        _ => Err(b"argerr:number expected".to_vec()),
    }
}

/// `string.format` glued as the builtin will be.
fn glue_format(fmt: &[u8], args: &[Val]) -> Result<Vec<Val>, Vec<u8>> {
    let items = parse_format(fmt).map_err(|e| [b"err:".as_slice(), &e.message].concat())?;
    let mut out = Vec::new();
    let mut next = args.iter();
    for item in &items {
        let spec: &Spec = match item {
            FormatItem::Literal(bytes) => {
                out.extend_from_slice(bytes);
                continue;
            }
            FormatItem::Spec(spec) => spec,
        };
        let arg = next.next().ok_or(b"argerr:no value".to_vec())?;
        match spec.conv {
            b'c' | b'd' | b'i' | b'u' | b'o' | b'x' | b'X' => {
                format_int(&mut out, spec, to_int(arg)?)
            }
            b's' | b'p' => {
                let text = match arg {
                    _ if spec.conv == b'p' => b"(null)".to_vec(),
                    Val::Str(s) => s.clone(),
                    Val::Int(n) => n.to_string().into_bytes(),
                    Val::Float(x) => fmt_lua_float(*x).into_bytes(),
                    Val::Nil => b"nil".to_vec(),
                    Val::Bool(b) => b.to_string().into_bytes(),
                };
                format_str(&mut out, spec, &text).map_err(|e| match e {
                    StrError::Arg(a) => format!("argerr:{}", a.reason).into_bytes(),
                    StrError::Spec(f) => [b"err:".as_slice(), &f.message].concat(),
                })?;
            }
            b'q' => {
                let q = match arg {
                    Val::Str(s) => Quoted::Str(s),
                    Val::Int(n) => Quoted::Int(*n),
                    Val::Float(x) => Quoted::Float(*x),
                    Val::Nil => Quoted::Nil,
                    Val::Bool(b) => Quoted::Bool(*b),
                };
                format_quoted(&mut out, q);
            }
            _ => {
                let x = match arg {
                    Val::Int(n) => *n as f64,
                    Val::Float(x) => *x,
                    _ => return Err(b"argerr:number expected".to_vec()),
                };
                format_float(&mut out, spec, x);
            }
        }
    }
    Ok(vec![Val::Str(out)])
}

#[test]
fn format_matches_lua() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("testdata/format.txt").lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let fmt = unescape(f[1]);
        let args: Vec<Val> = if f[2].is_empty() {
            Vec::new()
        } else {
            f[2].split(',').map(Val::parse).collect()
        };
        let got = render_results(glue_format(&fmt, &args));
        let want = f[3..].join("\t");
        count += 1;
        if got != want {
            failures.push(format!("{} {}\n   got: {got}\n  want: {want}", f[1], f[2]));
        }
    }
    assert!(count > 5_000, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

#[test]
fn deep_patterns_never_overflow_the_stack() {
    // A long subject with patterns that nest the matcher as deeply as Lua
    // allows, run on a small thread stack.
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let src = vec![b'a'; 100_000];
            let pat = b"a?".repeat(5000);
            let r = match_at(&src, &pat, 0, &mut |_| true);
            assert_eq!(
                r.map_err(|e| e.message),
                Err("pattern too complex".to_string())
            );
            let pat = [b"(".repeat(40), b"a".to_vec(), b")".repeat(40)].concat();
            let r = match_at(&src, &pat, 0, &mut |_| true);
            assert_eq!(
                r.map_err(|e| e.message),
                Err("too many captures".to_string())
            );
            let r = gsub_str(&src, b"a-$", b"x", None, &mut |_| true).map_err(|e| e.message);
            assert_eq!(r, Ok((b"x".to_vec(), 1)));
            let r = gsub_str(&src, b"(a*)b?", b"%1", None, &mut |_| true).map_err(|e| e.message);
            assert_eq!(r.map(|(_, n)| n), Ok(1));
        })
        .expect("spawn");
    assert!(handle.join().is_ok());
}

/// A backtracking match charges its meter one unit per step and stops
/// when the meter refuses (the script's step budget, runtime/budget.rs).
#[test]
fn a_refusing_meter_stops_a_backtracking_match() {
    let src = b"a".repeat(40);
    let pat = b"a-"
        .repeat(20)
        .iter()
        .chain(b"b")
        .copied()
        .collect::<Vec<u8>>();
    let mut charged = 0u64;
    let r = match_at(&src, &pat, 0, &mut |n| {
        charged += n;
        charged < 100_000
    });
    assert_eq!(r, Err(super::pattern::PatternError::budget()));
    assert!((100_000..100_000 + 2 * super::pattern::CHARGE_EVERY).contains(&charged));
    // A small match reports what it did, once.
    let mut calls = Vec::new();
    let r = match_at(b"hello", b"l+", 0, &mut |n| {
        calls.push(n);
        true
    });
    assert_eq!(r.map(|m| m.map(|m| (m.start, m.end))), Ok(Some((2, 4))));
    assert_eq!(calls.len(), 1);
    assert!(calls[0] >= 3, "{calls:?}");
}
