#!/usr/bin/env bash
# Build the browser playground into wasm/dist (a static site: serve it with
# `python3 -m http.server` in that folder). Installs what it needs: the
# wasm32 target (rustup, or Debian's rustc-web when rustup cannot download
# it), wasm-bindgen-cli (cached in ~/.cargo/bin), and the npm packages in
# wasm/package-lock.json (CodeMirror, esbuild, binaryen's wasm-opt).
set -euo pipefail
cd "$(dirname "$0")"
WASM=$PWD
ROOT=$(cd .. && pwd)
TARGET=wasm32-unknown-unknown
BINDGEN_VERSION=0.2.130 # = the wasm-bindgen crate pinned in wasm/Cargo.toml
say() { printf '== %s (%d s)\n' "$*" "$SECONDS" >&2; }

# 1. A compiler that can build for wasm32.
# Panic locations (file, line and column of every possible panic: about
# 19 KB of the gzipped module) are left out of the browser build with
# rustc's -Zlocation-detail=none (unstable: RUSTC_BOOTSTRAP, as the Debian
# route below needs anyway). A panic in the playground still stops the
# worker and is reported; only its message loses the Rust source position.
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} -Zlocation-detail=none"
build_wasm() {
  if rustup target list --installed 2>/dev/null | grep -qx "$TARGET" ||
     rustup target add "$TARGET" >/dev/null 2>&1; then
    say "wasm32 target from rustup"
    cargo build -p omx-wasm --profile wasm --target "$TARGET"
    echo "$ROOT/target/$TARGET/wasm/omx_wasm.wasm"
    return
  fi
  say "rustup has no $TARGET: Debian's rustc-web with -Zbuild-std"
  if [ ! -x /usr/bin/rustc ] || ! dpkg -s rust-web-src >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "wasm/build.sh: needs root to apt-get install rustc-web (or a rustup with the $TARGET target)" >&2
      exit 1
    fi
    apt-get update -qq
    apt-get install -y -qq rustc-web cargo-web rust-web-src rust-web-llvm lld-22 >&2
  fi
  # A target dir of its own: another rustc than the host builds'.
  RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$ROOT/target/debian-wasm" \
    /usr/bin/cargo build -p omx-wasm --profile wasm --target "$TARGET" -Zbuild-std=std,panic_abort
  echo "$ROOT/target/debian-wasm/$TARGET/wasm/omx_wasm.wasm"
}
raw=$(build_wasm)

# 2. wasm-bindgen-cli of the crate's version.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $BINDGEN_VERSION\$"; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (once; cached in ~/.cargo/bin)"
  # A tool run once per build: built quickly (opt-level 1, no LTO, many
  # codegen units) rather than for speed: 7 min of CPU time here (2026-11-28).
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi

# 3. npm packages (exact versions from package-lock.json).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund >&2
fi

# 4. Bindings, wasm-opt (npm's binaryen 132, which runs in node: about
# 150 s for -Oz here; Debian's native binaryen 108 takes 90 s, but its
# output breaks wasm-bindgen's externref table in Chromium), bundle.
rm -rf pkg dist
wasm-bindgen --target web --no-typescript --out-dir pkg "$raw"
say "wasm-opt"
# (Tried 2026-11-29: -iit, --zero-filled-memory and --low-memory-unused
# together saved 3.8 KB gzipped but the build then failed vector.pl in the
# browser (a trap left the worker's object borrowed); opt-level "s" is
# 156 KB larger; --gufa-optimizing gains nothing.)
node_modules/.bin/wasm-opt -Oz --merge-similar-functions --converge --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  pkg/omx_wasm_bg.wasm -o pkg/omx_wasm_bg.opt.wasm
mv pkg/omx_wasm_bg.opt.wasm pkg/omx_wasm_bg.wasm
mkdir -p dist
node bundle.mjs
cp www/style.css pkg/omx_wasm_bg.wasm dist/
raw_size=$(stat -c %s dist/omx_wasm_bg.wasm)
gz_size=$(gzip -9c dist/omx_wasm_bg.wasm | wc -c)
say "dist/omx_wasm_bg.wasm: $raw_size bytes, $gz_size gzipped"
say "serve: cd wasm/dist && python3 -m http.server 8000"
