//! Parses Python files and prints the AST (`--ast`) or the diagnostic.
//!
//! `cargo run -p omx-python-syntax --example pycheck -- [--ast] FILE...`

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut show_ast = false;
    let mut failed = false;
    for arg in std::env::args().skip(1) {
        if arg == "--ast" {
            show_ast = true;
            continue;
        }
        let source = match std::fs::read_to_string(&arg) {
            Ok(source) => source,
            Err(error) => {
                eprintln!("{arg}: {error}");
                failed = true;
                continue;
            }
        };
        match omx_python_syntax::parse(&source, &arg) {
            Ok(program) if show_ast => println!("{program:#?}"),
            Ok(_) => println!("{arg}: ok"),
            Err(error) => {
                failed = true;
                let mut out = String::new();
                let handler = miette::GraphicalReportHandler::new_themed(
                    miette::GraphicalTheme::unicode_nocolor(),
                );
                if handler.render_report(&mut out, &error).is_err() {
                    out = error.to_string();
                }
                println!("{out}[{:?}]", error.kind);
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
