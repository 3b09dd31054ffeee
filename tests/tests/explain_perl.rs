//! The explorer for Perl: `:mro` is the linearised `@ISA` of the package
//! a blessed reference or a package name stands for (the `mro` pragma's
//! `mro::get_linear_isa`); checked against perl 5.36.

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
