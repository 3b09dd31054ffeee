//! Generates the Python parser from src/grammar.lalrpop into $OUT_DIR.

fn main() {
    if let Err(error) = lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
    {
        eprintln!("lalrpop failed on src/grammar.lalrpop: {error}");
        std::process::exit(1);
    }
}
