//! Where the REPL keeps its history: `$XDG_DATA_HOME/omx/history`, else
//! `$HOME/.local/share/omx/history` (the XDG base directory default).

use std::path::PathBuf;

/// The history file, its directory created when missing; `None` when the
/// environment names no data directory or it cannot be created (the
/// session then keeps its history in memory only).
pub fn file() -> Option<PathBuf> {
    let data = match std::env::var_os("XDG_DATA_HOME") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => {
            let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
            PathBuf::from(home).join(".local").join("share")
        }
    };
    let dir = data.join("omx");
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("history"))
}
