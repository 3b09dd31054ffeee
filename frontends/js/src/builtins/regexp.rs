//! RegExpBuiltinExec (ECMA-262 §22.2.7.2) on the `regress` crate (as Boa
//! does): `regexExec(source, flags, string, lastIndex)` gives `null` or
//! `[index, end, match, ...captures, groups]` with UTF-16 positions; the
//! prelude's `RegExp` builds exec results, `lastIndex`, `replace` and
//! `split` on it. `regexCheck(source, flags)` reports a pattern's syntax
//! error as node words it.

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult};
use omx_core::object::Object;
use omx_core::protocol::js::convert::primitive_to_string;
use omx_core::protocol::js::error::make_error;
use omx_core::protocol::js::ops::{new_array, new_object};
use omx_core::protocol::js::realm::Slot;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::value::Value;

use super::intrinsics::arg;
use super::register;

pub(crate) fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>, i: Object<'gc>) {
    register(mc, rt, i, "regexExec", exec);
    register(mc, rt, i, "regexCheck", check);
}

fn compile(source: &str, flags: &str) -> Result<regress::Regex, String> {
    let f = regress::Flags::new(
        flags
            .chars()
            .filter(|c| "imsuv".contains(*c))
            .map(|c| c as u32),
    );
    regress::Regex::with_flags(source, f).map_err(|e| e.to_string())
}

/// Compiled patterns by (source, flags): a loop calling `exec` compiles
/// its pattern once. Bounded: emptied when it reaches `CACHE_MAX`.
const CACHE_MAX: usize = 64;

thread_local! {
    static CACHE: std::cell::RefCell<std::collections::HashMap<(String, String), std::rc::Rc<regress::Regex>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

fn compile_cached(source: &str, flags: &str) -> Result<std::rc::Rc<regress::Regex>, String> {
    let key = (source.to_string(), flags.to_string());
    if let Some(re) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(re);
    }
    let re = std::rc::Rc::new(compile(source, flags)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        c.insert(key, re.clone());
    });
    Ok(re)
}

fn check<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let source = primitive_to_string(arg(a, 1)).unwrap_or_default();
    let flags = primitive_to_string(arg(a, 2)).unwrap_or_default();
    match compile(&source, &flags) {
        Ok(_) => ctx.ret1(Value::Nil),
        Err(e) => {
            let text = format!("Invalid regular expression: /{source}/{flags}: {e}");
            Err(NativeError::Throw(make_error(
                ctx,
                Slot::SyntaxErrorProto,
                &text,
            )))
        }
    }
}

/// The UTF-16 index of byte offset `b` in `s`.
fn utf16_index(s: &str, b: usize) -> usize {
    s.get(..b).map_or(0, |p| p.encode_utf16().count())
}

/// The byte offset of UTF-16 index `u` in `s` (clamped).
fn byte_index(s: &str, u: usize) -> usize {
    let mut n = 0;
    for (b, c) in s.char_indices() {
        if n >= u {
            return b;
        }
        n += c.len_utf16();
    }
    s.len()
}

fn exec<'gc>(ctx: &mut Ctx<'gc, '_>, a: &[Value<'gc>]) -> NativeResult<'gc> {
    let source = primitive_to_string(arg(a, 1)).unwrap_or_default();
    let flags = primitive_to_string(arg(a, 2)).unwrap_or_default();
    // The subject is borrowed, not copied: `exec` in a loop over a long
    // string stays linear.
    let owned;
    let (text, ascii): (&str, bool) = match arg(a, 3) {
        Value::Str(t) => match std::str::from_utf8(t.as_bytes()) {
            Ok(text) => (text, t.is_ascii()),
            Err(_) => {
                owned = t.to_str_lossy().into_owned();
                (&owned, false)
            }
        },
        v => {
            owned = primitive_to_string(v).unwrap_or_default();
            (&owned, owned.is_ascii())
        }
    };
    let last = match arg(a, 4) {
        Value::Int(i) if i > 0 => i as usize,
        _ => 0,
    };
    let re = match compile_cached(&source, &flags) {
        Ok(r) => r,
        Err(e) => {
            let msg = format!("Invalid regular expression: /{source}/{flags}: {e}");
            return Err(NativeError::Throw(make_error(
                ctx,
                Slot::SyntaxErrorProto,
                &msg,
            )));
        }
    };
    let start = if ascii { last } else { byte_index(text, last) };
    if start > text.len() {
        return ctx.ret1(Value::Null);
    }
    let sticky = flags.contains('y');
    let Some(m) = re.find_from(text, start).next() else {
        return ctx.ret1(Value::Null);
    };
    if sticky && m.start() != start {
        return ctx.ret1(Value::Null);
    }
    let mut out = vec![
        Value::Int(if ascii {
            m.start()
        } else {
            utf16_index(text, m.start())
        } as i64),
        Value::Int(if ascii {
            m.end()
        } else {
            utf16_index(text, m.end())
        } as i64),
    ];
    for g in m.groups() {
        out.push(match g {
            Some(r) => Value::Str(Str::new(ctx.mc, text[r].as_bytes())),
            None => Value::Nil,
        });
    }
    let mut named = m.named_groups().peekable();
    if named.peek().is_some() {
        let groups = new_object(ctx);
        groups.set_meta(ctx.mc, None);
        for (name, r) in named {
            let k = ctx.rt.intern(ctx.mc, name.as_bytes());
            let v = match r {
                Some(r) => Value::Str(Str::new(ctx.mc, text[r].as_bytes())),
                None => Value::Nil,
            };
            groups.set_field(ctx.mc, k, v);
        }
        out.push(Value::Object(groups));
    } else {
        out.push(Value::Nil);
    }
    let arr = new_array(ctx, &out);
    ctx.ret1(Value::Object(arr))
}
