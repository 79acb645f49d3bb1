//! `samenwijzer-data`: check a directory file, make one from a spreadsheet or an
//! HSDS export, or write it as packs for the app. Exit codes: 0 fine (warnings allowed), 1 problems in the data,
//! 2 wrong use or a file that cannot be read.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use samenwijzer_core::schedule::Date;
use samenwijzer_core::Lang;
use samenwijzer_data::{check, csv_import, hsds_import, pack, Imported};

const USAGE: &str = "\
Gebruik / usage:
  samenwijzer-data check <bestand.json> [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]
  samenwijzer-data import-csv <bestand.csv> [-o uit.json]
  samenwijzer-data import-hsds <bestand.json> [-o uit.json] [--gemeente NAAM]
  samenwijzer-data pack <bestand.json> -o <map> [--lang nl|en]

check      controleert een activiteitenbestand en noemt elk probleem met regel en kolom.
import-csv maakt een activiteitenbestand van een spreadsheet (kolommen: zie docs/directory-format.md).
import-hsds maakt een activiteitenbestand van een Open Referral HSDS 3.0-export.
pack       schrijft het bestand als pakketten voor de app (alle.bin, landelijk.bin en
           één per gemeente) in <map>; de app laadt die sneller dan het JSON-bestand.

Exitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de gegevens,
           2 verkeerd gebruik of bestand niet te lezen.
";

/// Today's date (UTC; for "is this old" checks a few hours do not matter). The only
/// place that reads the clock: the library is given the date.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((seconds / 86_400) as i64)
}

/// Wrong use: the message and the usage, exit code 2.
fn usage(message: &str) -> ExitCode {
    eprintln!("samenwijzer-data: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

struct Args {
    command: String,
    file: Option<String>,
    out: Option<String>,
    today: Option<Date>,
    lang: Lang,
    deny_warnings: bool,
    municipality: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut iter = args.iter();
    let command = iter
        .next()
        .cloned()
        .ok_or("geef een opdracht: check, import-csv, import-hsds of pack")?;
    let mut parsed = Args {
        command,
        file: None,
        out: None,
        today: None,
        lang: Lang::Nl,
        deny_warnings: false,
        municipality: None,
    };
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .ok_or_else(|| format!("{name} heeft een waarde nodig"))
        };
        match arg.as_str() {
            "--today" => {
                let v = value("--today")?;
                parsed.today = Some(
                    Date::parse(&v)
                        .ok_or_else(|| format!("--today {v:?} is geen datum (JJJJ-MM-DD)"))?,
                );
            }
            "--lang" => {
                parsed.lang = match value("--lang")?.as_str() {
                    "nl" => Lang::Nl,
                    "en" => Lang::En,
                    other => return Err(format!("--lang {other:?}: kies nl of en")),
                }
            }
            "--deny-warnings" => parsed.deny_warnings = true,
            "-o" | "--output" => parsed.out = Some(value("-o")?),
            "--gemeente" => parsed.municipality = Some(value("--gemeente")?),
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("onbekende optie {flag:?}"));
            }
            file if parsed.file.is_none() => parsed.file = Some(file.to_owned()),
            extra => return Err(format!("één bestand tegelijk; {extra:?} is te veel")),
        }
    }
    Ok(parsed)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || matches!(args[0].as_str(), "-h" | "--help" | "help") {
        print!("{USAGE}");
        return if args.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let args = match parse_args(&args) {
        Ok(a) => a,
        Err(message) => return usage(&message),
    };
    let Some(file) = args.file.clone() else {
        return usage("geef het bestand dat gelezen moet worden");
    };
    let bytes = match std::fs::read(&file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("samenwijzer-data: kan {file:?} niet lezen: {e}");
            return ExitCode::from(2);
        }
    };
    let today = args.today.unwrap_or_else(today);
    match args.command.as_str() {
        "check" => run_check(&file, &bytes, today, &args),
        "import-csv" => {
            let imported = csv_import::import(&bytes, today);
            finish_import(imported, &args)
        }
        "import-hsds" => {
            let Ok(text) = std::str::from_utf8(&bytes) else {
                eprint!("{}", check::not_utf8(&file, &bytes, args.lang));
                return ExitCode::from(1);
            };
            let options = hsds_import::Options {
                municipality: args.municipality.clone(),
            };
            finish_import(hsds_import::import(text, &options, today), &args)
        }
        "pack" => run_pack(&file, &bytes, &args),
        other => usage(&format!("onbekende opdracht {other:?}")),
    }
}

fn run_pack(file: &str, bytes: &[u8], args: &Args) -> ExitCode {
    let Some(dir) = args.out.as_deref() else {
        return usage("pack heeft een map nodig: -o <map>");
    };
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

fn run_check(file: &str, bytes: &[u8], today: Date, args: &Args) -> ExitCode {
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

fn finish_import(imported: Imported, args: &Args) -> ExitCode {
    let file = args.file.as_deref().unwrap_or("");
    for note in &imported.notes {
        eprintln!("{file}: {note}");
    }
    let errors = imported.notes.iter().filter(|n| n.error).count();
    let warnings = imported.notes.len() - errors;
    eprintln!(
        "{} items overgenomen, {} niet overgenomen; {errors} fouten, {warnings} waarschuwingen",
        imported.entries, imported.left_out
    );
    match &args.out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &imported.json) {
                eprintln!("samenwijzer-data: kan {path:?} niet schrijven: {e}");
                return ExitCode::from(2);
            }
            eprintln!("geschreven: {path} (controleer het met: samenwijzer-data check {path})");
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
