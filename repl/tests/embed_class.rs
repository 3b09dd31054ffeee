//! One host class, registered once, used from Lua, Python, JavaScript and
//! Perl, each through its own object model.

use omx::{BufferHost, Class, Lang, Operator, Runtime, ScriptValue};

#[derive(Debug, Clone, PartialEq)]
struct Vec2 {
    x: f64,
    y: f64,
}

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(3);
    rt.set_host(BufferHost::default());
    rt.register_class(
        Class::new("Vec2")
            .constructor(|(x, y): (f64, f64)| Vec2 { x, y })
            .field("x", |v: &Vec2| v.x, |v: &mut Vec2, x: f64| v.x = x)
            .field("y", |v: &Vec2| v.y, |v: &mut Vec2, y: f64| v.y = y)
            .method("length", |v: &mut Vec2, (): ()| v.x.hypot(v.y))
            .method("scale", |v: &mut Vec2, k: f64| {
                v.x *= k;
                v.y *= k;
            })
            .operator(Operator::Add, |a: &Vec2, b: &Vec2| Vec2 {
                x: a.x + b.x,
                y: a.y + b.y,
            })
            .equals(|a: &Vec2, b: &Vec2| a == b)
            .to_string(|v: &Vec2| format!("Vec2({}, {})", v.x, v.y)),
    )
    .unwrap();
    rt
}

#[test]
fn one_host_class_in_four_object_models() {
    let mut rt = runtime();
    let lua = "local v = Vec2(3, 4)
        local w = v + Vec2.new(1, 1)
        v.x = 6; v.y = 8; v:scale(0.5)
        return table.concat({type(v), tostring(w), v:length(), tostring(v == Vec2(3, 4)),
            tostring(getmetatable(v).__name), tostring(pcall(function() v.z = 1 end))}, ' ')";
    assert_eq!(
        rt.eval::<String>(Lang::Lua, lua).unwrap(),
        "table Vec2(4, 5) 5.0 true Vec2 false"
    );
    let python = "v = Vec2(3, 4)
w = v + Vec2(1, 1)
v.x = 6
v.scale(0.5)
f'{type(v).__name__} {w} {v.length()} {v == Vec2(3, 2)} {isinstance(v, Vec2)} {type(Vec2.length).__name__}'";
    assert_eq!(
        rt.eval::<String>(Lang::Python, python).unwrap(),
        "Vec2 Vec2(4, 5) 3.605551275463989 True True function"
    );
    let js = "const v = new Vec2(3, 4); const w = v.add(new Vec2(1, 1)); v.x = 6; v.scale(0.5);
        `${typeof v} ${String(w)} ${v.length()} ${v.equals(new Vec2(3, 2))} ${v instanceof Vec2} ${Object.getOwnPropertyNames(Vec2.prototype).includes('length')}`";
    assert_eq!(
        rt.eval::<String>(Lang::JavaScript, js).unwrap(),
        "object Vec2(4, 5) 3.605551275463989 true true true"
    );
    let perl = "my $v = Vec2->new(3, 4); my $w = $v + Vec2->new(1, 1); $v->x(6); $v->scale(0.5);
        join(' ', ref($v), \"$w\", $v->length, ($v == Vec2->new(3, 2) ? 'eq' : 'ne'), $v->isa('Vec2') ? 'isa' : 'no')";
    assert_eq!(
        rt.eval::<String>(Lang::Perl, perl).unwrap(),
        "Vec2 Vec2(4, 5) 3.60555127546399 eq isa"
    );
}

#[test]
fn instances_cross_between_rust_and_every_language() {
    let mut rt = runtime();
    for lang in [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl] {
        let v = rt.create_instance(lang, Vec2 { x: 1.0, y: 2.0 }).unwrap();
        rt.set_global(lang, "made_in_rust", &v).unwrap();
        let src = match lang {
            Lang::Perl => "$made_in_rust->scale(10); $made_in_rust",
            Lang::Lua => "made_in_rust:scale(10) return made_in_rust",
            _ => "made_in_rust.scale(10); made_in_rust",
        };
        let back: ScriptValue = rt.eval(lang, src).unwrap();
        assert_eq!(
            rt.with_instance(&back, |v: &mut Vec2| v.clone()).unwrap(),
            Vec2 { x: 10.0, y: 20.0 }
        );
    }
}

#[test]
fn bad_arguments_to_methods_use_each_languages_words() {
    let mut rt = runtime();
    let cases = [
        (
            Lang::Lua,
            "Vec2(1, 2):scale('big')",
            "bad argument #1 to 'scale' (number expected, got string)",
        ),
        (
            Lang::Python,
            "Vec2(1, 2).scale('big')",
            "TypeError: scale() argument 1 must be float, not str",
        ),
        (
            Lang::JavaScript,
            "new Vec2(1, 2).scale('big')",
            "TypeError: scale(): argument 1 must be of type number. Received string",
        ),
        (
            Lang::Perl,
            "Vec2->new(1, 2)->scale('big')",
            "scale: argument 1 must be a number, got a string",
        ),
        (
            Lang::Lua,
            "Vec2('a', 2)",
            "bad argument #1 to 'Vec2' (number expected, got string)",
        ),
        (
            Lang::Python,
            "Vec2(1, [])",
            "TypeError: Vec2() argument 2 must be float, not list",
        ),
    ];
    for (lang, src, want) in cases {
        let e = rt.eval::<()>(lang, src).unwrap_err();
        assert!(e.to_string().contains(want), "{lang:?}: {e}");
    }
}
