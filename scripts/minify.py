"""Minifies the JavaScript a release build ships, with esbuild (npm, package.json).

Used by build_wasm.py (wasm-bindgen's glue and wasm-split's loader) and post_build.py
(the boot script, the service worker and the widget). Measured on 2026-12-03 (gzip -9):
glue 10.2 -> 8.2 KB, boot 5.9 -> 3.9, loader 3.2 -> 2.3, worker 4.0 -> 2.7, widget
2.0 -> 1.1; the first three are in every first load.

The target (ES2020 for the app's files, ES2017 for the widget on a council's page) keeps
the minifier from bringing in newer syntax (`??`, `||=`) than the sources use. compat.js
is not minified: it must parse in browsers older than any of that.
"""
import subprocess
import sys
from pathlib import Path

ESBUILD = Path(__file__).resolve().parent.parent / "node_modules" / ".bin" / "esbuild"


def minify_js(source, module, what, target="es2020"):
    """`source` minified; `module` for ES modules (their top-level names may go)."""
    if not ESBUILD.exists():
        sys.exit(f"minify.py: {ESBUILD} is missing (run `make setup`)")
    args = [str(ESBUILD), "--minify", f"--target={target}", "--legal-comments=none",
            "--log-level=error", *(["--format=esm"] if module else [])]
    proc = subprocess.run(args, input=source, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"minify.py: esbuild could not minify {what}:\n{proc.stderr}")
    return proc.stdout
