# Class builders: a make_class helper that installs constructor and
# accessors through globs, read-only accessors dying on write, defaults,
# and introspection of what got installed.
use strict;
use warnings;
sub make_class {
    my ($class, %spec) = @_;
    no strict 'refs';
    my @fields = sort keys %spec;
    *{"${class}::new"} = sub {
        my ($c, %args) = @_;
        my $self = bless {}, $c;
        $self->{$_} = exists $args{$_} ? $args{$_} : $spec{$_}{default} for @fields;
        return $self;
    };
    for my $f (@fields) {
        my $ro = $spec{$f}{ro};
        *{"${class}::$f"} = sub {
            my $self = shift;
            if (@_) { die "$f is read-only\n" if $ro; $self->{$f} = shift }
            return $self->{$f};
        };
    }
    *{"${class}::fields"} = sub { @fields };
    return $class;
}
make_class('Point', x => { default => 0 }, y => { default => 0 }, label => { default => 'p', ro => 1 });
make_class('Person', name => { default => 'anon' }, age => { default => 0 });
my $p = Point->new(x => 3);
print "point: ", $p->x, ",", $p->y, " label ", $p->label, "\n";
$p->y(4);
print "moved: ", join(",", map { $p->$_ } qw(x y)), "\n";
eval { $p->label('q') };
print "error: $@";
my $who = Person->new(name => 'Ann');
$who->age($who->age + 30);
print "person: ", $who->name, " ", $who->age, " fields: ", join("/", Person->fields), "\n";
print "can: ", join(",", map { Point->can($_) ? $_ : "!$_" } qw(x y label z new)), "\n";
