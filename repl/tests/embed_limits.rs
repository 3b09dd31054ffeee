//! Limits and the sandbox in every language: the call-depth limit is
//! each language's own recursion error; an interrupt from another thread
//! stops a running program in each language; the sandbox refuses files
//! and exits in each language.

use omx::{BufferHost, Error, Lang, Runtime};

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt
}

#[test]
fn the_depth_limit_is_each_languages_recursion_error() {
    let mut rt = runtime();
    rt.set_max_depth(50);
    for (lang, src, want) in [
        (
            Lang::Lua,
            "local function f() return 1 + f() end f()",
            "stack overflow",
        ),
        (
            Lang::Python,
            "def f():\n    return 1 + f()\nf()",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            Lang::JavaScript,
            "function f() { return 1 + f() } f()",
            "RangeError: Maximum call stack size exceeded",
        ),
        (Lang::Perl, "sub f { return 1 + f() } f()", "stack overflow"),
    ] {
        let e = rt.exec(lang, src).unwrap_err().to_string();
        assert!(e.contains(want), "{lang:?}: {e}");
    }
    // Catchable in the language: the runtime goes on.
    let caught: String = rt
        .eval(
            Lang::Python,
            "def g():\n    return g()\ntry:\n    g()\nexcept RecursionError as e:\n    r = 'caught'\nr",
        )
        .unwrap();
    assert_eq!(caught, "caught");
}

#[test]
fn an_interrupt_from_another_thread_stops_every_language() {
    let mut rt = runtime();
    for (lang, src) in [
        (Lang::Lua, "while true do end"),
        (Lang::Python, "while True: pass"),
        (Lang::JavaScript, "for (;;) {}"),
        (Lang::Perl, "while (1) {}"),
    ] {
        let stop = rt.interrupt_handle();
        let timer = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            stop.interrupt();
        });
        let e = rt.exec(lang, src).unwrap_err();
        timer.join().unwrap();
        assert!(matches!(e, Error::Interrupted), "{lang:?}: {e}");
    }
    assert_eq!(rt.eval::<i64>(Lang::Perl, "6 * 7").unwrap(), 42);
}

#[test]
fn the_sandbox_refuses_files_modules_and_exit_in_every_language() {
    let mut rt = runtime();
    rt.set_sandbox(true);
    for (lang, src, want) in [
        (
            Lang::Lua,
            "assert(io.open('/etc/passwd'))",
            "file access is not granted by this host (sandbox)",
        ),
        (
            Lang::Lua,
            "require('os_helpers')",
            "module 'os_helpers' not found",
        ),
        // Python: no `open` builtin and no `os`; `sys.exit` raises
        // SystemExit, which reaches the host as an error.
        (
            Lang::Python,
            "open('/etc/passwd')",
            "NameError: name 'open' is not defined",
        ),
        (
            Lang::Python,
            "import os",
            "ModuleNotFoundError: No module named 'os'",
        ),
        (Lang::Python, "import sys\nsys.exit(1)", "SystemExit: 1"),
        // JavaScript: no `require`, `process` or file API at all.
        (
            Lang::JavaScript,
            "require('fs')",
            "ReferenceError: require is not defined",
        ),
        (
            Lang::JavaScript,
            "process.exit(1)",
            "ReferenceError: process is not defined",
        ),
        (
            Lang::Perl,
            "open(my $fh, '<', '/etc/passwd') or die \"no: $!\"",
            "no: file access is not granted by this host (sandbox)",
        ),
        (Lang::Perl, "require Foo;", "Can't locate Foo.pm in @INC"),
    ] {
        let e = rt.exec(lang, src).unwrap_err().to_string();
        assert!(e.contains(want), "{lang:?} {src}: {e}");
    }
}
