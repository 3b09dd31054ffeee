//! The `:commands` of the REPL: one table, so `:help` and completion list
//! exactly what dispatch knows.

use omx::{Error, Runtime};

use super::lang;
use super::session::Session;

/// What the session does after a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// One command: its name (typed after `:`), its arguments as `:help`
/// shows them, one line of help, and what it does with its argument text.
pub struct Command {
    pub name: &'static str,
    pub args: &'static str,
    pub help: &'static str,
    run: fn(&mut Session, &str) -> Flow,
}

pub const COMMANDS: &[Command] = &[
    Command {
        name: "help",
        args: "",
        help: "show this help",
        run: help,
    },
    Command {
        name: "explain",
        args: "EXPR",
        help: "run EXPR and show, in numbered steps, each rule its last lookup, assignment, operator, call, method call (Perl ->) or `new` (JavaScript) applied, and the result: `:explain mydog.barks`, `:explain v.x = 1`, `:explain a + b`, `:explain Vector(3, 4)` (--json: the omx-trace/1 document)",
        run: explain,
    },
    Command {
        name: "graph",
        args: "EXPR",
        help: "draw the objects reachable from EXPR's value as boxes and arrows, each language its own way: Lua metatables and __index tables, Python classes with their __mro__ and __dict__, JavaScript properties with their attributes and the [[Prototype]] chain, Perl packages with @ISA and mro (--dot: Graphviz, --json: omx-graph/1)",
        run: graph,
    },
    Command {
        name: "mro",
        args: "EXPR",
        help: "print what a lookup on EXPR walks: Lua the __index chain, Python the C3 MRO, JavaScript the prototype chain, Perl the linearised @ISA",
        run: mro,
    },
    Command {
        name: "let",
        args: "NAME = LANG:EXPR",
        help: "evaluate EXPR in LANG (lua|python|js|perl) and bind its value to the current language's global NAME (the value keeps its own language's rules)",
        run: let_binding,
    },
    Command {
        name: "trace",
        args: "on|off",
        help: "explain every operation that goes through an object-model rule as the code you enter runs, on stderr (the languages' own library code left out, as in :explain)",
        run: trace,
    },
    Command {
        name: "dis",
        args: "",
        help: "print the bytecode of the last input (the last code entered, not a command)",
        run: dis,
    },
    Command {
        name: "load",
        args: "FILE",
        help: "run FILE in the current language's globals (its definitions stay for the next inputs)",
        run: load,
    },
    Command {
        name: "lang",
        args: "lua|python|js|perl",
        help: "switch language (each keeps its own globals); no argument: show the current one",
        run: switch_lang,
    },
    Command {
        name: "reset",
        args: "",
        help: "start again with a fresh runtime (every global of every language is dropped)",
        run: reset,
    },
    Command {
        name: "quit",
        args: "",
        help: "leave the REPL (also Ctrl-D)",
        run: quit,
    },
];

/// Run the command line `line` (the text after `:`).
pub fn run(session: &mut Session, line: &str) -> Flow {
    let line = line.trim();
    let (name, argument) = match line.split_once(char::is_whitespace) {
        Some((name, rest)) => (name, rest.trim()),
        None => (line, ""),
    };
    match COMMANDS.iter().find(|c| c.name == name) {
        Some(command) => (command.run)(session, argument),
        None => {
            eprintln!("unknown command ':{name}' (:help lists the commands)");
            Flow::Continue
        }
    }
}

/// The `:help` text.
pub fn help_text() -> String {
    let mut text = String::from(
        "omx REPL: enter code in the current language; a line that is not finished\n\
         (an open `function`, bracket or string) continues on the next with `..> `;\n\
         Python blocks end at a blank line. Each language keeps its own globals\n\
         across inputs, and shows what an input evaluated to its own way: Lua the\n\
         returned values (as lua5.4 -i), Python the repr of an expression statement\n\
         (not None; `_` is the last one), JavaScript node's inspection of the\n\
         completion value, Perl nothing (a file-scoped `my` outlives its line).\n\
         Tab completes globals, keywords, and the names a lookup could find, read\n\
         without running code: Lua after `name.`/`name:` (metatables' __index\n\
         tables), Python after `.` (instance __dict__, then the MRO), JavaScript\n\
         after `.` (the prototype chain), Perl after `->` (the package's @ISA).\n\
         `:let NAME = LANG:EXPR` hands a value from one language to another.\n\
         Input is coloured by the language's own lexer (keywords, strings,\n\
         numbers, comments, operators). Ctrl-C cancels the line being typed or\n\
         interrupts a running program; Ctrl-D on an empty line quits. History is\n\
         kept in $XDG_DATA_HOME/omx/history (else ~/.local/share/omx/history).\n\
         \nCommands:\n",
    );
    for command in COMMANDS {
        text.push_str(&format!("  {}\n", usage(command)));
        for line in wrap(command.help, HELP_WIDTH - 6) {
            text.push_str(&format!("      {line}\n"));
        }
    }
    text.push_str("\nLanguages: ");
    let names: Vec<String> = lang::ALL
        .iter()
        .map(|&l| format!("{} ({})", lang::arg_name(l), lang::prompt(l).trim_end()))
        .collect();
    text.push_str(&names.join(", "));
    text.push_str(".\n");
    text
}

/// The width `:help` wraps its text to.
const HELP_WIDTH: usize = 78;

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn usage(command: &Command) -> String {
    if command.args.is_empty() {
        format!(":{}", command.name)
    } else {
        format!(":{} {}", command.name, command.args)
    }
}

fn help(_: &mut Session, _: &str) -> Flow {
    print!("{}", help_text());
    Flow::Continue
}

fn graph(session: &mut Session, expr: &str) -> Flow {
    if expr.is_empty() {
        eprintln!("usage: :graph EXPR [--dot|--json]");
        return Flow::Continue;
    }
    session.graph(expr);
    Flow::Continue
}

fn mro(session: &mut Session, expr: &str) -> Flow {
    if expr.is_empty() {
        eprintln!("usage: :mro EXPR");
        return Flow::Continue;
    }
    session.mro(expr);
    Flow::Continue
}

fn explain(session: &mut Session, expr: &str) -> Flow {
    if expr.is_empty() {
        eprintln!("usage: :explain EXPR (a lookup, an assignment, an operator or a call)");
        return Flow::Continue;
    }
    session.explain(expr);
    Flow::Continue
}

fn let_binding(session: &mut Session, argument: &str) -> Flow {
    match parse_let(argument) {
        Ok((name, from, expr)) => session.bind(name, from, expr),
        Err(message) => eprintln!("{message}"),
    }
    Flow::Continue
}

/// `NAME = LANG:EXPR` split into its parts, or what is wrong with it.
fn parse_let(argument: &str) -> Result<(&str, omx::Lang, &str), String> {
    const USAGE: &str = "usage: :let NAME = LANG:EXPR (LANG one of lua, python, js, perl)";
    let Some((name, rhs)) = argument.split_once('=') else {
        return Err(USAGE.to_string());
    };
    let name = name.trim();
    let bare = name.strip_prefix('$').unwrap_or(name);
    let identifier = bare
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && bare.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !identifier {
        return Err(format!("':let': '{name}' is not a name\n{USAGE}"));
    }
    let Some((from, expr)) = rhs.trim_start().split_once(':') else {
        return Err(USAGE.to_string());
    };
    let Some(from) = lang::parse(from) else {
        return Err(format!(
            "':let': unknown language '{}': lua, python, js or perl",
            from.trim()
        ));
    };
    let expr = expr.trim();
    if expr.is_empty() {
        return Err(USAGE.to_string());
    }
    Ok((name, from, expr))
}

fn trace(session: &mut Session, argument: &str) -> Flow {
    match argument {
        "on" => session.set_trace(true),
        "off" => session.set_trace(false),
        "" => println!("trace is {}", if session.tracing { "on" } else { "off" }),
        _ => eprintln!("usage: :trace on|off"),
    }
    Flow::Continue
}

fn dis(session: &mut Session, _: &str) -> Flow {
    let Some(last) = &session.last else {
        eprintln!("nothing to disassemble yet: enter some code first");
        return Flow::Continue;
    };
    let text = session
        .rt
        .borrow()
        .disassemble(last.lang, &last.name, &last.source);
    match text {
        Ok(text) => print!("{text}"),
        Err(Error::Syntax(e)) => eprintln!("{:?}", miette::Report::new(e)),
        Err(e) => eprintln!("{e}"),
    }
    Flow::Continue
}

fn load(session: &mut Session, path: &str) -> Flow {
    if path.is_empty() {
        eprintln!("usage: :load FILE");
    } else {
        session.load_file(path);
    }
    Flow::Continue
}

fn switch_lang(session: &mut Session, name: &str) -> Flow {
    if name.is_empty() {
        println!("{}", lang::arg_name(session.lang.get()));
        return Flow::Continue;
    }
    match lang::parse(name) {
        Some(l) => session.lang.set(l),
        None => eprintln!("unknown language '{name}': lua, python, js or perl"),
    }
    Flow::Continue
}

fn reset(session: &mut Session, _: &str) -> Flow {
    *session.rt.borrow_mut() = Runtime::new();
    session.last = None;
    session.set_trace(session.tracing);
    println!("a fresh runtime: every global is gone");
    Flow::Continue
}

fn quit(_: &mut Session, _: &str) -> Flow {
    Flow::Quit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_fits_a_terminal_and_names_every_command() {
        let text = help_text();
        for line in text.lines() {
            assert!(line.chars().count() <= HELP_WIDTH, "too wide: {line:?}");
        }
        for command in COMMANDS {
            assert!(
                text.contains(&format!("  :{}", command.name)),
                ":{}",
                command.name
            );
        }
    }
}
