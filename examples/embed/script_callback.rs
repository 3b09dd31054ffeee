//! Scripts hand functions to Rust; Rust keeps them (as `ScriptValue`
//! handles, alive across collections) and calls them later with typed
//! arguments: `cargo run --release --example script_callback`.

use omx::{Lang, Runtime, ScriptValue};

fn main() -> Result<(), omx::Error> {
    let mut rt = Runtime::new();
    rt.exec(
        Lang::Perl,
        "sub on_event { my ($e, $n) = @_; return scalar(reverse($e)) . \" x$n\" }",
    )?;
    let handlers: Vec<(&str, ScriptValue)> = vec![
        (
            "lua",
            rt.eval(Lang::Lua, "function(e, n) return e .. ' x' .. n end")?,
        ),
        (
            "python",
            rt.eval(Lang::Python, "lambda e, n: f'{e.upper()} x{n}'")?,
        ),
        (
            "javascript",
            rt.eval(Lang::JavaScript, "(e, n) => `${e}!`.repeat(n)")?,
        ),
        ("perl", rt.get_global(Lang::Perl, "on_event")?),
    ];
    rt.collect_garbage();

    let mut seen = Vec::new();
    for (lang, handler) in &handlers {
        let reply: String = rt.call(handler, ("click", 2))?;
        println!("{lang}: {reply}");
        seen.push(reply);
    }
    assert_eq!(seen, ["click x2", "CLICK x2", "click!click!", "kcilc x2"]);
    Ok(())
}
