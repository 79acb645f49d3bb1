#!/usr/bin/env bash
# Lighthouse (mobile preset, performance only) on the release build in dist/, side by
# side with a static 1 KiB page served the same way, in the system Chromium.
# Usage: scripts/lighthouse.sh [runs]   (needs `make build` first; installs Lighthouse
# into bench/node the first time)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=8090
[[ -d dist ]] || { echo "no dist/: run 'make build' first" >&2; exit 1; }
if [[ ! -x bench/node/node_modules/.bin/lighthouse ]]; then
  npm install --prefix bench/node --no-audit --no-fund --loglevel=error lighthouse@13.5.0
fi
out=bench/out; mkdir -p "$out"
# The reference: a static page of about 1 KiB.
mkdir -p "$out/static"
python3 - "$out/static/index.html" <<'PY'
import sys
body = "<p>" + ("Samenwijzer helpt u op weg. " * 30) + "</p>"
html = f"<!doctype html><html lang=nl><meta charset=utf-8><meta name=viewport content='width=device-width'><title>Static</title><h1>Samen op zoek</h1>{body}</html>"
open(sys.argv[1], "w").write(html[:1024])
PY
node e2e/serve.mjs dist "$port" >/dev/null & app=$!
node e2e/serve.mjs "$out/static" $((port + 1)) >/dev/null & ref=$!
trap 'kill $app $ref 2>/dev/null' EXIT
sleep 1
export CHROME_PATH=/usr/bin/chromium
measure() { # name url
  for i in $(seq "$runs"); do
    bench/node/node_modules/.bin/lighthouse "$2" --quiet --only-categories=performance \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      --output=json --output-path="$out/lh-$1-$i.json" >/dev/null 2>&1
    node -e '
      const r = require(process.argv[1]); const a = r.audits;
      console.log(`${process.argv[2]} run ${process.argv[3]}: LCP ${(a["largest-contentful-paint"].numericValue/1000).toFixed(2)} s, FCP ${(a["first-contentful-paint"].numericValue/1000).toFixed(2)} s, TBT ${a["total-blocking-time"].numericValue.toFixed(0)} ms, score ${Math.round(r.categories.performance.score*100)}`);
    ' "$PWD/$out/lh-$1-$i.json" "$1" "$i"
  done
}
measure static "http://127.0.0.1:$((port + 1))/"
measure app "http://127.0.0.1:$port/"
