//! Table-driven tests; every expectation in testdata/ was printed by the real
//! lua5.4 (and so by glibc's printf) through testdata/gen.sh.

use super::*;

/// Undoes gen.lua's escaping: `\xHH` is a byte, everything else is literal.
fn unescape(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 3 < b.len() + 1 && b.get(i + 1) == Some(&b'x') {
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

fn float_from_bits(hex: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(hex, 16).expect("bits"))
}

/// Parses a C spec such as `%-+08.3e` (test-only; the real parser is the
/// frontend's).
fn parse_spec(spec: &str) -> FloatSpec {
    let b = &spec.as_bytes()[1..];
    let mut flags = Flags::default();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'-' => flags.left = true,
            b'+' => flags.plus = true,
            b' ' => flags.space = true,
            b'#' => flags.alt = true,
            b'0' => flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let mut width = 0;
    while b[i].is_ascii_digit() {
        width = width * 10 + usize::from(b[i] - b'0');
        i += 1;
    }
    let mut precision = None;
    if b[i] == b'.' {
        i += 1;
        let mut p = 0;
        while b[i].is_ascii_digit() {
            p = p * 10 + usize::from(b[i] - b'0');
            i += 1;
        }
        precision = Some(p);
    }
    FloatSpec {
        flags,
        width,
        precision,
        conv: b[i],
    }
}

fn table(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines().map(|line| line.split('\t').collect())
}

#[test]
fn printf_matches_glibc() {
    let mut failures = Vec::new();
    let mut count = 0;
    for fields in table(include_str!("testdata/printf.txt")) {
        let (spec, x, want) = (fields[0], float_from_bits(fields[1]), unescape(fields[2]));
        let mut got = Vec::new();
        format_float(&mut got, &parse_spec(spec), x);
        count += 1;
        if got != want {
            failures.push(format!(
                "{spec} of {x:e} ({}): got {:?}, want {:?}",
                fields[1],
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            ));
        }
    }
    assert!(count > 10_000, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} failed:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

#[test]
fn lua_number_conversions_match_lua() {
    let mut failures = Vec::new();
    let mut count = 0;
    for fields in table(include_str!("testdata/lua_number.txt")) {
        count += 1;
        match fields[0] {
            "tostring" => {
                let x = float_from_bits(fields[1]);
                let want = String::from_utf8(unescape(fields[2])).expect("utf8");
                let got = fmt_lua_float(x);
                if got != want {
                    failures.push(format!("tostring({x:e}): got {got}, want {want}"));
                }
            }
            "tonumber" => {
                let input = unescape(fields[1]);
                let got = match str_to_number(&input) {
                    None => "nil".to_string(),
                    Some(Number::Int(n)) => format!("int {n}"),
                    Some(Number::Float(x)) => format!("float {:016x}", x.to_bits()),
                };
                if got != fields[2] {
                    failures.push(format!(
                        "tonumber({:?}): got {got}, want {}",
                        fields[1], fields[2]
                    ));
                }
            }
            "tonumber_base" => {
                let input = unescape(fields[1]);
                let base: u32 = fields[2].parse().expect("base");
                let got = match str_to_int_base(&input, base) {
                    None => "nil".to_string(),
                    Some(n) => n.to_string(),
                };
                if got != fields[3] {
                    failures.push(format!(
                        "tonumber({:?}, {base}): got {got}, want {}",
                        fields[1], fields[3]
                    ));
                }
            }
            other => failures.push(format!("unknown row kind {other}")),
        }
    }
    assert!(count > 300, "only {count} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn huge_precision_and_width_do_not_panic() {
    let spec = FloatSpec {
        flags: Flags::default(),
        width: 400,
        precision: Some(400),
        conv: b'a',
    };
    for conv in *b"eEfFgGaA" {
        let mut out = Vec::new();
        format_float(&mut out, &FloatSpec { conv, ..spec }, 5e-324);
        assert!(out.len() >= 400);
    }
}

#[test]
fn push_int_matches_display() {
    for i in [
        0,
        7,
        -7,
        10,
        99,
        100,
        -100,
        123456789,
        i64::MAX,
        i64::MIN,
        i64::MIN + 1,
    ] {
        let mut out = b"x".to_vec();
        super::push_int(&mut out, i);
        assert_eq!(out, format!("x{i}").into_bytes());
    }
}
