//! The `omx` command line: `omx run FILE`, `omx check FILE`, `omx explain
//! FILE EXPR`, `omx repl` (also `omx` alone on a terminal).

mod repl;

// mimalloc, counting the bytes each thread holds for `--max-memory`.
#[global_allocator]
static ALLOC: omx::CountingWith<mimalloc::MiMalloc> = omx::CountingWith(mimalloc::MiMalloc);

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use omx::{Error, Lang, Runtime, StdHost, StreamFormat};

#[derive(Parser)]
#[command(
    name = "omx",
    version,
    about = "Object-model explorer and interpreter for Python, Lua, JavaScript and Perl"
)]
struct Cli {
    /// What to do; without one, on a terminal, `omx repl`.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Lua,
    Python,
    Js,
    Perl,
}

#[derive(Clone, Copy, ValueEnum)]
enum TraceFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Run a program.
    Run {
        /// The language (default: from the file extension).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Stop the program after this many VM instructions.
        #[arg(long)]
        max_steps: Option<u64>,
        /// Maximum call depth before "stack overflow".
        #[arg(long)]
        max_depth: Option<usize>,
        /// Stop the program when it holds more memory than this after a
        /// full collection (bytes, or with a K, M or G suffix).
        #[arg(long, value_parser = parse_bytes)]
        max_memory: Option<usize>,
        /// Stop the program when it makes a string longer than this
        /// (bytes, or with a K, M or G suffix).
        #[arg(long, value_parser = parse_bytes)]
        max_string: Option<usize>,
        /// Stop the program when it grows a list, table, dict, set, object
        /// or hash past this many elements.
        #[arg(long)]
        max_collection: Option<usize>,
        /// Print the bytecode instead of running.
        #[arg(long)]
        dis: bool,
        /// Explain every lookup, assignment and operator that goes through
        /// an object-model rule, on stderr as it runs.
        #[arg(long)]
        trace: bool,
        /// The form of `--trace` output.
        #[arg(long, value_enum, default_value = "text")]
        trace_format: TraceFormat,
        file: PathBuf,
        /// Arguments for the program (Lua: the global `arg` and `...`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a program, then explain an expression in its globals: the rule
    /// of each step that decided its value.
    Explain {
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Print the explanation as JSON (schema omx-trace/1).
        #[arg(long)]
        json: bool,
        file: PathBuf,
        /// The expression (or assignment) to explain, e.g. 'mydog.barks'.
        expr: String,
    },
    /// Run a program, then draw what the value of an expression reaches
    /// through meta objects and hook fields (metatables, `__index`...).
    Graph {
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Graphviz DOT instead of text.
        #[arg(long, conflicts_with = "json")]
        dot: bool,
        /// JSON (schema omx-graph/1) instead of text.
        #[arg(long)]
        json: bool,
        file: PathBuf,
        expr: String,
    },
    /// Parse a program and report syntax errors.
    Check {
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Print the syntax tree the parser built.
        #[arg(long)]
        ast: bool,
        file: PathBuf,
    },
    /// An interactive session (also `omx` alone on a terminal).
    Repl {
        /// The language to start in (`:lang` switches).
        #[arg(long, value_enum, default_value = "lua")]
        lang: LangArg,
    },
}

impl LangArg {
    fn lang(self) -> Lang {
        match self {
            LangArg::Lua => Lang::Lua,
            LangArg::Python => Lang::Python,
            LangArg::Js => Lang::JavaScript,
            LangArg::Perl => Lang::Perl,
        }
    }
}

fn lang_of(arg: Option<LangArg>, file: &Path) -> Result<Lang, String> {
    if let Some(a) = arg {
        return Ok(a.lang());
    }
    match file.extension().and_then(|e| e.to_str()) {
        Some("lua") => Ok(Lang::Lua),
        Some("py") => Ok(Lang::Python),
        Some("js") | Some("mjs") | Some("cjs") => Ok(Lang::JavaScript),
        Some("pl") | Some("pm") => Ok(Lang::Perl),
        _ => Err(format!(
            "cannot tell the language of '{}' from its extension (.lua .py .js .pl .pm); pass --lang",
            file.display()
        )),
    }
}

fn read(file: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(file).map_err(|e| format!("cannot read '{}': {e}", file.display()))
}

fn display_name(file: &Path) -> String {
    file.to_string_lossy().into_owned()
}

fn report_syntax(e: omx::SyntaxError) -> ExitCode {
    eprintln!("{:?}", miette::Report::new(e));
    ExitCode::from(2)
}

/// mimalloc's options for an interpreter whose collector frees garbage in
/// bursts: commit arena memory on demand and hand freed pages back at once
/// (without these, peak RSS grows by 10-20 MB on allocation-heavy
/// programs). Numbers from `mi_option_e` of mimalloc v2 (the version
/// built here: the `v2` feature in Cargo.toml).
fn tune_allocator() {
    const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: mi_option_set only stores an option value; both options are
    // read by mimalloc when it next reserves or purges memory.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
    }
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        if std::io::stdin().is_terminal() {
            return repl::run(Lang::Lua);
        }
        Cli::command()
            .error(
                clap::error::ErrorKind::MissingSubcommand,
                "a subcommand is needed when standard input is not a terminal (`omx repl` starts a session)",
            )
            .exit();
    };
    match command {
        Command::Repl { lang } => repl::run(lang.lang()),
        Command::Run {
            lang,
            max_steps,
            max_depth,
            max_memory,
            max_string,
            max_collection,
            dis,
            trace,
            trace_format,
            file,
            args,
        } => {
            let lang = match lang_of(lang, &file) {
                Ok(l) => l,
                Err(m) => {
                    eprintln!("omx: {m}");
                    return ExitCode::from(2);
                }
            };
            let source = match read(&file) {
                Ok(s) => s,
                Err(m) => {
                    eprintln!("omx: {m}");
                    return ExitCode::from(2);
                }
            };
            let name = display_name(&file);
            let mut rt = Runtime::new();
            rt.max_steps = max_steps;
            if let Some(d) = max_depth {
                rt.set_max_depth(d);
            }
            if let Err(e) = rt.set_max_memory(max_memory) {
                eprintln!("omx: {e}");
                return ExitCode::from(2);
            }
            rt.set_max_string_len(max_string);
            rt.set_max_collection_len(max_collection);
            if dis {
                return match rt.disassemble(lang, &name, &source) {
                    Ok(text) => {
                        print!("{text}");
                        ExitCode::SUCCESS
                    }
                    Err(Error::Syntax(e)) => report_syntax(e),
                    Err(e) => {
                        eprintln!("omx: {e}");
                        ExitCode::from(2)
                    }
                };
            }
            if trace {
                let format = match trace_format {
                    TraceFormat::Text => StreamFormat::Text,
                    TraceFormat::Json => StreamFormat::Json,
                };
                rt.trace_to_stderr(true, format);
            }
            let mut host = StdHost::default();
            let result = rt.run_with_args(lang, &name, &source, &args, &mut host);
            rt.set_tracer(None);
            host.flush();
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(Error::Syntax(e)) if lang == Lang::JavaScript => {
                    // node's last line for a script that does not parse.
                    let line = format!("SyntaxError: {}", e.message);
                    let code = report_syntax(e);
                    eprintln!("{line}");
                    code
                }
                Err(Error::Syntax(e)) => report_syntax(e),
                Err(Error::Runtime(e)) => {
                    eprint!("{}", omx::uncaught_report(lang, &name, &source, &e));
                    // perl exits with 255 after an uncaught die.
                    ExitCode::from(if lang == Lang::Perl { 255 } else { 1 })
                }
                Err(Error::StepLimit { steps }) => {
                    eprintln!("omx: step limit reached: stopped after {steps} steps (--max-steps)");
                    ExitCode::from(1)
                }
                Err(e @ (Error::StringLimit { .. } | Error::CollectionLimit { .. })) => {
                    let flag = match e {
                        Error::StringLimit { .. } => "--max-string",
                        _ => "--max-collection",
                    };
                    eprintln!("omx: {e} ({flag})");
                    ExitCode::from(1)
                }
                Err(Error::MemoryLimit { limit }) => {
                    eprintln!(
                        "omx: not enough memory: the program held more than {limit} bytes (--max-memory)"
                    );
                    ExitCode::from(1)
                }
                Err(e) => {
                    eprintln!("omx: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Explain {
            lang,
            json,
            file,
            expr,
        } => explain(lang, json, &file, &expr),
        Command::Graph {
            lang,
            dot,
            json,
            file,
            expr,
        } => graph(lang, dot, json, &file, &expr),
        Command::Check { lang, ast, file } => {
            let lang = match lang_of(lang, &file) {
                Ok(l) => l,
                Err(m) => {
                    eprintln!("omx: {m}");
                    return ExitCode::from(2);
                }
            };
            let source = match read(&file) {
                Ok(s) => s,
                Err(m) => {
                    eprintln!("omx: {m}");
                    return ExitCode::from(2);
                }
            };
            let rt = Runtime::new();
            let name = display_name(&file);
            let checked = if ast {
                rt.parse_tree(lang, &name, &source)
                    .map(|tree| println!("{tree}"))
            } else {
                rt.check(lang, &name, &source)
            };
            match checked {
                Ok(()) => ExitCode::SUCCESS,
                Err(Error::Syntax(e)) => report_syntax(e),
                Err(e) => {
                    eprintln!("omx: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

/// `omx explain FILE EXPR`: run FILE, then explain EXPR in its globals.
fn explain(lang: Option<LangArg>, json: bool, file: &Path, expr: &str) -> ExitCode {
    after_run(lang, file, |rt, lang, host| {
        let e = rt.explain(lang, expr, host)?;
        Ok(if json {
            format!("{}\n", e.json())
        } else {
            e.text()
        })
    })
}

/// `omx graph FILE EXPR`: run FILE, then draw the value of EXPR.
fn graph(lang: Option<LangArg>, dot: bool, json: bool, file: &Path, expr: &str) -> ExitCode {
    use omx_core::trace::graph as draw;
    after_run(lang, file, |rt, lang, host| {
        let g = rt.graph(lang, expr, host)?;
        Ok(if dot {
            draw::dot(&g)
        } else if json {
            format!("{}\n", draw::json(&g))
        } else {
            draw::text(&g)
        })
    })
}

/// Run FILE, then print what `then` makes of the runtime it left.
fn after_run(
    lang: Option<LangArg>,
    file: &Path,
    then: impl FnOnce(&mut Runtime, Lang, &mut StdHost) -> Result<String, Error>,
) -> ExitCode {
    let prepared = lang_of(lang, file).and_then(|l| read(file).map(|s| (l, s)));
    let (lang, source) = match prepared {
        Ok(p) => p,
        Err(m) => {
            eprintln!("omx: {m}");
            return ExitCode::from(2);
        }
    };
    let mut rt = Runtime::new();
    let mut host = StdHost::default();
    let ran = rt
        .run(lang, &display_name(file), &source, &mut host)
        .and_then(|()| then(&mut rt, lang, &mut host));
    host.flush();
    match ran {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(Error::Syntax(e)) => report_syntax(e),
        Err(Error::Runtime(e)) => {
            eprintln!("omx: {}", e.message);
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("omx: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--max-memory 64M`: bytes, or kibibytes, mebibytes or gibibytes.
fn parse_bytes(text: &str) -> Result<usize, String> {
    let text = text.trim();
    let (digits, scale) = match text.char_indices().last() {
        Some((i, 'k' | 'K')) => (&text[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&text[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&text[..i], 1 << 30),
        _ => (text, 1),
    };
    digits
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| {
            format!("'{text}' is not a size in bytes (such as 1048576, 512K, 64M or 2G)")
        })
}
