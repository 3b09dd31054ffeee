//! One Rust type exposed as a class, used from Lua (a metatable with
//! `__add`) and Python (a class with `__add__` and properties):
//! `cargo run --release --example host_class`.

use omx::{Class, Lang, Operator, Runtime};

#[derive(Clone, Debug, PartialEq)]
struct Money {
    cents: i64,
}

fn main() -> Result<(), omx::Error> {
    let mut rt = Runtime::new();
    rt.register_class(
        Class::new("Money")
            .constructor(|cents: i64| Money { cents })
            .field(
                "cents",
                |m: &Money| m.cents,
                |m: &mut Money, c: i64| m.cents = c,
            )
            .method("split", |m: &mut Money, ways: i64| m.cents / ways.max(1))
            .operator(Operator::Add, |a: &Money, b: &Money| Money {
                cents: a.cents + b.cents,
            })
            .to_string(|m: &Money| format!("${}.{:02}", m.cents / 100, m.cents % 100)),
    )?;
    let lua: String = rt.eval(
        Lang::Lua,
        "local m = Money(250) + Money(199) return tostring(m) .. ' / 3 = ' .. m:split(3)",
    )?;
    let python: String = rt.eval(
        Lang::Python,
        "m = Money(100) + Money(5)\nm.cents += 1\nf'{m} {type(m).__name__}'",
    )?;
    println!("lua: {lua}\npython: {python}");
    assert_eq!(lua, "$4.49 / 3 = 149");
    assert_eq!(python, "$1.06 Money");

    // A value made in Rust, changed by a script, read back.
    let wallet = rt.create_instance(Lang::Python, Money { cents: 10 })?;
    rt.set_global(Lang::Python, "wallet", &wallet)?;
    rt.exec(Lang::Python, "wallet.cents = wallet.cents * 3")?;
    assert_eq!(rt.with_instance(&wallet, |m: &mut Money| m.cents)?, 30);
    Ok(())
}
