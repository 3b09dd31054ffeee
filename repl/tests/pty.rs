//! `omx repl` through a real pseudo-terminal, as a user types: multi-line
//! input, errors that keep the session, Ctrl-C, `:lang`, completion.
//!
//! Expectations are whole output lines (`\r\n42\r\n`): the echo of what
//! was typed is coloured, and colour and cursor escapes hold digits.

use std::process::Command;

use rexpect::session::{PtySession, spawn_command};

/// Milliseconds any one expectation may wait (the machines are loaded).
const TIMEOUT_MS: u64 = 60_000;

/// A session of `omx repl ARGS`, at its first prompt `prompt`, with its
/// own HOME, so that history does not touch the user's.
fn repl(args: &[&str], prompt: &str) -> (PtySession, tempdir::Dir) {
    let home = tempdir::Dir::new();
    let mut command = Command::new(env!("CARGO_BIN_EXE_omx"));
    command
        .arg("repl")
        .args(args)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    let mut session = spawn_command(command, Some(TIMEOUT_MS)).expect("spawn omx repl");
    session
        .exp_string("Ctrl-D to quit\r\n")
        .expect("the greeting");
    session.exp_string(prompt).expect("the first prompt");
    (session, home)
}

/// Type `line` and Enter, and wait until the REPL has taken it (the
/// redraws while typing end in `\r` only; the accepted line ends in
/// `\r\n`). Input typed while a program runs could be read before the
/// prompt is back, so each test waits for the prompt before typing on.
fn enter(session: &mut PtySession, line: &str) {
    session.send_line(line).expect("write to the pty");
    session
        .exp_string("\r\n")
        .unwrap_or_else(|e| panic!("the line {line:?} was not taken: {e}"));
}

/// `text` as rexpect reads it: one `char` per byte.
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

/// Expect `text` as a whole line of output, right after the line typed
/// (`enter` took its end), and then the prompt `prompt`.
fn expect_line(session: &mut PtySession, text: &str, prompt: &str) {
    session
        .exp_string(&format!("{text}\r\n"))
        .unwrap_or_else(|e| panic!("expected the line {text:?}: {e}"));
    session
        .exp_string(prompt)
        .expect("the prompt after the output");
}

#[test]
fn multi_line_function_definition_continues_until_it_parses() {
    let (mut s, _home) = repl(&[], "lua> ");
    enter(&mut s, "function add(a, b)");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "  return a + b");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "end");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "add(20, 22)");
    expect_line(&mut s, "42", "lua> ");
    enter(&mut s, "'several', 'values', nil");
    expect_line(&mut s, "several\tvalues\tnil", "lua> ");
}

#[test]
fn an_error_keeps_the_session_and_its_globals() {
    let (mut s, _home) = repl(&[], "lua> ");
    enter(&mut s, "kept = 6 * 7");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "error('boom')");
    expect_line(&mut s, "stdin:1: boom", "lua> ");
    enter(&mut s, "x = = 1");
    s.exp_string("unexpected symbol near '='").unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "kept");
    expect_line(&mut s, "42", "lua> ");
}

#[test]
fn lines_typed_ahead_all_run() {
    let (mut s, _home) = repl(&[], "lua> ");
    s.send("a = 1\nb = 20\nc = 300\n").unwrap();
    s.flush().unwrap();
    enter(&mut s, "a + b + c");
    s.exp_string("\r\n321\r\n").unwrap();
}

#[test]
fn ctrl_c_interrupts_a_running_loop_and_the_session_goes_on() {
    let (mut s, _home) = repl(&[], "lua> ");
    // The output proves the loop runs (the typed line shows `"run" .. "ning"`).
    enter(&mut s, "print('run' .. 'ning') while true do end");
    s.exp_string("running\r\n").unwrap();
    s.send_control('c').unwrap();
    s.exp_string("interrupted").unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "1+1");
    expect_line(&mut s, "2", "lua> ");
}

#[test]
fn ctrl_c_at_the_prompt_cancels_the_line() {
    let (mut s, _home) = repl(&[], "lua> ");
    s.send("error('never run')").unwrap();
    s.flush().unwrap();
    s.send_control('c').unwrap();
    // The cancelled line ends with a line break; only the prompt drawn
    // after it reads new input (a prompt redrawn while Ctrl-C is handled
    // would let the next line arrive between two reads and be dropped).
    s.exp_string("\r\n").unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "'after' .. 'wards'");
    expect_line(&mut s, "afterwards", "lua> ");
    enter(&mut s, ":quit");
    let rest = s.exp_eof().unwrap();
    assert!(!rest.contains("never run\r\n"), "{rest}");
}

#[test]
fn lang_switches_the_prompt_and_each_language_parses() {
    let (mut s, _home) = repl(&[], "lua> ");
    enter(&mut s, ":lang python");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "print(6 * 7)");
    expect_line(&mut s, "42", "py> ");
    enter(&mut s, ":lang js");
    s.exp_string("js> ").unwrap();
    enter(&mut s, "let = ;");
    s.exp_string("Unexpected token ';'").unwrap();
    s.exp_string("js> ").unwrap();
    enter(&mut s, ":lang perl");
    s.exp_string("pl> ").unwrap();
    enter(&mut s, ":lang lua");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "2^10");
    expect_line(&mut s, "1024.0", "lua> ");
}

#[test]
fn python_blocks_end_at_a_blank_line() {
    let (mut s, _home) = repl(&["--lang", "python"], "py> ");
    enter(&mut s, "for i in range(2):");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "    print(i * 10)");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "");
    s.exp_string("0\r\n").unwrap();
    expect_line(&mut s, "10", "py> ");
}

#[test]
fn python_inputs_share_one_main_module_and_echo_reprs() {
    let (mut s, _home) = repl(&["--lang", "python"], "py> ");
    enter(&mut s, "x = 6 * 7");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "x");
    expect_line(&mut s, "42", "py> ");
    enter(&mut s, "'to' + 'gether'");
    expect_line(&mut s, "'together'", "py> ");
    enter(&mut s, "def f():");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "    return x + 1");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "f()");
    expect_line(&mut s, "43", "py> ");
    // `_` is the last value shown; None shows nothing.
    enter(&mut s, "None");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "_ * 2");
    expect_line(&mut s, "86", "py> ");
    enter(&mut s, "__name__");
    expect_line(&mut s, "'__main__'", "py> ");
}

#[test]
fn javascript_top_level_declarations_persist_and_values_are_inspected() {
    let (mut s, _home) = repl(&["--lang", "js"], "js> ");
    enter(&mut s, "let x = 6 * 7");
    expect_line(&mut s, "undefined", "js> ");
    enter(&mut s, "x");
    expect_line(&mut s, "42", "js> ");
    enter(&mut s, "function f() { return x + 1 }");
    expect_line(&mut s, "undefined", "js> ");
    enter(&mut s, "x = 99");
    expect_line(&mut s, "99", "js> ");
    enter(&mut s, "f()");
    expect_line(&mut s, "100", "js> ");
    enter(&mut s, "class P { constructor() { this.a = [1, 'b'] } }");
    expect_line(&mut s, "undefined", "js> ");
    enter(&mut s, "new P()");
    expect_line(&mut s, "P { a: [ 1, 'b' ] }", "js> ");
    // Declarations are not properties of the global object (node: the
    // script scope).
    enter(&mut s, "globalThis.x");
    expect_line(&mut s, "undefined", "js> ");
}

/// node 20's REPL: `Promise.resolve(1).then(console.log)` shows the
/// pending promise, then the reaction prints 1; a timer of the input runs
/// before the next prompt is used; a rejection handler runs too.
#[test]
fn javascript_promise_jobs_and_timers_run_after_each_input() {
    let (mut s, _home) = repl(&["--lang", "js"], "js> ");
    enter(&mut s, "Promise.resolve(1).then(console.log)");
    s.exp_string("Promise { <pending> }").unwrap();
    expect_line(&mut s, "1", "js> ");
    enter(&mut s, "setTimeout(() => console.log('tick'), 0); 'queued'");
    s.exp_string("'queued'").unwrap();
    expect_line(&mut s, "tick", "js> ");
    enter(
        &mut s,
        "Promise.reject(new Error('no')).catch(e => console.log('caught', e.message)); 2",
    );
    s.exp_string("2").unwrap();
    expect_line(&mut s, "caught no", "js> ");
}

#[test]
fn each_language_keeps_its_own_globals_across_lang_switches() {
    let (mut s, _home) = repl(&["--lang", "perl"], "pl> ");
    enter(&mut s, "my $n = 41;");
    s.exp_string("pl> ").unwrap();
    enter(&mut s, "print $n + 1, \"\\n\";");
    expect_line(&mut s, "42", "pl> ");
    enter(&mut s, ":lang python");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "n = 'py'");
    s.exp_string("py> ").unwrap();
    enter(&mut s, ":lang js");
    s.exp_string("js> ").unwrap();
    enter(&mut s, "const n = 'js'");
    expect_line(&mut s, "undefined", "js> ");
    enter(&mut s, ":lang python");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "n");
    expect_line(&mut s, "'py'", "py> ");
    enter(&mut s, ":lang js");
    s.exp_string("js> ").unwrap();
    enter(&mut s, "n");
    expect_line(&mut s, "'js'", "js> ");
    enter(&mut s, ":lang perl");
    s.exp_string("pl> ").unwrap();
    enter(&mut s, "print \"$n\\n\";");
    expect_line(&mut s, "41", "pl> ");
}

#[test]
fn tab_completes_fields_found_through_the_metatable() {
    let (mut s, _home) = repl(&[], "lua> ");
    enter(&mut s, "Dog = {wagtail = 1234}");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "mydog = setmetatable({}, {__index = Dog})");
    s.exp_string("lua> ").unwrap();
    s.send("mydog.wa\t").unwrap();
    s.flush().unwrap();
    s.exp_string("mydog.wagtail").unwrap();
    enter(&mut s, "");
    expect_line(&mut s, "1234", "lua> ");
}

#[test]
fn explain_shows_the_steps_of_a_lookup_and_trace_follows_each_input() {
    let (mut s, _home) = repl(&[], "lua> ");
    enter(&mut s, "Dog = {barks = 0}");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "mydog = setmetatable({}, {__index = Dog})");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":explain mydog.barks");
    for line in [
        "mydog.barks — Lua index event",
        "  1. rawget(mydog, \"barks\") → nil",
        "  2. getmetatable(mydog).__index is a table (Dog): index it",
        "  3. rawget(Dog, \"barks\") → 0",
        "= 0",
    ] {
        s.exp_string(&as_read(&format!("{line}\r\n"))).unwrap();
    }
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":trace on");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "Dog.barks");
    s.exp_string(&as_read("Dog.barks — Lua index event\r\n"))
        .unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":trace off");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "Dog.barks + 7");
    let output = s.exp_string("lua> ").unwrap();
    assert!(output.contains("7\r\n"), "{output}");
    assert!(!output.contains("index event"), "{output}");
}

#[test]
fn help_lists_every_command_and_quit_leaves() {
    let (mut s, _home) = repl(&[], "lua> ");
    enter(&mut s, ":help");
    for command in [
        ":help",
        ":explain EXPR",
        ":graph EXPR",
        ":mro EXPR",
        ":let NAME = LANG:EXPR",
        ":trace on|off",
        ":dis",
        ":load FILE",
        ":lang",
        ":reset",
        ":quit",
    ] {
        s.exp_string(command).unwrap();
    }
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":quit");
    s.exp_eof().unwrap();
}

#[test]
fn load_dis_and_reset() {
    let (mut s, home) = repl(&[], "lua> ");
    let file = home.path().join("dog.lua");
    std::fs::write(
        &file,
        "Dog = {barks = 0}\nfunction Dog.bark() return 'wo' .. 'of' end\n",
    )
    .unwrap();
    enter(&mut s, &format!(":load {}", file.display()));
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "Dog.bark()");
    expect_line(&mut s, "woof", "lua> ");
    enter(&mut s, ":dis");
    s.exp_string("function main chunk <stdin:0>").unwrap();
    s.exp_string("Return").unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":reset");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "Dog");
    expect_line(&mut s, "nil", "lua> ");
}

#[test]
fn ctrl_d_leaves_and_history_is_kept_in_the_data_directory() {
    let (mut s, home) = repl(&[], "lua> ");
    enter(&mut s, "remembered = 1");
    s.exp_string("lua> ").unwrap();
    s.send_control('d').unwrap();
    s.exp_eof().unwrap();
    let history = std::fs::read_to_string(home.path().join("data/omx/history")).unwrap();
    assert!(history.contains("remembered = 1"), "{history}");
}

/// A directory removed when dropped (no crate needed for one test file).
mod tempdir {
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub struct Dir(PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            static NEXT: AtomicUsize = AtomicUsize::new(0);
            let path = std::env::temp_dir().join(format!(
                "omx-pty-{}-{}",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::SeqCst)
            ));
            std::fs::create_dir_all(&path).expect("create a temporary directory");
            Dir(path)
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[test]
fn omx_alone_starts_the_repl_on_a_terminal_only() {
    let home = tempdir::Dir::new();
    let mut command = Command::new(env!("CARGO_BIN_EXE_omx"));
    command
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("TERM", "xterm");
    let mut s = spawn_command(command, Some(TIMEOUT_MS)).expect("spawn omx");
    s.exp_string("Ctrl-D to quit\r\n").unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":quit");
    s.exp_eof().unwrap();

    let piped = Command::new(env!("CARGO_BIN_EXE_omx"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run omx");
    assert_eq!(piped.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&piped.stderr);
    assert!(stderr.contains("Usage: omx"), "{stderr}");
}

#[test]
fn let_binds_a_value_of_another_language_which_keeps_its_rules() {
    let (mut s, _home) = repl(&["--lang", "python"], "py> ");
    enter(&mut s, "class Lazy:");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "    def __getattr__(self, name):");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "        return 'py-' + name");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "");
    s.exp_string("py> ").unwrap();
    enter(&mut s, ":lang lua");
    s.exp_string("lua> ").unwrap();
    // Lua indexing of a Python object goes through Python's lookup,
    // which ends in `__getattr__`.
    enter(&mut s, ":let lazy = python:Lazy()");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "lazy.anything");
    expect_line(&mut s, "py-anything", "lua> ");
    enter(&mut s, ":let n = js:[1, 2, 3].length * 7");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, "n * 2");
    expect_line(&mut s, "42", "lua> ");
    enter(&mut s, ":let x = python:1/0");
    expect_line(&mut s, "ZeroDivisionError: division by zero", "lua> ");
    // It runs as an input does: Ctrl-C stops it, and the session goes on.
    enter(
        &mut s,
        ":let x = js:(() => { console.log('run' + 'ning'); while (true) {} })()",
    );
    s.exp_string("running\r\n").unwrap();
    s.send_control('c').unwrap();
    s.exp_string("interrupted").unwrap();
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":let x = ruby:1");
    expect_line(
        &mut s,
        "':let': unknown language 'ruby': lua, python, js or perl",
        "lua> ",
    );
}

#[test]
fn tab_completes_through_python_mro_javascript_prototypes_and_perl_isa() {
    let (mut s, _home) = repl(&["--lang", "python"], "py> ");
    enter(&mut s, "class Base:");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "    def wanderlust(self): return 'py-mro'");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "class Kid(Base): pass");
    s.exp_string("..> ").unwrap();
    enter(&mut s, "");
    s.exp_string("py> ").unwrap();
    enter(&mut s, "kid = Kid()");
    s.exp_string("py> ").unwrap();
    s.send("kid.wand\t").unwrap();
    s.flush().unwrap();
    s.exp_string("kid.wanderlust").unwrap();
    enter(&mut s, "()");
    expect_line(&mut s, "'py-mro'", "py> ");

    enter(&mut s, ":lang js");
    s.exp_string("js> ").unwrap();
    enter(&mut s, "class A { zigzag() { return 'js-proto' } }");
    expect_line(&mut s, "undefined", "js> ");
    enter(&mut s, "const b = new A()");
    expect_line(&mut s, "undefined", "js> ");
    s.send("b.zig\t").unwrap();
    s.flush().unwrap();
    s.exp_string("b.zigzag").unwrap();
    enter(&mut s, "()");
    expect_line(&mut s, "'js-proto'", "js> ");

    enter(&mut s, ":lang perl");
    s.exp_string("pl> ").unwrap();
    enter(
        &mut s,
        "package Animal; sub new { bless {}, shift } sub yodel { 'perl-isa' }",
    );
    s.exp_string("pl> ").unwrap();
    enter(
        &mut s,
        "package Cat; our @ISA = ('Animal'); package main; my $tom = Cat->new;",
    );
    s.exp_string("pl> ").unwrap();
    s.send("print $tom->yo\t").unwrap();
    s.flush().unwrap();
    // `->` is coloured as an operator: wait for the completed name.
    s.exp_string("yodel").unwrap();
    enter(&mut s, ", \"\\n\";");
    expect_line(&mut s, "perl-isa", "pl> ");
}

/// The line being typed is coloured by the language's own lexer: a
/// keyword, a string, a number, an operator and a comment in Lua; a
/// Perl `/` where a term goes is a pattern (a string's colour).
#[test]
fn typed_input_is_coloured_by_the_lexer() {
    let (mut s, _home) = repl(&[], "lua> ");
    s.send("local s = 'hi' .. 1 -- note").unwrap();
    s.flush().unwrap();
    for painted in [
        "\x1b[1;35mlocal\x1b[0m",
        "\x1b[36m=\x1b[0m",
        "\x1b[32m'hi'\x1b[0m",
        "\x1b[33m1\x1b[0m",
        "\x1b[2;37m-- note\x1b[0m",
    ] {
        s.exp_string(&as_read(painted)).unwrap();
    }
    enter(&mut s, "");
    s.exp_string("lua> ").unwrap();
    enter(&mut s, ":lang perl");
    s.exp_string("pl> ").unwrap();
    s.send("my @f = split /,/, 'a,b';").unwrap();
    s.flush().unwrap();
    s.exp_string(&as_read("\x1b[32m/,/\x1b[0m")).unwrap();
    enter(&mut s, "");
    s.exp_string("pl> ").unwrap();
}
