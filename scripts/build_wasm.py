#!/usr/bin/env python3
"""Trunk pre_build hook: builds the app's wasm in chunks, so a page loads only what it needs.

Trunk cannot split a wasm module (trunk-rs/trunk#1022), so this hook does the Rust part
of the build and leaves Trunk the page, the styles and the other files:

1. `cargo build` for wasm32 with `--emit-relocs`, which keeps the linker's relocations
   so the module can be cut apart afterwards;
2. `wasm-split-cli` (crate wasm_split_cli_support) cuts it at the split points that
   `#[wasm_split(...)]` marks in the code (`src/lazy.rs`): one main module, one module
   per split point, and chunks for code that several split points share, plus a small
   JavaScript loader;
3. `wasm-bindgen --keep-lld-exports` makes the JavaScript glue for the main module;
   exports nothing can call are then dropped (`UNUSED_EXPORTS`), so their code goes too,
   and (release builds) the imports get short names (`shorten_imports`);
4. `wasm-opt -Oz` shrinks every module and drops the tool sections browsers never read
   (`producers`, `target_features`: ~180 bytes in each of ~100 modules, 7.4 KB gzipped
   on the way to the directory's list, which needs 47 modules), and esbuild the
   JavaScript (release builds);
5. every file gets a content hash in its name, so caches never mix two builds, and
   `manifest.json` lists the files: the main module, the modules each split point needs
   and the text catalogues (written by `build.rs` from `i18n/*.po`).

The result is `target/pkg/`, which index.html copies into `dist/pkg/`; post_build.py
then writes the boot script and the service worker from `pkg/manifest.json`.
Runs with TRUNK_PROFILE set by Trunk (`release` or `debug`); CARGO_TARGET_DIR and the
wasm toolchain's settings come from the Makefile (`.wasm-env`).
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from minify import minify_js

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "pkg"
PACKAGE = "samenwijzer"
WASM_OPT_FEATURES = [
    "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
]


def log(message):
    print(f"build_wasm.py: {message}", flush=True)


def run(args, **kwargs):
    try:
        return subprocess.run(args, check=True, **kwargs)
    except FileNotFoundError:
        sys.exit(f"build_wasm.py: {args[0]} is not installed (run `make setup`)")
    except subprocess.CalledProcessError as error:
        sys.exit(f"build_wasm.py: {' '.join(map(str, args[:2]))} failed (exit {error.returncode})")


def rustflags():
    # erase_components: every component becomes an AnyView (far less monomorphised
    # code). --emit-relocs: what wasm-split needs. Where the nightly switches are
    # allowed (RUSTC_BOOTSTRAP, set by .wasm-env), panics carry no file locations and
    # Debug formatting is compiled out: both only ever reach the console.
    flags = ["--cfg", "erase_components", "-Clink-args=--emit-relocs"]
    if os.environ.get("RUSTC_BOOTSTRAP") == "1":
        flags += ["-Zlocation-detail=none", "-Zfmt-debug=none"]
        # A panic stops at once (a wasm trap), without std's panic machinery and
        # messages (7.4 KB gzipped of the main module); boot.js turns the trap into the
        # crash screen (src/crash.rs). The cfg tells the code there is no panic hook.
        # Only where this rustc knows the strategy (Rust 1.91 and later).
        if immediate_abort_known():
            flags += ["-Zunstable-options", "-Cpanic=immediate-abort",
                      "--cfg", "samenwijzer_immediate_abort"]
        else:
            log("this rustc has no panic = immediate-abort; panics use the panic hook")
    return "\x1f".join(flags)


def immediate_abort_known():
    probe = subprocess.run(
        ["rustc", "-Zunstable-options", "-Cpanic=immediate-abort", "--print", "cfg",
         "--target", "wasm32-unknown-unknown"],
        capture_output=True, text=True)
    return probe.returncode == 0


def cargo_build(release):
    args = ["cargo", "build", "--target", "wasm32-unknown-unknown", "-p", PACKAGE,
            "--bin", PACKAGE, "--message-format=json-render-diagnostics"]
    if release:
        args.append("--release")
    env = dict(os.environ, CARGO_ENCODED_RUSTFLAGS=rustflags(),
               # Symbols and relocations must survive the link for the split.
               CARGO_PROFILE_RELEASE_STRIP="false", CARGO_PROFILE_DEV_STRIP="false")
    env.pop("RUSTFLAGS", None)
    proc = subprocess.run(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    wasm = package = None
    out_dirs = {}
    for line in proc.stdout.splitlines():
        try:
            message = json.loads(line)
        except ValueError:
            continue
        reason = message.get("reason")
        if reason == "compiler-artifact" and message["target"]["name"] == PACKAGE:
            wasm = next((f for f in message["filenames"] if f.endswith(".wasm")), wasm)
            package = message["package_id"]
        elif reason == "build-script-executed":
            out_dirs[message["package_id"]] = message["out_dir"]
    if proc.returncode != 0:
        sys.exit(f"build_wasm.py: cargo build failed (exit {proc.returncode})")
    if not wasm:
        sys.exit("build_wasm.py: cargo did not report the wasm file")
    return Path(wasm), Path(out_dirs[package]) if package in out_dirs else None


# wasm-streams' adapters from JavaScript streams to Rust ones, exported with
# #[wasm_bindgen] by a crate that Leptos links for server functions (server_fn). A
# client-only app never makes such a stream, so nothing calls them; exported, they and
# all they use stay in the main module (about 3.5 KB gzipped). The glue's classes for
# them remain, unused.
UNUSED_EXPORTS = re.compile(r"^(__wbg_)?intounderlying(bytesource|source|sink)_[a-zA-Z_]+$")


def leb128(data, at):
    """An unsigned LEB128 number in `data` at `at`, and where the next field starts."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def uleb(value):
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def drop_exports(path, unused):
    """Rewrites the export section of the module at `path` without the exports whose
    names match `unused`; the number dropped. wasm-opt then removes what only they used."""
    data = path.read_bytes()
    at, out, dropped = 8, bytearray(data[:8]), 0
    while at < len(data):
        section = data[at]
        size, body = leb128(data, at + 1)
        end = body + size
        if section == 7:
            count, cursor = leb128(data, body)
            kept = []
            for _ in range(count):
                start = cursor
                length, cursor = leb128(data, cursor)
                name = data[cursor:cursor + length].decode("utf-8")
                cursor += length + 1  # the name, then the kind
                _, cursor = leb128(data, cursor)  # the index
                if unused.match(name):
                    dropped += 1
                else:
                    kept.append(data[start:cursor])
            content = uleb(len(kept)) + b"".join(kept)
            out += bytes([7]) + uleb(len(content)) + content
        else:
            out += data[at:end]
        at = end
    path.write_bytes(bytes(out))
    return dropped


GLUE_MODULE = f"./{PACKAGE}_bg.js"
SHORT_NAME_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def short_name(number):
    """`a`, `b`, …, `Z`, `ba`, `bb`, …: a distinct short name for each number."""
    name = ""
    while True:
        name = SHORT_NAME_LETTERS[number % 52] + name
        number //= 52
        if number == 0:
            return name


def skip_import_type(data, at):
    """Where the type of an import (after its kind byte at `at`) ends."""
    kind, at = data[at], at + 1
    if kind in (0, 4):  # function, tag: (attribute,) type index
        if kind == 4:
            at += 1
        return leb128(data, at)[1]
    if kind in (1, 2):  # table (element type, limits), memory (limits)
        if kind == 1:
            at += 1
        flags, at = leb128(data, at)
        _, at = leb128(data, at)
        return leb128(data, at)[1] if flags & 1 else at
    if kind == 3:  # global: value type, mutability
        return at + 2
    sys.exit(f"build_wasm.py: unknown import kind {kind}")


def shorten_imports(path, glue):
    """Renames the main module's imports from wasm-bindgen's glue (`__wbg_append_child_
    <16 hex digits>` from `./samenwijzer_bg.js`, about 230 of them) to short names in the
    module and in the glue, which has each name once, as a key of its imports object.
    The names carry hashes that gzip cannot shrink: 4.3 KB gzipped of the main module
    and 2.9 KB of the minified glue (measured 2026-12-03). Returns the new glue."""
    data = path.read_bytes()
    at, out, names = 8, bytearray(data[:8]), {}
    while at < len(data):
        section = data[at]
        size, body = leb128(data, at + 1)
        end = body + size
        if section != 2:
            out += data[at:end]
            at = end
            continue
        count, cursor = leb128(data, body)
        items = []
        for _ in range(count):
            length, cursor = leb128(data, cursor)
            module = data[cursor:cursor + length].decode("utf-8")
            cursor += length
            length, cursor = leb128(data, cursor)
            name = data[cursor:cursor + length].decode("utf-8")
            cursor += length
            kind_at, cursor = cursor, skip_import_type(data, cursor)
            if module == GLUE_MODULE:
                module, name = "w", names.setdefault(name, short_name(len(names)))
            module, name = module.encode(), name.encode()
            items.append(uleb(len(module)) + module + uleb(len(name)) + name
                         + data[kind_at:cursor])
        content = uleb(count) + b"".join(items)
        out += bytes([2]) + uleb(len(content)) + content
        at = end
    for long, short in names.items():
        glue, found = re.subn(rf"(?m)^(\s+){re.escape(long)}:", rf"\g<1>{short}:", glue)
        if found != 1:
            sys.exit(f"build_wasm.py: the glue names the import {long} {found} times, not once "
                     "(has wasm-bindgen's output changed?)")
    glue, found = re.subn(rf'"{re.escape(GLUE_MODULE)}": import0,', '"w": import0,', glue)
    if found != 1:
        sys.exit(f"build_wasm.py: the glue has no imports object for {GLUE_MODULE}")
    path.write_bytes(bytes(out))
    return glue


def content_hash(data):
    return hashlib.sha256(data).hexdigest()[:16]


def main():
    release = os.environ.get("TRUNK_PROFILE", "release") == "release"
    wasm, out_dir = cargo_build(release)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        split, bound = tmp / "split", tmp / "bound"
        run(["wasm-split-cli", wasm, split, "--out-name", PACKAGE], stdout=subprocess.DEVNULL)
        # SAMENWIJZER_WASM_NAMES=1 keeps function names (for twiggy and profilers).
        names_kept = os.environ.get("SAMENWIJZER_WASM_NAMES") == "1"
        run(["wasm-bindgen", "--target", "web", "--keep-lld-exports", "--no-demangle",
             *(["--keep-debug"] if names_kept else []),
             "--out-dir", bound, "--out-name", PACKAGE, split / f"{PACKAGE}.wasm"])
        modules = {"main": bound / f"{PACKAGE}_bg.wasm"}
        if release:
            dropped = drop_exports(modules["main"], UNUSED_EXPORTS)
            if dropped == 0:
                log("no unused wasm-streams exports found (UNUSED_EXPORTS may be out of date)")
        for path in sorted(split.glob("*.wasm")):
            if path.name != f"{PACKAGE}.wasm":
                modules[path.stem] = path
        if release:
            for path in modules.values():
                run(["wasm-opt", "-Oz", *(["-g"] if names_kept else []), *WASM_OPT_FEATURES,
                     "--strip-producers", "--strip-target-features",
                     path, "-o", path], stderr=subprocess.DEVNULL)
        glue = (bound / f"{PACKAGE}.js").read_text(encoding="utf-8")
        if release:
            glue = shorten_imports(modules["main"], glue)
        loader = (split / "__wasm_split.js").read_text(encoding="utf-8")
        data = {name: path.read_bytes() for name, path in modules.items()}

    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    names = {}
    for name, blob in data.items():
        stem = PACKAGE if name == "main" else name.replace("_", "-")
        names[name] = f"{stem}-{content_hash(blob)}{'_bg' if name == 'main' else ''}.wasm"
        (OUT / names[name]).write_bytes(blob)
    # The glue and the loader import each other, so both carry one hash of the build.
    build = content_hash(b"".join(data[n] for n in sorted(data)) + glue.encode() + loader.encode())
    glue_name, loader_name = f"{PACKAGE}-{build}.js", f"split-{build}.js"
    glue = glue.replace('from "./__wasm_split.js"', f'from "./{loader_name}"')
    loader = loader.replace(f'from "./{PACKAGE}.js"', f'from "./{glue_name}"')
    loader = re.sub(r'"\./([A-Za-z0-9_]+)\.wasm"',
                    lambda m: f'"./{names[m.group(1)]}"', loader)

    # The files each split point needs: its own module and the shared chunks whose
    # comment in the loader names it (read before minifying takes the comments out).
    splits = {name[len("split_"):]: [names[name]] for name in names if name.startswith("split_")}
    for users, chunk in re.findall(r"/\* ([^*]+) \*/\nconst __chunk_\d+ = makeLoad\(\(\) => \{\n"
                                   r"\s*const src = fetch\(new URL\(\"\./([^\"]+)\"", loader):
        for user in users.split(", "):
            splits.setdefault(user, []).insert(0, chunk)
    if release:
        glue = minify_js(glue, True, glue_name)
        loader = minify_js(loader, True, loader_name)
    (OUT / glue_name).write_text(glue, encoding="utf-8")
    (OUT / loader_name).write_text(loader, encoding="utf-8")
    catalogues = {}
    if out_dir and (out_dir / "i18n").is_dir():
        (OUT / "i18n").mkdir()
        # build.rs named each file after its contents already (`nl-<hash>.txt`).
        for path in sorted((out_dir / "i18n").glob("*.txt")):
            lang = path.stem.split("-")[0]
            if lang in catalogues:
                sys.exit(f"build_wasm.py: two catalogues for {lang} in {out_dir / 'i18n'}")
            catalogues[lang] = f"i18n/{path.name}"
            shutil.copy(path, OUT / "i18n" / path.name)
    manifest = {"js": glue_name, "wasm": names["main"], "loader": loader_name,
                "splits": splits, "i18n": catalogues}
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    log(f"{len(data)} wasm modules in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
