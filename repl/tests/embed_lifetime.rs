//! The Rust value of a host-class instance lives as long as its script
//! object: when a collection frees the object, the value is dropped.

use std::cell::Cell;
use std::rc::Rc;

use omx::{BufferHost, Class, Lang, Runtime, ScriptValue};

/// Counts its drops.
struct Token {
    n: i64,
    drops: Rc<Cell<usize>>,
}

impl Drop for Token {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

fn runtime(drops: &Rc<Cell<usize>>) -> Runtime {
    let mut rt = Runtime::with_hash_seed(5);
    rt.set_host(BufferHost::default());
    let d = drops.clone();
    rt.register_class(
        Class::new("Token")
            .constructor(move |n: i64| Token {
                n,
                drops: d.clone(),
            })
            .getter("n", |t: &Token| t.n),
    )
    .unwrap();
    rt
}

#[test]
fn ten_thousand_collected_lua_instances_drop_their_rust_values() {
    let drops = Rc::new(Cell::new(0));
    let mut rt = runtime(&drops);
    rt.exec(
        Lang::Lua,
        "kept = Token(-1)\nlocal sum = 0\nfor i = 1, 10000 do sum = sum + Token(i).n end\nassert(sum == 50005000)",
    )
    .unwrap();
    // A finished program keeps none of its temporaries (its last
    // `Token(i)` included): no other program needs to run first.
    rt.collect_garbage();
    assert_eq!(drops.get(), 10_000);
    assert_eq!(rt.live_instances(), 1);
    // The kept one still works, and numbers are reused for new ones.
    assert_eq!(rt.eval::<i64>(Lang::Lua, "kept.n").unwrap(), -1);
    rt.exec(Lang::Lua, "for i = 1, 10 do local t = Token(i) end")
        .unwrap();
    rt.exec(Lang::Lua, "kept = nil").unwrap();
    rt.collect_garbage();
    assert_eq!(drops.get(), 10_011);
    assert_eq!(rt.live_instances(), 0);
}

#[test]
fn collected_instances_drop_in_python_javascript_and_perl() {
    let drops = Rc::new(Cell::new(0));
    let mut rt = runtime(&drops);
    let programs = [
        (
            Lang::Python,
            "kept = Token(-1)\nfor i in range(1000):\n    Token(i).n",
            "kept.n",
        ),
        (
            Lang::JavaScript,
            "globalThis.kept = new Token(-1); for (let i = 0; i < 1000; i++) new Token(i).n;",
            "kept.n",
        ),
        (
            Lang::Perl,
            "our $kept = Token->new(-1); for my $i (1..1000) { Token->new($i)->n }",
            "$kept->n",
        ),
    ];
    for (i, (lang, make, read)) in programs.into_iter().enumerate() {
        rt.exec(lang, make).unwrap();
        rt.exec(Lang::Lua, "local x = 1").unwrap();
        rt.collect_garbage();
        assert_eq!(drops.get(), 1000 * (i + 1), "{lang:?}");
        assert_eq!(rt.eval::<i64>(lang, read).unwrap(), -1, "{lang:?}");
    }
    assert_eq!(rt.live_instances(), 3);
}

#[test]
fn a_handle_keeps_an_instance_alive() {
    let drops = Rc::new(Cell::new(0));
    let mut rt = runtime(&drops);
    let t: ScriptValue = rt.eval(Lang::Lua, "Token(7)").unwrap();
    rt.collect_garbage();
    assert_eq!(drops.get(), 0);
    assert_eq!(rt.with_instance(&t, |t: &mut Token| t.n).unwrap(), 7);
    drop(t);
    // The value is also the last program's result until another runs.
    rt.exec(Lang::Lua, "local x = 1").unwrap();
    rt.collect_garbage();
    assert_eq!(drops.get(), 1);
}
