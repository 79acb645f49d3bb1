//! The text catalogues, read by GNU gettext's own tools (`msgfmt`, `msgcmp`): what
//! translators' tools will do with them. `build.rs` checks the same files for the app.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn languages() -> Vec<String> {
    std::fs::read_to_string(root().join("i18n/LINGUAS"))
        .unwrap()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect()
}

fn gettext(tool: &str, args: &[&str]) -> std::process::Output {
    Command::new(tool)
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("{tool} not found ({e}): install gettext (`make setup` does)"))
}

#[test]
fn every_catalogue_passes_msgfmt_with_its_format_checks() {
    let mut files = vec!["i18n/samenwijzer.pot".to_owned()];
    files.extend(languages().iter().map(|l| format!("i18n/{l}.po")));
    for file in files {
        // Fuzzy (unchecked) texts are shown too, so they are checked too.
        let out = gettext(
            "msgfmt",
            &["--check", "--use-fuzzy", "-o", "/dev/null", &file],
        );
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn every_translation_covers_the_template() {
    for lang in languages() {
        let file = format!("i18n/{lang}.po");
        let out = gettext("msgcmp", &["--use-fuzzy", &file, "i18n/samenwijzer.pot"]);
        assert!(
            out.status.success(),
            "{file}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
