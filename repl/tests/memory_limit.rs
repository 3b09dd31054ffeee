//! `Runtime::set_max_memory`: a program that holds more than its limit is
//! stopped (after a full collection), a large string that would not fit is
//! refused with the language's own out-of-memory error, and garbage does
//! not count against a program once it is collected.

use omx::{BufferHost, CountingAlloc, Error, Lang, Runtime};

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc;

const LIMIT: usize = 32 << 20;

fn limited() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_max_memory(Some(LIMIT))
        .expect("CountingAlloc is installed");
    rt
}

fn run(lang: Lang, source: &str) -> (Result<(), Error>, String) {
    let mut rt = limited();
    let mut host = BufferHost::default();
    let result = rt.run(lang, "limit", source.as_bytes(), &mut host);
    (result, String::from_utf8_lossy(&host.stdout).into_owned())
}

#[test]
fn holding_more_than_the_limit_stops_the_program_in_every_language() {
    for (lang, source) in [
        (Lang::Lua, "local t = {} for i = 1, 1e9 do t[i] = {i} end"),
        (
            Lang::Python,
            "t = []\nwhile True:\n    t.append([len(t)])\n",
        ),
        (
            Lang::JavaScript,
            "const t = []; for (;;) t.push({n: t.length});",
        ),
        (Lang::Perl, "my @t; while (1) { push @t, [scalar @t] }"),
    ] {
        let (result, _) = run(lang, source);
        match result {
            Err(Error::MemoryLimit { limit }) => assert_eq!(limit, LIMIT),
            other => panic!("{lang:?}: {other:?}"),
        }
    }
}

#[test]
fn a_string_too_large_for_the_limit_is_the_languages_own_error() {
    for (lang, source, expected) in [
        (
            Lang::Lua,
            "local s = 'x' local ok, e = pcall(function() for i = 1, 40 do s = s .. s end end) print(ok, e, #s)",
            "false\tlimit:1: not enough memory\t",
        ),
        (
            Lang::Lua,
            "print(pcall(string.rep, 'x', 1 << 30))",
            "false\tnot enough memory",
        ),
        (
            Lang::Python,
            "s = 'x'\ntry:\n    while True:\n        s = s * 2\nexcept MemoryError:\n    print('MemoryError', len(s))\n",
            "MemoryError ",
        ),
        (
            Lang::JavaScript,
            "let s = 'x'; try { for (;;) s = s.repeat(2); } catch (e) { console.log(e.name, s.length); }",
            "RangeError ",
        ),
        (
            Lang::Perl,
            "my $s = 'x'; eval { $s = $s x 2 while 1 }; print $@ =~ /Out of memory/ ? 'died ' : 'lived ', length($s), \"\\n\";",
            "died ",
        ),
    ] {
        let (result, out) = run(lang, source);
        assert!(result.is_ok(), "{lang:?}: {result:?}");
        // What was built before the error: as long as fits under the
        // limit with the garbage of the doubling (the last step needs three
        // times the string: the old one, and the new one twice as long).
        let rest = out
            .strip_prefix(expected)
            .unwrap_or_else(|| panic!("{lang:?}: {out:?}"));
        if let Ok(len) = rest
            .trim_end()
            .rsplit('\t')
            .next()
            .unwrap_or("")
            .parse::<usize>()
        {
            assert!((LIMIT / 16..=LIMIT / 2).contains(&len), "{lang:?}: {len}");
        }
    }
}

#[test]
fn garbage_does_not_count_once_collected() {
    // 200 MB of strings made and dropped under a 32 MB limit.
    let (result, out) = run(
        Lang::Lua,
        "local n = 0 for i = 1, 200 do local s = string.rep('y', 1 << 20) n = n + #s end print(n)",
    );
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(out, "209715200\n");
}

#[test]
fn memory_used_is_charged_to_the_runtime_that_allocates() {
    let mut small = Runtime::with_hash_seed(1);
    let mut big = Runtime::with_hash_seed(2);
    let mut host = BufferHost::default();
    small.run(Lang::Lua, "s", b"x = 1", &mut host).unwrap();
    big.run(
        Lang::Lua,
        "b",
        b"big = {} for i = 1, 1e6 do big[i] = i end",
        &mut host,
    )
    .unwrap();
    assert!(big.memory_used() > 16 << 20, "{}", big.memory_used());
    assert!(small.memory_used() < 4 << 20, "{}", small.memory_used());
    // The host's own allocations between runs are not the runtimes'.
    let held = vec![0u8; 64 << 20];
    small.run(Lang::Lua, "s", b"x = 2", &mut host).unwrap();
    assert!(small.memory_used() < 4 << 20, "{}", small.memory_used());
    drop(held);
}
