//! `samenwijzer-data import-hsds`: an Open Referral HSDS 3.0 export.
//!
//! Accepted shapes, all mapped by the same code:
//! - JSON: a list of services, one service, an API page (`{"contents": [ … ]}`), or
//!   organizations with nested `services[]` (each service gets its organization's
//!   name, phones, email and website as fallback);
//! - the **tabular** form: the CSV files of a folder with `datapackage.json`
//!   (`services.csv`, `organizations.csv`, `locations.csv`, `service_at_locations.csv`,
//!   `schedules.csv`, `phones.csv`, `addresses.csv`, `cost_options.csv`, …), joined by
//!   their ids into the same nested services ([`tabular`]).
//!
//! One entry is written per service and location (a service at two places becomes two
//! entries). Fields are read leniently (`serde_json::Value`), because exports differ;
//! anything that cannot be used is reported, never fatal: an invalid optional value is
//! left out of its entry with a warning that names it (`out::write` with `repair`),
//! and the HSDS fields that were not read are named at the end, counted.
//!
//! HSDS `timezone` is a fixed UTC offset, which is wrong for half of the year in the
//! Netherlands; Samenwijzer stores local Europe/Amsterdam times, so `timezone` and
//! offsets after `opens_at`/`closes_at` are dropped with a warning.

mod schedule;
pub mod tabular;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use samenwijzer_core::directory::{RawContact, RawEntry, RawLocation, RawTranslations, Status};
use samenwijzer_core::place;
use samenwijzer_core::schedule::{Date, RawSchedule};
use samenwijzer_core::{Need, StaffLang};

use crate::out::{self, slug, text, Source};
use crate::words::{self, pick};
use crate::{Imported, Note};

/// Options from the command line.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The municipality for every entry (`--gemeente`); otherwise found from the
    /// address's postcode or city.
    pub municipality: Option<String>,
    /// The language of the messages.
    pub lang: StaffLang,
}

/// The key under which the tabular form records where an object came from
/// (`schedules.csv regel 4`), for messages; never read as HSDS.
pub(crate) const SOURCE_KEY: &str = "\u{1}source";

/// The JSON field in our format → the HSDS field it comes from, for messages.
fn hsds_field(path: &str, lang: StaffLang) -> String {
    let field: String = path
        .split('.')
        .map(|p| p.split('[').next().unwrap_or(p))
        .collect::<Vec<_>>()
        .join(".");
    let from = match field.as_str() {
        "id" => "id",
        "name" => "name",
        "description" => "description",
        "organisation" => "organization.name",
        "municipality" => "--gemeente / address",
        "needs" => "attributes[].taxonomy_term",
        "age_min" => "minimum_age",
        "age_max" => "maximum_age",
        "cost" | "free" => "cost_options",
        "languages" => "languages[].code",
        "how_to_join" => "application_process",
        "audience" => "eligibility_description",
        "status" => "status",
        "last_checked" => "assured_date",
        "contact.phone" => "phones[0].number",
        "contact.email" => "email",
        "contact.website" => "url",
        "contact.person" => "contacts[0].name",
        f if f.starts_with("schedules") => "schedules[]",
        "location.latitude" | "location.longitude" => "location.latitude/longitude",
        "location.postcode" => "address.postal_code",
        "location.street" => "address.address_1",
        "location.city" => "address.city",
        f if f.starts_with("location") => "location",
        _ => path,
    };
    pick(
        lang,
        format!("HSDS-veld {from}"),
        format!("HSDS field {from}"),
    )
}

fn str_at<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A number, or a text that is one (the tabular form has only texts).
fn num_at(value: &Value, key: &str) -> Option<Result<f64, String>> {
    match value.get(key)? {
        Value::Null => None,
        Value::Number(n) => n.as_f64().map(Ok),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(
            s.trim()
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .ok_or_else(|| s.clone()),
        ),
        other => Some(Err(other.to_string())),
    }
}

fn list<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The fields read of each kind of HSDS object; any other is counted as not read.
const READ: &[(&str, &[&str])] = &[
    (
        "service",
        &[
            "id",
            "name",
            "alternate_name",
            "description",
            "status",
            "email",
            "url",
            "application_process",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "last_modified",
            "fees_description",
            "organization",
            "organization_id",
            "phones",
            "languages",
            "cost_options",
            "attributes",
            "taxonomy_terms",
            "schedules",
            "service_at_locations",
            "contacts",
        ],
    ),
    (
        "organization",
        &[
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "url",
            "phones",
            "services",
        ],
    ),
    (
        "service_at_location",
        &[
            "id",
            "service_id",
            "location_id",
            "location",
            "schedules",
            "phones",
            "description",
        ],
    ),
    (
        "location",
        &[
            "id",
            "location_type",
            "name",
            "latitude",
            "longitude",
            "transportation",
            "accessibility",
            "addresses",
            "phones",
            "schedules",
            "organization_id",
        ],
    ),
    (
        "address",
        &[
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "postal_code",
            "country",
            "address_type",
            "state_province",
            "region",
        ],
    ),
    (
        "schedule",
        &[
            "id",
            "service_id",
            "location_id",
            "service_at_location_id",
            "freq",
            "byday",
            "interval",
            "opens_at",
            "closes_at",
            "valid_from",
            "valid_to",
            "until",
            "dtstart",
            "count",
            "timezone",
            "description",
            "notes",
            "bymonthday",
            "byyearday",
            "byweekno",
            "wkst",
        ],
    ),
    (
        "phone",
        &[
            "id",
            "service_id",
            "organization_id",
            "location_id",
            "service_at_location_id",
            "contact_id",
            "number",
            "extension",
            "type",
            "description",
            "languages",
        ],
    ),
    (
        "cost_option",
        &[
            "id",
            "service_id",
            "amount",
            "currency",
            "option",
            "amount_description",
        ],
    ),
    (
        "language",
        &[
            "id",
            "service_id",
            "location_id",
            "phone_id",
            "name",
            "code",
        ],
    ),
    (
        "contact",
        &[
            "id",
            "service_id",
            "organization_id",
            "name",
            "title",
            "email",
            "phones",
        ],
    ),
    (
        "attribute",
        &[
            "id",
            "link_id",
            "link_type",
            "link_entity",
            "taxonomy_term_id",
            "taxonomy_term",
        ],
    ),
    (
        "accessibility",
        &["id", "location_id", "description", "details", "url"],
    ),
];

struct Ctx {
    notes: Vec<Note>,
    lang: StaffLang,
    /// (kind, field) → how many objects had that field, not read.
    unread: BTreeMap<(&'static str, String), usize>,
    /// The organizations counted so far (each service carries its own copy).
    organizations: HashSet<String>,
}

impl Ctx {
    fn warn(&mut self, place: &str, message: String) {
        self.notes.push(Note {
            error: false,
            place: place.to_owned(),
            message,
        });
    }

    fn t(&self, nl: String, en: String) -> String {
        pick(self.lang, nl, en)
    }

    /// Counts the fields of `object` (an HSDS object of `kind`) that are not read.
    fn seen(&mut self, kind: &'static str, object: &Value) {
        let Some(map) = object.as_object() else {
            return;
        };
        let read = READ
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(&[][..], |(_, r)| *r);
        for (key, value) in map {
            let empty = value.is_null()
                || value.as_str().is_some_and(|s| s.trim().is_empty())
                || value.as_array().is_some_and(Vec::is_empty);
            if empty || key == SOURCE_KEY || read.contains(&key.as_str()) {
                continue;
            }
            *self.unread.entry((kind, key.clone())).or_default() += 1;
        }
    }

    /// One warning per kind of object, naming every field that was not read.
    fn report_unread(&mut self) {
        let mut by_kind: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for ((kind, key), n) in std::mem::take(&mut self.unread) {
            by_kind
                .entry(kind)
                .or_default()
                .push(format!("`{key}` ({n}×)"));
        }
        for (kind, keys) in by_kind {
            let keys = keys.join(", ");
            let message = self.t(
                format!("deze HSDS-velden van {kind} leest Samenwijzer niet; ze zijn niet overgenomen: {keys}"),
                format!("Samenwijzer does not read these HSDS fields of {kind}; they were not imported: {keys}"),
            );
            self.warn("", message);
        }
    }
}

/// Where an HSDS object is: the tabular form's file and line, or a JSON path.
fn place_of(value: &Value, path: &str) -> String {
    str_at(value, SOURCE_KEY).map_or_else(|| path.to_owned(), str::to_owned)
}

/// `dit is geen HSDS`-style refusals: the import stops with one message.
fn refuse(lang: StaffLang, place: String, nl: String, en: String) -> Imported {
    Imported::refused(place, pick(lang, nl, en))
}

/// Converts an HSDS 3.0 JSON export.
pub fn import(text_in: &str, options: &Options, today: Date) -> Imported {
    let lang = options.lang;
    let text_in = text_in.trim_start_matches('\u{feff}');
    let first = text_in.trim_start().chars().next();
    match first {
        None => {
            return refuse(
                lang,
                String::new(),
                "het bestand is leeg".into(),
                "the file is empty".into(),
            )
        }
        Some('{' | '[') => {}
        Some(_) if looks_like_csv(text_in) => {
            return refuse(
                lang,
                words::line(lang, 1),
                "dit is geen JSON maar een spreadsheet (CSV): gebruik `samenwijzer-data import-csv`, of geef voor HSDS in tabelvorm de map met datapackage.json mee".into(),
                "this is not JSON but a spreadsheet (CSV): use `samenwijzer-data import-csv`, or for HSDS in tabular form give the folder with datapackage.json".into(),
            )
        }
        Some(_) => {}
    }
    // The items are kept as their text (`RawValue`, borrowed: no copy) and each is
    // read as a tree only when its turn comes, so memory holds one service's tree at a
    // time instead of the whole export's.
    let items: Vec<(String, &RawValue)> = if first == Some('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text_in) {
            Ok(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| (format!("[{i}]"), v))
                .collect(),
            Err(e) => return not_json(&e, lang),
        }
    } else {
        let top: BTreeMap<String, &RawValue> = match serde_json::from_str(text_in) {
            Ok(top) => top,
            Err(e) => return not_json(&e, lang),
        };
        if top.contains_key("entries") && top.contains_key("schema_version") {
            return refuse(
                lang,
                String::new(),
                "dit is al een activiteitenbestand van Samenwijzer, geen HSDS-export: controleer het met `samenwijzer-data check`".into(),
                "this is already a Samenwijzer directory file, not an HSDS export: check it with `samenwijzer-data check`".into(),
            );
        }
        if top
            .get("resources")
            .is_some_and(|r| r.get().starts_with('['))
        {
            return refuse(
                lang,
                String::new(),
                "dit is de beschrijving (datapackage.json) van een HSDS-export in tabelvorm: geef de map mee waarin het staat".into(),
                "this is the description (datapackage.json) of an HSDS export in tabular form: give the folder it is in".into(),
            );
        }
        match top.get("contents").map(|c| serde_json::from_str::<Vec<&RawValue>>(c.get())) {
            Some(Ok(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| (format!("[{i}]"), v))
                .collect(),
            _ if top.contains_key("name") || top.contains_key("services") => {
                match serde_json::from_str::<&RawValue>(text_in) {
                    Ok(root) => vec![(String::new(), root)],
                    Err(e) => return not_json(&e, lang),
                }
            }
            _ => {
                return refuse(
                    lang,
                    String::new(),
                    "dit lijkt geen HSDS-export: verwacht een lijst met services of organizations, één service of organization, of {\"contents\": [ … ]}".into(),
                    "this does not look like an HSDS export: expected a list of services or organizations, one service or organization, or {\"contents\": [ … ]}".into(),
                )
            }
        }
    };
    // A service, or an organization with its services (HSDS 3.0's organization
    // schema): each service is read with its organization as fallback.
    let not_objects = std::cell::RefCell::new(Vec::new());
    let services = items.into_iter().flat_map(|(path, raw)| {
        let item: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
        let mut out: Vec<(String, Value)> = Vec::new();
        let nested = item.get("services").is_some_and(Value::is_array)
            && item.get("service_at_locations").is_none();
        if nested {
            let Value::Object(mut organization) = item else {
                return out;
            };
            let Some(Value::Array(nested)) = organization.remove("services") else {
                return out;
            };
            let organization = Value::Object(organization);
            let base = if path.is_empty() {
                "organization".to_owned()
            } else {
                format!("organizations{path}")
            };
            for (j, service) in nested.into_iter().enumerate() {
                let place = format!("{base}.services[{j}]");
                match service {
                    Value::Object(mut s) => {
                        s.entry("organization")
                            .or_insert_with(|| organization.clone());
                        out.push((place, Value::Object(s)));
                    }
                    _ => not_objects.borrow_mut().push(place),
                }
            }
        } else {
            let place = if path.is_empty() {
                "service".to_owned()
            } else {
                format!("services{path}")
            };
            if item.is_object() {
                out.push((place, item));
            } else {
                not_objects.borrow_mut().push(place);
            }
        }
        out
    });
    let mut imported = convert(services, options, today);
    for place in not_objects.into_inner() {
        imported.notes.insert(
            0,
            Note {
                error: true,
                place,
                message: pick(
                    lang,
                    "een service moet een blok met velden zijn (niet overgenomen)",
                    "a service must be a block of fields (not imported)",
                )
                .into(),
            },
        );
        imported.left_out += 1;
    }
    imported
}

/// Converts an HSDS export in tabular form: `files` are the folder's files (name and
/// text), as `main.rs` read them.
pub fn import_tabular(files: &[(String, String)], options: &Options, today: Date) -> Imported {
    let mut tables = match tabular::read(files, options.lang) {
        Ok(tables) => tables,
        Err(note) => {
            return Imported {
                json: out::render(std::iter::empty()),
                notes: vec![note],
                ..Imported::default()
            }
        }
    };
    let services =
        std::iter::from_fn(|| tables.next_service()).map(|s| (place_of(&s, "services.csv"), s));
    let mut imported = convert(services, options, today);
    let mut all = tables.finish();
    all.append(&mut imported.notes);
    imported.notes = all;
    imported
}

/// The import stopped at a JSON syntax error: where, in words.
fn not_json(e: &serde_json::Error, lang: StaffLang) -> Imported {
    Imported::refused(
        words::line_column(lang, e.line(), e.column()),
        words::json_error(e, lang),
    )
}

/// A text whose first line has more `;` or `,` than `{`, `[` and `:`: a spreadsheet.
fn looks_like_csv(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    let cells = first.matches([';', ',', '\t']).count();
    cells > 0 && !first.contains(['{', '[', ':'])
}

/// The services (with their places) as entries, written and checked.
fn convert(
    services: impl Iterator<Item = (String, Value)>,
    options: &Options,
    today: Date,
) -> Imported {
    let mut ctx = Ctx {
        notes: Vec::new(),
        lang: options.lang,
        unread: BTreeMap::new(),
        organizations: HashSet::new(),
    };
    let mut imported = Imported::default();
    let mut entries = Vec::new();
    let mut ids = HashSet::new();
    for (place, service) in services {
        let label = match str_at(&service, "id") {
            Some(id) => format!("{place} (id {id})"),
            None => place.clone(),
        };
        for mut entry in ctx.service(&place, &service, options) {
            let base = entry.id.clone();
            let mut n = 2;
            while !ids.insert(entry.id.clone()) {
                entry.id = format!("{base}-{n}");
                n += 1;
            }
            entries.push((
                entry,
                Source {
                    place: label.clone(),
                    field: hsds_field,
                },
            ));
        }
    }
    ctx.report_unread();
    let before = entries.len();
    let (json, written, notes) = out::write_repairing(entries, today, options.lang);
    imported.json = json;
    imported.entries = written;
    imported.left_out += before - written;
    imported.notes = ctx.notes;
    imported.notes.extend(notes);
    imported
}

impl Ctx {
    fn service(&mut self, place: &str, service: &Value, options: &Options) -> Vec<RawEntry> {
        self.seen("service", service);
        let name = str_at(service, "name").unwrap_or_default().to_owned();
        let id = str_at(service, "id").map_or_else(|| slug(&name), str::to_owned);
        let organization = service.get("organization").unwrap_or(&Value::Null);
        let counted = match str_at(organization, "id").or_else(|| str_at(organization, "name")) {
            Some(id) => !self.organizations.insert(id.to_owned()),
            None => false,
        };
        if !counted {
            self.seen("organization", organization);
        }

        // Needs and the example mark, from taxonomy terms on attributes (HSDS 3.0), or
        // a plain `taxonomy_terms` list as some exports have.
        let mut needs = Vec::new();
        let mut example = false;
        for a in list(service, "attributes") {
            self.seen("attribute", a);
        }
        let terms = list(service, "attributes")
            .iter()
            .filter_map(|a| a.get("taxonomy_term"))
            .chain(list(service, "taxonomy_terms"));
        for term in terms {
            let code = str_at(term, "code");
            let term_name = str_at(term, "name");
            let is_example = [code, term_name]
                .iter()
                .flatten()
                .any(|t| matches!(t.to_lowercase().as_str(), "example" | "voorbeeld"));
            if is_example {
                example = true;
                continue;
            }
            match code
                .and_then(Need::from_name)
                .or_else(|| term_name.and_then(Need::from_name))
            {
                Some(need) if !needs.contains(&need) => needs.push(need),
                Some(_) => {}
                None => {
                    let term = term_name.or(code).unwrap_or("?");
                    let message = self.t(
                        format!("taxonomieterm {term:?} past bij geen behoefte van Samenwijzer en wordt overgeslagen"),
                        format!("taxonomy term {term:?} matches no need of Samenwijzer and is skipped"),
                    );
                    self.warn(&format!("{place}.attributes"), message);
                }
            }
        }

        let status = match str_at(service, "status") {
            None | Some("active") => Status::Active,
            Some("temporarily closed" | "temporarily_closed") => Status::TemporarilyClosed,
            Some("inactive") => Status::Inactive,
            Some("defunct") => Status::Defunct,
            Some(other) => {
                let message = self.t(
                    format!("onbekende status {other:?}; als actief overgenomen"),
                    format!("unknown status {other:?}; imported as active"),
                );
                self.warn(&format!("{place}.status"), message);
                Status::Active
            }
        };

        let age = |key: &str, ctx: &mut Ctx| -> Option<u8> {
            match num_at(service, key)? {
                Ok(n) if n.fract() == 0.0 && (0.0..=255.0).contains(&n) => Some(n as u8),
                Ok(n) => {
                    let message = ctx.t(
                        format!("{n} is geen leeftijd; overgeslagen"),
                        format!("{n} is not an age; skipped"),
                    );
                    ctx.warn(&format!("{place}.{key}"), message);
                    None
                }
                Err(v) => {
                    let message = ctx.t(
                        format!("{v:?} is geen leeftijd; overgeslagen"),
                        format!("{v:?} is not an age; skipped"),
                    );
                    ctx.warn(&format!("{place}.{key}"), message);
                    None
                }
            }
        };
        let age_min = age("minimum_age", self);
        let age_max = age("maximum_age", self);

        let (free, cost) = self.cost(place, service);
        let languages = list(service, "languages")
            .iter()
            .inspect(|l| self.seen("language", l))
            .filter_map(|l| str_at(l, "code"))
            .map(|c| c.split(['-', '_']).next().unwrap_or(c).to_lowercase())
            .collect::<Vec<_>>();

        let mut how_to_join = str_at(service, "application_process").map(str::to_owned);
        let phones: Vec<&Value> = list(service, "phones")
            .iter()
            .chain(list(organization, "phones"))
            .collect();
        let phone = self.phone(&phones, &mut how_to_join);
        let contact = RawContact {
            phone,
            email: str_at(service, "email")
                .or_else(|| str_at(organization, "email"))
                .map(str::to_owned),
            website: str_at(service, "url")
                .or_else(|| str_at(organization, "website"))
                .or_else(|| str_at(organization, "url"))
                .map(str::to_owned),
            person: list(service, "contacts")
                .iter()
                .inspect(|c| self.seen("contact", c))
                .find_map(|c| str_at(c, "name"))
                .map(str::to_owned),
        };
        let last_checked = str_at(service, "assured_date")
            .or_else(|| str_at(service, "last_modified"))
            .and_then(|d| d.get(..10))
            .and_then(Date::parse)
            .map(|d| d.to_string());

        let mut when = Vec::new();
        let mut schedules = Vec::new();
        let mut schedule_ids = HashSet::new();
        for (j, s) in list(service, "schedules").iter().enumerate() {
            let at = place_of(s, &format!("{place}.schedules[{j}]"));
            self.add_schedule(&at, s, &mut schedules, &mut schedule_ids, &mut when);
        }

        // The alternate name is kept where search finds it.
        let mut description = str_at(service, "description")
            .unwrap_or_default()
            .to_owned();
        if let Some(alternate) = str_at(service, "alternate_name") {
            if alternate != name {
                // The file's texts are Dutch, whatever the language of the messages.
                let also = "Ook bekend als";
                if !description.is_empty() {
                    description.push_str("\n\n");
                }
                description.push_str(&format!("{also}: {alternate}"));
            }
        }

        let base = RawEntry {
            id,
            name,
            description,
            // HSDS 3.0 has no translated texts.
            translations: RawTranslations::default(),
            organisation: str_at(organization, "name").map(str::to_owned),
            municipality: options.municipality.as_deref().map(str::to_lowercase),
            needs,
            example,
            status,
            audience: str_at(service, "eligibility_description").map(str::to_owned),
            age_min,
            age_max,
            free,
            cost,
            languages,
            // HSDS 3.0 has no field for a companion or for transport offered
            // (`location.transportation` is how to get there: `getting_there`).
            companion: false,
            transport: false,
            how_to_join,
            when: None,
            schedules,
            moments: Vec::new(),
            location: None,
            contact,
            last_checked,
        };

        let at_locations = list(service, "service_at_locations");
        if at_locations.is_empty() {
            let mut entry = base;
            entry.when = text(&when.join("; "));
            return vec![entry];
        }
        let many = at_locations.len() > 1;
        let mut entries = Vec::new();
        for (k, sal) in at_locations.iter().enumerate() {
            self.seen("service_at_location", sal);
            let sal_place = place_of(sal, &format!("{place}.service_at_locations[{k}]"));
            let mut entry = base.clone();
            let mut when = when.clone();
            let mut ids = schedule_ids.clone();
            let location = sal.get("location").unwrap_or(&Value::Null);
            self.seen("location", location);
            let loc_place = place_of(location, &format!("{sal_place}.location"));
            for (j, s) in list(sal, "schedules").iter().enumerate() {
                let at = place_of(s, &format!("{sal_place}.schedules[{j}]"));
                self.add_schedule(&at, s, &mut entry.schedules, &mut ids, &mut when);
            }
            for (j, s) in list(location, "schedules").iter().enumerate() {
                let at = place_of(s, &format!("{loc_place}.schedules[{j}]"));
                self.add_schedule(&at, s, &mut entry.schedules, &mut ids, &mut when);
            }
            entry.when = text(&when.join("; "));
            if entry.contact.phone.is_none() {
                let phones: Vec<&Value> = list(sal, "phones")
                    .iter()
                    .chain(list(location, "phones"))
                    .collect();
                entry.contact.phone = self.phone(&phones, &mut entry.how_to_join);
            }
            entry.location = self.location(&loc_place, location);
            if entry.municipality.is_none() {
                entry.municipality = entry.location.as_ref().and_then(|l| {
                    place::municipality_for_postcode(&l.postcode)
                        .or_else(|| {
                            place::municipalities()
                                .find(|(_, name)| name.eq_ignore_ascii_case(l.city.trim()))
                                .map(|(id, _)| id)
                        })
                        .map(str::to_owned)
                });
                if entry.municipality.is_none() && entry.location.is_some() {
                    let message = self.t(
                        "de gemeente is niet uit het adres af te leiden: geef --gemeente mee, anders geldt het item als landelijk".into(),
                        "the municipality cannot be told from the address: give --gemeente, or the item counts as national".into(),
                    );
                    self.warn(&sal_place, message);
                }
            }
            if many {
                let suffix = entry
                    .location
                    .as_ref()
                    .and_then(|l| l.name.as_deref().or(Some(l.city.as_str())))
                    .map(slug)
                    .unwrap_or_else(|| (k + 1).to_string());
                entry.id = format!("{}-{suffix}", entry.id);
            }
            entries.push(entry);
        }
        entries
    }

    /// The first phone number; its extension (HSDS `extension`, which a `tel:` link
    /// cannot hold) is added to how to join.
    fn phone(&mut self, phones: &[&Value], how_to_join: &mut Option<String>) -> Option<String> {
        for p in phones {
            self.seen("phone", p);
        }
        let phone = phones.iter().find(|p| str_at(p, "number").is_some())?;
        let number = str_at(phone, "number")?.to_owned();
        let extension = match phone.get("extension") {
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            _ => None,
        };
        if let Some(extension) = extension {
            let line = format!("Telefoon: {number}, toestel {extension}.");
            *how_to_join = Some(match how_to_join.take() {
                Some(h) => format!("{h} {line}"),
                None => line,
            });
        }
        Some(number)
    }

    /// Each cost option as its own part ("€ 2,00 – per keer – voor leden"), joined
    /// by "; ", then the fees description: free when no option charges anything.
    fn cost(&mut self, place: &str, service: &Value) -> (bool, Option<String>) {
        let options = list(service, "cost_options");
        let mut parts = Vec::new();
        let (mut charged, mut zero) = (false, false);
        for o in options {
            self.seen("cost_option", o);
            let amount = match num_at(o, "amount") {
                Some(Ok(n)) => Some(n),
                Some(Err(v)) => {
                    let message = self.t(
                        format!("{v:?} is geen bedrag; overgeslagen"),
                        format!("{v:?} is not an amount; skipped"),
                    );
                    self.warn(&format!("{place}.cost_options"), message);
                    None
                }
                None => None,
            };
            charged |= amount.is_some_and(|a| a > 0.0);
            zero |= amount == Some(0.0);
            let (option, described) = (str_at(o, "option"), str_at(o, "amount_description"));
            if amount == Some(0.0) && option.is_none() && described.is_none() {
                continue;
            }
            let price = amount.map(|a| {
                if a == 0.0 {
                    return "gratis".to_owned();
                }
                let euro = format!("{a:.2}").replace('.', ",");
                match str_at(o, "currency").unwrap_or("EUR") {
                    "EUR" => format!("€ {euro}"),
                    currency => format!("{currency} {euro}"),
                }
            });
            let part = [price.as_deref(), option, described]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" – ");
            if !part.is_empty() {
                parts.push(part);
            }
        }
        let fees = str_at(service, "fees_description");
        if options.is_empty() && fees.is_none() {
            let message = self.t(
                "geen cost_options: het item wordt als \"niet gratis, kosten onbekend\" overgenomen".into(),
                "no cost_options: the item is imported as \"not free, cost unknown\"".into(),
            );
            self.warn(&format!("{place}.cost_options"), message);
        }
        let mut cost = parts.join("; ");
        if let Some(fees) = fees {
            if !cost.is_empty() {
                cost.push_str(". ");
            }
            cost.push_str(fees);
        }
        (zero && !charged, text(&cost))
    }

    fn add_schedule(
        &mut self,
        place: &str,
        s: &Value,
        into: &mut Vec<RawSchedule>,
        ids: &mut HashSet<String>,
        when: &mut Vec<String>,
    ) {
        self.seen("schedule", s);
        // The same HSDS schedule referenced at service, service_at_location and
        // location level is one schedule.
        if let Some(id) = str_at(s, "id") {
            if !ids.insert(id.to_owned()) {
                return;
            }
        }
        match schedule::read(self, place, s) {
            schedule::Read::Schedule(raw) => {
                if !into.contains(&raw) {
                    into.push(raw);
                }
            }
            schedule::Read::Words(words) => {
                if !when.contains(&words) {
                    when.push(words);
                }
            }
            schedule::Read::Nothing => {}
        }
    }

    fn location(&mut self, place: &str, location: &Value) -> Option<RawLocation> {
        if !location.is_object() {
            return None;
        }
        let addresses = list(location, "addresses");
        for a in addresses {
            self.seen("address", a);
        }
        for a in list(location, "accessibility") {
            self.seen("accessibility", a);
        }
        let address = addresses
            .iter()
            .find(|a| str_at(a, "address_type") == Some("physical"))
            .or_else(|| addresses.first());
        let Some(address) = address else {
            if str_at(location, "location_type") != Some("virtual") {
                let message = self.t(
                    "locatie zonder adres overgeslagen".into(),
                    "location without an address skipped".into(),
                );
                self.warn(place, message);
            }
            return None;
        };
        let street = [str_at(address, "address_1"), str_at(address, "address_2")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let accessibility: Vec<&str> = list(location, "accessibility")
            .iter()
            .flat_map(|a| [str_at(a, "description"), str_at(a, "details")])
            .flatten()
            .collect();
        let wheelchair = accessibility.iter().any(|a| {
            let a = a.to_lowercase();
            (a.contains("rolstoel") || a.contains("wheelchair"))
                && !a.contains("niet")
                && !a.contains("not")
        });
        // HSDS has no field for a lift (nor for the floor): only the words.
        let lift = accessibility.iter().any(|a| {
            let a = a.to_lowercase();
            (a.contains("lift") || a.contains("elevator"))
                && !["geen", "niet", "no ", "not"].iter().any(|n| a.contains(n))
        });
        let (latitude, longitude) = self.coordinates(place, location);
        Some(RawLocation {
            name: str_at(location, "name").map(str::to_owned),
            street,
            postcode: str_at(address, "postal_code")
                .unwrap_or_default()
                .to_owned(),
            city: str_at(address, "city").unwrap_or_default().to_owned(),
            latitude,
            longitude,
            wheelchair_accessible: wheelchair,
            floor: None,
            lift,
            accessibility: text(&accessibility.join("; ")),
            getting_there: str_at(location, "transportation").map(str::to_owned),
        })
    }

    /// Latitude and longitude, both or neither: a value that is no number is left
    /// out with a warning that names it (the validator then names a pair out of range,
    /// and `out::write_repairing` leaves that out).
    fn coordinates(&mut self, place: &str, location: &Value) -> (Option<f64>, Option<f64>) {
        let read = |key: &str, ctx: &mut Ctx| match num_at(location, key) {
            Some(Ok(n)) => Some(n),
            Some(Err(v)) => {
                let message = ctx.t(
                    format!("{key} {v:?} is geen getal; de coördinaten zijn weggelaten"),
                    format!("{key} {v:?} is not a number; the coordinates were left out"),
                );
                ctx.warn(&format!("{place}.{key}"), message);
                None
            }
            None => None,
        };
        let latitude = read("latitude", self);
        let longitude = read("longitude", self);
        match (latitude, longitude) {
            (Some(a), Some(o)) => (Some(a), Some(o)),
            _ => (None, None),
        }
    }
}

/// `10:00:00Z`, `09:00-05:00`, `19:30+01:00` → the local part.
fn strip_offset(time: &str) -> &str {
    let t = time.trim_end_matches(['Z', 'z']);
    // An offset starts at a + or - after the time itself (at least "H:MM").
    match t
        .char_indices()
        .skip(4)
        .find(|(_, c)| *c == '+' || *c == '-')
    {
        Some((i, _)) => &t[..i],
        None => t,
    }
}

/// An object of the tabular form's rows (text cells), for [`tabular`].
pub(crate) type Row = Map<String, Value>;
