//! HSDS in tabular form: one CSV file per table (`services.csv`, `locations.csv`, …, as
//! listed in `datapackage.json`), joined by their ids into the nested services the
//! JSON form has, so both are mapped by the same code. Each object remembers its file
//! and line (under [`SOURCE_KEY`]) for messages. Every table is indexed once by the
//! ids it is joined on, so the join is linear in the files.

use std::collections::HashMap;

use serde_json::Value;

use samenwijzer_core::StaffLang;

use super::{Row, SOURCE_KEY};
use crate::words::pick;
use crate::Note;

/// The tables read, and the HSDS 3.0 names some exports use for them.
const TABLES: &[(&str, &[&str])] = &[
    ("services", &["services", "service"]),
    ("organizations", &["organizations", "organization"]),
    ("locations", &["locations", "location"]),
    (
        "service_at_locations",
        &["service_at_locations", "service_at_location"],
    ),
    ("schedules", &["schedules", "schedule"]),
    ("phones", &["phones", "phone"]),
    ("addresses", &["addresses", "address"]),
    ("cost_options", &["cost_options", "cost_option"]),
    ("languages", &["languages", "language"]),
    ("contacts", &["contacts", "contact"]),
    ("attributes", &["attributes", "attribute"]),
    ("taxonomy_terms", &["taxonomy_terms", "taxonomy_term"]),
    (
        "accessibility",
        &[
            "accessibility",
            "accessibilities",
            "accessibility_for_disabilities",
        ],
    ),
];

struct Table {
    file: String,
    headers: Vec<String>,
    /// Each row: its line and its cells (one record holds a row's cells in one buffer;
    /// an object is made when the row is used).
    rows: Vec<(u64, csv::StringRecord)>,
    used: Vec<bool>,
    /// column → value → rows with that value.
    index: HashMap<&'static str, HashMap<String, Vec<usize>>>,
}

impl Table {
    fn read(file: &str, text: &str) -> Table {
        let text = text.trim_start_matches('\u{feff}');
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map(|h| h.iter().map(str::to_owned).collect())
            .unwrap_or_default();
        let mut rows = Vec::new();
        for record in reader.records().flatten() {
            if record.iter().all(str::is_empty) {
                continue;
            }
            let line = record.position().map_or(0, csv::Position::line);
            rows.push((line, record));
        }
        Table {
            file: file.to_owned(),
            headers,
            used: vec![false; rows.len()],
            rows,
            index: HashMap::new(),
        }
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    fn index(&mut self, column: &'static str) {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        if let Some(c) = self.column(column) {
            for (i, (_, cells)) in self.rows.iter().enumerate() {
                if let Some(v) = cells.get(c).filter(|v| !v.is_empty()) {
                    index.entry(v.to_owned()).or_default().push(i);
                }
            }
        }
        self.index.insert(column, index);
    }

    /// Row `i` as an HSDS object: its non-empty cells, and where it is.
    fn object(&self, i: usize) -> Row {
        let (line, cells) = &self.rows[i];
        let mut row = Row::new();
        for (h, cell) in self.headers.iter().zip(cells.iter()) {
            if !cell.is_empty() && !h.is_empty() {
                row.insert(h.clone(), Value::String(cell.to_owned()));
            }
        }
        row.insert(
            SOURCE_KEY.into(),
            Value::String(format!("{} regel {line}", self.file)),
        );
        row
    }

    /// The rows whose `column` is `value`, marked as used.
    fn find(&mut self, column: &'static str, value: &str) -> Vec<Row> {
        let Some(rows) = self.index.get(column).and_then(|i| i.get(value)) else {
            return Vec::new();
        };
        let rows = rows.clone();
        rows.into_iter()
            .map(|i| {
                self.used[i] = true;
                self.object(i)
            })
            .collect()
    }
}

struct Tables(HashMap<&'static str, Table>);

impl Tables {
    fn find(&mut self, table: &str, column: &'static str, value: Option<&str>) -> Vec<Row> {
        match (self.0.get_mut(table), value) {
            (Some(t), Some(v)) => t.find(column, v),
            _ => Vec::new(),
        }
    }

    /// Rows of `table` with `column` = `value` and none of the columns in `without`.
    fn find_only(
        &mut self,
        table: &str,
        column: &'static str,
        value: Option<&str>,
        without: &[&str],
    ) -> Vec<Value> {
        self.find(table, column, value)
            .into_iter()
            .filter(|r| without.iter().all(|w| !r.contains_key(*w)))
            .map(Value::Object)
            .collect()
    }
}

fn id(row: &Row) -> Option<&str> {
    row.get("id").and_then(Value::as_str)
}

/// The tables of a tabular export, indexed, with notes about the files not read; or
/// why the folder cannot be read.
pub fn read(files: &[(String, String)], lang: StaffLang) -> Result<Tabular, Note> {
    let mut notes = Vec::new();
    let mut tables = HashMap::new();
    for (name, text) in files {
        let Some(stem) = name.strip_suffix(".csv") else {
            continue;
        };
        match TABLES.iter().find(|(_, names)| names.contains(&stem)) {
            Some((table, _)) => {
                tables.insert(*table, Table::read(name, text));
            }
            None => notes.push(Note {
                error: false,
                place: name.clone(),
                message: pick(
                    lang,
                    "deze tabel leest Samenwijzer niet; niet overgenomen".into(),
                    "Samenwijzer does not read this table; not imported".into(),
                ),
            }),
        }
    }
    if !tables.contains_key("services") {
        let has_package = files.iter().any(|(n, _)| n == "datapackage.json");
        return Err(Note {
            error: true,
            place: String::new(),
            message: pick(
                lang,
                format!(
                    "in deze map staat geen services.csv{}: een HSDS-export in tabelvorm heeft een services.csv naast datapackage.json",
                    if has_package { "" } else { " en geen datapackage.json" }
                ),
                format!(
                    "this folder has no services.csv{}: an HSDS export in tabular form has a services.csv beside datapackage.json",
                    if has_package { "" } else { " and no datapackage.json" }
                ),
            ),
        });
    }
    for (table, columns) in [
        ("organizations", &["id"][..]),
        ("locations", &["id"]),
        ("taxonomy_terms", &["id"]),
        ("service_at_locations", &["service_id"]),
        (
            "schedules",
            &["service_id", "location_id", "service_at_location_id"],
        ),
        (
            "phones",
            &[
                "service_id",
                "organization_id",
                "location_id",
                "service_at_location_id",
            ],
        ),
        ("addresses", &["location_id"]),
        ("cost_options", &["service_id"]),
        ("languages", &["service_id"]),
        ("contacts", &["service_id"]),
        ("attributes", &["link_id"]),
        ("accessibility", &["location_id"]),
    ] {
        if let Some(t) = tables.get_mut(table) {
            for c in columns {
                t.index(c);
            }
        }
    }
    let services = tables.get_mut("services").map_or(0, |t| t.rows.len());
    Ok(Tabular {
        tables: Tables(tables),
        next: 0,
        services,
        notes,
        lang,
    })
}

/// The services of a tabular export, made one at a time ([`Tabular::next_service`]),
/// then the notes about rows that belong to none ([`Tabular::finish`]).
pub struct Tabular {
    tables: Tables,
    next: usize,
    services: usize,
    notes: Vec<Note>,
    lang: StaffLang,
}

impl Tabular {
    /// The next service, nested as in the JSON form.
    pub fn next_service(&mut self) -> Option<Value> {
        if self.next >= self.services {
            return None;
        }
        let i = self.next;
        self.next += 1;
        let tables = &mut self.tables;
        let mut service = tables.0.get("services")?.object(i);
        let sid = id(&service).map(str::to_owned);
        let sid = sid.as_deref();
        let org_id = service
            .get("organization_id")
            .and_then(Value::as_str)
            .map(str::to_owned);
        if let Some(mut org) = tables
            .find("organizations", "id", org_id.as_deref())
            .into_iter()
            .next()
        {
            let phones = tables.find_only(
                "phones",
                "organization_id",
                org_id.as_deref(),
                &["service_id"],
            );
            if !phones.is_empty() {
                org.insert("phones".into(), Value::Array(phones));
            }
            service.insert("organization".into(), Value::Object(org));
        }
        let only = &["service_at_location_id", "location_id"][..];
        for (key, table, column, without) in [
            ("phones", "phones", "service_id", only),
            ("schedules", "schedules", "service_id", only),
            ("cost_options", "cost_options", "service_id", &[][..]),
            ("languages", "languages", "service_id", &[][..]),
            ("contacts", "contacts", "service_id", &[][..]),
        ] {
            let found = tables.find_only(table, column, sid, without);
            if !found.is_empty() {
                service.insert(key.into(), Value::Array(found));
            }
        }
        let mut attributes = Vec::new();
        for mut a in tables.find("attributes", "link_id", sid) {
            let term = a
                .get("taxonomy_term_id")
                .and_then(Value::as_str)
                .map(str::to_owned);
            if let Some(t) = tables
                .find("taxonomy_terms", "id", term.as_deref())
                .into_iter()
                .next()
            {
                a.insert("taxonomy_term".into(), Value::Object(t));
            }
            attributes.push(Value::Object(a));
        }
        if !attributes.is_empty() {
            service.insert("attributes".into(), Value::Array(attributes));
        }
        let mut at_locations = Vec::new();
        for mut sal in tables.find("service_at_locations", "service_id", sid) {
            let sal_id = id(&sal).map(str::to_owned);
            let loc_id = sal
                .get("location_id")
                .and_then(Value::as_str)
                .map(str::to_owned);
            for key in ["schedules", "phones"] {
                let found = tables.find_only(key, "service_at_location_id", sal_id.as_deref(), &[]);
                if !found.is_empty() {
                    sal.insert(key.into(), Value::Array(found));
                }
            }
            if let Some(mut location) = tables
                .find("locations", "id", loc_id.as_deref())
                .into_iter()
                .next()
            {
                for (key, table, without) in [
                    ("addresses", "addresses", &[][..]),
                    ("accessibility", "accessibility", &[][..]),
                    (
                        "schedules",
                        "schedules",
                        &["service_id", "service_at_location_id"][..],
                    ),
                    (
                        "phones",
                        "phones",
                        &["service_id", "service_at_location_id"][..],
                    ),
                ] {
                    let found = tables.find_only(table, "location_id", loc_id.as_deref(), without);
                    if !found.is_empty() {
                        location.insert(key.into(), Value::Array(found));
                    }
                }
                sal.insert("location".into(), Value::Object(location));
            }
            at_locations.push(Value::Object(sal));
        }
        if !at_locations.is_empty() {
            service.insert("service_at_locations".into(), Value::Array(at_locations));
        }
        Some(Value::Object(service))
    }

    /// The notes about the folder: tables not read, rows that belong to no service.
    pub fn finish(self) -> Vec<Note> {
        let (tables, mut notes, lang) = (self.tables, self.notes, self.lang);
        // Rows that belong to no service that was read: counted, per file.
        let mut unused: Vec<(&str, usize)> = tables
            .0
            .iter()
            .filter(|(name, _)| **name != "services")
            .map(|(_, t)| (t.file.as_str(), t.used.iter().filter(|u| !**u).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        unused.sort();
        for (file, n) in unused {
            notes.push(Note {
            error: false,
            place: file.to_owned(),
            message: pick(
                lang,
                format!("{n} rij(en) horen bij geen service (of niet op deze plek) en zijn niet overgenomen"),
                format!("{n} row(s) belong to no service (or not at this place) and were not imported"),
            ),
        });
        }
        notes
    }
}
