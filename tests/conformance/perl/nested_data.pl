use strict;
use warnings;

my $config = {
    name    => "server",
    ports   => [80, 443, 8080],
    limits  => { cpu => 2, mem => "512M" },
    users   => [ { name => "root", uid => 0 }, { name => "www", uid => 33 } ],
    enabled => 1,
};

sub dump_data {
    my ($data, $indent) = @_;
    $indent //= 0;
    my $pad = "  " x $indent;
    if (ref $data eq 'HASH') {
        for my $k (sort keys %$data) {
            if (ref $data->{$k}) {
                print "$pad$k:\n";
                dump_data($data->{$k}, $indent + 1);
            } else {
                print "$pad$k: $data->{$k}\n";
            }
        }
    } elsif (ref $data eq 'ARRAY') {
        for my $i (0 .. $#$data) {
            if (ref $data->[$i]) {
                print "$pad- [$i]\n";
                dump_data($data->[$i], $indent + 1);
            } else {
                print "$pad- $data->[$i]\n";
            }
        }
    } else {
        print "$pad$data\n";
    }
}

dump_data($config);
print "port count: ", scalar @{ $config->{ports} }, "\n";
print "user names: ", join(",", map { $_->{name} } @{ $config->{users} }), "\n";
push @{ $config->{ports} }, 9090;
$config->{limits}{disk} = "10G";
print "last port: $config->{ports}[-1], disk: $config->{limits}->{disk}\n";
my @uids = sort { $a <=> $b } map { $_->{uid} } @{ $config->{users} };
print "uids: @uids\n";
my %by_name = map { $_->{name} => $_ } @{ $config->{users} };
print "www uid: $by_name{www}{uid}\n";
my $deep = { a => { b => { c => [1, 2, { d => "deep" }] } } };
print "deep: $deep->{a}{b}{c}[2]{d}\n";
print "exists a.b: ", (exists $deep->{a}{b} ? 1 : 0), " exists a.x: ", (exists $deep->{a}{x} ? 1 : 0), "\n";
