//! A second object model, defined here and nowhere in the runtime, and a
//! Lua program using an object of it: the VM dispatches get, set, call,
//! arithmetic, length, comparison and string conversion through the
//! model's table of functions from a Lua frame (DESIGN.md invariants 2
//! and 4), with no change to the VM.
//!
//! The "recorder" model: reading a key gives what was stored under it,
//! else "<key>?"; storing appends "key=value" to a log; calling sums the
//! arguments; `+` and `-` give a string naming the operation and the side
//! the recorder was on; `#` is the number of keys stored; `<` compares the
//! log lengths; `tostring` shows the log.

use omx_core::bytecode::{BinOp, CompareOp, UnaryOp};
use omx_core::model::{Access, ObjectModel, OpError, Step};
use omx_core::native::Ctx;
use omx_core::object::Object;
use omx_core::protocol::lua::table::raw_set_str;
use omx_core::string::Str;
use omx_core::Value;

static RECORDER: ObjectModel = ObjectModel {
    name: "recorder",
    lang: None,
    array_base: None,
    get,
    set,
    delete: |_, _, _, _| Step::Done(Value::Bool(false)),
    has: |_, o, k| Step::Done(Value::Bool(!o.get_key(k).is_empty())),
    own_keys: |_, _| Step::Absent,
    call,
    forward: None,
    construct: call,
    unary,
    binary,
    compare,
    to_string,
    iterate: |_, _| Step::Absent,
    next: |_, _| Step::Absent,
    describe: |_, _| "a recorder".into(),
    plan_get: None,
    plan_set: None,
};

fn text<'gc>(ctx: &Ctx<'gc, '_>, s: &str) -> Value<'gc> {
    Value::Str(Str::new(ctx.mc, s.as_bytes()))
}

fn show(v: Value<'_>) -> String {
    match v {
        Value::Str(s) => s.to_str_lossy().into_owned(),
        Value::Int(i) => i.to_string(),
        other => other.kind().to_string(),
    }
}

fn get<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>, key: Value<'gc>, _: Access) -> Step<'gc> {
    match o.get_key(key) {
        Value::Empty => Step::Done(text(ctx, &format!("{}?", show(key)))),
        v => Step::Done(v),
    }
}

fn set<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    o: Object<'gc>,
    key: Value<'gc>,
    value: Value<'gc>,
    _: Access,
) -> Step<'gc> {
    o.set_key(ctx.mc, key, value);
    let log = format!(
        "{}{}={};",
        show(o.internal(0).or_nil()),
        show(key),
        show(value)
    );
    let log = text(ctx, &log);
    o.set_internal(ctx.mc, 0, log);
    Step::Done(Value::Nil)
}

fn call<'gc>(_: &mut Ctx<'gc, '_>, _: Object<'gc>, args: &[Value<'gc>]) -> Step<'gc> {
    let mut sum = 0;
    for a in args {
        match a {
            Value::Int(i) => sum += i,
            other => {
                return Step::Error(OpError::Arith {
                    operand: 0,
                    value: *other,
                })
            }
        }
    }
    Step::Done(Value::Int(sum))
}

fn unary<'gc>(_: &mut Ctx<'gc, '_>, op: UnaryOp, o: Object<'gc>) -> Step<'gc> {
    match op {
        UnaryOp::Len => Step::Done(Value::Int(o.keyed_entries().len() as i64)),
        _ => Step::Absent,
    }
}

fn binary<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    op: BinOp,
    a: Value<'gc>,
    b: Value<'gc>,
    left: bool,
) -> Step<'gc> {
    let (name, other) = match op {
        BinOp::Add => ("add", if left { b } else { a }),
        BinOp::Sub => ("sub", if left { b } else { a }),
        _ => return Step::Absent,
    };
    let side = if left { "left" } else { "right" };
    Step::Done(text(ctx, &format!("{name} {} ({side})", show(other))))
}

fn compare<'gc>(
    _: &mut Ctx<'gc, '_>,
    op: CompareOp,
    a: Value<'gc>,
    b: Value<'gc>,
    _: bool,
) -> Step<'gc> {
    let size = |v: Value<'gc>| match v {
        Value::Object(o) => o.keyed_entries().len() as i64,
        Value::Int(i) => i,
        _ => 0,
    };
    match op {
        CompareOp::Lt => Step::Done(Value::Bool(size(a) < size(b))),
        _ => Step::Absent,
    }
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, o: Object<'gc>) -> Step<'gc> {
    Step::Done(text(
        ctx,
        &format!("recorder[{}]", show(o.internal(0).or_nil())),
    ))
}

fn run(src: &str) -> String {
    omx_tests::run_lua_engine("t.lua", src, |mc, rt| {
        for name in ["rec", "other"] {
            let o = Object::new(mc, rt.root_shape, &RECORDER);
            o.set_internal(mc, 0, Value::Str(Str::new(mc, b"")));
            raw_set_str(
                mc,
                rt.globals,
                Str::new(mc, name.as_bytes()),
                Value::Object(o),
            );
        }
    })
}

#[test]
fn a_lua_frame_dispatches_through_a_model_the_runtime_does_not_know() {
    let out = run(r#"
        print(rec.hello, rec["hello"])
        rec.x = 5
        rec[7] = "seven"
        print(rec.x, rec[7], #rec)
        print(rec(1, 2, 3))
        print(rec + 10, 10 - rec)
        print(other < rec, rec < other, rec == rec, rec == other)
        print(tostring(rec), type(rec))
        print(pcall(rec, "a"))
    "#);
    assert_eq!(
        out,
        "hello?\thello?\n\
         5\tseven\t2\n\
         6\n\
         add 10 (left)\tsub 10 (right)\n\
         true\tfalse\ttrue\tfalse\n\
         recorder[x=5;7=seven;]\tuserdata\n\
         false\tattempt to perform arithmetic on a string value\n"
    );
}

#[test]
fn the_model_is_used_the_same_way_inside_lua_rules() {
    // An `__index` chain that reaches a recorder goes on by its rules.
    let out = run(r#"
        local t = setmetatable({}, {__index = rec})
        print(t.anything)
        rec.k = "v"
        print(t.k)
    "#);
    assert_eq!(out, "anything?\nv\n");
}
