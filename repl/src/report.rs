//! What `omx run` prints on stderr for an error the program did not
//! catch, in each language's own form (the playground prints the same).

use omx_core::{Lang, UncaughtError};

/// The stderr text of an uncaught error, ending in a newline: CPython's
/// traceback then the exception, node's throwing line with a caret, perl's
/// `die` message as it is, and for Lua `omx: ` with lua5.4's traceback.
///
/// ```
/// use omx::{BufferHost, Error, Lang, Runtime, uncaught_report};
/// let mut rt = Runtime::new();
/// let src = b"raise ValueError('bad')\n";
/// let Err(Error::Runtime(e)) = rt.run(Lang::Python, "x.py", src, &mut BufferHost::default()) else {
///     panic!("an uncaught error");
/// };
/// let text = uncaught_report(Lang::Python, "x.py", src, &e);
/// assert!(text.starts_with("Traceback") && text.ends_with("ValueError: bad\n"), "{text}");
/// ```
pub fn uncaught_report(lang: Lang, name: &str, source: &[u8], e: &UncaughtError) -> String {
    match lang {
        Lang::Python => match &e.traceback {
            Some(tb) => format!("{tb}\n{}\n", e.message),
            None => format!("{}\n", e.message),
        },
        Lang::JavaScript => node_uncaught(name, source, e),
        Lang::Perl => format!("{}\n", e.message),
        _ => match &e.traceback {
            Some(tb) => format!("omx: {}\n{tb}\n", e.message),
            None => format!("omx: {}\n", e.message),
        },
    }
}

/// An uncaught JavaScript error as node prints it for a script: the
/// throwing line and a caret, then `Name: message` and the stack.
fn node_uncaught(name: &str, source: &[u8], e: &UncaughtError) -> String {
    let tb = e.traceback.clone().unwrap_or_default();
    let at = format!("({name}:");
    let line = e
        .message
        .lines()
        .chain(tb.lines())
        .find_map(|l| l.find(&at).map(|i| &l[i + at.len()..]))
        .and_then(|n| n.trim_end_matches(')').parse::<usize>().ok());
    let mut out = String::new();
    if let Some(n) = line {
        let text = String::from_utf8_lossy(source);
        let src = text.lines().nth(n.saturating_sub(1)).unwrap_or("");
        let col = src.len() - src.trim_start().len();
        out.push_str(&format!("{name}:{n}\n{src}\n{}^\n\n", " ".repeat(col)));
    }
    out.push_str(&e.message);
    out.push('\n');
    out.push_str("\nNode.js v20 (omx)\n");
    out
}
