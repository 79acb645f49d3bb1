//! The command line: one subcommand per tool, each taking only its own options
//! (clap's derive). The texts staff read stay ours and Dutch: the help is written out
//! below (clap's generated help would be English), and clap's errors are turned into
//! the short Dutch messages `main.rs` prints above the usage.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, Parser, Subcommand};
use samenwijzer_core::schedule::Date;
use samenwijzer_core::Lang;

/// The usage of every command: `--help`, no arguments, and after a wrong use.
pub const USAGE: &str = "\
Gebruik / usage:
  samenwijzer-data check <bestand.json> [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]
  samenwijzer-data import-csv <bestand.csv> [-o uit.json] [--today JJJJ-MM-DD] [--deny-warnings]
  samenwijzer-data import-hsds <bestand.json> [-o uit.json] [--gemeente NAAM] [--today JJJJ-MM-DD] [--deny-warnings]
  samenwijzer-data pack <bestand.json> -o <map> [--lang nl|en]
  samenwijzer-data <opdracht> --help

check      controleert een activiteitenbestand en noemt elk probleem met regel en kolom.
import-csv maakt een activiteitenbestand van een spreadsheet (kolommen: zie docs/directory-format.md).
import-hsds maakt een activiteitenbestand van een Open Referral HSDS 3.0-export.
pack       schrijft het bestand als pakketten voor de app (alle.bin, landelijk.bin en
           één per gemeente) in <map>; de app laadt die sneller dan het JSON-bestand.

Exitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de gegevens,
           2 verkeerd gebruik of bestand niet te lezen.
";

const EXIT_CODES: &str = "\
Exitcodes: 0 in orde (waarschuwingen mogen), 1 fouten in de gegevens,
           2 verkeerd gebruik of bestand niet te lezen.
";

const TODAY: &str =
    "  --today JJJJ-MM-DD  reken alsof het die dag is (standaard vandaag; voor tests)\n";
const DENY_WARNINGS: &str = "  --deny-warnings     ook bij waarschuwingen exitcode 1\n";

fn help(usage: &str, what: &str, options: &[&str]) -> String {
    format!(
        "Gebruik / usage:\n  samenwijzer-data {usage}\n\n{what}\n\n{}\n{EXIT_CODES}",
        options.concat()
    )
}

fn check_help() -> String {
    help(
        "check <bestand.json> [--today JJJJ-MM-DD] [--lang nl|en] [--deny-warnings]",
        "Controleert een activiteitenbestand en noemt elk probleem met regel en kolom,\n\
         met een vaste code per soort probleem (zie docs/directory-format.md).",
        &[
            TODAY,
            "  --lang nl|en        meldingen in het Nederlands (standaard) of het Engels\n",
            DENY_WARNINGS,
        ],
    )
}

fn import_csv_help() -> String {
    help(
        "import-csv <bestand.csv> [-o uit.json] [--today JJJJ-MM-DD] [--deny-warnings]",
        "Maakt een activiteitenbestand van een spreadsheet (kolommen: zie\n\
         docs/directory-format.md). De rijen met fouten worden genoemd en overgeslagen.",
        &[
            "  -o, --output uit.json  schrijf het bestand hier (anders naar de uitvoer)\n",
            TODAY,
            DENY_WARNINGS,
        ],
    )
}

fn import_hsds_help() -> String {
    help(
        "import-hsds <bestand.json> [-o uit.json] [--gemeente NAAM] [--today JJJJ-MM-DD] [--deny-warnings]",
        "Maakt een activiteitenbestand van een Open Referral HSDS 3.0-export.",
        &[
            "  -o, --output uit.json  schrijf het bestand hier (anders naar de uitvoer)\n",
            "  --gemeente NAAM     de gemeente van elk item (anders uit het adres)\n",
            TODAY,
            DENY_WARNINGS,
        ],
    )
}

fn pack_help() -> String {
    help(
        "pack <bestand.json> -o <map> [--lang nl|en]",
        "Schrijft het bestand als pakketten voor de app (alle.bin, landelijk.bin en één\n\
         per gemeente) in <map>; de app laadt die sneller dan het JSON-bestand.",
        &[
            "  -o, --output <map>  de map voor de pakketten (verplicht)\n",
            "  --lang nl|en        meldingen in het Nederlands (standaard) of het Engels\n",
        ],
    )
}

#[derive(Debug, Parser)]
#[command(
    name = "samenwijzer-data",
    override_help = USAGE,
    disable_version_flag = true,
    subcommand_required = true,
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What to do, with the options of that command only.
#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    #[command(override_help = check_help(), args_override_self = true)]
    Check(CheckArgs),
    #[command(override_help = import_csv_help(), args_override_self = true)]
    ImportCsv(ImportArgs),
    #[command(override_help = import_hsds_help(), args_override_self = true)]
    ImportHsds(ImportHsdsArgs),
    #[command(override_help = pack_help(), args_override_self = true)]
    Pack(PackArgs),
}

#[derive(Debug, PartialEq, Args)]
pub struct CheckArgs {
    #[arg(value_name = "bestand.json")]
    pub file: String,
    /// The date for "is this old" (`None`: today, which `main.rs` reads).
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = date)]
    pub today: Option<Date>,
    #[arg(long, value_name = "nl|en", value_parser = lang, default_value = "nl")]
    pub lang: Lang,
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, PartialEq, Args)]
pub struct ImportArgs {
    #[arg(value_name = "bestand")]
    pub file: String,
    /// Where to write the directory file (`None`: standard output).
    #[arg(short = 'o', long = "output", value_name = "uit.json")]
    pub out: Option<String>,
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = date)]
    pub today: Option<Date>,
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, PartialEq, Args)]
pub struct ImportHsdsArgs {
    #[command(flatten)]
    pub import: ImportArgs,
    /// The municipality for every entry; otherwise from each address.
    #[arg(long = "gemeente", value_name = "NAAM")]
    pub municipality: Option<String>,
}

#[derive(Debug, PartialEq, Args)]
pub struct PackArgs {
    #[arg(value_name = "bestand.json")]
    pub file: String,
    #[arg(short = 'o', long = "output", value_name = "map")]
    pub out: String,
    #[arg(long, value_name = "nl|en", value_parser = lang, default_value = "nl")]
    pub lang: Lang,
}

fn date(value: &str) -> Result<Date, String> {
    Date::parse(value).ok_or_else(|| format!("--today {value:?} is geen datum (JJJJ-MM-DD)"))
}

fn lang(value: &str) -> Result<Lang, String> {
    match value {
        "nl" => Ok(Lang::Nl),
        "en" => Ok(Lang::En),
        other => Err(format!("--lang {other:?}: kies nl of en")),
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    Run(Command),
    /// `--help`, `-h` or `help` (of a command): print this, exit 0.
    Help(String),
    /// No arguments at all: print the usage, exit 2.
    Usage,
    /// Wrong use: print this message and the usage, exit 2.
    Wrong(String),
}

/// Reads the command line (`args` without the program's name).
pub fn parse<I, T>(args: I) -> Parsed
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let with_name =
        std::iter::once(OsString::from("samenwijzer-data")).chain(args.into_iter().map(Into::into));
    match Cli::try_parse_from(with_name) {
        Ok(cli) => Parsed::Run(cli.command),
        Err(e) => match e.kind() {
            ErrorKind::DisplayHelp => Parsed::Help(e.to_string()),
            ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Parsed::Usage,
            _ => Parsed::Wrong(wrong_use(&e)),
        },
    }
}

/// A short Dutch message for a clap error.
fn wrong_use(e: &clap::Error) -> String {
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
            "geef een opdracht: check, import-csv, import-hsds of pack".to_owned()
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn wrong(args: &[&str]) -> String {
        match parse(args) {
            Parsed::Wrong(message) => message,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn clap_accepts_the_definition() {
        Cli::command().debug_assert();
    }

    #[test]
    fn each_command_takes_its_own_options() {
        let today = Date::new(2026, 11, 27);
        assert_eq!(
            parse(["check", "a.json", "--lang", "en", "--today", "2026-11-27"]),
            Parsed::Run(Command::Check(CheckArgs {
                file: "a.json".into(),
                today,
                lang: Lang::En,
                deny_warnings: false,
            }))
        );
        assert_eq!(
            parse([
                "import-hsds",
                "-o",
                "x.json",
                "h.json",
                "--gemeente",
                "velsen"
            ]),
            Parsed::Run(Command::ImportHsds(ImportHsdsArgs {
                import: ImportArgs {
                    file: "h.json".into(),
                    out: Some("x.json".into()),
                    today: None,
                    deny_warnings: false,
                },
                municipality: Some("velsen".into()),
            }))
        );
        // A repeated option counts once, the last one, as before clap.
        assert_eq!(
            parse(["pack", "a.json", "-o", "x", "--lang", "en", "--lang", "nl"]),
            Parsed::Run(Command::Pack(PackArgs {
                file: "a.json".into(),
                out: "x".into(),
                lang: Lang::Nl,
            }))
        );
        assert_eq!(
            wrong(&["check", "a.json", "--gemeente", "x"]),
            "onbekende optie \"--gemeente\""
        );
        assert_eq!(
            wrong(&["check", "a.json", "-o", "x"]),
            "onbekende optie \"-o\""
        );
        assert_eq!(
            wrong(&["import-csv", "a.csv", "--lang", "en"]),
            "onbekende optie \"--lang\""
        );
        assert_eq!(
            wrong(&["pack", "a.json", "-o", "x", "--today", "2026-11-27"]),
            "onbekende optie \"--today\""
        );
    }

    #[test]
    fn wrong_use_is_said_in_dutch() {
        assert_eq!(parse::<[&str; 0], &str>([]), Parsed::Usage);
        assert_eq!(
            wrong(&["frobnicate", "x"]),
            "onbekende opdracht \"frobnicate\""
        );
        assert_eq!(
            wrong(&["check"]),
            "geef het bestand dat gelezen moet worden"
        );
        assert_eq!(wrong(&["pack"]), "geef het bestand dat gelezen moet worden");
        assert_eq!(
            wrong(&["pack", "a.json"]),
            "pack heeft een map nodig: -o <map>"
        );
        assert_eq!(
            wrong(&["check", "a", "b"]),
            "één bestand tegelijk; \"b\" is te veel"
        );
        assert_eq!(
            wrong(&["check", "a", "--lang", "fr"]),
            "--lang \"fr\": kies nl of en"
        );
        assert_eq!(
            wrong(&["check", "a", "--today", "gisteren"]),
            "--today \"gisteren\" is geen datum (JJJJ-MM-DD)"
        );
        assert_eq!(
            wrong(&["check", "a", "--today"]),
            "--today heeft een waarde nodig"
        );
        assert_eq!(
            wrong(&["import-csv", "a", "-o"]),
            "-o heeft een waarde nodig"
        );
    }

    /// The written-out help names every option clap knows, and no command's option is
    /// missing from the usage.
    #[test]
    fn the_help_texts_name_every_option() {
        let cli = Cli::command();
        for command in cli.get_subcommands() {
            let name = command.get_name();
            let help = match parse([name, "--help"]) {
                Parsed::Help(text) => text,
                other => panic!("{name}: {other:?}"),
            };
            let usage_line = USAGE
                .lines()
                .find(|l| l.starts_with(&format!("  samenwijzer-data {name} ")))
                .unwrap_or_else(|| panic!("{name} not in USAGE"));
            assert!(help.contains(usage_line.trim_start()), "{name}:\n{help}");
            for arg in command.get_arguments() {
                let Some(long) = arg.get_long() else {
                    continue;
                };
                if long == "help" {
                    continue;
                }
                let shown = match arg.get_short() {
                    Some(short) => format!("-{short}"),
                    None => format!("--{long}"),
                };
                assert!(
                    usage_line.contains(&shown),
                    "{name}: {shown} not in {usage_line}"
                );
                assert!(
                    help.contains(&format!("--{long}")),
                    "{name}: --{long} not in\n{help}"
                );
            }
        }
        assert_eq!(parse(["--help"]), Parsed::Help(USAGE.to_owned()));
    }
}
