#!/usr/bin/env python3
"""Trunk post-build hook: replaces Trunk's inline loader with an external boot script,
and (release builds) adds the Content-Security-Policy and the service worker.

Why:
- No inline script, so the app runs under a strict Content-Security-Policy
  (`script-src 'self' 'wasm-unsafe-eval'`).
- The app's JS and wasm are fetched after the first paint, so the static start page in
  index.html is what paints first and nothing competes with it; the boot script knows
  which modules and which catalogue the page being opened needs (pkg/manifest.json,
  written by scripts/build_wasm.py) and fetches them at the same time.
- Release builds carry their own policy in a <meta> element whose `style-src` allows
  exactly the inlined stylesheet (by its hash) and nothing else, so the policy is
  always in step with the build; the host's header adds `frame-ancestors`.
- Release builds get `sw.js` (from static/sw.js) with the list of this build's files
  and a version that changes whenever any of them changes. Development builds get a
  worker that removes itself, so `make serve` never shows a cached old build.
Runs with TRUNK_STAGING_DIR and TRUNK_PROFILE set by Trunk (or a dist folder as the
first argument, treated as a release build).
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from minify import minify_js

staging = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["TRUNK_STAGING_DIR"])
release = os.environ.get("TRUNK_PROFILE", "release") == "release"
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

# The app's files, built by scripts/build_wasm.py (Trunk's pre_build hook) and copied
# into pkg/ by index.html. Their names carry content hashes.
manifest = json.loads((staging / "pkg" / "manifest.json").read_text(encoding="utf-8"))
build = manifest["js"].split("-")[-1].removesuffix(".js")
boot_name = f"boot-{build}.js"
# The boot script gets the names: the app's glue and main module, the modules each
# lazily loaded part needs (so it can fetch them early for the page being opened) and
# the text catalogues.
boot = (staging / "boot.js").read_text(encoding="utf-8")
boot = (
    boot.replace("__APP_JS__", "pkg/" + manifest["js"])
    .replace("__APP_WASM__", "pkg/" + manifest["wasm"])
    .replace("__APP_LOADER__", "pkg/" + manifest["loader"])
    .replace("__SPLITS__", json.dumps({k: ["pkg/" + f for f in v] for k, v in manifest["splits"].items()}))
    .replace("__CATALOGUES__", json.dumps({k: "pkg/" + v for k, v in manifest["i18n"].items()}))
    .replace("__SW_URL__", "./sw.js" if release else "")
)
(staging / boot_name).write_text(minify_js(boot, True, "boot.js") if release else boot,
                                 encoding="utf-8")
(staging / "boot.js").unlink()
# The widget is a plain script on the council's page (readable in static/widget.js).
if release:
    widget = staging / "widget.js"
    widget.write_text(minify_js(widget.read_text(encoding="utf-8"), False, "widget.js", "es2017"),
                      encoding="utf-8")
# pkg/manifest.json stays for scripts/size-report.mjs (the boot script is minified);
# the app never reads it and the worker does not precache it.
html = html.replace("</head>", f'  <script type="module" src="./{boot_name}"></script>\n</head>', 1)

# The directory as packs the app decodes quickly (data/pack/, see src/data/directory.rs),
# made by the staff tool from the directory.json this build ships. Written after the
# JSON, so they are not older than it; a directory.json uploaded later is newer, and
# the app then reads that instead. The staff tool is a native program: the wasm
# build's settings are left out of its environment.
if release:
    native = {k: v for k, v in os.environ.items()
              if not k.startswith(("CARGO_UNSTABLE_", "CARGO_ENCODED_RUSTFLAGS", "RUSTFLAGS"))
              and k not in ("RUSTC_BOOTSTRAP", "RUSTUP_TOOLCHAIN", "CARGO_TARGET_DIR")}
    root = Path(__file__).resolve().parent.parent
    packed = subprocess.run(
        ["cargo", "run", "-q", "--release", "-p", "samenwijzer-data", "--", "pack",
         str(staging / "data" / "directory.json"), "-o", str(staging / "data" / "pack")],
        cwd=root, env=native)
    # 1: the file has entries with errors; they are left out and were reported above.
    if packed.returncode not in (0, 1):
        sys.exit(f"post_build.py: samenwijzer-data pack failed (exit {packed.returncode})")

# Every municipality's configuration in one file (data/gemeenten/index.json), so the
# result page can show the own contact of the municipality a resident gave without
# asking the server for that municipality's file (src/data/mod.rs, council_contact).
# A file that is not JSON is left out here and named; the app reports it to staff when
# it is asked for with ?gemeente=.
councils_dir = staging / "data" / "gemeenten"
councils = {}
for path in sorted(councils_dir.glob("*.json")):
    if path.name == "index.json":
        continue
    try:
        councils[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        print(f"post_build.py: {path.name} left out of data/gemeenten/index.json: {error}")
(councils_dir / "index.json").write_text(
    json.dumps({"gemeenten": councils}, ensure_ascii=False, separators=(",", ":")),
    encoding="utf-8")

# The policy the app runs under. `frame-ancestors` cannot be set in a <meta> element:
# the host's web server sends it (README, "For hosts").
styles = re.findall(r"<style>(.*?)</style>", html, re.S)
style_hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    for css in styles
)
CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    f"style-src 'self' {style_hashes}; img-src 'self' data:; connect-src 'self'; "
    "worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; "
    "object-src 'none'"
)
if release:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    html = html.replace('<meta charset="utf-8">', f'<meta charset="utf-8">\n  {meta}', 1)
index.write_text(html, encoding="utf-8")
print(f"post_build.py: {boot_name} loads {manifest['js']} and {manifest['wasm']}")

# The service worker. Not precached: the worker itself, the widget and the PNG icons
# (the browser fetches those for installing), the script for very old browsers.
template = staging / "sw-dev.js"
dev_worker = template.read_text(encoding="utf-8")
template.unlink()
worker = staging / "sw.js"
if release:
    # The directory's data is not precached: a council's app needs only its own packs,
    # and at national scale all of them are large. The app asks the worker to keep the
    # files it reads (message WARM), and data is fetched network-first anyway.
    skip = re.compile(r"^(sw\.js|widget\.js|compat\.js|pkg/manifest\.json|icons/.*|data/directory\.json|data/pack/.*)$")
    files = sorted(
        p.relative_to(staging).as_posix()
        for p in staging.rglob("*")
        if p.is_file() and not skip.match(p.relative_to(staging).as_posix())
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode() + b"\0" + (staging / name).read_bytes())
    version = digest.hexdigest()[:16]
    worker.write_text(
        minify_js(worker.read_text(encoding="utf-8")
                  .replace("__VERSION__", version)
                  .replace("__FILES__", json.dumps(files)), False, "sw.js"),
        encoding="utf-8",
    )
    print(f"post_build.py: sw.js version {version} precaches {len(files)} files")
else:
    worker.write_text(dev_worker, encoding="utf-8")
    print("post_build.py: development build, sw.js removes any installed worker")
