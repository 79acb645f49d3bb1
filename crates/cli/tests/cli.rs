//! The binary as staff run it: exit codes, `file:line:col` lines, imports that pass
//! `check`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_samenwijzer-data"))
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("samenwijzer-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn the_demo_directory_passes() {
    let demo = root().join("data/directory.json");
    let o = run(&["check", demo.to_str().unwrap(), "--today", "2026-11-27"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("0 fouten,"), "{out}");
    assert!(out.contains("voorbeelden)"), "{out}");
}

#[test]
fn a_broken_file_lists_every_error_with_its_place() {
    let file = root().join("crates/cli/tests/fixtures/broken.json");
    let name = file.to_str().unwrap();
    let o = run(&["check", name, "--today", "2026-11-27"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    // A repeated id is an error of the later entry only (the app shows the first).
    assert!(!out.contains(":5:13: fout[SW017]"), "{out}");
    let expected = [
        (
            "9:25",
            "fout[SW015]: onbekende behoefte \"praten\"; kies uit",
        ),
        (
            "11:7",
            "fout[SW013]: onbekend veld `adress` (entries[0].adress)",
        ),
        (
            "15:13",
            "fout[SW017]: de id \"koffie\" komt twee keer voor (ook in entries[0])",
        ),
        ("16:15", "fout[SW012]: `name` is leeg"),
        ("19:15", "fout[SW014]: `free` moet true of false"),
        (
            "20:18",
            "fout[SW019]: `age_min` (70) is hoger dan `age_max` (18)",
        ),
        ("22:49", "fout[SW018]: \"2MO\" telt dagen in een maand"),
        ("22:68", "fout[SW018]: \"25:00\" is geen tijd"),
        (
            "23:30",
            "waarschuwing[SW042]: \"http://www.voorbeeld.nl\": gebruik https://",
        ),
        (
            "24:23",
            "waarschuwing[SW036]: laatst gecontroleerd op 2024-01-01",
        ),
    ];
    for (place, message) in expected {
        let line = format!("{name}:{place}: {message}");
        assert!(out.contains(&line), "missing {line:?} in\n{out}");
    }
    // The likely corrections, each on a help line of its own.
    for help in [
        "= help: bedoelt u `talk`?\n",
        "= help: bedoelt u `location`?\n",
    ] {
        assert_eq!(out.matches(help).count(), 1, "{help:?} in\n{out}");
    }
    assert!(out.contains("8 fouten,"), "{out}");
    // The source line with a caret under the value.
    assert!(
        out.contains("11 |       \"adress\": \"Dorpsstraat 1\","),
        "{out}"
    );
}

#[test]
fn english_and_deny_warnings() {
    let file = root().join("crates/cli/tests/fixtures/broken.json");
    let o = run(&[
        "check",
        file.to_str().unwrap(),
        "--lang",
        "en",
        "--today",
        "2026-11-27",
    ]);
    let out = stdout(&o);
    assert!(out.contains("error[SW013]: unknown field `adress` (entries[0].adress)"));
    assert!(out.contains("= help: did you mean `location`?\n"), "{out}");
    let demo = root().join("data/directory.json");
    let o = run(&[
        "check",
        demo.to_str().unwrap(),
        "--deny-warnings",
        "--today",
        "2026-11-27",
    ]);
    let warnings = !stdout(&o).contains(", 0 waarschuwingen,");
    assert_eq!(o.status.code(), Some(if warnings { 1 } else { 0 }));
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    assert_eq!(
        run(&["check", "/nonexistent/directory.json"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate", "x"]).status.code(), Some(2));
    assert_eq!(
        run(&["check", "x.json", "--lang", "fr"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["check", "x.json", "--today", "gisteren"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["--help"]).status.code(), Some(0));
}

#[test]
fn a_file_that_is_not_utf8_is_a_data_error() {
    let path = tmp("latin1.json");
    std::fs::write(
        &path,
        b"{\"schema_version\": 1,\n\"entries\": [\"caf\xe9\"]}",
    )
    .unwrap();
    let o = run(&["check", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains(":2:"), "{}", stdout(&o));
}

#[test]
fn csv_round_trip_passes_check() {
    let csv = root().join("data/import-example.csv");
    let out = tmp("from-csv.json");
    let o = run(&[
        "import-csv",
        csv.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--today",
        "2026-11-27",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("4 items overgenomen, 0 niet overgenomen"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", out.to_str().unwrap(), "--today", "2026-11-27"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("0 fouten, 0 waarschuwingen, 4 items (4 voorbeelden)"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn csv_with_bad_rows_reports_them_and_keeps_the_rest() {
    let path = tmp("bad.csv");
    std::fs::write(
        &path,
        "naam,beschrijving,behoeften,gratis,laatst_gecontroleerd\nGoed,Prima,sport,ja,2026-11-01\nFout,Mis,vliegen,ja,2026-11-01\n",
    )
    .unwrap();
    let o = run(&["import-csv", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("regel 3, kolom behoeften: fout: onbekende behoefte \"vliegen\""),
        "{}",
        stderr(&o)
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), 1);
}

#[test]
fn hsds_export_round_trip_passes_check() {
    let hsds = root().join("data/hsds-example.json");
    let out = tmp("from-hsds.json");
    let o = run(&[
        "import-hsds",
        hsds.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--today",
        "2026-11-27",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("`timezone` wordt genegeerd"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", out.to_str().unwrap(), "--today", "2026-11-27"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 fouten"), "{}", stdout(&o));
}

/// The Dutch need labels in core (used by the importers) are the app's own.
#[test]
fn need_labels_match_the_app_catalogue() {
    let catalogue = std::fs::read_to_string(root().join("i18n/samenwijzer.pot")).unwrap();
    for need in samenwijzer_core::Need::ALL {
        let label = format!("msgid \"{}\"\n", need.label_nl());
        assert!(
            catalogue.contains(&label),
            "{label} is not in i18n/samenwijzer.pot"
        );
    }
}

/// The report's English need labels are the app's own (`i18n/en.po`).
#[test]
fn report_need_labels_match_the_english_catalogue() {
    let catalogue = std::fs::read_to_string(root().join("i18n/en.po")).unwrap();
    for need in samenwijzer_core::Need::ALL {
        let pair = format!(
            "msgid \"{}\"\nmsgstr \"{}\"\n",
            need.label_nl(),
            samenwijzer_data::report::words::need_en(need)
        );
        assert!(catalogue.contains(&pair), "{pair} is not in i18n/en.po");
    }
}

#[test]
fn report_writes_a_page_with_the_known_gaps() {
    let fixture = root().join("crates/cli/tests/fixtures/report-gaps.json");
    let out = tmp("rapport.html");
    let o = run(&[
        "report",
        fixture.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--today",
        "2026-11-27",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("(9 items, 15 gaten); 1 items met fouten niet meegeteld"),
        "{}",
        stderr(&o)
    );
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("<h3 id=\"gaten-0\">Gaten in Velsen: 15 gaten</h3>"));
    // Without -o: to standard output; CSV and JSON too.
    let o = run(&[
        "report",
        fixture.to_str().unwrap(),
        "--format",
        "csv",
        "--today",
        "2026-11-27",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("\u{feff}section;municipality;"));
    assert_eq!(stdout(&o).matches("\ngaps;velsen;").count(), 15);
    let o = run(&["report", fixture.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(json["gaps"].is_array());
    // A file that is no directory: exit 1; no file: exit 2.
    let broken = tmp("niet.json");
    std::fs::write(&broken, "{").unwrap();
    let o = run(&["report", broken.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("het bestand is niet te gebruiken"),
        "{}",
        stderr(&o)
    );
    let o = run(&["report", "bestaat-niet.json"]);
    assert_eq!(o.status.code(), Some(2));
}

/// A fresh, empty folder for one test's output.
fn out_dir(name: &str) -> PathBuf {
    let dir = tmp(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn pack_writes_every_shard_and_they_read_back() {
    use samenwijzer_core::directory::pack::read_pack;
    let demo = root().join("data/directory.json");
    let dir = out_dir("packs");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("oud.bin"), b"old").unwrap();
    let o = run(&["pack", demo.to_str().unwrap(), "-o", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let out = stdout(&o);

    let text = std::fs::read_to_string(&demo).unwrap();
    let directory = samenwijzer_core::directory::parse_directory(&text).unwrap();
    let mut municipalities: Vec<&str> = directory
        .entries
        .iter()
        .filter_map(|e| e.municipality.as_deref())
        .collect();
    municipalities.sort_unstable();
    municipalities.dedup();
    assert!(municipalities.len() >= 2, "{municipalities:?}");

    let read = |name: &str| {
        let bytes = std::fs::read(dir.join(format!("{name}.bin")))
            .unwrap_or_else(|e| panic!("{name}.bin: {e}"));
        read_pack(&bytes).unwrap_or_else(|e| panic!("{name}.bin: {e}"))
    };
    let all = read("alle");
    assert_eq!(all.entries, directory.entries);
    assert_eq!(all.skipped, directory.skipped);
    let national = read("landelijk");
    assert_eq!(
        national.entries.len(),
        directory
            .entries
            .iter()
            .filter(|e| e.municipality.is_none())
            .count()
    );
    let mut count = national.entries.len();
    for m in &municipalities {
        let pack = read(m);
        assert!(pack
            .entries
            .iter()
            .all(|e| e.municipality.as_deref() == Some(*m)));
        assert_eq!(pack.source, all.source);
        count += pack.entries.len();
        let line = format!("{m}.bin");
        assert!(out.contains(&line), "{line} in\n{out}");
    }
    assert_eq!(count, all.entries.len());
    // Only the shards and the file that was there before: nothing half-written.
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(files, municipalities.len() + 3);
    assert!(
        out.contains(&format!(
            "{} pakketten in {} ({} items, {} gemeenten en landelijk;",
            municipalities.len() + 2,
            dir.to_str().unwrap(),
            all.entries.len(),
            municipalities.len()
        )),
        "{out}"
    );
    assert!(out.contains("0 items niet opgenomen"), "{out}");
    assert!(out.contains("oud.bin hoort bij geen gemeente"), "{out}");
}

#[test]
fn pack_of_a_file_with_errors_exits_1_and_says_what() {
    // Skipped items: the packs are written without them (as the app shows it).
    let broken = tmp("one-bad.json");
    std::fs::write(
        &broken,
        r#"{"schema_version": 1, "entries": [
            {"id": "a", "name": "Goed", "description": "", "municipality": "velsen"},
            {"id": "b", "name": "", "description": ""}]}"#,
    )
    .unwrap();
    let dir = out_dir("packs-broken");
    let o = run(&[
        "pack",
        broken.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("entries[1] (\"b\") is in no pack: `name` is empty"),
        "{}",
        stdout(&o)
    );
    assert!(dir.join("alle.bin").exists() && dir.join("velsen.bin").exists());
    // An unusable file: nothing is written.
    let path = tmp("syntax.json");
    std::fs::write(&path, "{\"schema_version\": 1, \"entries\": [").unwrap();
    let dir = out_dir("packs-syntax");
    let o = run(&["pack", path.to_str().unwrap(), "-o", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("niet te gebruiken"), "{}", stderr(&o));
    assert!(!dir.exists());
    // No usable items.
    std::fs::write(&path, "{\"schema_version\": 1, \"entries\": []}").unwrap();
    let o = run(&["pack", path.to_str().unwrap(), "-o", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("geen bruikbare items"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn pack_usage_errors_exit_2() {
    let demo = root().join("data/directory.json");
    let o = run(&["pack", demo.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("-o <map>"), "{}", stderr(&o));
    assert_eq!(
        run(&["pack", "/nonexistent/directory.json", "-o", "/tmp/x"])
            .status
            .code(),
        Some(2)
    );
    // The output folder cannot be made (a file is in the way).
    let blocker = tmp("blocker");
    std::fs::write(&blocker, b"").unwrap();
    let o = run(&[
        "pack",
        demo.to_str().unwrap(),
        "-o",
        blocker.join("sub").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// Issue 15: `import-csv` given a JSON file printed a line per "column"; now one
/// message and exit 1.
#[test]
fn an_importer_given_the_wrong_kind_of_file_says_so_once() {
    let demo = root().join("data/directory.json");
    let o = run(&[
        "import-csv",
        demo.to_str().unwrap(),
        "--today",
        "2026-11-27",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.contains("dit is een JSON-bestand, geen spreadsheet"),
        "{err}"
    );
    let csv = root().join("data/import-example.csv");
    let o = run(&["import-hsds", csv.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error: this is not JSON but a spreadsheet (CSV)"),
        "{err}"
    );
    assert!(
        err.contains("0 items imported, 0 not imported; 1 errors, 0 warnings"),
        "{err}"
    );
}

/// Issue 15: an unclosed quote swallowed the rows after it and the run exited 0.
#[test]
fn an_unclosed_quote_fails_the_import_and_names_the_line() {
    let file = root().join("crates/cli/tests/fixtures/unclosed-quote.csv");
    let o = run(&[
        "import-csv",
        file.to_str().unwrap(),
        "--today",
        "2026-11-27",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("unclosed-quote.csv: regel 2, kolom beschrijving: fout: het aanhalingsteken"),
        "{err}"
    );
    assert!(
        err.contains("2 items overgenomen, 1 niet overgenomen"),
        "{err}"
    );
}

/// Issue 15: HSDS JSON and HSDS tabular → entries → `check` clean.
#[test]
fn hsds_json_and_tabular_round_trip_through_check() {
    for input in [
        "data/hsds-example.json",
        "crates/cli/tests/fixtures/hsds-organization.json",
        "crates/cli/tests/fixtures/hsds-tabular",
    ] {
        let out = tmp(&format!("{}.json", input.replace('/', "-")));
        let path = root().join(input);
        let o = run(&[
            "import-hsds",
            path.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--today",
            "2026-11-27",
        ]);
        assert_eq!(o.status.code(), Some(0), "{input}: {}", stderr(&o));
        let o = run(&["check", out.to_str().unwrap(), "--today", "2026-11-27"]);
        assert_eq!(o.status.code(), Some(0), "{input}: {}", stdout(&o));
        assert!(stdout(&o).contains("0 fouten"), "{}", stdout(&o));
    }
}
