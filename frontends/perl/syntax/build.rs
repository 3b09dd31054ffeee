//! Generates the LR parser from src/grammar.lalrpop into OUT_DIR.

fn main() {
    println!("cargo:rerun-if-changed=src/grammar.lalrpop");
    if let Err(error) = lalrpop::Configuration::new()
        .emit_rerun_directives(true)
        .process_current_dir()
    {
        eprintln!("lalrpop failed: {error}");
        std::process::exit(1);
    }
}
