//! `Runtime::load` + `Runtime::step`: every language runs in fuel slices
//! (the playground's and a game loop's way of running a script) and prints
//! what a run to completion prints.

use omx::{BufferHost, Lang, Runtime};

const PROGRAMS: [(Lang, &str, &str); 4] = [
    (
        Lang::Lua,
        "count.lua",
        "local t = {} for i = 1, 2000 do t[i] = i * i end print(#t .. ' ' .. t[2000])",
    ),
    (
        Lang::Python,
        "count.py",
        "class A:\n    def sq(self, i):\n        return i * i\nt = [A().sq(i) for i in range(1, 2001)]\nprint(len(t), t[-1])\n",
    ),
    (
        Lang::JavaScript,
        "count.js",
        "const t = []; for (let i = 1; i <= 2000; i++) t.push(i * i); console.log(t.length, t[1999]);",
    ),
    (
        Lang::Perl,
        "count.pl",
        "my @t = map { $_ * $_ } 1 .. 2000; print scalar(@t), ' ', $t[-1], \"\\n\";",
    ),
];

#[test]
fn every_language_runs_in_slices_as_it_runs_whole() {
    for (lang, name, source) in PROGRAMS {
        let mut whole = Runtime::with_hash_seed(1);
        let mut expected = BufferHost::default();
        whole
            .run(lang, name, source.as_bytes(), &mut expected)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            String::from_utf8_lossy(&expected.stdout),
            "2000 4000000\n",
            "{name}"
        );

        let mut sliced = Runtime::with_hash_seed(1);
        sliced
            .load(lang, name, source.as_bytes())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut host = BufferHost::default();
        let mut slices = 0;
        while !sliced
            .step(&mut host, 100)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
        {
            slices += 1;
            assert!(slices < 1_000_000, "{name} does not finish");
        }
        assert!(slices > 10, "{name} ran in {slices} slices of 100 steps");
        assert_eq!(host.stdout, expected.stdout, "{name}");
    }
}

#[test]
fn a_second_program_in_the_same_runtime_sees_the_first_ones_globals() {
    let mut rt = Runtime::with_hash_seed(1);
    let mut host = BufferHost::default();
    for (lang, first, second) in [
        (Lang::Lua, "x = 41", "print(x + 1)"),
        (Lang::JavaScript, "globalThis.x = 41", "console.log(x + 1)"),
        (Lang::Perl, "our $x = 41;", "print $x + 1, \"\\n\";"),
    ] {
        rt.load(lang, "first", first.as_bytes()).unwrap();
        while !rt.step(&mut host, 1000).unwrap() {}
        rt.load(lang, "second", second.as_bytes()).unwrap();
        while !rt.step(&mut host, 1000).unwrap() {}
    }
    assert_eq!(String::from_utf8_lossy(&host.stdout), "42\n42\n42\n");
}
