#!/usr/bin/env python3
"""Show, for each divergent program kept by run.sh, the probes whose
output lines differ, with the probe's source line: triage.py OUT_DIR"""
import glob
import os
import sys

out = sys.argv[1]
for prog in sorted(glob.glob(os.path.join(out, "p*.lua"))):
    src = open(prog, encoding="latin-1").read().splitlines()
    want = open(prog + ".out", encoding="latin-1").read().splitlines()
    got = open(prog[:-4] + ".omx.out", encoding="latin-1").read().splitlines()
    w = {l.split("\t")[0]: l for l in want}
    g = {l.split("\t")[0]: l for l in got}
    for tag in list(w) + [t for t in g if t not in w]:
        if w.get(tag) != g.get(tag):
            probe = tag.split(".")[0]
            line = next((l.strip() for l in src if "'%s'" % tag in l or "'%s." % probe in l or "('%s'" % tag in l), "")
            print("%s %s\n  src  %s\n  lua  %s\n  omx  %s" % (os.path.basename(prog), tag, line[:300], w.get(tag), g.get(tag)))
