//! The JavaScript prelude as the library embeds it. The browser build
//! (target family wasm, where every byte is downloaded) drops full-line
//! `//` comments and each line's indentation; line numbers stay as in the
//! source, so a prelude frame in a stack trace still names the right line.
//! Native builds embed the files unchanged.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let wasm =
        std::env::var("CARGO_CFG_TARGET_FAMILY").is_ok_and(|f| f.split(',').any(|f| f == "wasm"));
    let mut text = String::new();
    for file in ["src/builtins/prelude.js", "src/builtins/promise.js"] {
        println!("cargo::rerun-if-changed={file}");
        let src = std::fs::read_to_string(file).expect("prelude source");
        if !wasm {
            text.push_str(&src);
            continue;
        }
        for line in src.lines() {
            let t = line.trim();
            if !t.starts_with("//") {
                text.push_str(t);
            }
            text.push('\n');
        }
    }
    std::fs::write(Path::new(&out).join("prelude.js"), text).expect("write prelude");
}
