#!/bin/sh
# Run perl's own t/mro/*.t (the Perl/perl5 repository, tag v5.36.0; the
# _utf8 variants skipped) through omx with test.pl of this directory (our
# own replacement of perl's t/test.pl) put in front of each file, and print
# one line per file:
#
#   PASS  FILE (N)         every test said ok and as many ran as planned
#   FAIL  FILE: ...        counts, then the first lines that were not ok
#
# Usage: tests/perl-mro/run.sh PATH_TO_PERL5_CHECKOUT
#   (git clone https://github.com/Perl/perl5 && git -C perl5 checkout v5.36.0)
# Environment: OMX (default: target/debug/omx of this checkout).
# perl's files are not part of omx and are not copied into it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
omx=${OMX:-$root/target/debug/omx}
src=$1/t/mro
work=$(mktemp -d)
pass=0; total=0
for t in "$src"/*.t; do
  case $t in *_utf8.t) continue;; esac
  name=$(basename "$t")
  total=$((total+1))
  { cat "$here/test.pl"; sed "s/^\s*require .\/test.pl.;//; s/^\s*require q(.\/test.pl);//" "$t"; } > "$work/$name.pl"
  out=$(cd "$work" && timeout 20 "$omx" run "$name.pl" 2>&1)
  planned=$(echo "$out" | grep -m1 -o '^1\.\.[0-9]*' | cut -c4-)
  oks=$(echo "$out" | grep -c '^ok ')
  nots=$(echo "$out" | grep -c '^not ok')
  if [ -n "$planned" ] && [ "$nots" = 0 ] && [ "$oks" = "$planned" ] && [ "$planned" != 0 ]; then
    pass=$((pass+1)); echo "PASS $name ($oks)"
  else
    echo "FAIL $name: ok=$oks not=$nots planned=$planned $(echo "$out" | grep -v '^ok\|^#\|^1\.\.' | head -2 | tr '\n' ' ' | cut -c1-150)"
  fi
done
rm -rf "$work"
echo "$pass of $total"
