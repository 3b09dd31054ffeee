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

/// `(language, what it does, source)` of programs that make a string of
/// more than 1000 bytes: by concatenation (inside the language's own
/// catch, which must not see the limit), by repetition, by join and by
/// formatting.
fn long_string_programs() -> Vec<(Lang, &'static str, &'static str)> {
    vec![
        (
            Lang::Lua,
            "concat",
            "pcall(function()\n  local s = ''\n  for i = 1, 2000 do s = s .. 'x' end\nend)\nprint('caught')",
        ),
        (Lang::Lua, "repeat", "local s = string.rep('ab', 600)"),
        (
            Lang::Lua,
            "join",
            "local t = {} for i = 1, 300 do t[i] = 'abcd' end local s = table.concat(t)",
        ),
        (
            Lang::Lua,
            "format",
            "local a = string.rep('a', 600) local s = string.format('%s%s', a, a)",
        ),
        (
            Lang::Python,
            "concat",
            "try:\n    s = ''\n    for i in range(2000):\n        s += 'x'\nexcept BaseException:\n    print('caught')",
        ),
        (Lang::Python, "repeat", "s = 'ab' * 600"),
        (Lang::Python, "join", "s = ''.join(['abcd'] * 300)"),
        (Lang::Python, "format", "a = 'a' * 600\ns = f'{a}{a}'"),
        (
            Lang::JavaScript,
            "concat",
            "try { let s = ''; for (let i = 0; i < 2000; i++) s += 'x'; } catch (e) { console.log('caught'); }",
        ),
        (Lang::JavaScript, "repeat", "const s = 'ab'.repeat(600);"),
        (
            Lang::JavaScript,
            "join",
            "const a = []; for (let i = 0; i < 300; i++) a.push('abcd'); const s = a.join('');",
        ),
        (
            Lang::JavaScript,
            "format",
            "const a = 'a'.repeat(600); const s = `${a}${a}`;",
        ),
        (
            Lang::Perl,
            "concat",
            "eval { my $s = ''; $s .= 'x' for 1 .. 2000; }; print \"caught\\n\";",
        ),
        (Lang::Perl, "repeat", "my $s = 'ab' x 600;"),
        (Lang::Perl, "join", "my $s = join('', ('abcd') x 300);"),
        (
            Lang::Perl,
            "format",
            "my $a = 'a' x 600; my $s = sprintf('%s%s', $a, $a);",
        ),
    ]
}

/// Programs that grow a collection past 100 elements: by append, by index
/// or key insert, and by a constructor.
fn large_collection_programs() -> Vec<(Lang, &'static str, String)> {
    let items = (1..=200)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    vec![
        (
            Lang::Lua,
            "append",
            "pcall(function()\n  local t = {}\n  for i = 1, 1000 do table.insert(t, i) end\nend)\nprint('caught')".into(),
        ),
        (
            Lang::Lua,
            "index",
            "local t = {} for i = 1, 1000 do t[i] = i end".into(),
        ),
        (
            Lang::Lua,
            "key",
            "local t = {} for i = 1, 1000 do t['k' .. i] = i end".into(),
        ),
        (Lang::Lua, "constructor", format!("local t = {{{items}}}")),
        (
            Lang::Python,
            "append",
            "try:\n    l = []\n    for i in range(1000):\n        l.append(i)\nexcept BaseException:\n    print('caught')".into(),
        ),
        (
            Lang::Python,
            "key",
            "d = {}\nfor i in range(1000):\n    d['k%d' % i] = i".into(),
        ),
        (
            Lang::Python,
            "set",
            "s = set()\nfor i in range(1000):\n    s.add(i)".into(),
        ),
        (Lang::Python, "constructor", "l = list(range(1000))".into()),
        (Lang::Python, "repeat", "l = [0] * 1000".into()),
        (Lang::Python, "literal", format!("l = [{items}]")),
        (
            Lang::JavaScript,
            "append",
            "try { const a = []; for (let i = 0; i < 1000; i++) a.push(i); } catch (e) { console.log('caught'); }".into(),
        ),
        (
            Lang::JavaScript,
            "index",
            "const a = []; for (let i = 0; i < 1000; i++) a[i] = i;".into(),
        ),
        (
            Lang::JavaScript,
            "key",
            "const o = {}; for (let i = 0; i < 1000; i++) o['k' + i] = i;".into(),
        ),
        (Lang::JavaScript, "constructor", format!("const a = [{items}];")),
        (
            Lang::Perl,
            "append",
            "eval { my @a; push @a, $_ for 1 .. 1000; }; print \"caught\\n\";".into(),
        ),
        (
            Lang::Perl,
            "key",
            "my %h; $h{\"k$_\"} = $_ for 1 .. 1000;".into(),
        ),
        (Lang::Perl, "constructor", "my @a = (1 .. 1000);".into()),
        (Lang::Perl, "repeat", "my @a = (0) x 1000;".into()),
    ]
}

/// A host keeping what programs print where the test can read it.
#[derive(Clone, Default)]
struct Printed(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl omx::Host for Printed {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.0.borrow_mut().extend_from_slice(bytes);
    }
}

impl Printed {
    /// What was printed since the last call (the limits' programs print
    /// "caught" when a handler of theirs saw the limit).
    fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
    }
}

/// A runtime printing to a `Printed`.
fn printing_runtime() -> (Runtime, Printed) {
    let mut rt = Runtime::with_hash_seed(7);
    let out = Printed::default();
    rt.set_host(out.clone());
    (rt, out)
}

#[test]
fn the_string_size_limit_stops_every_way_of_making_a_string_in_every_language() {
    let (mut rt, out) = printing_runtime();
    rt.set_max_string_len(Some(1000));
    for (lang, how, src) in long_string_programs() {
        let e = rt.exec(lang, src).unwrap_err();
        assert!(
            matches!(e, Error::StringLimit { limit: 1000, .. }),
            "{lang:?} {how}: {e}"
        );
        assert!(e.to_string().contains("string size limit reached"), "{e}");
        assert_eq!(out.take(), "", "{lang:?} {how}: a handler saw it");
        // The runtime is usable afterwards, and strings under the limit
        // are made as before.
        let n: i64 = rt
            .eval(
                lang,
                if lang == Lang::Perl {
                    "length('ab' x 500)"
                } else {
                    "2 * 500"
                },
            )
            .unwrap();
        assert_eq!(n, 1000, "{lang:?} {how}");
    }
    rt.set_max_string_len(None);
    let s: String = rt.eval(Lang::Python, "'ab' * 600").unwrap();
    assert_eq!(s.len(), 1200);
}

#[test]
fn the_collection_size_limit_stops_every_way_of_growing_one_in_every_language() {
    let (mut rt, out) = printing_runtime();
    rt.set_max_collection_len(Some(100));
    for (lang, how, src) in large_collection_programs() {
        let e = rt.exec(lang, &src).unwrap_err();
        assert!(
            matches!(e, Error::CollectionLimit { limit: 100, .. }),
            "{lang:?} {how}: {e}"
        );
        assert!(
            e.to_string().contains("collection size limit reached"),
            "{e}"
        );
        assert_eq!(out.take(), "", "{lang:?} {how}: a handler saw it");
        // Usable afterwards; collections under the limit are made.
        let src = match lang {
            Lang::Lua => "#{1, 2, 3}",
            Lang::Python => "len([1, 2, 3])",
            Lang::JavaScript => "[1, 2, 3].length",
            Lang::Perl => "scalar(my @a = (1, 2, 3))",
        };
        assert_eq!(rt.eval::<i64>(lang, src).unwrap(), 3, "{lang:?} {how}");
    }
}

#[test]
fn the_host_tells_the_limits_apart_and_learns_where_it_happened() {
    let mut rt = runtime();
    rt.set_max_string_len(Some(1000));
    rt.set_max_collection_len(Some(100));
    rt.set_max_steps(Some(1_000_000));
    let e = rt
        .exec(
            Lang::Lua,
            "local s = 'x'\n\nfor i = 1, 20 do s = s .. s end",
        )
        .unwrap_err();
    match e {
        Error::StringLimit { limit, at } => {
            assert_eq!(limit, 1000);
            assert_eq!(at.as_ref().map(|(_, line)| *line), Some(3), "{at:?}");
        }
        e => panic!("{e}"),
    }
    let e = rt
        .exec(Lang::Python, "l = []\nwhile True:\n    l.append(0)")
        .unwrap_err();
    match e {
        Error::CollectionLimit { limit, at } => {
            assert_eq!(limit, 100);
            assert_eq!(at.as_ref().map(|(_, line)| *line), Some(3), "{at:?}");
        }
        e => panic!("{e}"),
    }
    let e = rt.exec(Lang::JavaScript, "for (;;) {}").unwrap_err();
    assert!(matches!(e, Error::StepLimit { .. }), "{e}");
    // The collection was stopped within one slice of instructions.
    rt.set_max_collection_len(None);
    rt.set_max_steps(None);
    let len: i64 = rt.eval(Lang::Python, "len(l)").unwrap_or(0);
    assert!(len <= 100 + 10_000, "{len}");
}

#[test]
fn a_host_functions_result_is_held_to_the_limits_too() {
    let mut rt = runtime();
    rt.register_function("blob", |n: i64| "x".repeat(n as usize))
        .unwrap();
    rt.register_function("items", |n: i64| (0..n).collect::<Vec<i64>>())
        .unwrap();
    rt.set_max_string_len(Some(1000));
    rt.set_max_collection_len(Some(1000));
    for lang in [Lang::Lua, Lang::Python, Lang::JavaScript, Lang::Perl] {
        assert_eq!(rt.eval::<String>(lang, "blob(1000)").unwrap().len(), 1000);
        let e = rt.exec(lang, "blob(1001)").unwrap_err();
        assert!(matches!(e, Error::StringLimit { .. }), "{lang:?}: {e}");
        let e = rt.exec(lang, "items(5000)").unwrap_err();
        assert!(matches!(e, Error::CollectionLimit { .. }), "{lang:?}: {e}");
    }
}
