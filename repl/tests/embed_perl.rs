//! Perl with the other languages' objects and the host's modules: a
//! method call on a Lua table, a Python instance, a JavaScript object or
//! a host object looks the method up through that object's own model;
//! `$r->{k}` and `$r->[i]` index a foreign table, dict, list or array
//! through its model; `require` at run time loads through the same host
//! loader as `use`, once (`%INC`).

use omx::{BufferHost, Class, Lang, Runtime, ScriptValue};

fn runtime() -> Runtime {
    let mut rt = Runtime::with_hash_seed(7);
    rt.set_host(BufferHost::default());
    rt
}

fn give_perl(rt: &mut Runtime, lang: Lang, name: &str, src: &str) {
    let v: ScriptValue = rt.eval(lang, src).unwrap();
    rt.set_global(Lang::Perl, name, &v).unwrap();
}

#[test]
fn perl_method_calls_on_foreign_objects_use_their_own_lookup() {
    let mut rt = runtime();
    give_perl(
        &mut rt,
        Lang::Lua,
        "t",
        "setmetatable({n = 5}, {__index = {get = function(self, k) return self.n * k end}})",
    );
    give_perl(
        &mut rt,
        Lang::Python,
        "p",
        "class P:\n    def __init__(self): self.n = 7\n    def get(self, k): return self.n * k\n    @property\n    def twice(self): return lambda k: 2 * k\nP()",
    );
    give_perl(
        &mut rt,
        Lang::JavaScript,
        "j",
        "({n: 3, get(k) { return this.n * k; }, arrow: (k) => k + 1})",
    );
    let got: Vec<i64> = rt
        .eval(
            Lang::Perl,
            // Lua: `__index` finds `get`, called with `self`; Python: the
            // class's function, bound; a property's value called plainly;
            // JavaScript: `this` is the object; an arrow gets no receiver.
            "[$t->get(2), $p->get(2), $p->twice(4), $j->get(2), $j->arrow(4)]",
        )
        .unwrap();
    assert_eq!(got, vec![10, 14, 8, 6, 5]);
    // A method the object does not have: its model's answer, in Perl's
    // words.
    let e = rt.exec(Lang::Perl, "$t->nope(1)").unwrap_err().to_string();
    assert!(e.contains("Can't locate object method \"nope\""), "{e}");
    let e = rt.exec(Lang::Perl, "$p->nope(1)").unwrap_err().to_string();
    assert!(e.contains("nope"), "{e}");
    // `$obj->$coderef(...)` stays a method call: a JavaScript function
    // gets the invocant as `this`.
    give_perl(
        &mut rt,
        Lang::JavaScript,
        "who",
        "(function (x) { return this.n + x; })",
    );
    assert_eq!(
        rt.eval::<i64>(
            Lang::Perl,
            "my $h = {n => 40}; my $f = \\&who; bless $h, 'H'; $h->$f(2)"
        )
        .unwrap(),
        42
    );
}

#[test]
fn perl_method_calls_on_host_objects() {
    struct Counter {
        n: i64,
    }
    let mut rt = runtime();
    rt.register_class(
        Class::new("Counter")
            .constructor(|n: i64| Counter { n })
            .method("add", |c: &mut Counter, k: i64| {
                c.n += k;
                c.n
            }),
    )
    .unwrap();
    // A host object made in Lua, used from Perl: Lua's metatable finds
    // the method.
    give_perl(&mut rt, Lang::Lua, "c", "Counter(40)");
    assert_eq!(
        rt.eval::<i64>(Lang::Perl, "$c->add(1); $c->add(1)")
            .unwrap(),
        42
    );
    // Made in Perl, it is a blessed reference of package Counter.
    assert_eq!(
        rt.eval::<i64>(Lang::Perl, "Counter->new(1)->add(2)")
            .unwrap(),
        3
    );
}

#[test]
fn perl_indexes_foreign_containers_through_their_model() {
    let mut rt = runtime();
    give_perl(&mut rt, Lang::Lua, "lt", "{a = 1, 'first', 'second'}");
    give_perl(&mut rt, Lang::Python, "pd", "{'a': 1, 'b': 2}");
    give_perl(&mut rt, Lang::Python, "pl", "[10, 20, 30]");
    give_perl(&mut rt, Lang::JavaScript, "jo", "({a: 1})");
    give_perl(&mut rt, Lang::JavaScript, "ja", "[10, 20, 30]");
    let (a, b, c, d): (i64, String, i64, i64) = rt
        .eval(Lang::Perl, "($lt->{a}, $lt->[1], $pd->{b}, $jo->{a})")
        .unwrap();
    // The key as given: Lua's `t[1]` is its first element.
    assert_eq!((a, b.as_str(), c, d), (1, "first", 2, 1));
    let (a, b, c): (i64, i64, i64) = rt
        .eval(Lang::Perl, "($pl->[0], $pl->[-1], $ja->[2])")
        .unwrap();
    assert_eq!((a, b, c), (10, 30, 30));
    // Writes go through the owner's model: Python sees its dict and list
    // changed, JavaScript its object.
    rt.exec(
        Lang::Perl,
        "$pd->{c} = 3; $pl->[1] = 21; $jo->{z} = 26; $lt->{k} = 'v'; $ja->[0] = 11;",
    )
    .unwrap();
    let pd: ScriptValue = rt.get_global(Lang::Perl, "pd").unwrap();
    rt.set_global(Lang::Python, "pd", &pd).unwrap();
    let pl: ScriptValue = rt.get_global(Lang::Perl, "pl").unwrap();
    rt.set_global(Lang::Python, "pl", &pl).unwrap();
    assert_eq!(
        rt.eval::<(i64, Vec<i64>)>(Lang::Python, "(pd['c'], pl)")
            .unwrap(),
        (3, vec![10, 21, 30])
    );
    let jo: ScriptValue = rt.get_global(Lang::Perl, "jo").unwrap();
    rt.set_global(Lang::JavaScript, "jo", &jo).unwrap();
    assert_eq!(
        rt.eval::<i64>(Lang::JavaScript, "globalThis.jo.z").unwrap(),
        26
    );
    let lt: ScriptValue = rt.get_global(Lang::Perl, "lt").unwrap();
    rt.set_global(Lang::Lua, "lt", &lt).unwrap();
    assert_eq!(rt.eval::<String>(Lang::Lua, "lt.k").unwrap(), "v");
    // Perl's container operators on them: keys, exists, delete, the
    // element count, a foreach over the elements.
    let got: (String, i64, i64, i64, i64, String) = rt
        .eval(
            Lang::Perl,
            "my $s = 0; $s += $_ for @$pl;\n\
             (join(',', sort keys %$pd), (exists $pd->{a} ? 1 : 0), scalar(@$pl), $s, \
              delete $pd->{b}, join(',', @$pl))",
        )
        .unwrap();
    assert_eq!(got, ("a,b,c".into(), 1, 3, 61, 2, "10,21,30".into()));
    // A missing key is the owner's answer: Python raises KeyError, which
    // Perl's `eval` catches as the exception object it is.
    let err: ScriptValue = rt
        .eval(Lang::Perl, "eval { my $x = $pd->{nope}; 1 }; $@")
        .unwrap();
    rt.set_global(Lang::Python, "err", &err).unwrap();
    assert_eq!(
        rt.eval::<String>(Lang::Python, "type(err).__name__ + ':' + str(err)")
            .unwrap(),
        "KeyError:'nope'"
    );
}

#[test]
fn perl_require_loads_through_the_host_loader_once() {
    let mut rt = runtime();
    rt.set_sandbox(true);
    rt.set_module_loader(|lang, name| match (lang, name) {
        (Lang::Perl, "My::Counter") => {
            Some("package My::Counter; our $loads; $loads++; sub next_id { 7 } 1;".into())
        }
        (Lang::Perl, "config.pl") => Some("our $limit = 10; 1;".into()),
        _ => None,
    })
    .unwrap();
    // Run time: nothing is loaded until the `require` runs.
    let got: Vec<i64> = rt
        .eval(
            Lang::Perl,
            "my @r = (defined &My::Counter::next_id ? 1 : 0);\n\
             push @r, require My::Counter;\n\
             push @r, My::Counter::next_id();\n\
             require My::Counter; require My::Counter;\n\
             push @r, $My::Counter::loads;\n\
             push @r, require 'config.pl';\n\
             push @r, $main::limit;\n\
             push @r, exists $INC{'My/Counter.pm'} ? 1 : 0;\n\
             \\@r",
        )
        .unwrap();
    assert_eq!(got, vec![0, 1, 7, 1, 1, 10, 1]);
    // `use` after `require` does not run the file again.
    assert_eq!(
        rt.eval::<i64>(Lang::Perl, "use My::Counter; $My::Counter::loads")
            .unwrap(),
        1
    );
    // A module neither the loader nor the files have: perl's wording,
    // catchable with eval.
    let msg: String = rt
        .eval(Lang::Perl, "eval { require Foo::Bar; 1 }; $@")
        .unwrap();
    assert!(
        msg.starts_with(
            "Can't locate Foo/Bar.pm in @INC (you may need to install the Foo::Bar module)"
        ),
        "{msg}"
    );
    let e = rt
        .exec(Lang::Perl, "require 'missing.pl';")
        .unwrap_err()
        .to_string();
    assert!(e.contains("Can't locate missing.pl in @INC"), "{e}");
    // A version number is a version check, which omx accepts.
    assert_eq!(rt.eval::<i64>(Lang::Perl, "require 5.010").unwrap(), 1);
}

/// `sort $subref LIST` and `sort NAME LIST` with a comparator of another
/// language (it gets `$a` and `$b` as its arguments) or a Perl sub; `keys`
/// and `values` of a Lua table list its array part too; a Python
/// exception reaching Perl's top level reads as Python prints it; a
/// required file must return a true value.
#[test]
fn perl_sort_keys_errors_and_require_with_other_languages() {
    let mut rt = runtime();
    give_perl(&mut rt, Lang::Lua, "t", "{10, 20, x = 1}");
    give_perl(&mut rt, Lang::JavaScript, "desc", "(a, b) => b - a");
    give_perl(&mut rt, Lang::Python, "boom", "lambda: {}['nope']");
    let got: Vec<String> = rt
        .eval(
            Lang::Perl,
            "sub by_num { $a <=> $b }\n\
             my $f = \\&desc;\n\
             [join(',', sort $f 3, 1, 2), join(',', sort desc 3, 10, 2),\n\
              join(',', sort by_num 3, 10, 2), join(',', sort $f (5, 7)),\n\
              join(',', sort { $a cmp $b } keys %$t),\n\
              join(',', sort { $a <=> $b } values %$t)]",
        )
        .unwrap();
    assert_eq!(
        got,
        ["3,2,1", "10,3,2", "2,3,10", "7,5", "1,2,x", "1,10,20"]
    );
    let e = rt.exec(Lang::Perl, "boom();").unwrap_err().to_string();
    assert!(e.starts_with("KeyError: 'nope'"), "{e}");
    rt.set_module_loader(|lang, name| match (lang, name) {
        (Lang::Perl, "Falsy") => Some("package Falsy; 0;".into()),
        _ => None,
    })
    .unwrap();
    let msg: String = rt
        .eval(
            Lang::Perl,
            "my @e; for (1, 2) { eval { require Falsy; 1 }; push @e, $@ }\n\
             push @e, exists $INC{'Falsy.pm'} ? 'kept' : 'gone';\n\
             join('|', @e)",
        )
        .unwrap();
    assert_eq!(
        msg,
        "Falsy.pm did not return a true value at eval line 1.\n|\
         Falsy.pm did not return a true value at eval line 1.\n|gone"
    );
}
