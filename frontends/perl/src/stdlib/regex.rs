//! Regular expressions (perlre, perlop "Regexp Quote-Like Operators") on
//! regress, a backtracking engine (Perl's syntax translated by
//! regex_translate.rs): `m//` in scalar and list context
//! (with `/g` and `pos`), `s///` (`/g`, `/e`, `/r`), `tr///` (ranges,
//! `/d`, `/r`, the count), `split` with its special cases, `qr//`
//! objects, and the capture variables `$&`, `$1`...

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::regex_translate::translate;
use omx_core::native::{Continuation, Ctx, NativeError, NativeResult, Outcome};
use omx_core::object::Object;
use omx_core::protocol::perl::container;
use omx_core::string::Str;
use omx_core::Value;

use super::*;

pub(crate) const NATIVES: &[Entry] = &[
    ("qr", qr),
    ("re_piece", re_piece),
    ("match", match_),
    ("subst", subst),
    ("tr", tr),
    ("capture", capture),
    ("split", split),
    ("pos", pos),
];

/// `pos SCALAR`: where the last `m//g` on this string left off.
fn pos<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let text = sv(arg(a, 0));
    let (main, k) = hidden(ctx, b"\x01pos");
    match main.get_key(k) {
        Value::Object(o) if o.array_len() == 2 && sv(o.array_get(0)) == text => {
            ret(ctx, o.array_get(1))
        }
        _ => ret(ctx, Value::Nil),
    }
}

/// A compiled pattern: regress's regex and where Perl's groups are in it.
struct Regex {
    re: regress::Regex,
    /// The regress group index of Perl's group 0, 1, 2...
    index: Vec<usize>,
    /// `(?<name>...)`: the name and its Perl group number.
    names: Vec<(String, usize)>,
    anchored_g: bool,
}

/// One match: the byte ranges of Perl's groups (0 is the whole match).
struct Captures {
    groups: Vec<Option<std::ops::Range<usize>>>,
}

impl Captures {
    fn len(&self) -> usize {
        self.groups.len()
    }
    fn get(&self, i: usize) -> Option<std::ops::Range<usize>> {
        self.groups.get(i).cloned().flatten()
    }
    fn whole(&self) -> (usize, usize) {
        self.get(0).map(|r| (r.start, r.end)).unwrap_or((0, 0))
    }
}

impl Regex {
    fn caps(&self, m: &regress::Match) -> Captures {
        Captures {
            groups: self.index.iter().map(|&i| m.group(i)).collect(),
        }
    }
    /// The first match at or after byte `start` (at `start` exactly for
    /// a pattern starting with `\G`).
    fn captures_from_pos(&self, text: &str, start: usize) -> Option<Captures> {
        let m = self.re.find_from(text, start).next()?;
        if self.anchored_g && m.start() != start {
            return None;
        }
        Some(self.caps(&m))
    }
    fn captures(&self, text: &str) -> Option<Captures> {
        self.captures_from_pos(text, 0)
    }
    /// Every match from the start, as `//g` finds them: after an empty
    /// match the next search starts one character further.
    fn captures_all(&self, text: &str) -> Vec<Captures> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos <= text.len() {
            let Some(m) = self.re.find_from(text, pos).next() else {
                break;
            };
            if self.anchored_g && m.start() != pos {
                break;
            }
            pos = if m.end() == m.start() {
                m.end() + text[m.end()..].chars().next().map_or(1, char::len_utf8)
            } else {
                m.end()
            };
            out.push(self.caps(&m));
        }
        out
    }
}

thread_local! {
    static CACHE: RefCell<HashMap<(String, String), Rc<Regex>>> = RefCell::new(HashMap::new());
}

fn compile(pat: &str, flags: &str) -> Result<Rc<Regex>, String> {
    let key = (
        pat.to_string(),
        flags
            .chars()
            .filter(|c| "imsx".contains(*c))
            .collect::<String>(),
    );
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    let t = translate(pat, &key.1).map_err(|e| format!("{e} /{pat}/"))?;
    let re = regress::Regex::with_flags(&t.pattern, "u")
        .map_err(|e| format!("Invalid regex /{pat}/: {e}"))?;
    let re = Rc::new(Regex {
        re,
        index: t.index,
        names: t.names,
        anchored_g: t.anchored_g,
    });
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 1000 {
            c.clear();
        }
        c.insert(key, re.clone());
    });
    Ok(re)
}

fn regexp_stash<'gc>(ctx: &mut Ctx<'gc, '_>) -> Object<'gc> {
    container::stash(ctx.mc, ctx.rt, b"Regexp")
}

/// The pattern of a qr// object, if `v` is one.
fn qr_pattern<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Option<Vec<u8>> {
    let o = v.as_object()?;
    let st = regexp_stash(ctx);
    if o.meta() == Some(st) && container::is_scalar(o) {
        return Some(sv(o.internal(0)));
    }
    None
}

/// `qr/PAT/FLAGS`: a scalar container blessed into `Regexp` holding the
/// pattern as perl prints it, `(?^FLAGS:PAT)`.
fn qr<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let p = match qr_pattern(ctx, arg(a, 0)) {
        Some(p) => p,
        None => sv(arg(a, 0)),
    };
    let flags: String = String::from_utf8_lossy(&sv(arg(a, 1)))
        .chars()
        .filter(|c| "imsx".contains(*c))
        .collect();
    let text = format!("(?^{flags}:{})", String::from_utf8_lossy(&p));
    compile(&text, "").map_err(NativeError::Message)?;
    let o = container::new_scalar(ctx.mc, ctx.rt.root_shape, str_v(ctx.mc, text.as_bytes()));
    let st = regexp_stash(ctx);
    o.set_meta(ctx.mc, Some(st));
    let k = Value::Str(ctx.rt.intern(ctx.mc, b"(\"\""));
    if st.get_key(k).is_empty() {
        let f = omx_core::function::NativeFunction::new(ctx.mc, "Regexp::(\"\"", |c, a| {
            let v = match arg(a, 0) {
                Value::Object(o) => o.internal(0),
                other => other,
            };
            ret(c, v)
        });
        st.set_key(ctx.mc, k, Value::Native(f));
        let m = Value::Str(ctx.rt.intern(ctx.mc, b"(("));
        st.set_key(ctx.mc, m, Value::Int(1));
    }
    ret(ctx, Value::Object(o))
}

fn re_piece<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    match qr_pattern(ctx, arg(a, 0)) {
        Some(p) => ret_str(ctx, p),
        None => {
            if let Some(r) = stringify_first(ctx, a, 0) {
                return r;
            }
            ret_str(ctx, sv(arg(a, 0)))
        }
    }
}

fn pattern_of<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> String {
    let b = qr_pattern(ctx, v).unwrap_or_else(|| sv(v));
    String::from_utf8_lossy(&b).into_owned()
}

fn hidden<'gc>(ctx: &mut Ctx<'gc, '_>, name: &[u8]) -> (Object<'gc>, Value<'gc>) {
    let main = container::stash(ctx.mc, ctx.rt, b"main");
    let k = Value::Str(ctx.rt.intern(ctx.mc, name));
    (main, k)
}

/// Remember a successful match's groups for `$&`, `$1`... and `%+`.
fn set_captures<'gc>(ctx: &mut Ctx<'gc, '_>, re: &Regex, text: &str, caps: &Captures) {
    let vals: Vec<Value<'gc>> = (0..caps.len())
        .map(|i| match caps.get(i) {
            Some(m) => str_v(ctx.mc, text[m].as_bytes()),
            None => Value::Nil,
        })
        .collect();
    let (pre, post) = match caps.get(0) {
        Some(m) => (&text[..m.start], &text[m.end..]),
        None => ("", ""),
    };
    let mut vals = vals;
    vals.push(str_v(ctx.mc, pre.as_bytes()));
    vals.push(str_v(ctx.mc, post.as_bytes()));
    let arr = container::new_array(ctx.mc, ctx.rt.root_shape, &vals);
    let (main, k) = hidden(ctx, b"\x01caps");
    main.set_key(ctx.mc, k, Value::Object(arr));
    let names = &re.names;
    if !names.is_empty() {
        let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
        for (n, i) in names {
            if let Some(m) = caps.get(*i) {
                let key = Value::Str(ctx.rt.intern(ctx.mc, n.as_bytes()));
                h.set_key(ctx.mc, key, str_v(ctx.mc, text[m].as_bytes()));
            }
        }
        let k = Value::Str(ctx.rt.intern(ctx.mc, b"%+"));
        main.set_key(ctx.mc, k, Value::Object(h));
    }
}

fn capture<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let (main, k) = hidden(ctx, b"\x01caps");
    let v = match main.get_key(k) {
        Value::Object(o) => {
            // The last two entries are $` and $' (asked for as -1, -2);
            // the groups come before them.
            let groups = o.array_len().saturating_sub(2);
            let n = intof(arg(a, 0));
            let i = if n < 0 {
                (groups as i64 + (-n - 1)) as usize
            } else {
                n as usize
            };
            if (n < 0 && i < o.array_len()) || (n >= 0 && i < groups) {
                o.array_get(i).or_nil()
            } else {
                Value::Nil
            }
        }
        _ => Value::Nil,
    };
    ret(ctx, v)
}

fn text_of<'gc>(v: Value<'gc>) -> String {
    String::from_utf8_lossy(&sv(v)).into_owned()
}

/// `TARGET =~ m/PAT/FLAGS`; `want` 2 is list context.
fn match_<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let text_s = text_of(arg(a, 0));
    let text: &str = &text_s;
    let pat = pattern_of(ctx, arg(a, 1));
    let flags = text_of(arg(a, 2));
    let list = matches!(arg(a, 3), Value::Int(2));
    let re = compile(&pat, &flags).map_err(NativeError::Message)?;
    let global = flags.contains('g');
    if global && list {
        let mut out = Vec::new();
        let mut last = None;
        for caps in re.captures_all(text) {
            if caps.len() > 1 {
                for i in 1..caps.len() {
                    out.push(
                        caps.get(i)
                            .map(|m| str_v(ctx.mc, text[m].as_bytes()))
                            .unwrap_or(Value::Nil),
                    );
                }
            } else if let Some(m) = caps.get(0) {
                out.push(str_v(ctx.mc, text[m].as_bytes()));
            }
            last = Some(caps);
        }
        if let Some(c) = last {
            set_captures(ctx, &re, text, &c);
        }
        return ret_list(ctx, out);
    }
    if global {
        // Scalar //g: continue from pos() of this string.
        let (main, k) = hidden(ctx, b"\x01pos");
        let (mut pos, same) = match main.get_key(k) {
            Value::Object(o) if o.array_len() == 2 => (
                intof(o.array_get(1)) as usize,
                sv(o.array_get(0)) == text.as_bytes(),
            ),
            _ => (0, false),
        };
        if !same {
            pos = 0;
        }
        if pos > text.len() {
            main.set_key(ctx.mc, k, Value::Nil);
            return ret(ctx, boolv(false));
        }
        while !text.is_char_boundary(pos) {
            pos += 1;
        }
        match re.captures_from_pos(text, pos) {
            Some(caps) => {
                let m = caps.whole();
                let step = text[m.1..].chars().next().map_or(1, char::len_utf8);
                let next = if m.1 == m.0 { m.1 + step } else { m.1 };
                set_captures(ctx, &re, text, &caps);
                let rec = container::new_array(
                    ctx.mc,
                    ctx.rt.root_shape,
                    &[str_v(ctx.mc, text.as_bytes()), Value::Int(next as i64)],
                );
                main.set_key(ctx.mc, k, Value::Object(rec));
                ret(ctx, Value::Int(1))
            }
            None => {
                main.set_key(ctx.mc, k, Value::Nil);
                ret(ctx, boolv(false))
            }
        }
    } else {
        match re.captures(text) {
            Some(caps) => {
                set_captures(ctx, &re, text, &caps);
                if list {
                    if caps.len() == 1 {
                        return ret_list(ctx, vec![Value::Int(1)]);
                    }
                    let out = (1..caps.len())
                        .map(|i| {
                            caps.get(i)
                                .map(|m| str_v(ctx.mc, text[m].as_bytes()))
                                .unwrap_or(Value::Nil)
                        })
                        .collect();
                    return ret_list(ctx, out);
                }
                ret(ctx, Value::Int(1))
            }
            None => {
                if list {
                    return Ok(Outcome::Return);
                }
                ret(ctx, boolv(false))
            }
        }
    }
}

/// `s/PAT/REPL/FLAGS`: the replacement is a function (the interpolated
/// text, or the `/e` code) called once per match with the captures set.
/// Results: the new string and the number of replacements.
fn subst<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = stringify_first(ctx, a, 0) {
        return r;
    }
    let target = arg(a, 0);
    let text_s = text_of(target);
    let text: &str = &text_s;
    let pat = pattern_of(ctx, arg(a, 1));
    let flags = text_of(arg(a, 2));
    let re = compile(&pat, &flags).map_err(NativeError::Message)?;
    let mut spans = Vec::new();
    for caps in re.captures_all(text) {
        let m = caps.whole();
        let mut entry = vec![Value::Int(m.0 as i64), Value::Int(m.1 as i64)];
        for i in 0..caps.len() {
            entry.push(
                caps.get(i)
                    .map(|m| str_v(ctx.mc, text[m].as_bytes()))
                    .unwrap_or(Value::Nil),
            );
        }
        spans.push(Value::Object(container::new_array(
            ctx.mc,
            ctx.rt.root_shape,
            &entry,
        )));
        if !flags.contains('g') {
            break;
        }
    }
    if spans.is_empty() {
        return ret_list(ctx, vec![target, Value::Bool(false)]);
    }
    let list = container::new_array(ctx.mc, ctx.rt.root_shape, &spans);
    let state = vec![
        str_v(ctx.mc, text.as_bytes()),
        Value::Object(list),
        Value::Int(0),
        str_v(ctx.mc, b""),
        Value::Int(0),
        arg(a, 3),
    ];
    let mut state = state;
    for (name, i) in &re.names {
        state.push(str_v(ctx.mc, name.as_bytes()));
        state.push(Value::Int(*i as i64));
    }
    subst_step(ctx, state)
}

fn subst_step<'gc>(ctx: &mut Ctx<'gc, '_>, st: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let list = array_arg(st[1]).ok_or_else(|| NativeError::msg("s///"))?;
    let i = intof(st[2]) as usize;
    let text = sv(st[0]);
    if i >= list.array_len() {
        let mut out = sv(st[3]);
        let last = (intof(st[4]) as usize).min(text.len());
        out.extend_from_slice(&text[last..]);
        let n = list.array_len() as i64;
        return ret_list(
            ctx,
            vec![Value::Str(Str::from_vec(ctx.mc, out)), Value::Int(n)],
        );
    }
    let entry = array_arg(list.array_get(i)).ok_or_else(|| NativeError::msg("s///"))?;
    let mut caps: Vec<Value<'gc>> = items(entry)[2..].to_vec();
    let (s0, e0) = (
        (intof(entry.array_get(0)) as usize).min(text.len()),
        (intof(entry.array_get(1)) as usize).min(text.len()),
    );
    caps.push(str_v(ctx.mc, &text[..s0]));
    caps.push(str_v(ctx.mc, &text[e0..]));
    let arr = container::new_array(ctx.mc, ctx.rt.root_shape, &caps);
    let (main, k) = hidden(ctx, b"\x01caps");
    main.set_key(ctx.mc, k, Value::Object(arr));
    if st.len() > 6 {
        // `%+` for the replacement: the state ends with (name, group) pairs.
        let h = container::new_hash(ctx.mc, ctx.rt.perl.hash_shape);
        for pair in st[6..].chunks(2) {
            let g = 2 + intof(pair[1]) as usize;
            if g < entry.array_len() && !matches!(entry.array_get(g), Value::Nil) {
                let key = Value::Str(ctx.rt.intern(ctx.mc, &sv(pair[0])));
                h.set_key(ctx.mc, key, entry.array_get(g));
            }
        }
        let k = Value::Str(ctx.rt.intern(ctx.mc, b"%+"));
        main.set_key(ctx.mc, k, Value::Object(h));
    }
    Ok(Outcome::call(
        st[5],
        Vec::new(),
        Continuation::new(subst_cont, st),
    ))
}

fn subst_cont<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    mut st: Vec<Value<'gc>>,
    r: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let rep = r
        .map_err(NativeError::Throw)?
        .last()
        .copied()
        .unwrap_or_default();
    if let Value::Object(_) = rep {
        // An object replacement: its string form (overloads go through
        // a second round).
        let s = omx_core::protocol::perl::ops::string_of(rep);
        let _ = s;
    }
    let list = array_arg(st[1]).ok_or_else(|| NativeError::msg("s///"))?;
    let i = intof(st[2]) as usize;
    let entry = array_arg(list.array_get(i)).ok_or_else(|| NativeError::msg("s///"))?;
    let (s0, e0) = (
        intof(entry.array_get(0)) as usize,
        intof(entry.array_get(1)) as usize,
    );
    let text = sv(st[0]);
    let last = intof(st[4]) as usize;
    let mut out = sv(st[3]);
    out.extend_from_slice(&text[last.min(s0)..s0]);
    out.extend(sv(rep));
    st[3] = Value::Str(Str::from_vec(ctx.mc, out));
    st[4] = Value::Int(e0 as i64);
    st[2] = Value::Int(i as i64 + 1);
    subst_step(ctx, st)
}

fn expand_tr(spec: &str) -> Vec<char> {
    let cs: Vec<char> = spec.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let mut c = cs[i];
        if c == '\\' && i + 1 < cs.len() {
            i += 1;
            c = match cs[i] {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '\\' => '\\',
                '-' => '-',
                other => other,
            };
        }
        if i + 2 < cs.len() && cs[i + 1] == '-' {
            let end = cs[i + 2];
            for x in c..=end {
                out.push(x);
            }
            i += 3;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// `tr/SEARCH/REPLACE/FLAGS` (perlop "tr"): the new string and the count.
fn tr<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let text = text_of(arg(a, 0));
    let search = expand_tr(&text_of(arg(a, 1)));
    let mut replace = expand_tr(&text_of(arg(a, 2)));
    let flags = text_of(arg(a, 3));
    let delete = flags.contains('d');
    let squeeze = flags.contains('s');
    let complement = flags.contains('c');
    if replace.is_empty() && !delete {
        replace = search.clone();
    }
    if !delete {
        while replace.len() < search.len() {
            let last = *replace.last().unwrap_or(&' ');
            replace.push(last);
        }
    }
    let mut out = String::new();
    let mut count = 0;
    let mut last_pushed: Option<char> = None;
    for ch in text.chars() {
        let pos = search.iter().position(|c| *c == ch);
        let hit = if complement {
            pos.is_none()
        } else {
            pos.is_some()
        };
        if !hit {
            out.push(ch);
            last_pushed = None;
            continue;
        }
        count += 1;
        let rep = if complement {
            replace.last().copied()
        } else {
            pos.and_then(|p| replace.get(p).copied())
        };
        match rep {
            Some(r) => {
                if squeeze && last_pushed == Some(r) {
                    continue;
                }
                out.push(r);
                last_pushed = Some(r);
            }
            None if delete => {}
            None => out.push(ch),
        }
    }
    ret_list(ctx, vec![str_v(ctx.mc, out.as_bytes()), Value::Int(count)])
}

/// `split /PAT/, EXPR, LIMIT` (perlfunc "split"): `' '` splits on
/// whitespace after leading whitespace; groups are returned too; trailing
/// empty fields go unless LIMIT is negative.
fn split<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let patv = arg(a, 0);
    let text = text_of(arg(a, 1));
    let limit = if a.len() > 2 { intof(arg(a, 2)) } else { 0 };
    let mut pat = pattern_of(ctx, patv);
    let mut s: &str = &text;
    if qr_pattern(ctx, patv).is_none() && pat == " " {
        s = s.trim_start();
        pat = "\\s+".into();
    }
    if pat == "^" {
        pat = "(?m)^".into();
    }
    let re = compile(&pat, "").map_err(NativeError::Message)?;
    let mut out: Vec<Value<'gc>> = Vec::new();
    let mut start = 0;
    let mut fields = 0;
    for caps in re.captures_all(s) {
        let m = caps.whole();
        if limit > 0 && fields + 1 >= limit {
            break;
        }
        if m.1 == 0 {
            continue;
        }
        if m.0 == m.1 && m.0 >= s.len() {
            break;
        }
        out.push(str_v(ctx.mc, &s.as_bytes()[start..m.0]));
        fields += 1;
        for i in 1..caps.len() {
            out.push(
                caps.get(i)
                    .map(|c| str_v(ctx.mc, s[c].as_bytes()))
                    .unwrap_or(Value::Nil),
            );
        }
        start = m.1;
    }
    out.push(str_v(ctx.mc, &s.as_bytes()[start.min(s.len())..]));
    if limit == 0 {
        while out.last().is_some_and(|v| sv(*v).is_empty()) {
            out.pop();
        }
    }
    ret_list(ctx, out)
}
