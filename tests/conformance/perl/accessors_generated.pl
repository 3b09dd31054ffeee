use strict;
use warnings;

package Class::Simple;

sub import_accessors {
    my ($class, @names) = @_;
    no strict 'refs';
    for my $name (@names) {
        *{"${class}::$name"} = sub {
            my $self = shift;
            if (@_) { $self->{$name} = shift; return $self }
            return $self->{$name};
        };
        *{"${class}::clear_$name"} = sub { delete $_[0]{$name}; return };
    }
    return scalar @names;
}

package Book;
our @ISA = ('Class::Simple');
my $n = Book->import_accessors(qw(title author pages));

sub new { my ($c, %a) = @_; my $s = bless {}, $c; $s->$_($a{$_}) for sort keys %a; $s }

package main;

print "installed $n accessors\n";
my $b = Book->new(title => "Dune", author => "Herbert", pages => 412);
print join(" | ", $b->title, $b->author, $b->pages), "\n";
$b->pages(500)->title("Dune Messiah");
print join(" | ", map { $b->$_ } qw(title author pages)), "\n";
$b->clear_author;
print "author: ", (defined $b->author ? $b->author : "undef"), "\n";
print "has clear_pages: ", (Book->can('clear_pages') ? 1 : 0), "\n";
print "defined: ", join(",", map { defined &{"Book::$_"} ? 1 : 0 } qw(title nosuch)), "\n";
{
    no strict 'refs';
    no warnings 'once';
    *{"main::shout"} = sub { uc shift };
}
print main::shout("typeglob sub"), "\n";
our @list = (1, 2);
*alias = \@list;
our @alias;
push @alias, 3;
print "aliased: @list\n";
