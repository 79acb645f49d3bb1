use serde::Deserialize;
use serde_json::error::Category;
use serde_json::value::RawValue;

use super::items::items;
use super::raw::{RawEntry, RawLocation, RawTranslations};
use super::text::tidy;
use super::{Directory, Entry, Location, Status, Translation, SCHEMA_VERSION};
use crate::geo::LatLon;
use crate::link::SafeLink;
use crate::schedule::{Date, Schedule};
use crate::Lang;

/// Why a directory file could not be used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectoryError {
    /// Not valid JSON; `line` and `column` are 1-based.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON, but not a directory (e.g. no `entries` list).
    Shape(String),
    /// A `schema_version` this build does not understand.
    Version(Option<u64>),
}

impl std::fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DirectoryError::Syntax {
                line,
                column,
                message,
            } => write!(f, "line {line}, column {column}: {message}"),
            DirectoryError::Shape(what) => write!(f, "{what}"),
            DirectoryError::Version(Some(v)) => write!(
                f,
                "schema_version {v} is not supported (this version reads {SCHEMA_VERSION})"
            ),
            DirectoryError::Version(None) => write!(f, "schema_version is missing"),
        }
    }
}

/// An entry that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    /// Position in the file's `entries` list, 0-based.
    pub index: usize,
    pub id: Option<String>,
    pub reason: String,
}

/// Reads a directory file. Fails only when the file as a whole is unusable; single bad
/// entries end up in [`Directory::skipped`].
pub fn parse_directory(text: &str) -> Result<Directory, DirectoryError> {
    parse_directory_with_positions(text).map(|(directory, _)| directory)
}

/// [`parse_directory`], plus each entry's position in the file's `entries` list (0-based;
/// left-out and skipped entries leave gaps). A pack keeps them, so shards can be joined
/// back into file order (`pack::join`).
pub fn parse_directory_with_positions(text: &str) -> Result<(Directory, Vec<u32>), DirectoryError> {
    let list = entries_list(text)?;
    let mut reader = Reader::default();
    let (mut entries, mut positions, mut skipped) = (Vec::new(), Vec::new(), Vec::new());
    for (index, (_, item)) in items(list).enumerate() {
        match reader.read(index, item) {
            Ok(Some(entry)) => {
                entries.push(entry);
                positions.push(index as u32);
            }
            Ok(None) => {}
            Err(s) => skipped.push(s),
        }
    }
    Ok((Directory { entries, skipped }, positions))
}

/// The text of the file's `entries` list, when the file as a whole can be used: an
/// object with the right `schema_version` and a list `entries`.
pub(crate) fn entries_list(text: &str) -> Result<&str, DirectoryError> {
    // Windows editors often start a UTF-8 file with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // The top level only; each entry stays raw text until it is read on its own, so a
    // large file is not first built as a tree of `Value`s (twice the work).
    #[derive(Deserialize)]
    struct Top<'a> {
        #[serde(borrow, default)]
        schema_version: Option<&'a RawValue>,
        #[serde(borrow, default)]
        entries: Option<&'a RawValue>,
    }
    let syntax = |e: serde_json::Error| DirectoryError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    };
    let not_an_object = || DirectoryError::Shape("the file is not a JSON object".into());
    // A struct would also accept a JSON list; only an object is a directory.
    if !text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(syntax)?;
        return Err(not_an_object());
    }
    let top: Top = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Data => not_an_object(),
        _ => syntax(e),
    })?;
    match top.schema_version.map(|v| v.get().parse::<u64>().ok()) {
        Some(Some(SCHEMA_VERSION)) => {}
        Some(v) => return Err(DirectoryError::Version(v)),
        None => return Err(DirectoryError::Version(None)),
    }
    // serde_json has read it: a value that starts with `[` is a whole list.
    top.entries
        .map(RawValue::get)
        .filter(|list| list.starts_with('['))
        .ok_or_else(|| DirectoryError::Shape("`entries` must be a list".into()))
}

/// What the parser makes of one item after another. Apart from
/// [`parse_directory_with_positions`], so that the validator's safety net can follow
/// the parser entry by entry without holding the whole directory.
#[derive(Default)]
pub(crate) struct Reader {
    /// The ids of the entries shown so far: a later entry with one of them is skipped.
    ids: std::collections::HashSet<String>,
}

impl Reader {
    /// The item at `index` of `entries`, whose text is `item`: the entry to show,
    /// `None` for one marked inactive or defunct, or why it is skipped.
    pub(crate) fn read(&mut self, index: usize, item: &str) -> Result<Option<Entry>, Skipped> {
        match entry_from(item) {
            // Entries the municipality switched off are simply not shown.
            Ok(None) => Ok(None),
            Ok(Some(entry)) if !self.ids.insert(entry.id.clone()) => Err(Skipped {
                index,
                id: Some(entry.id),
                reason: "duplicate id".into(),
            }),
            Ok(Some(entry)) => Ok(Some(entry)),
            Err(reason) => Err(Skipped {
                index,
                id: id_of(item),
                reason,
            }),
        }
    }
}

/// The `id` of an entry that could not be read, to name it in the notice.
fn id_of(item: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    serde_json::from_str::<IdOnly>(item).ok()?.id
}

/// serde_json's message without its position, which would count from the entry's own
/// start rather than the file's.
fn reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

/// One entry, or `None` for an entry marked inactive or defunct.
fn entry_from(item: &str) -> Result<Option<Entry>, String> {
    let raw: RawEntry = serde_json::from_str(item).map_err(|e| reason(&e))?;
    if matches!(raw.status, Status::Inactive | Status::Defunct) {
        return Ok(None);
    }
    let (id, name) = (tidy(&raw.id), tidy(&raw.name));
    let required = [("id", &id), ("name", &name)];
    if let Some((field, _)) = required.iter().find(|(_, v)| v.is_empty()) {
        return Err(format!("`{field}` is empty"));
    }
    if let (Some(min), Some(max)) = (raw.age_min, raw.age_max) {
        if min > max {
            return Err(format!("`age_min` {min} is above `age_max` {max}"));
        }
    }
    let schedules = raw
        .schedules
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut schedule = Schedule::from_raw(s).map_err(|e| format!("schedules[{i}]: {e}"))?;
            schedule.description = schedule
                .description
                .as_deref()
                .map(tidy)
                .filter(|d| !d.is_empty());
            Ok::<_, String>(schedule)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let location = raw.location.map(location_from).transpose()?;
    let contact = raw.contact;
    let links = [
        contact.phone.as_deref().and_then(SafeLink::phone),
        contact.email.as_deref().and_then(SafeLink::email),
        contact.website.as_deref().and_then(SafeLink::website),
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(Some(Entry {
        id,
        name,
        description: tidy(&raw.description),
        translations: translations_from(raw.translations),
        organisation: non_empty(raw.organisation),
        municipality: non_empty(raw.municipality).map(|m| crate::case::lower_str(&m)),
        needs: raw.needs,
        example: raw.example,
        status: raw.status,
        audience: non_empty(raw.audience),
        ages: match (raw.age_min, raw.age_max) {
            (None, None) => None,
            (min, max) => Some((min.unwrap_or(0), max.unwrap_or(u8::MAX))),
        },
        free: raw.free,
        cost: non_empty(raw.cost),
        languages: raw.languages.iter().map(|l| tidy(l)).collect(),
        companion: raw.companion,
        transport: raw.transport,
        how_to_join: non_empty(raw.how_to_join),
        when: non_empty(raw.when),
        schedules,
        written_moments: raw.moments,
        location,
        contact_person: non_empty(contact.person),
        links,
        // A malformed date is the validator's business; residents lose nothing by it.
        last_checked: raw.last_checked.as_deref().and_then(Date::parse),
    }))
}

/// The translations the app can use, in the order of [`Lang::ALL`]. A translation
/// with a problem is left out whole, and the entry stays: its key is no language of
/// the app (or is Dutch, which the entry itself is), or a text is empty (after
/// [`tidy`]), or it has neither text. What is no translation at all (`raw.rs`) is
/// already out.
fn translations_from(raw: RawTranslations) -> Vec<(Lang, Translation)> {
    let mut kept: Vec<(Lang, Translation)> = raw
        .0
        .into_iter()
        .filter_map(|(code, t)| {
            let lang = translation_language(&code)?;
            let text = |t: Option<String>| match t.map(|t| tidy(&t)) {
                Some(t) if t.is_empty() => Err(()),
                t => Ok(t),
            };
            let translation = Translation {
                name: text(t.name).ok()?,
                description: text(t.description).ok()?,
            };
            let some = translation.name.is_some() || translation.description.is_some();
            some.then_some((lang, translation))
        })
        .collect();
    kept.sort_by_key(|(lang, _)| *lang);
    kept
}

/// The language a key of `translations` names: exactly the code of one of the app's
/// languages other than Dutch (the parser's rule, which the importers use too).
pub fn translation_language(code: &str) -> Option<Lang> {
    Lang::ALL
        .iter()
        .copied()
        .find(|l| *l != Lang::Nl && l.code() == code)
}

/// The floors a venue can be on: two below the ground floor to the fiftieth.
pub const FLOORS: std::ops::RangeInclusive<i8> = -2..=50;

fn location_from(raw: RawLocation) -> Result<Location, String> {
    let coordinates = match (raw.latitude, raw.longitude) {
        (None, None) => None,
        (Some(lat), Some(lon)) => Some(LatLon::new(lat, lon).ok_or_else(|| {
            "location: `latitude` and `longitude` are not a point on earth".to_owned()
        })?),
        _ => return Err("location: give both `latitude` and `longitude`, or neither".into()),
    };
    if raw.floor.is_some_and(|f| !FLOORS.contains(&f)) {
        return Err("location: `floor` must be from -2 to 50".into());
    }
    Ok(Location {
        name: non_empty(raw.name),
        street: tidy(&raw.street),
        postcode: tidy(&raw.postcode),
        city: tidy(&raw.city),
        coordinates,
        wheelchair_accessible: raw.wheelchair_accessible,
        floor: raw.floor,
        lift: raw.lift,
        accessibility: non_empty(raw.accessibility),
        getting_there: non_empty(raw.getting_there),
    })
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| tidy(&s)).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::LinkKind;
    use crate::Need;

    fn file(entries: &str) -> String {
        format!(r#"{{"schema_version": 1, "entries": [{entries}]}}"#)
    }

    const GOOD: &str = r#"{"id": "a", "name": " Koffie ", "description": "Samen koffie",
        "municipality": "Velsen", "needs": ["meet", "talk"], "example": true,
        "contact": {"phone": "0255 123 456", "email": "niet goed", "website": "javascript:alert(1)"}}"#;

    #[test]
    fn a_good_entry_is_read_and_tidied() {
        let dir = parse_directory(&file(GOOD)).unwrap();
        assert!(dir.skipped.is_empty());
        let entry = dir.entry("a").unwrap();
        assert_eq!(entry.name, "Koffie");
        assert_eq!(entry.municipality.as_deref(), Some("velsen"));
        assert_eq!(entry.needs, vec![Need::Meet, Need::Talk]);
        assert!(entry.example);
    }

    #[test]
    fn unsafe_links_are_dropped_not_shown() {
        let dir = parse_directory(&file(GOOD)).unwrap();
        let kinds: Vec<_> = dir.entries[0].links.iter().map(|l| l.kind()).collect();
        assert_eq!(kinds, vec![LinkKind::Phone]);
    }

    #[test]
    fn bad_entries_are_skipped_and_counted() {
        let text = file(&format!(
            r#"{GOOD}, {{"id": "b"}}, {{"id": "c", "name": "", "description": ""}},
               {{"id": "d", "name": "x", "description": "", "needs": ["flying"]}},
               {{"id": "a", "name": "again", "description": ""}}"#
        ));
        let dir = parse_directory(&text).unwrap();
        assert_eq!(dir.entries.len(), 1);
        let skipped: Vec<_> = dir
            .skipped
            .iter()
            .map(|s| (s.index, s.id.as_deref()))
            .collect();
        assert_eq!(
            skipped,
            vec![
                (1, Some("b")),
                (2, Some("c")),
                (3, Some("d")),
                (4, Some("a"))
            ]
        );
        assert!(
            dir.skipped[0].reason.contains("name"),
            "{:?}",
            dir.skipped[0]
        );
        assert_eq!(dir.skipped[3].reason, "duplicate id");
    }

    #[test]
    fn control_and_direction_characters_are_taken_out_of_texts() {
        let text = file(
            r#"{"id": "a\u0000", "name": "Koffie\u0000\u0007 \u202eing", "description": "Regel 1\nRegel\u2066 2\u2069",
                "organisation": "\u202aStichting\u202c", "when": "\u0008op afspraak",
                "location": {"street": "Plein\u0000 1", "postcode": "1971 AA", "city": "IJ\u202dmuiden"},
                "contact": {"person": "An\u0007ja"},
                "schedules": [{"freq": "WEEKLY", "byday": "MO", "description": "Spreek\u202euur"}]}"#,
        );
        let dir = parse_directory(&text).unwrap();
        let e = &dir.entries[0];
        assert_eq!(e.id, "a");
        assert_eq!(e.name, "Koffie ing");
        assert_eq!(e.description, "Regel 1\nRegel 2");
        assert_eq!(e.organisation.as_deref(), Some("Stichting"));
        assert_eq!(e.when.as_deref(), Some("op afspraak"));
        let l = e.location.as_ref().unwrap();
        assert_eq!(
            (l.street.as_str(), l.city.as_str()),
            ("Plein 1", "IJmuiden")
        );
        assert_eq!(e.contact_person.as_deref(), Some("Anja"));
        assert_eq!(e.schedules[0].description.as_deref(), Some("Spreekuur"));
    }

    #[test]
    fn a_bad_translation_is_left_out_and_the_entry_stays() {
        let text = file(
            r#"{"id": "a", "name": "Koffie", "description": "Samen", "translations": {
                "uk": {"name": " Кава\u0007 ", "description": "Разом"},
                "en": {"description": "Together"},
                "nl": {"name": "Koffie"}, "TR": {"name": "Kahve"}, "de": {"name": "Kaffee"},
                "pl": {"name": "Kawa", "description": " \u202e "}, "ar": {},
                "tr": {"name": "Kahve", "naam": "x"}}}"#,
        );
        let dir = parse_directory(&text).unwrap();
        assert!(dir.skipped.is_empty(), "{:?}", dir.skipped);
        let translations = &dir.entries[0].translations;
        assert_eq!(
            translations,
            &vec![
                (
                    Lang::En,
                    Translation {
                        name: None,
                        description: Some("Together".into())
                    }
                ),
                (
                    Lang::Uk,
                    Translation {
                        name: Some("Кава".into()),
                        description: Some("Разом".into())
                    }
                ),
            ]
        );
        // Translations that are no object at all leave the entry as it is.
        for odd in ["null", "[]", "\"tr\"", "1"] {
            let text = file(&format!(
                r#"{{"id": "a", "name": "Koffie", "description": "", "translations": {odd}}}"#
            ));
            let dir = parse_directory(&text).unwrap();
            assert!(dir.skipped.is_empty() && dir.entries[0].translations.is_empty());
        }
    }

    #[test]
    fn a_byte_order_mark_is_allowed() {
        let dir = parse_directory(&format!("\u{feff}{}", file(GOOD))).unwrap();
        assert_eq!(dir.entries.len(), 1);
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let err = parse_directory("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
        match err {
            DirectoryError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn wrong_shapes_and_versions_are_refused() {
        assert!(matches!(
            parse_directory("[]"),
            Err(DirectoryError::Shape(_))
        ));
        assert_eq!(
            parse_directory(r#"{"entries": []}"#),
            Err(DirectoryError::Version(None))
        );
        assert_eq!(
            parse_directory(r#"{"schema_version": 2, "entries": []}"#),
            Err(DirectoryError::Version(Some(2)))
        );
        assert!(matches!(
            parse_directory(r#"{"schema_version": 1, "entries": {}}"#),
            Err(DirectoryError::Shape(_))
        ));
    }
}

#[cfg(test)]
mod demo_data {
    use super::*;
    use crate::Need;

    const DEMO: &str = include_str!("../../../../data/directory.json");
    /// The only entries in the demo file that are real; all others must say `example`.
    const REAL: [&str; 5] = [
        "113-zelfmoordpreventie",
        "de-luisterlijn",
        "de-kindertelefoon",
        "een-tegen-eenzaamheid",
        "amstelveen-gemeente-eenzaamheid", // the alliance's address, for those who contribute
    ];

    #[test]
    fn every_demo_entry_is_valid() {
        let dir = parse_directory(DEMO).unwrap();
        assert!(dir.skipped.is_empty(), "{:?}", dir.skipped);
        assert!(dir.entries.len() >= 60, "{}", dir.entries.len());
    }

    #[test]
    fn every_municipality_offers_every_need() {
        let dir = parse_directory(DEMO).unwrap();
        for (municipality, _) in crate::place::municipalities() {
            for need in Need::ALL {
                assert!(
                    dir.entries
                        .iter()
                        .any(|e| e.municipality.as_deref() == Some(municipality)
                            && e.needs.contains(&need)),
                    "{municipality} has nothing for {need:?}"
                );
            }
        }
    }

    #[test]
    fn invented_entries_are_marked_as_examples() {
        let dir = parse_directory(DEMO).unwrap();
        for entry in &dir.entries {
            assert_eq!(
                entry.example,
                !REAL.contains(&entry.id.as_str()),
                "{}",
                entry.id
            );
        }
    }
}
