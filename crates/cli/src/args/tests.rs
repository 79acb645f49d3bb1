use clap::CommandFactory;

use super::*;

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
            lang: StaffLang::En,
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
            "velsen",
            "--lang",
            "en"
        ]),
        Parsed::Run(Command::ImportHsds(ImportHsdsArgs {
            import: ImportArgs {
                file: "h.json".into(),
                out: Some("x.json".into()),
                today: None,
                lang: StaffLang::En,
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
            lang: StaffLang::Nl,
        }))
    );
    assert_eq!(
        parse(["report", "a.json", "--format", "csv", "-o", "r.csv", "--lang", "en"]),
        Parsed::Run(Command::Report(ReportArgs {
            file: "a.json".into(),
            out: Some("r.csv".into()),
            format: crate::report::Format::Csv,
            today: None,
            lang: StaffLang::En,
        }))
    );
    assert_eq!(
        wrong(&["report", "a.json", "--format", "xml"]),
        "--format \"xml\": kies html, csv of json"
    );
    assert_eq!(
        wrong(&["report", "a.json", "--deny-warnings"]),
        "onbekende optie \"--deny-warnings\""
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
        wrong(&["import-csv", "a.csv", "--gemeente", "x"]),
        "onbekende optie \"--gemeente\""
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
