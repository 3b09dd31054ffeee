//! Print the AST or the diagnostic of a file: `cargo run --example dump FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match omx_js_syntax::parse(&source, &path) {
        Ok(program) => println!("{program:#?}"),
        Err(e) => {
            let mut out = String::new();
            let handler = miette::GraphicalReportHandler::new_themed(
                miette::GraphicalTheme::unicode_nocolor(),
            );
            let _ = handler.render_report(&mut out, &e);
            println!("{out}");
            println!("kind: {:?}", e.kind);
            std::process::exit(1);
        }
    }
}
