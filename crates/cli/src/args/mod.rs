//! The command line: one subcommand per tool, each taking only its own options
//! (clap's derive). The texts staff read stay ours and Dutch: the help is written out
//! (`help.rs`; clap's generated help would be English), and clap's errors are turned
//! into the short Dutch messages `main.rs` prints above the usage (`wrong_use.rs`).

mod help;
mod wrong_use;

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::{Args, Parser, Subcommand};
use samenwijzer_core::schedule::Date;
use samenwijzer_core::StaffLang;

use crate::report::Format;

pub use help::USAGE;
use help::{check_help, import_csv_help, import_hsds_help, pack_help, report_help};

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
    #[command(override_help = report_help(), args_override_self = true)]
    Report(ReportArgs),
}

#[derive(Debug, PartialEq, Args)]
pub struct CheckArgs {
    #[arg(value_name = "bestand.json")]
    pub file: String,
    /// The date for "is this old" (`None`: today, which `main.rs` reads).
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = date)]
    pub today: Option<Date>,
    #[arg(long, value_name = "nl|en", value_parser = lang, default_value = "nl")]
    pub lang: StaffLang,
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
    #[arg(long, value_name = "nl|en", value_parser = lang, default_value = "nl")]
    pub lang: StaffLang,
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
    pub lang: StaffLang,
}

#[derive(Debug, PartialEq, Args)]
pub struct ReportArgs {
    #[arg(value_name = "bestand.json")]
    pub file: String,
    /// Where to write the report (`None`: standard output).
    #[arg(short = 'o', long = "output", value_name = "rapport.html")]
    pub out: Option<String>,
    #[arg(long, value_name = "html|csv|json", value_parser = format, default_value = "html")]
    pub format: Format,
    #[arg(long, value_name = "JJJJ-MM-DD", value_parser = date)]
    pub today: Option<Date>,
    #[arg(long, value_name = "nl|en", value_parser = lang, default_value = "nl")]
    pub lang: StaffLang,
}

fn format(value: &str) -> Result<Format, String> {
    Format::from_name(value).ok_or_else(|| format!("--format {value:?}: kies html, csv of json"))
}

fn date(value: &str) -> Result<Date, String> {
    Date::parse(value).ok_or_else(|| format!("--today {value:?} is geen datum (JJJJ-MM-DD)"))
}

fn lang(value: &str) -> Result<StaffLang, String> {
    match value {
        "nl" => Ok(StaffLang::Nl),
        "en" => Ok(StaffLang::En),
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
            _ => Parsed::Wrong(wrong_use::message(&e)),
        },
    }
}

#[cfg(test)]
mod tests;
