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

/// Lines (numbered from 1) of `code` that mention one of `tokens`, comments left out.
fn mentions<'a>(code: &'a str, tokens: &[&str]) -> Vec<(usize, &'a str)> {
    code.lines()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.trim_start();
            !line.starts_with("//") && tokens.iter().any(|t| line.contains(t))
        })
        .map(|(n, line)| (n + 1, line.trim()))
        .collect()
}

/// Every mention of `tokens` in the app's sources (`src/`) outside `allowed` (files or
/// folders, relative to the root), as "path:line: text".
fn mentioned_outside(tokens: &[&str], allowed: &[&str]) -> Vec<String> {
    mentioned_outside_in(&["src"], tokens, allowed)
}

/// Every mention of `tokens` in the sources under `dirs` outside `allowed`.
fn mentioned_outside_in(dirs: &[&str], tokens: &[&str], allowed: &[&str]) -> Vec<String> {
    let allowed: Vec<PathBuf> = allowed.iter().map(|a| root().join(a)).collect();
    let mut found = Vec::new();
    for (path, code) in dirs.iter().flat_map(|dir| sources(dir)) {
        if allowed.iter().any(|a| path.starts_with(a)) {
            continue;
        }
        for (n, line) in mentions(&code, tokens) {
            found.push(format!("{}:{n}: {line}", path.display()));
        }
    }
    found
}

#[test]
fn the_mention_rule_finds_a_planted_violation() {
    let code = "// local_storage in a comment\nlet s = window().local_storage();\n";
    assert_eq!(
        mentions(code, &["local_storage"]),
        [(2, "let s = window().local_storage();")]
    );
}

/// Code the app runs lower-cases through `samenwijzer_core::case`: the standard
/// library's `to_lowercase` brings a table of every capital into the wasm (4.8 KB
/// gzipped on the directory's first load), `case` one of runs (see its docs).
#[test]
fn lower_case_only_through_case_rs() {
    const TOKENS: &[&str] = &["to_lowercase", "to_uppercase"];
    let found = mentioned_outside_in(
        &["src", "crates/core/src"],
        TOKENS,
        &["crates/core/src/case.rs"],
    );
    assert!(
        found.is_empty(),
        "lower case outside case.rs:\n{}",
        found.join("\n")
    );
    let planted = "// to_lowercase in a comment\nlet w = word.to_lowercase();\n";
    assert_eq!(
        mentions(planted, TOKENS),
        [(2, "let w = word.to_lowercase();")]
    );
}

/// Only `storage.rs` stores: it knows the keys, turns a full or blocked storage into a
/// message, and is what the privacy page describes.
#[test]
fn only_storage_rs_stores() {
    let found = mentioned_outside(&["local_storage", "session_storage"], &["src/storage.rs"]);
    assert!(
        found.is_empty(),
        "storage used outside storage.rs:\n{}",
        found.join("\n")
    );
}

/// Only `data/` fetches: it keeps every request on our origin and turns a failure
/// into the app's own errors.
#[test]
fn only_data_fetches() {
    let found = mentioned_outside(
        &[
            "gloo_net",
            ".fetch_with_str",
            ".fetch_with_request",
            "web_sys::Request",
        ],
        &["src/data"],
    );
    assert!(
        found.is_empty(),
        "fetching outside src/data:\n{}",
        found.join("\n")
    );
}

/// Pages use components, never the other way round (no import cycles).
#[test]
fn components_never_import_pages() {
    let found: Vec<String> = sources("src/components")
        .into_iter()
        .flat_map(|(path, code)| {
            mentions(&code, &["crate::pages", "super::super::pages"])
                .into_iter()
                .map(move |(n, line)| format!("{}:{n}: {line}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        found.is_empty(),
        "a component imports a page:\n{}",
        found.join("\n")
    );
}

/// One view waits for the directory (`components/directory_view.rs`): loading and
/// failure look the same on every page.
#[test]
fn one_view_waits_for_the_directory() {
    let found = mentioned_outside(
        &["use_directory"],
        &["src/data", "src/components/directory_view.rs"],
    );
    assert!(
        found.is_empty(),
        "the directory's state matched by hand:\n{}",
        found.join("\n")
    );
}

/// Links to other places are built in the core (`SafeLink`, `Location::map_link`,
/// `Helpline::chat_link`), which lets through only `https:`, `tel:` and `mailto:`;
/// the app writes no such URL itself. (The calendar file's `data:` link is our own
/// text, not a place.)
#[test]
fn links_are_built_by_safe_link() {
    let found = mentioned_outside(&["\"https:", "\"http:", "\"tel:", "\"mailto:"], &[]);
    assert!(
        found.is_empty(),
        "a link built by hand:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_link_rule_finds_a_planted_violation() {
    let code =
        "view! { <a href=\"tel:113\">113</a> }\nlet map = format!(\"https://osm.org/{x}\");\n";
    assert_eq!(
        mentions(code, &["\"https:", "\"tel:"]).len(),
        2,
        "both hand-made links are found"
    );
}

/// The phone numbers (7 digits or more, starting with 0) in a text, as digits.
fn phone_numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while i < chars.len() {
            if chars[i].is_ascii_digit() {
                digits.push(chars[i]);
            } else if matches!(chars[i], ' ' | '-')
                && chars.get(i + 1).is_some_and(char::is_ascii_digit)
            {
                // a space or hyphen inside a number
            } else {
                break;
            }
            i += 1;
        }
        if digits.len() >= 7 && digits.starts_with('0') {
            found.push(digits);
        }
    }
    found
}

#[test]
fn the_phone_number_reader_finds_numbers_in_prose() {
    assert_eq!(
        phone_numbers("Bel De Luisterlijn: 088 0767 000. Bel 113 of gratis 0800-0113, in 2026."),
        ["0880767000", "08000113"]
    );
}

/// The helplines' numbers are written in `core::help`; the texts that show them
/// before the app runs (index.html, boot.js, compat.js) and the catalogues repeat
/// them. A number there that is not the core's would send a person in crisis to the
/// wrong line.
#[test]
fn helpline_numbers_are_the_cores() {
    use samenwijzer_core::help::Helpline;
    let known: Vec<String> = Helpline::ALL
        .iter()
        .flat_map(|line| line.phones())
        .map(|n| n.chars().filter(char::is_ascii_digit).collect())
        .collect();
    let mut files = vec![
        "index.html".to_owned(),
        "static/boot.js".to_owned(),
        "static/compat.js".to_owned(),
        "src/pages/result.rs".to_owned(),
    ];
    for entry in std::fs::read_dir(root().join("i18n")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".po") || name.ends_with(".pot") {
            files.push(format!("i18n/{name}"));
        }
    }
    let mut wrong = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(root().join(file)).unwrap();
        for number in phone_numbers(&text) {
            if !known.contains(&number) {
                wrong.push(format!("{file}: {number}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "numbers that are not core::help's:\n{}",
        wrong.join("\n")
    );
}

/// The widget (static/widget.js, plain script on the council's page) passes the page's
/// theme tokens to the app, which reads them with `core::theme::TOKENS`: the same
/// names and properties, in the same order.
#[test]
fn the_widgets_tokens_are_the_cores() {
    let script = std::fs::read_to_string(root().join("static/widget.js")).unwrap();
    let widget = widget_tokens(&script);
    let core: Vec<(String, String)> = samenwijzer_core::theme::TOKENS
        .iter()
        .map(|t| (t.name.to_owned(), t.property.to_owned()))
        .collect();
    assert_eq!(widget, core);
}

/// The `var TOKENS = { 'name': '--property', … }` table of the widget's script.
fn widget_tokens(script: &str) -> Vec<(String, String)> {
    let start = script
        .find("var TOKENS = {")
        .expect("widget.js has its TOKENS table");
    let table = &script[start..];
    let table = &table[..table.find("};").expect("the table ends")];
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (name, property) = line.trim().trim_end_matches(',').split_once(':')?;
            let unquote = |s: &str| s.trim().trim_matches('\'').to_owned();
            Some((unquote(name), unquote(property)))
        })
        .collect()
}

#[test]
fn the_token_reader_reads_a_planted_table() {
    let script = "var TOKENS = {\n    'primary': '--a',\n    'text': '--b'\n  };\n";
    assert_eq!(
        widget_tokens(script),
        [
            ("primary".to_owned(), "--a".to_owned()),
            ("text".to_owned(), "--b".to_owned())
        ]
    );
}

/// Right-to-left languages mirror the layout by themselves only when the styles say
/// "start" and "end", not "left" and "right": `margin-inline-start`, not `margin-left`
/// (style/main.css, index.html's styles, and `style:` in the app's views).
#[test]
fn the_styles_are_logical() {
    let mut found = Vec::new();
    let mut files = vec![
        (root().join("style/main.css"), false),
        (root().join("index.html"), false),
    ];
    files.extend(sources("src").into_iter().map(|(path, _)| (path, true)));
    for (path, rust) in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in physical_properties(&text, rust) {
            found.push(format!("{}:{n}: {line}", path.display()));
        }
    }
    assert!(
        found.is_empty(),
        "left/right in styles (use inline-start/inline-end):\n{}",
        found.join("\n")
    );
}

/// A property that names a physical side: `margin-left`, `left`, `border-right-color`.
fn physical_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && name
            .split('-')
            .any(|part| part == "left" || part == "right")
}

/// Lines (numbered from 1) that style with a physical side: a CSS declaration such as
/// `margin-left: 1rem`, `left: 0` or `text-align: right`, or in Rust a view's
/// `style:margin-left=`.
fn physical_properties(text: &str, rust: bool) -> Vec<(usize, &str)> {
    let physical = |line: &str| {
        let line = line.to_ascii_lowercase();
        if rust {
            return line.split("style:").skip(1).any(|rest| {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                    .collect();
                physical_name(&name)
            });
        }
        line.split([';', '{', '}']).any(|declaration| {
            let Some((name, value)) = declaration.split_once(':') else {
                return false;
            };
            let (name, value) = (name.trim(), value.trim());
            physical_name(name)
                || (["text-align", "float", "clear"].contains(&name)
                    && ["left", "right"].contains(&value))
        })
    };
    text.lines()
        .enumerate()
        .filter(|(_, line)| physical(line))
        .map(|(n, line)| (n + 1, line.trim()))
        .collect()
}

#[test]
fn the_logical_rule_finds_planted_violations() {
    let css = ".a { margin-inline-start: 1rem; }\n.b { margin-left: 1rem; }\n.c:hover {\n  left:0;\n}\n.d { text-align: right; }\n.e { inset-inline: 0; }\n.f { border-top-left-radius: 2px; }\n.arrow-left { color: red; }\n";
    let lines: Vec<usize> = physical_properties(css, false)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(lines, [2, 4, 6, 8]);
    let rust = "view! { <div style:width=w style:margin-right=m/> }\nlet left = 1;\n";
    let lines: Vec<usize> = physical_properties(rust, true)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(lines, [1]);
}
