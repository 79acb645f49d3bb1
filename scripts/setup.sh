#!/usr/bin/env bash
# Installs everything Samenwijzer needs to build and test, and nothing twice.
# Safe to run again: each step checks first and skips what is already there.
# Route and versions: see README "Toolchain" (a wasm32 std via rustup where it works,
# otherwise Debian's rustc-web with -Zbuild-std).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4     # wasm_split_cli_support: cuts the wasm into parts (scripts/build_wasm.py)
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]})) || return 0
  if ((apt_updated == 0)); then as_root apt-get update -qq; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# 1. A wasm32 compiler. Written to .wasm-env so make/trunk use the same one.
wasm_env=.wasm-env
wasm_env_version="# wasm-env v2"   # bump when the settings below change
# SAMENWIJZER_WASM_ROUTE=debian forces the Debian route (to test it where rustup works).
if ! grep -qxF "$wasm_env_version" "$wasm_env" 2>/dev/null ||
   { [[ ${SAMENWIJZER_WASM_ROUTE:-} == debian ]] && ! grep -q RUSTUP_TOOLCHAIN=debian "$wasm_env"; }; then
  rm -f "$wasm_env"
  if [[ ${SAMENWIJZER_WASM_ROUTE:-} == debian ]]; then
    :
  elif rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown ||
       timeout 45 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
    printf '%s\n# rustup stable has wasm32\n' "$wasm_env_version" > "$wasm_env"
    # With std's source, std is rebuilt for size too (about 10 KB less gzipped wasm).
    if timeout 60 rustup component add rust-src >/dev/null 2>&1; then
      cat >> "$wasm_env" <<'ENV'
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
ENV
    fi
  fi
  if [[ ! -f $wasm_env ]]; then
    log "using Debian's rustc-web with -Zbuild-std (rustup cannot add wasm32, or forced)"
    apt_install rustc-web cargo-web rust-web-src lld-22
    rustup toolchain list | grep -q '^debian' || rustup toolchain link debian /usr
    echo "$wasm_env_version" > "$wasm_env"
    cat >> "$wasm_env" <<'ENV'
export RUSTUP_TOOLCHAIN=debian
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
ENV
  fi
fi

# 2. Browser for end-to-end tests; gettext's msgfmt checks the text catalogues.
apt_install chromium chromium-driver gettext

# 3. Trunk and wasm-bindgen-cli (compiled once, ~15 min on 2 cores).
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (takes ~9 minutes)"
  cargo install --locked --quiet trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~5 minutes)"
  # Not --locked: its lockfile names a crate version the registry lacks.
  cargo install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! wasm-split-cli --help >/dev/null 2>&1 || ! grep -qx "$WASM_SPLIT_VERSION" "$CARGO_BIN/.wasm-split-version" 2>/dev/null; then
  log "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (takes ~1 minute)"
  cargo install --locked --quiet wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  echo "$WASM_SPLIT_VERSION" > "$CARGO_BIN/.wasm-split-version"
fi

# 4. npm tools: wasm-opt (binaryen), Playwright, axe-core, Workbox.
if [[ ! -x node_modules/.bin/wasm-opt || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi
log "ready"
