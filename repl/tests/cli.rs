//! The `omx` command line: exit codes, where output goes, limits.

use std::io::Write;
use std::process::Command;

fn omx() -> Command {
    Command::new(env!("CARGO_BIN_EXE_omx"))
}

fn script(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("omx-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::File::create(&path)
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    path
}

#[test]
fn runs_a_program_and_prints_to_stdout() {
    let p = script("hello.lua", "print('hello', 1 + 1)\n");
    let out = omx().arg("run").arg(&p).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello\t2\n");
}

#[test]
fn uncaught_error_goes_to_stderr_with_position_and_traceback_and_exits_1() {
    let p = script("err.lua", "local t = nil\nprint('before')\nprint(t.x)\n");
    let out = omx().arg("run").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("err.lua:3: attempt to index a nil value (local 't')"),
        "{err}"
    );
    assert!(err.contains("stack traceback:"), "{err}");
}

#[test]
fn syntax_error_is_a_diagnostic_and_exits_2() {
    let p = script("bad.lua", "local x = = 1\n");
    let out = omx().arg("run").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unexpected symbol near '='"), "{err}");
    let out = omx().arg("check").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_accepts_valid_programs_of_each_parsed_language() {
    for (name, text) in [
        ("ok.lua", "local x = 1\n"),
        ("ok.py", "class A:\n    x = 1\n"),
        ("ok.js", "class A { #x = 1; get x() { return this.#x } }\n"),
        (
            "ok.pl",
            "package Dog; sub new { my ($c) = @_; return bless {}, $c }\n1;\n",
        ),
    ] {
        let p = script(name, text);
        let out = omx().arg("check").arg(&p).output().unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn max_steps_stops_a_runaway_loop_cleanly() {
    let p = script("loop.lua", "while true do end\n");
    let out = omx()
        .args(["run", "--max-steps", "1000000"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("step limit"), "{err}");
}

#[test]
fn max_string_and_max_collection_stop_a_program_cleanly() {
    let p = script("grow.py", "s = 'ab' * 600\n");
    let out = omx()
        .args(["run", "--max-string", "1K"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("string size limit reached at")
            && err.contains("grow.py:1:")
            && err.contains("--max-string"),
        "{err}"
    );
    let p = script("grow.pl", "my @a;\npush @a, $_ for 1 .. 1000;\n");
    let out = omx()
        .args(["run", "--max-collection", "100"])
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("collection size limit reached"), "{err}");
}

#[test]
fn language_from_flag_overrides_extension() {
    let p = script("prog.txt", "print(40 + 2)\n");
    let out = omx()
        .args(["run", "--lang", "lua"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
    let out = omx().arg("run").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_of_100000_deep_nesting_is_a_syntax_error_in_every_language() {
    let deep = 100_000;
    for (name, text, message) in [
        (
            "deep.js",
            format!("x = {}1{};\n", "[".repeat(deep), "]".repeat(deep)),
            "Maximum call stack size exceeded",
        ),
        (
            "deep_ops.js",
            format!("x = {}1;\n", "-".repeat(deep)),
            "Maximum call stack size exceeded",
        ),
        (
            "deep.lua",
            format!("x = {}1{}\n", "{".repeat(deep), "}".repeat(deep)),
            "chunk has too many syntax levels",
        ),
        (
            "deep_ops.lua",
            format!("x = a{}\n", ".b".repeat(deep)),
            "chunk has too many syntax levels",
        ),
        (
            "deep.py",
            format!("x = {}1{}\n", "[".repeat(deep), "]".repeat(deep)),
            "too many nested parentheses",
        ),
        (
            "deep_ops.py",
            format!("x = {}1\n", "not ".repeat(deep)),
            "maximum recursion depth exceeded during compilation",
        ),
        (
            "deep.pl",
            format!("my $x = {}1{};\n", "[".repeat(deep), "]".repeat(deep)),
            "Brackets and blocks nested more than 200 deep",
        ),
        (
            "deep_ops.pl",
            format!("my $x = {}1;\n", "!".repeat(deep)),
            "Expression nested more than 800 levels deep",
        ),
    ] {
        let p = script(name, &text);
        // Only Lua programs run yet.
        let run: &[&[&str]] = if name.ends_with(".lua") {
            &[&["check"], &["check", "--ast"], &["run"]]
        } else {
            &[&["check"], &["check", "--ast"]]
        };
        for &args in run {
            let out = omx().args(args).arg(&p).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{name} {args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(message), "{name} {args:?}: {err}");
        }
    }
}

#[test]
fn check_prints_the_tree_only_when_asked() {
    // 150 statements each nesting tables 60 deep: formatting the tree the
    // standard way costs time cubic in the depth.
    let line = format!("x = {}1{}\n", "{".repeat(60), "}".repeat(60));
    let p = script("tables.lua", &line.repeat(150));
    let out = omx().arg("check").arg(&p).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let out = omx().args(["check", "--ast"]).arg(&p).output().unwrap();
    assert!(out.status.success());
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(
        tree.starts_with("Chunk {\n    block: Block {\n"),
        "{tree:.200}"
    );
    assert_eq!(tree.matches("Table(").count(), 150 * 60);
}

#[test]
fn explain_runs_the_file_then_explains_the_expression() {
    let path = script(
        "explain_dog.lua",
        "Dog = {barks = 0}\nmydog = setmetatable({}, {__index = Dog})\nprint('ran')\n",
    );
    let out = omx()
        .args(["explain"])
        .arg(&path)
        .arg("mydog.barks")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ran\n\
         mydog.barks — Lua index event\n\
         \x20 1. rawget(mydog, \"barks\") → nil\n\
         \x20 2. getmetatable(mydog).__index is a table (Dog): index it\n\
         \x20 3. rawget(Dog, \"barks\") → 0\n\
         = 0\n"
    );
    let json = omx()
        .args(["explain", "--json"])
        .arg(&path)
        .arg("mydog.barks")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&json.stdout);
    assert!(text.contains("{\"schema\":\"omx-trace/1\""), "{text}");
    assert!(text.contains("\"rule\":\"lua.index.chain\""), "{text}");
}

#[test]
fn run_trace_prints_each_rule_to_stderr_and_leaves_stdout_alone() {
    let path = script(
        "trace_run.lua",
        "local C = {v = 7}\nlocal o = setmetatable({}, {__index = C})\nprint(o.v)\n",
    );
    let out = omx().args(["run", "--trace"]).arg(&path).output().unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, b"7\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("o.v — Lua index event"), "{err}");
    assert!(err.contains("rawget(o, \"v\") → nil"), "{err}");
    let json = omx()
        .args(["run", "--trace", "--trace-format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&json.stderr);
    assert!(
        err.lines()
            .all(|l| l.starts_with("{\"schema\":\"omx-trace/1\"")),
        "{err}"
    );
}

#[test]
fn graph_draws_the_value_after_running_the_file() {
    let path = script(
        "graph_dog.lua",
        "Dog = {barks = 0}\nmt = {__index = Dog}\nmydog = setmetatable({name = 'Rex'}, mt)\n",
    );
    let out = omx().arg("graph").arg(&path).arg("mydog").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "mydog {name = \"Rex\"}\n\
         \x20 ──metatable──▶ mt {__index = Dog}\n\
         \x20 ──__index──▶ Dog {barks = 0}\n"
    );
    let bad = omx()
        .arg("graph")
        .arg(&path)
        .arg("mydog +")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2), "a syntax error in EXPR");
}
