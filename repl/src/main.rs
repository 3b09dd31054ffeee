//! The `omx` command line: `omx run FILE`, `omx check FILE`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use omx::{Error, Lang, Runtime, StdHost};

#[derive(Parser)]
#[command(
    name = "omx",
    version,
    about = "Object-model explorer and interpreter for Python, Lua, JavaScript and Perl"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Lua,
    Python,
    Js,
    Perl,
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
        /// Print the bytecode instead of running.
        #[arg(long)]
        dis: bool,
        file: PathBuf,
        /// Arguments for the program (Lua: the global `arg` and `...`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
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
}

fn lang_of(arg: Option<LangArg>, file: &Path) -> Result<Lang, String> {
    if let Some(a) = arg {
        return Ok(match a {
            LangArg::Lua => Lang::Lua,
            LangArg::Python => Lang::Python,
            LangArg::Js => Lang::JavaScript,
            LangArg::Perl => Lang::Perl,
        });
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run {
            lang,
            max_steps,
            max_depth,
            dis,
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
            let mut host = StdHost::default();
            let result = rt.run_with_args(lang, &name, &source, &args, &mut host);
            host.flush();
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(Error::Syntax(e)) => report_syntax(e),
                Err(Error::Runtime(e)) => {
                    eprintln!("omx: {}", e.message);
                    if let Some(tb) = e.traceback {
                        eprintln!("{tb}");
                    }
                    ExitCode::from(1)
                }
                Err(Error::StepLimit { steps }) => {
                    eprintln!("omx: step limit reached: stopped after {steps} steps (--max-steps)");
                    ExitCode::from(1)
                }
                Err(e) => {
                    eprintln!("omx: {e}");
                    ExitCode::from(2)
                }
            }
        }
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
