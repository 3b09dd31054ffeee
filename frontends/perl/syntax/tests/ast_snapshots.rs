//! The AST (Debug form) of small representative snippets.

fn ast(source: &str) -> String {
    match omx_perl_syntax::parse(source, "snippet.pl") {
        Ok(program) => format!("{:#?}", program.body),
        Err(error) => panic!("snippet failed to parse: {error:?}"),
    }
}

#[test]
fn method_calls_and_subscripts() {
    insta::assert_snapshot!(ast(
        "$obj->{items}[0]->meth(1)->$name; Foo::Bar->new(x => 1);"
    ));
}

#[test]
fn interpolation_parts() {
    insta::assert_snapshot!(ast(
        r#"print "Hi $name->{first}! @{[ 1 + 2 ]} $x[1] \U$y\E\n";"#
    ));
}

#[test]
fn list_operators_without_parens() {
    insta::assert_snapshot!(ast(
        "push @a, join ',', map { $_ * 2 } grep { $_ } @b; return unless defined $x;"
    ));
}

#[test]
fn print_filehandles() {
    insta::assert_snapshot!(ast(
        "print STDERR \"e\\n\"; print {$fh} 1, 2; printf $out \"%d\", 3; print;"
    ));
}

#[test]
fn anon_hash_versus_block() {
    insta::assert_snapshot!(ast("my %h = map { $_ => 1 } @k; my @r = map {; +{ id => $_ } } @k; my $h = { a => 1 }; { my $x; }"));
}

#[test]
fn regex_and_substitution() {
    insta::assert_snapshot!(ast(
        r#"$s =~ s{(\w+)}{\u$1}gr; my @m = $t =~ /a$b+(\d)/g; $u =~ tr/a-z/A-Z/;"#
    ));
}

#[test]
fn heredocs_on_one_line() {
    insta::assert_snapshot!(ast(
        "print <<A, <<~'B';\nhello $who\nA\n    raw $x\n    B\nprint 1;\n"
    ));
}

#[test]
fn sub_signature_and_typeglob() {
    insta::assert_snapshot!(ast(
        "sub add ($x, $y = 2, @rest) { $x + $y } *{\"Pkg::$n\"} = sub { 1 }; *alias = \\&add;"
    ));
}

#[test]
fn statements_and_modifiers() {
    insta::assert_snapshot!(ast("OUTER: for my $i (1 .. 3) { next OUTER if $i == 2; } do { $n++ } until $n > 5; unless ($x) { 1 } elsif ($y) { 2 } else { 3 }"));
}

#[test]
fn named_unary_precedence() {
    insta::assert_snapshot!(ast(
        "ref $x eq 'HASH' && !defined $y->{z}; my $n = shift // 10; length $s > 3;"
    ));
}

#[test]
fn use_and_packages() {
    insta::assert_snapshot!(ast("use v5.36; use parent -norequire, 'Base'; use overload '+' => \\&add, fallback => 1; package Foo { our @ISA = ('Bar'); }"));
}

#[test]
fn data_section_is_kept() {
    let program = omx_perl_syntax::parse("print 1;\n__DATA__\nline one\nline two\n", "d.pl")
        .unwrap_or_else(|e| panic!("{e:?}"));
    insta::assert_snapshot!(format!("{:#?}", program.data));
}
