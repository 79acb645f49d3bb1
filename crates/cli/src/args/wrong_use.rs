//! clap's errors as the short Dutch messages staff know from before clap; `main.rs`
//! prints them above the usage, with exit code 2.

use clap::error::{ContextKind, ContextValue, ErrorKind};

/// A short Dutch message for a clap error.
pub(super) fn message(e: &clap::Error) -> String {
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        _ => String::new(),
    };
    // The option as staff write it: "--today", not "--today <JJJJ-MM-DD>".
    let option = || {
        let arg = text(ContextKind::InvalidArg);
        let name = arg.split([' ', '=']).next().unwrap_or_default().to_owned();
        if name == "--output" {
            "-o".to_owned()
        } else {
            name
        }
    };
    match e.kind() {
        ErrorKind::InvalidSubcommand => {
            format!(
                "onbekende opdracht {:?}",
                text(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingSubcommand => {
            "geef een opdracht: check, import-csv, import-hsds, pack of report".to_owned()
        }
        ErrorKind::UnknownArgument => {
            let arg = text(ContextKind::InvalidArg);
            if arg.starts_with('-') && arg.len() > 1 {
                format!("onbekende optie {arg:?}")
            } else {
                format!("één bestand tegelijk; {arg:?} is te veel")
            }
        }
        // A value our own parser refused: its message is already the one to show.
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            Some(source) => source.to_string(),
            None => format!(
                "{} {:?} klopt niet",
                option(),
                text(ContextKind::InvalidValue)
            ),
        },
        ErrorKind::InvalidValue if text(ContextKind::InvalidValue).is_empty() => {
            format!("{} heeft een waarde nodig", option())
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = text(ContextKind::InvalidArg);
            if missing.contains("--output") && !missing.contains("<bestand") {
                "pack heeft een map nodig: -o <map>".to_owned()
            } else {
                "geef het bestand dat gelezen moet worden".to_owned()
            }
        }
        // Anything else clap finds: its own words, without its "error: ".
        _ => {
            let message = e.to_string();
            let first = message.lines().next().unwrap_or_default();
            first.trim_start_matches("error: ").to_owned()
        }
    }
}
