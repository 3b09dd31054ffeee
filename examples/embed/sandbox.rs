//! Running untrusted code: a step budget, a call-depth limit, a memory
//! limit, string and collection size limits, an interrupt from another thread, and a sandbox with no files,
//! no environment, no exit, and modules only from a host loader:
//! `cargo run --release --example sandbox`.

use omx::{BufferHost, CountingAlloc, Error, Lang, Runtime};

// Lets omx count the bytes each runtime holds (for `set_max_memory`).
#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

fn main() {
    let mut rt = Runtime::new();
    rt.set_host(BufferHost::default());
    rt.set_sandbox(true);

    rt.set_max_steps(Some(100_000));
    let e = rt.exec(Lang::JavaScript, "while (true) {}").unwrap_err();
    println!("runaway loop: {e}");
    assert!(matches!(e, Error::StepLimit { .. }));
    rt.set_max_steps(None);

    rt.set_max_depth(200);
    let e = rt
        .exec(Lang::Python, "def f(n):\n    return f(n + 1)\nf(0)")
        .unwrap_err();
    let last = e.to_string().lines().last().unwrap_or("").to_string();
    println!("runaway recursion: {last}");
    assert!(last.contains("RecursionError"), "{e}");

    rt.set_max_memory(Some(16 << 20))
        .expect("CountingAlloc is the global allocator");
    let e = rt
        .exec(Lang::Lua, "local t = {} while true do t[#t + 1] = {} end")
        .unwrap_err();
    println!("memory hog: {e}");
    assert!(matches!(e, Error::MemoryLimit { .. }));
    let e = rt
        .exec(Lang::Python, "s = 'x'\nwhile True:\n    s = s + s")
        .unwrap_err();
    let last = e.to_string().lines().last().unwrap_or("").to_string();
    println!("string doubling: {last}");
    assert!(last.contains("MemoryError"), "{e}");
    rt.set_max_memory(None).expect("limit removed");

    // Size limits hold whatever the script does, and no handler of its
    // own sees them.
    rt.set_max_string_len(Some(1 << 20));
    let e = rt
        .exec(
            Lang::Perl,
            "eval { my $s = 'x' x 2_000_000 }; print 'caught'",
        )
        .unwrap_err();
    println!("long string: {e}");
    assert!(matches!(
        e,
        Error::StringLimit {
            limit: 1_048_576,
            ..
        }
    ));
    rt.set_max_collection_len(Some(10_000));
    let e = rt
        .exec(
            Lang::JavaScript,
            "const seen = {}; for (let i = 0; ; i++) seen['k' + i] = i;",
        )
        .unwrap_err();
    println!("large collection: {e}");
    assert!(matches!(e, Error::CollectionLimit { limit: 10_000, .. }));

    let (file, why): (Option<String>, String) = rt
        .eval(Lang::Lua, "io.open('/etc/passwd')")
        .expect("io.open returns");
    println!("io.open: {file:?}, {why}");
    assert!(file.is_none() && why.contains("not granted"));
    let e = rt.exec(Lang::Lua, "os.exit(1)").unwrap_err();
    println!("os.exit: {e}");
    let e = rt.exec(Lang::Lua, "require('socket')").unwrap_err();
    println!("require: {}", e.to_string().lines().next().unwrap_or(""));
    // Modules come from the host only.
    rt.set_module_loader(|lang, name| match (lang, name) {
        (Lang::Lua, "rules") => Some("return { max_speed = 12 }".to_string()),
        (Lang::Python, "rules") => Some("max_speed = 12\n".to_string()),
        _ => None,
    })
    .expect("loader installed");
    let speed: i64 = rt
        .eval(Lang::Lua, "require('rules').max_speed")
        .expect("host module");
    println!("require('rules') from the host loader: max_speed = {speed}");
    assert_eq!(speed, 12);
    let speed: i64 = rt
        .eval(Lang::Python, "import rules\nrules.max_speed")
        .expect("host module");
    println!("import rules from the host loader: max_speed = {speed}");
    assert_eq!(speed, 12);

    let stop = rt.interrupt_handle();
    let timer = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(100));
        stop.interrupt();
    });
    let e = rt
        .exec(Lang::Perl, "my $i = 0; while (1) { $i++ }")
        .unwrap_err();
    println!("interrupted: {e}");
    assert!(matches!(e, Error::Interrupted));
    timer.join().expect("timer thread");
}
