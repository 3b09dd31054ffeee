//! The explorer for Perl: `:mro` is the linearised `@ISA` of the package
//! a blessed reference or a package name stands for (the `mro` pragma's
//! `mro::get_linear_isa`); `:explain` of a method call shows the invocant,
//! the MRO and its kind, the packages searched and where the sub was
//! found, or the `AUTOLOAD` taken; of an operator, the `use overload` key
//! or the fallback. Every value was checked against perl 5.36
//! (`...|auto Cat::fly|Cat|42|f|purr|C|D,B,C,A` for the calls below).

use omx::{BufferHost, Lang, Runtime};

#[test]
fn perl_mro_is_the_linearised_isa() {
    // perl -Mmro: mro::get_linear_isa('Cat') is [Cat, Animal].
    let setup = "package Animal; sub new { bless {}, shift }\n\
                 package Cat; our @ISA = ('Animal');\n\
                 package main; our $cat = Cat->new;\n";
    let mut rt = Runtime::new();
    let mut host = BufferHost::default();
    rt.run(Lang::Perl, "setup.pl", setup.as_bytes(), &mut host)
        .expect("setup runs");
    for expr in ["$cat", "'Cat'"] {
        let chain = rt
            .lookup_chain(Lang::Perl, expr, &mut host)
            .expect("a chain");
        assert_eq!(chain, ["Cat", "Animal"], "{expr}");
    }
}

const ANIMALS: &str = r#"
package Animal;
sub new { my ($c, %a) = @_; return bless {%a}, $c }
sub speak { return "..." }
our $AUTOLOAD;
sub AUTOLOAD { return "auto $AUTOLOAD" }
package Cat;
our @ISA = ('Animal');
sub purr { "purr" }
package Num;
use overload '+' => sub { 42 }, '<=>' => sub { 0 }, fallback => 1;
package A; sub hi { "A" } package B; our @ISA=('A'); package C; our @ISA=('A'); sub hi { "C" }
package D; use mro 'c3'; our @ISA = ('B', 'C');
package main;
our $cat = Cat->new(name => 'Tom');
our $n = bless {}, 'Num';
our $d = bless [], 'D';
"#;

fn explain(expr: &str) -> String {
    omx_tests::explain(Lang::Perl, "setup.pl", ANIMALS, expr)
}

#[test]
fn method_resolution_rules() {
    insta::assert_snapshot!("pl_method_inherited", explain("$cat->speak"));
    insta::assert_snapshot!("pl_method_own", explain("$cat->purr"));
    insta::assert_snapshot!("pl_method_autoload", explain("$cat->fly"));
    insta::assert_snapshot!("pl_class_method", explain("Cat->speak"));
    insta::assert_snapshot!("pl_method_c3", explain("$d->hi"));
    // `my ($c, %a) = @_` reads `@_` through a frontend temporary: not shown.
    insta::assert_snapshot!("pl_constructor", explain("Cat->new(name => 'Tom')"));
}

#[test]
fn overload_rules() {
    insta::assert_snapshot!("pl_overload_key", explain("$n + 1"));
    insta::assert_snapshot!("pl_overload_fallback", explain("$n < 2"));
}

/// `:graph` of a blessed reference: its fields, the package it is blessed
/// into, each `@ISA` package with its subs (perl: `@Cat::ISA` is
/// `(Animal)`, `mro::get_mro('Cat')` is `dfs`, `Dog` uses `c3`).
#[test]
fn graph_draws_the_package_and_its_isa() {
    insta::assert_snapshot!(
        "pl_graph_blessed",
        omx_tests::graph(Lang::Perl, "setup.pl", ANIMALS, "$cat")
    );
    insta::assert_snapshot!(
        "pl_graph_c3",
        omx_tests::graph(Lang::Perl, "setup.pl", ANIMALS, "$d")
    );
}
