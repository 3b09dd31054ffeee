//! A Rust closure callable from every language, with argument conversion
//! and each language's own error for a bad argument:
//! `cargo run --release --example host_function`.

use std::cell::RefCell;
use std::rc::Rc;

use omx::{Lang, Runtime};

fn main() -> Result<(), omx::Error> {
    let mut rt = Runtime::new();
    let log = Rc::new(RefCell::new(Vec::<String>::new()));
    let sink = log.clone();
    rt.register_function("record", move |who: String, n: i64| {
        sink.borrow_mut().push(format!("{who}:{n}"));
        n * 2
    })?;
    let total: i64 = rt.eval(Lang::Lua, "record('lua', 1) + record('lua', 2)")?;
    rt.exec(Lang::Python, "record('python', 3)")?;
    rt.exec(Lang::JavaScript, "record('javascript', 4)")?;
    rt.exec(Lang::Perl, "record('perl', 5)")?;
    println!("{:?} (lua total {total})", log.borrow());
    assert_eq!(
        *log.borrow(),
        ["lua:1", "lua:2", "python:3", "javascript:4", "perl:5"]
    );
    assert_eq!(total, 6);

    for (lang, src) in [
        (Lang::Lua, "record('lua', 'many')"),
        (Lang::Python, "record('python', 'many')"),
        (Lang::JavaScript, "record('javascript', 'many')"),
        (Lang::Perl, "record('perl', 'many')"),
    ] {
        let e = rt.exec(lang, src).unwrap_err();
        let first = e.to_string().lines().next().unwrap_or("").to_string();
        println!("{}: {first}", lang.name());
        assert!(first.contains("record") && first.contains('2'), "{first}");
    }
    Ok(())
}
