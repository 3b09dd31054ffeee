//! The math library (Lua 5.4 §6.7).

use gc_arena::Mutation;
use omx_core::native::{Ctx, NativeError, NativeResult, Outcome};
use omx_core::number::Number;
use omx_core::numeric::float_to_int_exact;
use omx_core::protocol::lua::compare::raw_less_than;
use omx_core::runtime::RuntimeState;
use omx_core::string::Str;
use omx_core::Value;

use super::args::*;
use super::{library, register};

pub fn install<'gc>(mc: &Mutation<'gc>, rt: &mut RuntimeState<'gc>) {
    let m = library(mc, rt, "math");
    let set = |name: &str, v: Value<'gc>| {
        omx_core::protocol::lua::table::raw_set_str(mc, m, Str::new(mc, name.as_bytes()), v)
    };
    set("pi", Value::Float(std::f64::consts::PI));
    set("huge", Value::Float(f64::INFINITY));
    set("maxinteger", Value::Int(i64::MAX));
    set("mininteger", Value::Int(i64::MIN));
    register(mc, m, "floor", floor);
    register(mc, m, "ceil", ceil);
    register(mc, m, "abs", abs);
    register(mc, m, "max", max);
    register(mc, m, "min", min);
    register(mc, m, "sqrt", sqrt);
    register(mc, m, "fmod", fmod);
    register(mc, m, "modf", modf);
    register(mc, m, "tointeger", tointeger);
    register(mc, m, "type", type_);
    register(mc, m, "ult", ult);
    register(mc, m, "random", random);
    register(mc, m, "randomseed", randomseed);
    register(mc, m, "exp", exp);
    register(mc, m, "log", log);
    register(mc, m, "sin", sin);
    register(mc, m, "deg", deg);
    register(mc, m, "rad", rad);
    // LUA_COMPAT_MATHLIB, as lua5.4 on this machine is built.
    register(mc, m, "cosh", cosh);
    register(mc, m, "sinh", sinh);
    register(mc, m, "tanh", tanh);
    register(mc, m, "pow", pow);
    register(mc, m, "log10", log10);
    register(mc, m, "frexp", frexp);
    register(mc, m, "ldexp", ldexp);
    register(mc, m, "atan2", atan);
    register(mc, m, "cos", cos);
    register(mc, m, "tan", tan);
    register(mc, m, "asin", asin);
    register(mc, m, "acos", acos);
    register(mc, m, "atan", atan);
}

/// A float result as an integer when it fits (`lua_Number2Integer` use in
/// floor/ceil), else the float.
fn float_or_int<'gc>(f: f64) -> Value<'gc> {
    match float_to_int_exact(f) {
        Some(i) => Value::Int(i),
        None => Value::Float(f),
    }
}

fn floor<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match check_number(ctx.rt, args, 0, "floor")? {
        Number::Int(i) => ctx.ret1(Value::Int(i)),
        Number::Float(f) => ctx.ret1(float_or_int(f.floor())),
    }
}

fn ceil<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match check_number(ctx.rt, args, 0, "ceil")? {
        Number::Int(i) => ctx.ret1(Value::Int(i)),
        Number::Float(f) => ctx.ret1(float_or_int(f.ceil())),
    }
}

fn abs<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    // `lua_isinteger` is false for a string: it is read as a float.
    if let Some(Value::Str(_)) = args.first() {
        return ctx.ret1(Value::Float(check_float(ctx.rt, args, 0, "abs")?.abs()));
    }
    match check_number(ctx.rt, args, 0, "abs")? {
        Number::Int(i) => ctx.ret1(Value::Int(i.wrapping_abs())),
        Number::Float(f) => ctx.ret1(Value::Float(f.abs())),
    }
}

/// `math.max`/`math.min` (lmathlib.c math_max/math_min): the arguments are
/// not converted; each is compared with the best so far by `lua_compare`
/// (`best < v` for max, `v < best` for min), so numbers compare
/// mathematically, strings bytewise, and tables through `__lt`; the best
/// argument itself is returned (`math.max("10", "9")` is `"9"`).
fn extreme<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    name: &str,
    want_max: bool,
) -> NativeResult<'gc> {
    if args.is_empty() {
        return Err(bad_arg(0, name, "value expected"));
    }
    extreme_from(ctx, want_max, args, 0, 1)
}

/// Continue `extreme` at argument `i` with the best so far at `best`.
fn extreme_from<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    want_max: bool,
    args: &[Value<'gc>],
    mut best: usize,
    mut i: usize,
) -> NativeResult<'gc> {
    use omx_core::native::Continuation;
    use omx_core::protocol::lua::compare::order_error_message;
    use omx_core::protocol::lua::meta::{binary_metamethod, Event};
    while i < args.len() {
        let (a, b) = if want_max {
            (args[best], args[i])
        } else {
            (args[i], args[best])
        };
        match raw_less_than(a, b) {
            Some(true) => best = i,
            Some(false) => {}
            None => {
                let handler = binary_metamethod(ctx.rt, "Lua order event", a, b, Event::Lt);
                if handler.is_nil() {
                    // Raised inside the C function: no position.
                    let m = order_error_message(ctx.rt, a, b);
                    return Err(NativeError::Throw(Value::Str(Str::from_vec(
                        ctx.mc,
                        m.into_bytes(),
                    ))));
                }
                let mut state = vec![
                    Value::Bool(want_max),
                    Value::Int(best as i64),
                    Value::Int(i as i64),
                ];
                state.extend_from_slice(args);
                return Ok(Outcome::call(
                    handler,
                    vec![a, b],
                    Continuation::new(extreme_then, state),
                ));
            }
        }
        i += 1;
    }
    ctx.ret1(args[best])
}

/// A `__lt` metamethod answered for `extreme`: take its truth, go on.
fn extreme_then<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    state: Vec<Value<'gc>>,
    result: Result<&[Value<'gc>], Value<'gc>>,
) -> NativeResult<'gc> {
    let values = result.map_err(NativeError::Throw)?;
    let (Value::Bool(want_max), Value::Int(best), Value::Int(i)) = (state[0], state[1], state[2])
    else {
        return Err(NativeError::msg("math.max: bad continuation state"));
    };
    let less = values
        .first()
        .is_some_and(|v| omx_core::protocol::lua::ops::truthy(*v));
    let best = if less { i as usize } else { best as usize };
    extreme_from(ctx, want_max, &state[3..], best, i as usize + 1)
}

fn max<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    extreme(ctx, args, "max", true)
}

fn min<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    extreme(ctx, args, "min", false)
}

fn float_fn<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    args: &[Value<'gc>],
    name: &str,
    f: fn(f64) -> f64,
) -> NativeResult<'gc> {
    let x = check_float(ctx.rt, args, 0, name)?;
    ctx.ret1(Value::Float(f(x)))
}

fn sqrt<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "sqrt", f64::sqrt)
}
fn exp<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "exp", f64::exp)
}
fn sin<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "sin", f64::sin)
}
fn cos<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "cos", f64::cos)
}
fn tan<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "tan", f64::tan)
}
fn asin<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "asin", f64::asin)
}
fn acos<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "acos", f64::acos)
}

fn deg<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "deg", |x| x * (180.0 / std::f64::consts::PI))
}
fn rad<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "rad", |x| x * (std::f64::consts::PI / 180.0))
}
fn cosh<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "cosh", f64::cosh)
}
fn sinh<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "sinh", f64::sinh)
}
fn tanh<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "tanh", f64::tanh)
}
fn log10<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    float_fn(ctx, args, "log10", f64::log10)
}
fn pow<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let x = check_float(ctx.rt, args, 0, "pow")?;
    let y = check_float(ctx.rt, args, 1, "pow")?;
    ctx.ret1(Value::Float(x.powf(y)))
}

/// C's `frexp`: `x = m * 2^e` with `0.5 <= |m| < 1` (0, inf and NaN give
/// themselves and 0).
fn frexp<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let x = check_float(ctx.rt, args, 0, "frexp")?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        // Scale subnormals into the normal range first.
        let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
            (x * 2f64.powi(64), -64)
        } else {
            (x, 0)
        };
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
        let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
        (m, exp + bias)
    };
    ctx.ret.extend_from_slice(&[Value::Float(m), Value::Int(e)]);
    Ok(Outcome::Return)
}

/// C's `ldexp`: `m * 2^e`, exact (scaled in steps so intermediate powers
/// do not overflow).
fn ldexp<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mut m = check_float(ctx.rt, args, 0, "ldexp")?;
    let mut e = check_int(ctx.rt, args, 1, "ldexp")?.clamp(-4000, 4000);
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        m *= 2f64.powi(step as i32);
        e -= step;
    }
    ctx.ret1(Value::Float(m))
}

fn atan<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let y = check_float(ctx.rt, args, 0, "atan")?;
    let x = if arg(args, 1).is_nil() {
        1.0
    } else {
        check_float(ctx.rt, args, 1, "atan")?
    };
    ctx.ret1(Value::Float(y.atan2(x)))
}

fn log<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let x = check_float(ctx.rt, args, 0, "log")?;
    let r = if arg(args, 1).is_nil() {
        x.ln()
    } else {
        let b = check_float(ctx.rt, args, 1, "log")?;
        if b == 2.0 {
            x.log2()
        } else if b == 10.0 {
            x.log10()
        } else {
            x.ln() / b.ln()
        }
    };
    ctx.ret1(Value::Float(r))
}

fn fmod<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    // lmathlib.c: when the two are not both integers, C evaluates
    // `fmod(luaL_checknumber(L, 1), luaL_checknumber(L, 2))` right to left
    // (gcc), so the second argument is checked first.
    let both_int =
        matches!(args.first(), Some(Value::Int(_))) && matches!(args.get(1), Some(Value::Int(_)));
    let (a, b) = if both_int {
        (
            check_number(ctx.rt, args, 0, "fmod")?,
            check_number(ctx.rt, args, 1, "fmod")?,
        )
    } else {
        let b = check_float(ctx.rt, args, 1, "fmod")?;
        let a = check_float(ctx.rt, args, 0, "fmod")?;
        (Number::Float(a), Number::Float(b))
    };
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => {
            if y == 0 {
                return Err(bad_arg(1, "fmod", "zero"));
            }
            if y == -1 {
                return ctx.ret1(Value::Int(0));
            }
            ctx.ret1(Value::Int(x % y))
        }
        _ => {
            let x = match a {
                Number::Int(i) => i as f64,
                Number::Float(f) => f,
            };
            let y = match b {
                Number::Int(i) => i as f64,
                Number::Float(f) => f,
            };
            ctx.ret1(Value::Float(x % y))
        }
    }
}

fn modf<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    // An integer is its own integral part (kept exact), with 0.0.
    if let Some(Value::Int(i)) = args.first() {
        ctx.ret
            .extend_from_slice(&[Value::Int(*i), Value::Float(0.0)]);
        return Ok(Outcome::Return);
    }
    let x = check_float(ctx.rt, args, 0, "modf")?;
    let int = if x.is_infinite() { x } else { x.trunc() };
    let frac = if x.is_infinite() { 0.0 } else { x - int };
    ctx.ret
        .extend_from_slice(&[float_or_int_keep_float(int), Value::Float(frac)]);
    Ok(Outcome::Return)
}

/// `math.modf`'s first result is a float printed like an integer when it
/// fits ("3.0" prints as "3"): Lua pushes `l_mathop(floor)` as a float
/// converted with `lua_Number2Integer` only if it fits.
fn float_or_int_keep_float<'gc>(f: f64) -> Value<'gc> {
    float_or_int(f)
}

fn tointeger<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let r = match arg(args, 0) {
        Value::Int(i) => Value::Int(i),
        Value::Float(f) => float_to_int_exact(f).map(Value::Int).unwrap_or_default(),
        // lua_tointegerx converts strings (5.4.3 and later).
        Value::Str(s) => match omx_core::number::str_to_number(s.as_bytes()) {
            Some(omx_core::number::Number::Int(i)) => Value::Int(i),
            Some(omx_core::number::Number::Float(f)) => {
                float_to_int_exact(f).map(Value::Int).unwrap_or_default()
            }
            None => Value::Nil,
        },
        _ => {
            check_any(args, 0, "tointeger")?;
            Value::Nil
        }
    };
    ctx.ret1(r)
}

fn type_<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = check_any(args, 0, "type")?;
    let r = match v {
        Value::Int(_) => str_value(ctx.mc, b"integer"),
        Value::Float(_) => str_value(ctx.mc, b"float"),
        _ => Value::Nil,
    };
    ctx.ret1(r)
}

fn ult<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let a = check_int(ctx.rt, args, 0, "ult")?;
    let b = check_int(ctx.rt, args, 1, "ult")?;
    ctx.ret1(Value::Bool((a as u64) < (b as u64)))
}

/// xoshiro256** (the generator Lua 5.4 uses).
fn next_random(s: &mut [u64; 4]) -> u64 {
    let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
    let t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = s[3].rotate_left(45);
    result
}

/// A uniform integer in `0..=n` (Lua's `project`).
fn project(mut ran: u64, n: u64, s: &mut [u64; 4]) -> u64 {
    if n & (n.wrapping_add(1)) == 0 {
        return ran & n;
    }
    let mut lim = n;
    lim |= lim >> 1;
    lim |= lim >> 2;
    lim |= lim >> 4;
    lim |= lim >> 8;
    lim |= lim >> 16;
    lim |= lim >> 32;
    loop {
        ran &= lim;
        if ran <= n {
            return ran;
        }
        ran = next_random(s);
    }
}

fn random<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let rv = next_random(&mut ctx.rt.random_state);
    let (low, up) = match args.len() {
        0 => {
            let f = (rv >> 11) as f64 * (0.5 / (1u64 << 52) as f64);
            return ctx.ret1(Value::Float(f));
        }
        1 => {
            let up = check_int(ctx.rt, args, 0, "random")?;
            if up == 0 {
                // math.random(0): an integer with all bits random.
                return ctx.ret1(Value::Int(rv as i64));
            }
            (1, up)
        }
        2 => (
            check_int(ctx.rt, args, 0, "random")?,
            check_int(ctx.rt, args, 1, "random")?,
        ),
        _ => return Err(NativeError::msg("wrong number of arguments")),
    };
    if low > up {
        return Err(bad_arg(0, "random", "interval is empty"));
    }
    let r = project(
        rv,
        (up as u64).wrapping_sub(low as u64),
        &mut ctx.rt.random_state,
    );
    ctx.ret1(Value::Int(r.wrapping_add(low as u64) as i64))
}

fn randomseed<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let n1 = if args.is_empty() {
        0x2545_F491_4F6C_DD1D
    } else {
        check_int(ctx.rt, args, 0, "randomseed")? as u64
    };
    let n2 = if args.len() > 1 {
        check_int(ctx.rt, args, 1, "randomseed")? as u64
    } else {
        0
    };
    let s = &mut ctx.rt.random_state;
    *s = [n1, 0xff, n2, 0];
    for _ in 0..16 {
        next_random(s);
    }
    ctx.ret
        .extend_from_slice(&[Value::Int(n1 as i64), Value::Int(n2 as i64)]);
    Ok(Outcome::Return)
}
