//! Parses Lua files and prints the AST (`--ast`) or the syntax error as
//! `luac5.4 -p` would word it: `lua_parse [--ast] FILE...`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut show_ast = false;
    let mut status = ExitCode::SUCCESS;
    for arg in std::env::args().skip(1) {
        if arg == "--ast" {
            show_ast = true;
            continue;
        }
        let source = match std::fs::read(&arg) {
            Ok(source) => source,
            Err(error) => {
                eprintln!("{arg}: {error}");
                return ExitCode::FAILURE;
            }
        };
        match omx_lua_syntax::parse(&source, &arg) {
            Ok(chunk) if show_ast => println!("{chunk:#?}"),
            Ok(_) => {}
            Err(error) => {
                println!("{arg}:{}: {}", error.line(), error.message);
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
