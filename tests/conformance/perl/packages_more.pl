# Packages: our variables, fully qualified names, __PACKAGE__, package
# blocks, subs called across packages, constants, string class names.
use strict;
use warnings;
package Config {
    our $Level = 3;
    our @Names = qw(alpha beta);
    our %Map = (x => 1);
    use constant { MAX => 10, MIN => 1 };
    use constant PI => 3.14159;
    sub level { $Level }
    sub pkg { __PACKAGE__ }
}
package main;
print "level: $Config::Level ", Config::level(), " ", Config->level, "\n";
$Config::Level = 5;
print "changed: ", Config::level(), "\n";
print "names: @Config::Names map: $Config::Map{x}\n";
push @Config::Names, 'gamma';
print "pushed: ", scalar(@Config::Names), "\n";
print "constants: ", Config::MAX, " ", Config::MIN(), " ", Config->PI, "\n";
print "package name: ", Config::pkg(), " here: ", __PACKAGE__, "\n";
my $class = "Config";
print "string class: ", $class->level, "\n";
our $global = "main var";
print "qualified main: $main::global $::global\n";
{
    package Counter;
    my $n = 0;
    sub next_id { return ++$n }
}
print "ids: ", join(",", map { Counter::next_id() } 1 .. 3), "\n";
sub Outer::Inner::hello { "hello from " . __PACKAGE__ }
print Outer::Inner::hello(), "\n";
print "can: ", (Config->can('level') ? "yes" : "no"), " ", (main->can('nothing') ? "yes" : "no"), "\n";
