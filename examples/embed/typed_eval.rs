//! Evaluate expressions and chunks in four languages and get Rust values
//! back: `cargo run --release --example typed_eval`.

use std::collections::BTreeMap;

use omx::{Lang, Runtime};

fn main() -> Result<(), omx::Error> {
    let mut rt = Runtime::new();
    let answer: i64 = rt.eval(Lang::Lua, "6 * 7")?;
    let squares: Vec<i64> = rt.eval(Lang::Python, "[x * x for x in range(5)]")?;
    let config: BTreeMap<String, f64> =
        rt.eval(Lang::JavaScript, "({ speed: 2.5, gravity: 9.81 })")?;
    let (name, level): (String, i64) = rt.eval(
        Lang::Perl,
        "my %h = (name => 'omx', level => 3); ($h{name}, $h{level})",
    )?;
    println!("lua: {answer}\npython: {squares:?}\njavascript: {config:?}\nperl: {name} {level}");
    assert_eq!(answer, 42);
    assert_eq!(squares, [0, 1, 4, 9, 16]);
    assert_eq!(config["gravity"], 9.81);
    assert_eq!((name.as_str(), level), ("omx", 3));

    // A mismatch is an error that says what was expected and what came.
    let wrong = rt.eval::<i64>(Lang::Python, "'forty-two'").unwrap_err();
    println!("{wrong}");
    assert_eq!(
        wrong.to_string(),
        "conversion failed: int expected, got str"
    );
    Ok(())
}
