#!/usr/bin/env python3
"""Trunk post-build hook: replaces Trunk's inline loader with an external boot script.

Why:
- No inline script, so the app runs under a strict Content-Security-Policy
  (`script-src 'self' 'wasm-unsafe-eval'`).
- The app's JS and wasm are fetched after the first paint, so the static start page in
  index.html is what paints first and nothing competes with it.
Runs with TRUNK_STAGING_DIR set by Trunk (or a dist folder as the first argument).
"""
import os
import re
import sys
from pathlib import Path

staging = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"])
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

loader = re.search(r"<script type=\"module\">\s*import init, \* as bindings from '\./([^']+\.js)';"
                   r"\s*const wasm = await init\(\{ module_or_path: '\./([^']+\.wasm)' \}\);.*?</script>\s*",
                   html, re.S)
if not loader:
    sys.exit("post_build.py: Trunk's loader script was not found in index.html")
js, wasm = loader.group(1), loader.group(2)
html = html.replace(loader.group(0), "")
# The preloads would fetch the app before the first paint; boot.js fetches it right after.
html = re.sub(r"<link rel=\"modulepreload\"[^>]*>", "", html)
html = re.sub(r"<link rel=\"preload\"[^>]*as=\"fetch\"[^>]*>", "", html)

boot_name = js.replace(".js", "-boot.js")
# The boot script gets the app's hash in its name, so caches never mix versions.
boot = (staging / "boot.js").read_text(encoding="utf-8")
(staging / boot_name).write_text(
    boot.replace("__APP_JS__", js).replace("__APP_WASM__", wasm), encoding="utf-8"
)
(staging / "boot.js").unlink()
html = html.replace("</head>", f'  <script type="module" src="./{boot_name}"></script>\n</head>', 1)
index.write_text(html, encoding="utf-8")
print(f"post_build.py: {boot_name} loads {js} and {wasm}")
