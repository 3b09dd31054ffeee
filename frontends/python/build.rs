//! The Python prelude as the library embeds it. The browser build (target
//! family wasm, where every byte is downloaded) blanks full-line `#`
//! comments and writes each four spaces of indentation as one (the files
//! indent by fours and hold no multi-line strings, so every block keeps
//! its structure); line numbers stay as in the source, so a prelude frame
//! in a traceback still names the right line. Native builds embed the
//! files unchanged.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let wasm =
        std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f.split(',').any(|f| f == "wasm"));
    let mut text = String::new();
    for (i, file) in ["src/builtins/prelude.py", "src/builtins/modules.py"]
        .into_iter()
        .enumerate()
    {
        println!("cargo::rerun-if-changed={file}");
        let src = std::fs::read_to_string(file).expect("prelude source");
        if i > 0 {
            text.push_str("\n\n");
        }
        if !wasm || src.contains("\"\"\"") || src.contains("'''") || src.contains('\t') {
            text.push_str(&src);
            continue;
        }
        for line in src.lines() {
            let body = line.trim_start_matches(' ');
            let indent = line.len() - body.len();
            if body.starts_with('#') {
                // A comment: nothing.
            } else if indent % 4 == 0 {
                text.push_str(&" ".repeat(indent / 4));
                text.push_str(body);
            } else {
                text.push_str(line);
            }
            text.push('\n');
        }
    }
    std::fs::write(Path::new(&out).join("prelude.py"), text).expect("write prelude");
}
