# A minimal replacement of perl's t/test.pl, written for omx (not perl's file):
# plan, ok, is, isnt, like, unlike, is_deeply, eq_array, eq_hash, cmp_ok,
# pass, fail, skip, done_testing, diag, note, set_up_inc, object_ok.
our $__planned = 0; our $__count = 0; our $__failed = 0;
sub set_up_inc { 1 }
sub plan { return if $_[0] eq 'no_plan'; my %a = @_ == 1 ? (tests => $_[0]) : @_; $__planned = $a{tests} || 0; print "1..$__planned\n" if $__planned; }
sub skip_all { print "1..0 # skip\n"; exit 0 }
sub _report { my ($ok, $name) = @_; $__count++; $__failed++ unless $ok; print(($ok ? "ok" : "not ok"), " $__count", (defined $name ? " - $name" : ""), "\n"); return $ok }
sub ok { my ($v, $name) = @_; _report($v ? 1 : 0, $name) }
sub pass { _report(1, $_[0]) }
sub fail { _report(0, $_[0]) }
sub is { my ($g, $e, $name) = @_; my $ok = (!defined $g && !defined $e) || (defined $g && defined $e && "$g" eq "$e"); print "# got '", (defined $g ? $g : 'undef'), "' expected '", (defined $e ? $e : 'undef'), "'\n" unless $ok; _report($ok, $name) }
sub isnt { my ($g, $e, $name) = @_; my $ok = !((!defined $g && !defined $e) || (defined $g && defined $e && "$g" eq "$e")); _report($ok, $name) }
sub like { my ($g, $re, $name) = @_; _report((defined $g && $g =~ $re) ? 1 : 0, $name) }
sub unlike { my ($g, $re, $name) = @_; _report((!defined $g || $g !~ $re) ? 1 : 0, $name) }
sub cmp_ok { my ($g, $op, $e, $name) = @_; my $r = $op eq '==' ? $g == $e : $op eq 'eq' ? $g eq $e : $op eq '!=' ? $g != $e : $op eq '<' ? $g < $e : $op eq '>' ? $g > $e : $op eq 'ne' ? $g ne $e : 0; _report($r ? 1 : 0, $name) }
sub _deep { my ($x, $y) = @_; return 1 if !defined $x && !defined $y; return 0 if !defined $x || !defined $y; if (ref $x && ref $y) { return 0 if ref $x ne ref $y; if (ref $x eq 'ARRAY') { return 0 unless @$x == @$y; for my $i (0 .. $#$x) { return 0 unless _deep($x->[$i], $y->[$i]) } return 1 } if (ref $x eq 'HASH') { return 0 unless keys %$x == keys %$y; for my $k (keys %$x) { return 0 unless exists $y->{$k} && _deep($x->{$k}, $y->{$k}) } return 1 } return $x == $y } return 0 if ref $x || ref $y; return "$x" eq "$y" }
sub is_deeply { my ($g, $e, $name) = @_; _report(_deep($g, $e), $name) }
sub eq_array { _deep($_[0], $_[1]) }
sub eq_hash { _deep($_[0], $_[1]) }
sub diag { print STDERR "# @_\n" } sub note { print "# @_\n" }
sub skip { my ($why, $n) = @_; $n ||= 1; _report(1, "skip $why") for 1 .. $n }
sub done_testing { print "1..$__count\n" unless $__planned }
sub curr_test { $__count + 1 }
END { print "1..$__count\n" unless $__planned; print "# failed $__failed of $__count\n" if $__failed; print "# planned $__planned ran $__count\n" if $__planned && $__planned != $__count }
sub object_ok { my ($o, $class, $name) = @_; _report((ref $o && $o->isa($class)) ? 1 : 0, $name) }
