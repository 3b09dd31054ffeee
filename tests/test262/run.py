#!/usr/bin/env python3
"""Run part of tc39/test262 through an engine and report pass/fail per
directory.

    tests/test262/run.py TEST262_DIR [--engine 'target/debug/omx run {file}']
                         [--every N] [--jobs N] [--failures] [DIR ...]

TEST262_DIR is a checkout of https://github.com/tc39/test262 (not kept in
this repository). DIRs are paths under it (default: the directories of
issue 14). Each test gets the harness files it asks for (assert.js,
sta.js and its `includes`), "use strict" when flagged onlyStrict, and is
run once; module tests are skipped. A test passes when the engine exits
0, or, for a negative test, exits non-zero with the expected error name on
stderr; an async test (flag `async`) also gets doneprintHandle.js and must
print `Test262:AsyncTestComplete`. `--every N` runs every Nth test of each directory
(a sample); `--engine 'node {file}'` gives the reference figures.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

DEFAULT_DIRS = [
    "test/built-ins/Object/defineProperty",
    "test/built-ins/Object/create",
    "test/built-ins/Object/getPrototypeOf",
    "test/built-ins/Object/setPrototypeOf",
    "test/built-ins/Proxy",
    "test/built-ins/Reflect",
    "test/language/statements/class",
]


def meta(source):
    m = re.search(r"/\*---(.*?)---\*/", source, re.S)
    text = m.group(1) if m else ""
    includes = re.findall(r"includes:\s*\[([^\]]*)\]", text)
    inc = [i.strip() for i in includes[0].split(",") if i.strip()] if includes else []
    block = re.search(r"includes:\s*\n((?:\s+-\s*\S+\n)+)", text)
    if block:
        inc += re.findall(r"-\s*(\S+)", block.group(1))
    flags = re.findall(r"flags:\s*\[([^\]]*)\]", text)
    flags = [f.strip() for f in flags[0].split(",")] if flags else []
    neg = re.search(r"negative:\s*\n\s+phase:\s*(\w+)\s*\n\s+type:\s*(\w+)", text)
    return inc, flags, (neg.group(2) if neg else None)


def run_one(root, engine, path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    includes, flags, negative = meta(source)
    if "module" in flags:
        return "skip"
    parts = []
    if "onlyStrict" in flags:
        parts.append('"use strict";\n')
    if "raw" not in flags:
        done = ["doneprintHandle.js"] if "async" in flags else []
        if done:
            # doneprintHandle.js reports through the host's `print`.
            parts.append("var print = function (s) { console.log(s); };\n")
        for h in ["assert.js", "sta.js"] + done + includes:
            hp = os.path.join(root, "harness", h)
            if os.path.exists(hp):
                with open(hp, encoding="utf-8") as f:
                    parts.append(f.read() + "\n")
    parts.append(source)
    fd, tmp = tempfile.mkstemp(suffix=".js")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("".join(parts))
    try:
        # `exec`: the timeout then stops the engine itself, not only the shell.
        cmd = "exec " + engine.replace("{file}", tmp)
        r = subprocess.run(cmd, shell=True, capture_output=True, timeout=30)
        err = r.stderr.decode("utf-8", "replace")
        if negative:
            return "pass" if r.returncode != 0 and negative in err else "fail"
        if "async" in flags:
            out = r.stdout.decode("utf-8", "replace")
            return "pass" if r.returncode == 0 and "Test262:AsyncTestComplete" in out else "fail"
        return "pass" if r.returncode == 0 else "fail"
    except subprocess.TimeoutExpired:
        return "fail"
    finally:
        os.unlink(tmp)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--engine", default="target/debug/omx run {file}")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--failures", action="store_true", help="list each failing test")
    a = ap.parse_intermixed_args()
    total = [0, 0, 0]
    for d in a.dirs or DEFAULT_DIRS:
        files = []
        for dp, _, names in os.walk(os.path.join(a.root, d)):
            files += [os.path.join(dp, n) for n in names if n.endswith(".js") and "_FIXTURE" not in n]
        files.sort()
        files = files[:: a.every]
        with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
            results = list(ex.map(lambda p: run_one(a.root, a.engine, p), files))
        if a.failures:
            for path, r in zip(files, results):
                if r == "fail":
                    print("FAIL " + os.path.relpath(path, a.root), flush=True)
        p, f, s = results.count("pass"), results.count("fail"), results.count("skip")
        total = [total[0] + p, total[1] + f, total[2] + s]
        print(f"{d}: {p} pass, {f} fail, {s} skipped", flush=True)
    print(f"total: {total[0]} pass, {total[1]} fail, {total[2]} skipped")


if __name__ == "__main__":
    sys.exit(main())
