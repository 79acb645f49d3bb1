//! One build, several municipalities: each has a small configuration file
//! (`data/gemeenten/<id>.json`) with its name, logo, colours, contacts, the part of
//! the directory it shows and the instrument of its self-check. The app fetches the
//! file for the municipality named in the URL (`?gemeente=amstelveen`); this module
//! checks it. A file that is wrong is refused as a whole with a message for staff:
//! showing a half-configured municipality would be worse than saying so.

use serde::Deserialize;

use crate::directory::Entry;
use crate::link::SafeLink;
use crate::place::municipality_name;
use crate::quote::quoted;
use crate::theme::Theme;
use crate::together::{IdlePolicy, IDLE_MINUTES};

pub const SCHEMA_VERSION: u64 = 1;

/// Where the configuration files live, relative to the app.
pub const CONFIG_DIR: &str = "data/gemeenten";

/// A municipality id as it may appear in a URL: 2–40 lowercase letters, digits and
/// hyphens. Anything else (`../config`, `Velsen`, `%2F`) is refused before any fetch.
pub fn valid_id(raw: &str) -> Option<&str> {
    let ok = (2..=40).contains(&raw.len())
        && raw.starts_with(|c: char| c.is_ascii_lowercase())
        && raw
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then_some(raw)
}

/// The URL of a municipality's configuration file (the id must be valid).
pub fn config_url(id: &str) -> String {
    format!("{CONFIG_DIR}/{id}.json")
}

/// A checked municipality configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct MunicipalityConfig {
    pub id: String,
    pub name: String,
    /// The logo's URL relative to the app (`data/gemeenten/velsen.svg`).
    pub logo: Option<String>,
    pub theme: Theme,
    /// The contact for residents: on the help page, under the result, and the one
    /// "Vraag het voor mij" writes to (`handover`; older files call it `contact`).
    pub handover: Option<Contact>,
    /// Where organisations and volunteers can offer to join or contribute ("Wilt u
    /// meedoen of iets bijdragen?"), never shown as help for residents.
    pub contribute: Option<Contact>,
    /// Where a relative, neighbour, volunteer or professional may take a worry about
    /// someone ("Zorgen om iemand?": the neighbourhood team, a welfare organisation, a
    /// meldpunt), in the order given.
    pub signals: Vec<Contact>,
    /// The local network's partners (council, welfare, sport, culture, care), so a
    /// helper sees who is in it; `does` is what they offer.
    pub partners: Vec<Contact>,
    pub scope: DirectoryScope,
    /// The e-mail address of whoever keeps the directory up to date, for "Klopt er
    /// iets niet?" on an activity's page (`correction::mailto`). Without it the page
    /// offers no such link.
    pub data_contact: Option<SafeLink>,
    /// The instrument id of the self-check (a built-in instrument).
    pub instrument: Option<String>,
    /// "Samen invullen": when a together-session without use starts clean.
    pub together: IdlePolicy,
}

/// A contact of the municipality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    /// What they do, in a sentence ("Een medewerker denkt met u mee …").
    pub does: Option<String>,
    /// When they can be reached, in words ("maandag tot en met vrijdag, 9.00–17.00").
    pub hours: Option<String>,
    pub links: Vec<SafeLink>,
    /// Invented for the demo: shown with "Voorbeeld", like directory examples.
    pub example: bool,
}

/// Which entries of the directory this municipality shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DirectoryScope {
    pub municipalities: Vec<String>,
    /// Also the national entries (helplines, programmes), which have no municipality.
    pub national: bool,
}

impl DirectoryScope {
    pub fn admits(&self, entry: &Entry) -> bool {
        match &entry.municipality {
            None => self.national,
            Some(m) => self.municipalities.iter().any(|s| s == m),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    schema_version: Option<u64>,
    id: String,
    name: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    logo: Option<String>,
    #[serde(default)]
    theme: RawTheme,
    #[serde(default, alias = "contact")]
    handover: Option<RawContact>,
    #[serde(default)]
    contribute: Option<RawContact>,
    #[serde(default)]
    signals: Vec<RawContact>,
    #[serde(default)]
    partners: Vec<RawContact>,
    directory: RawScope,
    #[serde(default)]
    data_contact: Option<String>,
    #[serde(default)]
    instrument: Option<String>,
    #[serde(default)]
    together: RawTogether,
}

/// `"together": { "idle_minutes": 10 }`: the settings of "Samen invullen".
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawTogether {
    /// Read as any number, so a wrong one is named in the message.
    idle_minutes: Option<f64>,
}

/// The theme tokens by name (`crate::theme::TOKENS`). Typed rather than a JSON map, so
/// the wasm needs no `serde_json::Value`.
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawTheme {
    primary: Option<String>,
    #[serde(rename = "primary-text")]
    primary_text: Option<String>,
    text: Option<String>,
    background: Option<String>,
    link: Option<String>,
    focus: Option<String>,
    font: Option<String>,
    radius: Option<String>,
}

impl RawTheme {
    fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        [
            ("primary", &self.primary),
            ("primary-text", &self.primary_text),
            ("text", &self.text),
            ("background", &self.background),
            ("link", &self.link),
            ("focus", &self.focus),
            ("font", &self.font),
            ("radius", &self.radius),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: String,
    #[serde(default)]
    does: Option<String>,
    #[serde(default)]
    hours: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    website: Option<String>,
    #[serde(default)]
    example: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScope {
    municipalities: Vec<String>,
    #[serde(default = "yes")]
    national: bool,
}

fn yes() -> bool {
    true
}

/// Parses and checks a configuration file. `expected_id` is the id from the URL: the
/// file must say the same (a copied file that was not edited is caught here).
/// `instruments` are the ids of the built-in instruments.
pub fn parse_config(
    text: &str,
    expected_id: &str,
    instruments: &[&str],
) -> Result<MunicipalityConfig, String> {
    let raw: Raw = serde_json::from_str(text)
        .map_err(|e| format!("line {}, column {}: {e}", e.line(), e.column()))?;
    let _ = raw.note;
    if raw.schema_version != Some(SCHEMA_VERSION) {
        let found = raw
            .schema_version
            .map_or_else(|| "none".to_owned(), |v| v.to_string());
        return Err(format!(
            "schema_version must be {SCHEMA_VERSION}, found {found}"
        ));
    }
    if raw.id != expected_id {
        return Err(format!(
            "id is {}, the file is for {}",
            quoted(&raw.id),
            quoted(expected_id)
        ));
    }
    let name = raw.name.trim().to_owned();
    if name.is_empty() {
        return Err("name is empty".into());
    }
    let logo = match raw.logo {
        None => None,
        Some(file) => Some(logo_url(&file).ok_or_else(|| {
            format!(
                "logo {} must be a file name ending in .svg or .png",
                quoted(&file)
            )
        })?),
    };
    let (theme, ignored) = Theme::from_pairs(raw.theme.pairs());
    if let Some(problem) = ignored.first() {
        return Err(format!("theme: {problem}"));
    }
    let handover = raw
        .handover
        .map(|c| parse_contact(c, "handover"))
        .transpose()?;
    let contribute = raw
        .contribute
        .map(|c| parse_contact(c, "contribute"))
        .transpose()?;
    let list = |contacts: Vec<RawContact>, what: &str| -> Result<Vec<Contact>, String> {
        contacts
            .into_iter()
            .enumerate()
            .map(|(i, c)| parse_contact(c, &format!("{what}[{i}]")))
            .collect()
    };
    let signals = list(raw.signals, "signals")?;
    let partners = list(raw.partners, "partners")?;
    let data_contact = match raw.data_contact {
        None => None,
        Some(address) => Some(SafeLink::email(&address).ok_or_else(|| {
            format!("data_contact {} is not an e-mail address", quoted(&address))
        })?),
    };
    for m in &raw.directory.municipalities {
        if municipality_name(m).is_none() {
            return Err(format!(
                "directory.municipalities: {} is not a known municipality",
                quoted(m)
            ));
        }
    }
    if raw.directory.municipalities.is_empty() && !raw.directory.national {
        return Err("directory: shows nothing (no municipalities and national is false)".into());
    }
    if let Some(id) = &raw.instrument {
        if !instruments.contains(&id.as_str()) {
            return Err(format!(
                "instrument {} is not one of {}",
                quoted(id),
                instruments.join(", ")
            ));
        }
    }
    let together = match raw.together.idle_minutes {
        None => IdlePolicy::default(),
        Some(minutes) => {
            // `as` saturates (-3 → 0, 1e12 → u32::MAX), which the range then refuses.
            (minutes.fract() == 0.0)
                .then(|| IdlePolicy::minutes(minutes as u32))
                .flatten()
                .ok_or_else(|| {
                    format!(
                "together.idle_minutes must be a whole number from {} to {}, found {minutes}",
                IDLE_MINUTES.start(),
                IDLE_MINUTES.end()
            )
                })?
        }
    };
    Ok(MunicipalityConfig {
        id: raw.id,
        name,
        logo,
        theme,
        handover,
        contribute,
        signals,
        partners,
        scope: DirectoryScope {
            municipalities: raw.directory.municipalities,
            national: raw.directory.national,
        },
        data_contact,
        instrument: raw.instrument,
        together,
    })
}

fn parse_contact(raw: RawContact, what: &str) -> Result<Contact, String> {
    let mut links = Vec::new();
    let fields = [
        (
            "email",
            raw.email,
            SafeLink::email as fn(&str) -> Option<SafeLink>,
        ),
        ("phone", raw.phone, SafeLink::phone),
        ("website", raw.website, SafeLink::website),
    ];
    for (field, value, parse) in fields {
        if let Some(value) = value {
            links.push(
                parse(&value)
                    .ok_or_else(|| format!("{what}.{field} {} is not valid", quoted(&value)))?,
            );
        }
    }
    if raw.name.trim().is_empty() {
        return Err(format!("{what}.name is empty"));
    }
    let words = |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    Ok(Contact {
        name: raw.name.trim().to_owned(),
        does: words(raw.does),
        hours: words(raw.hours),
        links,
        example: raw.example,
    })
}

fn logo_url(file: &str) -> Option<String> {
    let (stem, ext) = file.rsplit_once('.')?;
    let ok = matches!(ext, "svg" | "png")
        && !stem.is_empty()
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then(|| format!("{CONFIG_DIR}/{file}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INSTRUMENTS: &[&str] = &["djg11", "djg6", "ucla3-ons"];

    fn config(overrides: &str) -> String {
        format!(
            r##"{{"schema_version": 1, "id": "velsen", "name": "Velsen",
                "directory": {{"municipalities": ["velsen"]}} {overrides} }}"##
        )
    }

    #[test]
    fn ids_are_refused_before_any_fetch() {
        assert_eq!(valid_id("amstelveen"), Some("amstelveen"));
        assert_eq!(valid_id("bergen-nh"), Some("bergen-nh"));
        for bad in [
            "",
            "a",
            "Velsen",
            "../config",
            "velsen/../x",
            "vel sen",
            "%2e%2e",
            "-x",
            "1abc",
        ] {
            assert_eq!(valid_id(bad), None, "{bad}");
        }
        assert_eq!(config_url("velsen"), "data/gemeenten/velsen.json");
    }

    #[test]
    fn a_minimal_file_is_read_with_defaults() {
        let c = parse_config(&config(""), "velsen", INSTRUMENTS).unwrap();
        assert_eq!(c.name, "Velsen");
        assert!(c.scope.national);
        assert_eq!(c.instrument, None);
        assert!(c.theme.is_empty());
    }

    #[test]
    fn a_full_file_is_read() {
        let c = parse_config(
            &config(
                r##", "logo": "velsen.svg", "instrument": "djg6",
                "theme": {"primary": "#00689E", "radius": "4px"},
                "handover": {"name": "Gemeente Velsen", "email": "eenzaamheid@voorbeeld.nl",
                            "phone": "0255 000 000", "example": true,
                            "does": " Denkt met u mee. ", "hours": "ma-vr 9-17"},
                "contribute": {"name": "Netwerk", "email": "doe-mee@voorbeeld.nl"}"##,
            ),
            "velsen",
            INSTRUMENTS,
        )
        .unwrap();
        assert_eq!(c.logo.as_deref(), Some("data/gemeenten/velsen.svg"));
        assert_eq!(c.instrument.as_deref(), Some("djg6"));
        assert_eq!(c.theme.get("primary"), Some("#00689e"));
        let contact = c.handover.unwrap();
        assert!(contact.example);
        assert_eq!(contact.links[0].href(), "mailto:eenzaamheid@voorbeeld.nl");
        assert_eq!(contact.links[1].href(), "tel:0255000000");
        assert_eq!(contact.does.as_deref(), Some("Denkt met u mee."));
        assert_eq!(contact.hours.as_deref(), Some("ma-vr 9-17"));
        let contribute = c.contribute.unwrap();
        assert_eq!(contribute.links[0].href(), "mailto:doe-mee@voorbeeld.nl");
    }

    #[test]
    fn the_data_contact_is_an_email_address() {
        let c = parse_config(
            &config(r#", "data_contact": "gegevens@velsen.voorbeeld.nl""#),
            "velsen",
            INSTRUMENTS,
        )
        .unwrap();
        assert_eq!(
            c.data_contact.map(|l| l.href().to_owned()).as_deref(),
            Some("mailto:gegevens@velsen.voorbeeld.nl")
        );
        assert_eq!(
            parse_config(&config(""), "velsen", INSTRUMENTS)
                .unwrap()
                .data_contact,
            None
        );
        for bad in ["0255 000 000", "https://velsen.nl", "a@b.nl?bcc=c@d.nl"] {
            let error = parse_config(
                &config(&format!(r#", "data_contact": "{bad}""#)),
                "velsen",
                INSTRUMENTS,
            )
            .unwrap_err();
            assert!(error.contains("data_contact"), "{bad}: {error}");
        }
    }

    #[test]
    fn signals_and_partners_are_lists_of_checked_contacts() {
        let c = parse_config(
            &config(
                r#", "signals": [{"name": "Meldpunt Zorg en Overlast", "does": "Neemt zorgen over een buurtbewoner aan.", "phone": "14 0255"},
                               {"name": "Wijkteam", "email": "wijkteam@voorbeeld.nl"}],
                   "partners": [{"name": "Bibliotheek", "does": "Leesgroepen en een taalcafé", "website": "https://bieb.voorbeeld.nl"}]"#,
            ),
            "velsen",
            &["djg11"],
        )
        .unwrap();
        let names: Vec<&str> = c.signals.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Meldpunt Zorg en Overlast", "Wijkteam"]);
        assert_eq!(c.signals[0].links[0].href(), "tel:140255");
        assert_eq!(
            c.partners[0].does.as_deref(),
            Some("Leesgroepen en een taalcafé")
        );
        let plain = parse_config(&config(""), "velsen", &["djg11"]).unwrap();
        assert!(plain.signals.is_empty() && plain.partners.is_empty());
        for (extra, wanted) in [
            (
                r#", "signals": [{"name": "X", "website": "http://x.nl"}]"#,
                "signals[0].website",
            ),
            (
                r#", "partners": [{"name": "A"}, {"name": " "}]"#,
                "partners[1].name is empty",
            ),
        ] {
            let error = parse_config(&config(extra), "velsen", &["djg11"]).unwrap_err();
            assert!(error.contains(wanted), "{extra}: {error}");
        }
    }

    #[test]
    fn the_together_idle_time_is_ten_minutes_unless_configured_within_range() {
        let plain = parse_config(&config(""), "velsen", &["djg11"]).unwrap();
        assert_eq!(plain.together.after().as_secs(), 600);
        let five = parse_config(
            &config(r#", "together": {"idle_minutes": 5}"#),
            "velsen",
            &["djg11"],
        )
        .unwrap();
        assert_eq!(five.together.after().as_secs(), 300);
        for (extra, wanted) in [
            (
                r#", "together": {"idle_minutes": 1}"#,
                "together.idle_minutes must be a whole number from 2 to 60, found 1",
            ),
            (r#", "together": {"idle_minutes": 61}"#, "found 61"),
            (r#", "together": {"idle_minutes": -3}"#, "idle_minutes"),
            (r#", "together": {"idle_minutes": 2.5}"#, "idle_minutes"),
            (r#", "together": {"idle": 5}"#, "unknown field `idle`"),
        ] {
            let error = parse_config(&config(extra), "velsen", &["djg11"]).unwrap_err();
            assert!(error.contains(wanted), "{extra}: {error}");
        }
    }

    #[test]
    fn an_older_file_calls_the_handover_contact_contact() {
        let c = parse_config(
            &config(r#", "contact": {"name": "Wijkteam", "phone": "0255 000 000"}"#),
            "velsen",
            INSTRUMENTS,
        )
        .unwrap();
        assert_eq!(c.handover.unwrap().name, "Wijkteam");
        assert_eq!(c.contribute, None);
    }

    #[test]
    fn wrong_files_are_refused_with_a_reason() {
        let table = [
            (config(", \"logo\": \"../x.svg\""), "logo"),
            (config(", \"logo\": \"https://evil.nl/x.svg\""), "logo"),
            (config(", \"instrument\": \"phq9\""), "instrument"),
            (config(", \"theme\": {\"primary\": \"url(x)\"}"), "theme"),
            (
                config(", \"theme\": {\"colour\": \"#fff\"}"),
                "unknown field `colour`",
            ),
            (
                config(", \"theme\": {\"primary\": \"#ffff99\"}"),
                "contrast",
            ),
            (
                config(", \"handover\": {\"name\": \"X\", \"website\": \"http://x.nl\"}"),
                "handover.website",
            ),
            (
                config(", \"contribute\": {\"name\": \" \", \"email\": \"a@b.nl\"}"),
                "contribute.name is empty",
            ),
            (config(", \"extra\": 1"), "unknown field"),
            (
                config("").replace("\"velsen\"]", "\"utrecht\"]"),
                "not a known municipality",
            ),
            (
                config("").replace("\"id\": \"velsen\"", "\"id\": \"beverwijk\""),
                "the file is for",
            ),
            (
                config("").replace("\"schema_version\": 1", "\"schema_version\": 2"),
                "schema_version",
            ),
            ("{".to_owned(), "line 1"),
        ];
        for (text, expected) in table {
            let error = parse_config(&text, "velsen", INSTRUMENTS).unwrap_err();
            assert!(error.contains(expected), "{expected}: {error}");
        }
    }

    #[test]
    fn the_demo_files_are_valid() {
        let files = [
            (
                "velsen",
                include_str!("../../../data/gemeenten/velsen.json"),
            ),
            (
                "beverwijk",
                include_str!("../../../data/gemeenten/beverwijk.json"),
            ),
            (
                "heemskerk",
                include_str!("../../../data/gemeenten/heemskerk.json"),
            ),
            (
                "amstelveen",
                include_str!("../../../data/gemeenten/amstelveen.json"),
            ),
        ];
        let instruments: Vec<String> = crate::check::builtin_instruments()
            .into_iter()
            .map(|i| i.id)
            .collect();
        let ids: Vec<&str> = instruments.iter().map(String::as_str).collect();
        for (id, text) in files {
            let c = parse_config(text, id, &ids).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(c.scope.municipalities, [id]);
            // The demo hand-over contacts are invented, and say so.
            let handover = c
                .handover
                .unwrap_or_else(|| panic!("{id} has a hand-over contact"));
            assert!(handover.example, "{id}");
            assert!(handover.does.is_some() && handover.hours.is_some(), "{id}");
            assert!(c.data_contact.is_some(), "{id} has a data contact");
        }
        // Amstelveen's address is real (CONTENT.md), for those who want to contribute
        // to its alliance: never the residents' hand-over contact.
        let amstelveen = parse_config(files[3].1, "amstelveen", &ids).unwrap();
        let contribute = amstelveen.contribute.unwrap();
        assert!(!contribute.example);
        assert_eq!(
            contribute.links[0].href(),
            "mailto:eenzaamheid@amstelveen.nl"
        );
        let handover = amstelveen.handover.unwrap();
        assert!(handover
            .links
            .iter()
            .all(|l| !l.href().contains("eenzaamheid@amstelveen.nl")));
    }
}
