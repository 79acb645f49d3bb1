//! `samenwijzer-data`: check a directory file, make one from a spreadsheet or an
//! HSDS export, write it as packs for the app, or report where the offer has gaps.
//! Exit codes: 0 fine (warnings allowed), 1 problems in the data, 2 wrong use or a
//! file that cannot be read.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use samenwijzer_core::schedule::Date;
use samenwijzer_core::StaffLang;
use samenwijzer_data::args::{
    self, CheckArgs, Command, ImportArgs, PackArgs, Parsed, ReportArgs, USAGE,
};
use samenwijzer_data::{check, csv_import, hsds_import, pack, report, Imported};

/// Wrong use: the message and the usage, exit code 2.
fn usage(message: &str) -> ExitCode {
    eprintln!("samenwijzer-data: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// Today's date (UTC; for "is this old" checks a few hours do not matter). The only
/// place that reads the clock: the library is given the date.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((seconds / 86_400) as i64)
}

/// The file's bytes, or the exit code after saying why it cannot be read.
fn read(file: &str) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(file).map_err(|e| {
        eprintln!("samenwijzer-data: kan {file:?} niet lezen: {e}");
        ExitCode::from(2)
    })
}

/// The CSV files and `datapackage.json` of an HSDS export in tabular form (name and
/// text), or the exit code after saying why they cannot be read.
fn read_folder(dir: &str, lang: StaffLang) -> Result<Vec<(String, String)>, ExitCode> {
    let cannot = |what: &str, e: &dyn std::fmt::Display| {
        let (nl, en) = ("kan", "cannot read");
        match lang {
            StaffLang::Nl => eprintln!("samenwijzer-data: {nl} {what:?} niet lezen: {e}"),
            StaffLang::En => eprintln!("samenwijzer-data: {en} {what:?}: {e}"),
        }
        ExitCode::from(2)
    };
    let listing = std::fs::read_dir(dir).map_err(|e| cannot(dir, &e))?;
    let mut names: Vec<std::path::PathBuf> = listing
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "csv")
                || p.file_name().is_some_and(|n| n == "datapackage.json")
        })
        .collect();
    names.sort();
    let mut files = Vec::new();
    for path in names {
        let shown = path.display().to_string();
        let bytes = std::fs::read(&path).map_err(|e| cannot(&shown, &e))?;
        let Ok(text) = String::from_utf8(bytes) else {
            match lang {
                StaffLang::Nl => {
                    eprintln!("samenwijzer-data: {shown}: het bestand is geen UTF-8-tekst")
                }
                StaffLang::En => eprintln!("samenwijzer-data: {shown}: the file is not UTF-8 text"),
            }
            return Err(ExitCode::from(1));
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        files.push((name, text));
    }
    Ok(files)
}

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Parsed::Run(command) => command,
        Parsed::Help(text) => {
            print!("{text}");
            return ExitCode::SUCCESS;
        }
        Parsed::Usage => {
            print!("{USAGE}");
            return ExitCode::from(2);
        }
        Parsed::Wrong(message) => return usage(&message),
    };
    let result = match command {
        Command::Check(args) => read(&args.file).map(|bytes| run_check(&bytes, &args)),
        Command::ImportCsv(args) => read(&args.file).map(|bytes| {
            let imported = csv_import::import(&bytes, args.today.unwrap_or_else(today), args.lang);
            finish_import(imported, &args)
        }),
        Command::ImportHsds(hsds) => {
            let args = &hsds.import;
            let options = hsds_import::Options {
                municipality: hsds.municipality.clone(),
                lang: args.lang,
            };
            let today = args.today.unwrap_or_else(today);
            if std::path::Path::new(&args.file).is_dir() {
                read_folder(&args.file, args.lang).map(|files| {
                    finish_import(hsds_import::import_tabular(&files, &options, today), args)
                })
            } else {
                read(&args.file).map(|bytes| {
                    let Ok(text) = std::str::from_utf8(&bytes) else {
                        eprint!("{}", check::not_utf8(&args.file, &bytes, args.lang));
                        return ExitCode::from(1);
                    };
                    finish_import(hsds_import::import(text, &options, today), args)
                })
            }
        }
        Command::Pack(args) => read(&args.file).map(|bytes| run_pack(&bytes, &args)),
        Command::Report(args) => read(&args.file).map(|bytes| run_report(&bytes, &args)),
    };
    result.unwrap_or_else(|code| code)
}

fn run_pack(bytes: &[u8], args: &PackArgs) -> ExitCode {
    let (file, dir) = (args.file.as_str(), args.out.as_str());
    let Ok(text) = std::str::from_utf8(bytes) else {
        eprint!("{}", check::not_utf8(file, bytes, args.lang));
        return ExitCode::from(1);
    };
    let packed = match pack::pack(text, args.lang) {
        Ok(packed) => packed,
        Err(message) => {
            for line in message.lines() {
                eprintln!("{file}: {line}");
            }
            return ExitCode::from(1);
        }
    };
    let dir_path = std::path::Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir_path) {
        eprintln!("samenwijzer-data: kan map {dir:?} niet maken: {e}");
        return ExitCode::from(2);
    }
    let mut sizes = Vec::new();
    for (i, name) in packed.files().enumerate() {
        // Made and written one at a time; under another name first, so a web server
        // never serves half a pack.
        let bytes = packed.bytes(i);
        let path = dir_path.join(name);
        let partial = dir_path.join(format!("{name}.part"));
        let written =
            std::fs::write(&partial, &bytes).and_then(|()| std::fs::rename(&partial, &path));
        if let Err(e) = written {
            eprintln!(
                "samenwijzer-data: kan {:?} niet schrijven: {e}",
                path.display()
            );
            let _ = std::fs::remove_file(&partial);
            return ExitCode::from(2);
        }
        sizes.push(bytes.len());
    }
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(pack::report(&packed, &sizes, file, dir, args.lang).as_bytes());
    // Packs of municipalities that are no longer in the file: the app would still
    // find them, so say so (deleting files is left to the person).
    let written: std::collections::HashSet<&str> = packed.files().collect();
    if let Ok(listing) = std::fs::read_dir(dir_path) {
        let mut stale: Vec<String> = listing
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".bin") && !written.contains(name.as_str()))
            .collect();
        stale.sort();
        for name in stale {
            let _ = writeln!(stdout, "{}", pack::stale(&name, dir, args.lang));
        }
    }
    if packed.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_report(bytes: &[u8], args: &ReportArgs) -> ExitCode {
    let file = args.file.as_str();
    let Ok(text) = std::str::from_utf8(bytes) else {
        eprint!("{}", check::not_utf8(file, bytes, args.lang));
        return ExitCode::from(1);
    };
    let today = args.today.unwrap_or_else(today);
    let written = match report::report(text, file, today, args.lang, args.format) {
        Ok(written) => written,
        Err(message) => {
            eprintln!("{file}: {message}");
            return ExitCode::from(1);
        }
    };
    match &args.out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &written.text) {
                eprintln!("samenwijzer-data: kan {path:?} niet schrijven: {e}");
                return ExitCode::from(2);
            }
            eprint!("{}", report::summary(&written, file, path, args.lang));
        }
        None => {
            let _ = std::io::stdout().lock().write_all(written.text.as_bytes());
        }
    }
    ExitCode::SUCCESS
}

fn run_check(bytes: &[u8], args: &CheckArgs) -> ExitCode {
    let file = args.file.as_str();
    let today = args.today.unwrap_or_else(today);
    let Ok(text) = std::str::from_utf8(bytes) else {
        print!("{}", check::not_utf8(file, bytes, args.lang));
        return ExitCode::from(1);
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let checked = check::check(file, text, today, args.lang, color);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = stdout.write_all(checked.output.as_bytes());
    let warnings = checked
        .report
        .count(samenwijzer_core::directory::validate::Severity::Warning);
    if checked.report.has_errors() || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn finish_import(imported: Imported, args: &ImportArgs) -> ExitCode {
    let file = args.file.as_str();
    let lang = args.lang;
    {
        // One locked, buffered stream: a note per entry must not cost a write each.
        let mut stderr = std::io::BufWriter::new(std::io::stderr().lock());
        for note in &imported.notes {
            let _ = writeln!(stderr, "{file}: {}", note.line(lang));
        }
        let _ = writeln!(stderr, "{}", imported.summary(lang));
    }
    let warnings = imported.notes.iter().filter(|n| !n.error).count();
    match &args.out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &imported.json) {
                match lang {
                    StaffLang::Nl => {
                        eprintln!("samenwijzer-data: kan {path:?} niet schrijven: {e}")
                    }
                    StaffLang::En => eprintln!("samenwijzer-data: cannot write {path:?}: {e}"),
                }
                return ExitCode::from(2);
            }
            match lang {
                StaffLang::Nl => eprintln!(
                    "geschreven: {path} (controleer het met: samenwijzer-data check {path})"
                ),
                StaffLang::En => {
                    eprintln!(
                        "written: {path} (check it with: samenwijzer-data check {path} --lang en)"
                    )
                }
            }
        }
        None => {
            let _ = std::io::stdout().lock().write_all(imported.json.as_bytes());
        }
    }
    if imported.has_errors() || (args.deny_warnings && warnings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
