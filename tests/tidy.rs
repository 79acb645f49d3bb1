//! Rules of the house that a test can check by reading the sources (after
//! rust-analyzer's tidy tests). Each test says what it guards and why.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The Rust files under `dir`, without test modules: a file is read up to its first
/// `#[cfg(test)]` (tests come last), and `tests.rs` files and `tests/` folders are
/// left out.
fn sources(dir: &str) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "tests" {
                    stack.push(path);
                }
            } else if name.ends_with(".rs") && name != "tests.rs" {
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or("").to_owned();
                out.push((path, code));
            }
        }
    }
    out
}

/// The app's wasm is built with `-Zfmt-debug=none` (scripts/build_wasm.py), which
/// turns every `{:?}` into nothing: a message that quotes a value with it would lose
/// the value. Code the app may run quotes with `samenwijzer_core::quote::quoted`.
#[test]
fn no_debug_formatting_in_code_the_app_runs() {
    let mut found = Vec::new();
    for dir in ["src", "crates/core/src"] {
        for (path, code) in sources(dir) {
            for (n, line) in debug_formatting(&code) {
                found.push(format!("{}:{n}: {line}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Debug formatting found:\n{}",
        found.join("\n")
    );
}

/// Lines (numbered from 1) that format with Debug; comments do not count.
fn debug_formatting(code: &str) -> Vec<(usize, &str)> {
    code.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .filter(|(_, line)| line.contains(":?}") || line.contains(":#?}"))
        .map(|(n, line)| (n + 1, line.trim()))
        .collect()
}

#[test]
fn the_debug_rule_finds_a_planted_violation() {
    let code = "fn ok() {}\n// a comment about {:?}\nfn bad(v: &str) -> String {\n    format!(\"{v:?} is wrong\")\n}\n";
    assert_eq!(debug_formatting(code), [(4, "format!(\"{v:?} is wrong\")")]);
}

/// The main module carries no JSON parser (src/json.rs uses the browser's): serde_json
/// is for the files whose mistakes staff must see precisely — the directory and the
/// municipalities' configurations — and is read in their parts, in `src/data/`.
#[test]
fn serde_json_only_where_the_data_is_read() {
    let found: Vec<String> = sources("src")
        .into_iter()
        .filter(|(path, code)| {
            !path.starts_with(root().join("src/data"))
                && code
                    .lines()
                    .any(|l| !l.trim_start().starts_with("//") && l.contains("serde_json"))
        })
        .map(|(path, _)| path.display().to_string())
        .collect();
    assert!(found.is_empty(), "serde_json used in: {}", found.join(", "));
}
