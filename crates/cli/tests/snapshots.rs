//! The whole output of the binary, as staff see it: exit code, stdout and stderr, for
//! every command over the fixtures (`tests/fixtures`) and the demo data, and for wrong
//! use. Compared with `tests/snapshots/*.snap` (insta), so any change to what staff
//! read shows up in review as a diff of those files.
//!
//! To accept an intended change: `INSTA_UPDATE=always cargo test -p samenwijzer-data
//! --test snapshots`, then read the diff of the `.snap` files before committing.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runs the binary in `crates/cli` (so file names in the output are relative and the
/// same on every machine) and describes what it did.
fn run(args: &[&str]) -> String {
    run_with(args, None)
}

/// As [`run`], for a command that writes into `out`: that folder is shown as `[OUT]`.
fn run_with(args: &[&str], out: Option<&Path>) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_samenwijzer-data"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs");
    let mut text = format!(
        "$ samenwijzer-data {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        output
            .status
            .code()
            .map_or_else(|| "none".to_owned(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    );
    if let Some(out) = out {
        text = text.replace(out.to_str().expect("a UTF-8 temp path"), "[OUT]");
    }
    text
}

/// A fresh, empty folder for one test's output.
fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "samenwijzer-snapshots-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

const TODAY: &str = "2026-11-27";
const DEMO: &str = "../../data/directory.json";
const BROKEN: &str = "tests/fixtures/broken.json";

#[test]
fn check_the_demo_directory() {
    insta::assert_snapshot!("check_demo_nl", run(&["check", DEMO, "--today", TODAY]));
    insta::assert_snapshot!(
        "check_demo_en",
        run(&["check", DEMO, "--today", TODAY, "--lang", "en"])
    );
    insta::assert_snapshot!(
        "check_demo_deny_warnings",
        run(&["check", DEMO, "--today", TODAY, "--deny-warnings"])
    );
}

#[test]
fn check_a_broken_file() {
    insta::assert_snapshot!("check_broken_nl", run(&["check", BROKEN, "--today", TODAY]));
    insta::assert_snapshot!(
        "check_broken_en",
        run(&["check", BROKEN, "--lang", "en", "--today", TODAY])
    );
}

#[test]
fn check_odd_files() {
    insta::assert_snapshot!(
        "check_dotted_key",
        run(&["check", "tests/fixtures/dotted-key.json", "--today", TODAY])
    );
    insta::assert_snapshot!(
        "check_latin1_nl",
        run(&["check", "tests/fixtures/latin1.json", "--today", TODAY])
    );
    insta::assert_snapshot!(
        "check_latin1_en",
        run(&["check", "tests/fixtures/latin1.json", "--lang", "en"])
    );
    insta::assert_snapshot!(
        "check_not_json",
        run(&["check", "tests/fixtures/bad.csv", "--today", TODAY])
    );
}

#[test]
fn import_csv() {
    insta::assert_snapshot!(
        "import_csv_example",
        run(&[
            "import-csv",
            "../../data/import-example.csv",
            "--today",
            TODAY
        ])
    );
    insta::assert_snapshot!(
        "import_csv_bad",
        run(&["import-csv", "tests/fixtures/bad.csv", "--today", TODAY])
    );
    let out = out_dir("csv");
    std::fs::create_dir_all(&out).unwrap();
    let file = out.join("uit.json");
    insta::assert_snapshot!(
        "import_csv_to_a_file",
        run_with(
            &[
                "import-csv",
                "tests/fixtures/bad.csv",
                "-o",
                file.to_str().unwrap(),
                "--today",
                TODAY,
            ],
            Some(&out)
        )
    );
    insta::assert_snapshot!(
        "import_csv_to_a_file_written",
        std::fs::read_to_string(&file).unwrap()
    );
}

#[test]
fn import_hsds() {
    insta::assert_snapshot!(
        "import_hsds_example",
        run(&[
            "import-hsds",
            "../../data/hsds-example.json",
            "--today",
            TODAY
        ])
    );
    insta::assert_snapshot!(
        "import_hsds_bad",
        run(&[
            "import-hsds",
            "tests/fixtures/bad-hsds.json",
            "--today",
            TODAY
        ])
    );
    insta::assert_snapshot!(
        "import_hsds_gemeente",
        run(&[
            "import-hsds",
            "tests/fixtures/bad-hsds.json",
            "--gemeente",
            "Velsen",
            "--today",
            TODAY,
        ])
    );
    insta::assert_snapshot!(
        "import_hsds_latin1",
        run(&[
            "import-hsds",
            "tests/fixtures/latin1.json",
            "--today",
            TODAY
        ])
    );
}

#[test]
fn pack() {
    let out = out_dir("pack-demo");
    insta::assert_snapshot!(
        "pack_demo",
        run_with(&["pack", DEMO, "-o", out.to_str().unwrap()], Some(&out))
    );
    let out = out_dir("pack-broken");
    insta::assert_snapshot!(
        "pack_broken_en",
        run_with(
            &["pack", BROKEN, "-o", out.to_str().unwrap(), "--lang", "en"],
            Some(&out)
        )
    );
    let out = out_dir("pack-latin1");
    insta::assert_snapshot!(
        "pack_latin1",
        run_with(
            &[
                "pack",
                "tests/fixtures/latin1.json",
                "-o",
                out.to_str().unwrap()
            ],
            Some(&out)
        )
    );
    let out = out_dir("pack-csv");
    insta::assert_snapshot!(
        "pack_not_json",
        run_with(
            &[
                "pack",
                "tests/fixtures/bad.csv",
                "-o",
                out.to_str().unwrap()
            ],
            Some(&out)
        )
    );
}

/// The report's numbers for the demo directory (JSON: every count and gap, easy to
/// review as a diff), the known-gaps fixture as CSV, and the help.
#[test]
fn report() {
    insta::assert_snapshot!(
        "report_demo_json",
        run(&["report", DEMO, "--format", "json", "--today", TODAY])
    );
    insta::assert_snapshot!(
        "report_gaps_csv",
        run(&[
            "report",
            "tests/fixtures/report-gaps.json",
            "--format",
            "csv",
            "--today",
            TODAY
        ])
    );
    insta::assert_snapshot!("report_help", run(&["report", "--help"]));
    insta::assert_snapshot!(
        "report_not_json",
        run(&["report", "tests/fixtures/bad.csv"])
    );
}

#[test]
fn wrong_use() {
    let cases: &[(&str, &[&str])] = &[
        ("no_arguments", &[]),
        ("help", &["--help"]),
        ("help_short", &["-h"]),
        ("help_word", &["help"]),
        ("unknown_command", &["frobnicate", "x"]),
        ("check_without_a_file", &["check"]),
        ("check_two_files", &["check", BROKEN, DEMO]),
        ("check_unknown_option", &["check", BROKEN, "--bogus"]),
        ("check_bad_lang", &["check", BROKEN, "--lang", "fr"]),
        ("check_bad_today", &["check", BROKEN, "--today", "gisteren"]),
        ("check_today_without_value", &["check", BROKEN, "--today"]),
        (
            "check_unreadable",
            &["check", "/nonexistent/directory.json"],
        ),
        (
            "check_with_output",
            &["check", BROKEN, "-o", "x.json", "--today", TODAY],
        ),
        (
            "check_with_gemeente",
            &["check", BROKEN, "--gemeente", "velsen", "--today", TODAY],
        ),
        ("check_help", &["check", "--help"]),
        (
            "csv_with_gemeente",
            &[
                "import-csv",
                "tests/fixtures/bad.csv",
                "--gemeente",
                "velsen",
                "--today",
                TODAY,
            ],
        ),
        (
            "csv_with_lang",
            &[
                "import-csv",
                "tests/fixtures/bad.csv",
                "--lang",
                "en",
                "--today",
                TODAY,
            ],
        ),
        ("pack_without_output", &["pack", DEMO]),
        (
            "pack_with_today",
            &["pack", DEMO, "-o", "/nonexistent/x", "--today", TODAY],
        ),
        (
            "pack_unreadable",
            &["pack", "/nonexistent/directory.json", "-o", "/tmp/x"],
        ),
    ];
    for (name, args) in cases {
        insta::assert_snapshot!(format!("wrong_use_{name}"), run(args));
    }
}
