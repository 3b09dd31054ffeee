# Symbolic references under no strict 'refs': @{"${class}::ISA"}, *{"..."} = sub, ${"Pkg::VERSION"}.
package Animal; sub speak { "generic" } sub new { bless {}, shift }
package main;
no strict 'refs';
for my $class (qw(Dog Cat)) {
    @{"${class}::ISA"} = ('Animal');
    *{"${class}::name"} = sub { $class };
}
${"Dog::VERSION"} = '1.5';
print Dog->new->speak, " ", Cat->new->name, " ", Dog->VERSION, " ", ${"Dog::VERSION"}, "\n";
print "isa: @{'Cat::ISA'}\n";
push @{"Cat::ISA"}, 'Extra';
print "now: @Cat::ISA\n";
