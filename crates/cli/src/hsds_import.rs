//! `samenwijzer-data import-hsds`: an Open Referral HSDS 3.0 export (a list of
//! services with nested organization, service_at_locations → location → addresses,
//! phones, schedules, attributes → taxonomy_term, cost_options, languages).
//!
//! Accepted shapes: a list of services, one service, or an API page
//! (`{"contents": [ … ]}`). One entry is written per service and location (a service
//! at two places becomes two entries). Fields are read leniently (`serde_json::Value`),
//! because exports differ; anything that cannot be used is reported, never fatal.
//!
//! HSDS `timezone` is a fixed UTC offset, which is wrong for half of the year in the
//! Netherlands; Samenwijzer stores local Europe/Amsterdam times, so `timezone` and
//! offsets after `opens_at`/`closes_at` are dropped with a warning.

use serde_json::Value;

use samenwijzer_core::directory::{RawContact, RawEntry, RawLocation, Status};
use samenwijzer_core::place;
use samenwijzer_core::schedule::{ByDay, Date, RawSchedule};
use samenwijzer_core::Need;

use crate::out::{self, slug, text, Source};
use crate::{Imported, Note};

/// Options from the command line.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The municipality for every entry (`--gemeente`); otherwise found from the
    /// address's postcode or city.
    pub municipality: Option<String>,
}

/// The JSON field in our format → the HSDS field it comes from, for messages.
fn hsds_field(path: &str) -> String {
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
    format!("HSDS-veld {from}")
}

fn str_at<'v>(value: &'v Value, key: &str) -> Option<&'v str> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn list<'v>(value: &'v Value, key: &str) -> &'v [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

struct Ctx {
    notes: Vec<Note>,
}

impl Ctx {
    fn warn(&mut self, place: &str, message: String) {
        self.notes.push(Note {
            error: false,
            place: place.to_owned(),
            message,
        });
    }

    fn error(&mut self, place: &str, message: String) {
        self.notes.push(Note {
            error: true,
            place: place.to_owned(),
            message,
        });
    }
}

/// Converts an HSDS 3.0 JSON export.
pub fn import(text_in: &str, options: &Options, today: Date) -> Imported {
    let mut imported = Imported::default();
    let mut ctx = Ctx { notes: Vec::new() };
    let root: Value = match serde_json::from_str(text_in.trim_start_matches('\u{feff}')) {
        Ok(v) => v,
        Err(e) => {
            ctx.error(
                &format!("regel {}, kolom {}", e.line(), e.column()),
                format!("dit is geen geldige JSON: {e}"),
            );
            imported.notes = ctx.notes;
            imported.json = out::render(std::iter::empty());
            return imported;
        }
    };
    let services: Vec<&Value> = match &root {
        Value::Array(items) => items.iter().collect(),
        Value::Object(o) if o.get("contents").is_some_and(Value::is_array) => {
            list(&root, "contents").iter().collect()
        }
        Value::Object(o) if o.contains_key("name") => vec![&root],
        _ => {
            ctx.error(
                "",
                "dit lijkt geen HSDS-export: verwacht een lijst met services, één service of {\"contents\": [ … ]}".into(),
            );
            imported.notes = ctx.notes;
            imported.json = out::render(std::iter::empty());
            return imported;
        }
    };

    let mut entries = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for (i, service) in services.iter().enumerate() {
        let place = format!("services[{i}]");
        if !service.is_object() {
            ctx.error(
                &place,
                "een service moet een blok met velden zijn (niet overgenomen)".into(),
            );
            imported.left_out += 1;
            continue;
        }
        for mut entry in ctx.service(&place, service, options) {
            let base = entry.id.clone();
            let mut n = 2;
            while !ids.insert(entry.id.clone()) {
                entry.id = format!("{base}-{n}");
                n += 1;
            }
            entries.push((
                entry,
                Source {
                    place: place.clone(),
                    field: Box::new(hsds_field),
                },
            ));
        }
    }
    let before = entries.len();
    let (json, written, notes) = out::write(entries, today);
    imported.json = json;
    imported.entries = written;
    imported.left_out += before - written;
    imported.notes = ctx.notes;
    imported.notes.extend(notes);
    imported
}

impl Ctx {
    fn service(&mut self, place: &str, service: &Value, options: &Options) -> Vec<RawEntry> {
        let name = str_at(service, "name").unwrap_or_default().to_owned();
        let id = str_at(service, "id").map_or_else(|| slug(&name), str::to_owned);
        let organization = service.get("organization").unwrap_or(&Value::Null);

        // Needs and the example mark, from taxonomy terms on attributes (HSDS 3.0), or
        // a plain `taxonomy_terms` list as some exports have.
        let mut needs = Vec::new();
        let mut example = false;
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
            match code.and_then(Need::from_name).or_else(|| term_name.and_then(Need::from_name)) {
                Some(need) if !needs.contains(&need) => needs.push(need),
                Some(_) => {}
                None => self.warn(
                    &format!("{place}.attributes"),
                    format!(
                        "taxonomieterm {:?} past bij geen behoefte van Samenwijzer en wordt overgeslagen",
                        term_name.or(code).unwrap_or("?")
                    ),
                ),
            }
        }

        let status = match str_at(service, "status") {
            None | Some("active") => Status::Active,
            Some("temporarily closed" | "temporarily_closed") => Status::TemporarilyClosed,
            Some("inactive") => Status::Inactive,
            Some("defunct") => Status::Defunct,
            Some(other) => {
                self.warn(
                    &format!("{place}.status"),
                    format!("onbekende status {other:?}; als actief overgenomen"),
                );
                Status::Active
            }
        };

        let age = |key: &str, ctx: &mut Ctx| -> Option<u8> {
            let v = service.get(key)?;
            match v.as_f64() {
                Some(n) if n.fract() == 0.0 && (0.0..=255.0).contains(&n) => Some(n as u8),
                _ if v.is_null() => None,
                _ => {
                    ctx.warn(
                        &format!("{place}.{key}"),
                        format!("{v} is geen leeftijd; overgeslagen"),
                    );
                    None
                }
            }
        };
        let age_min = age("minimum_age", self);
        let age_max = age("maximum_age", self);

        let (free, cost) = self.cost(place, service);
        let languages = list(service, "languages")
            .iter()
            .filter_map(|l| str_at(l, "code"))
            .map(|c| c.split(['-', '_']).next().unwrap_or(c).to_lowercase())
            .collect::<Vec<_>>();

        let phone = list(service, "phones")
            .iter()
            .chain(list(organization, "phones"))
            .find_map(|p| str_at(p, "number"))
            .map(str::to_owned);
        let contact = RawContact {
            phone,
            email: str_at(service, "email")
                .or_else(|| str_at(organization, "email"))
                .map(str::to_owned),
            website: str_at(service, "url")
                .or_else(|| str_at(organization, "website"))
                .map(str::to_owned),
            person: list(service, "contacts")
                .iter()
                .find_map(|c| str_at(c, "name"))
                .map(str::to_owned),
        };
        let last_checked = str_at(service, "assured_date")
            .or_else(|| str_at(service, "last_modified"))
            .and_then(|d| d.get(..10))
            .and_then(Date::parse)
            .map(|d| d.to_string());

        let mut schedules = Vec::new();
        for (j, s) in list(service, "schedules").iter().enumerate() {
            schedules.extend(self.schedule(&format!("{place}.schedules[{j}]"), s));
        }

        let base = RawEntry {
            id,
            name,
            description: str_at(service, "description")
                .unwrap_or_default()
                .to_owned(),
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
            how_to_join: str_at(service, "application_process").map(str::to_owned),
            when: None,
            schedules,
            moments: Vec::new(),
            location: None,
            contact,
            last_checked,
        };

        let at_locations = list(service, "service_at_locations");
        if at_locations.is_empty() {
            return vec![base];
        }
        let many = at_locations.len() > 1;
        let mut entries = Vec::new();
        for (k, sal) in at_locations.iter().enumerate() {
            let sal_place = format!("{place}.service_at_locations[{k}]");
            let mut entry = base.clone();
            let location = sal.get("location").unwrap_or(&Value::Null);
            for (j, s) in list(sal, "schedules")
                .iter()
                .chain(list(location, "schedules"))
                .enumerate()
            {
                entry
                    .schedules
                    .extend(self.schedule(&format!("{sal_place}.schedules[{j}]"), s));
            }
            if entry.contact.phone.is_none() {
                entry.contact.phone = list(sal, "phones")
                    .iter()
                    .chain(list(location, "phones"))
                    .find_map(|p| str_at(p, "number"))
                    .map(str::to_owned);
            }
            entry.location = self.location(&sal_place, location);
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
                    self.warn(
                        &sal_place,
                        "de gemeente is niet uit het adres af te leiden: geef --gemeente mee, anders geldt het item als landelijk".into(),
                    );
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

    fn cost(&mut self, place: &str, service: &Value) -> (bool, Option<String>) {
        let options = list(service, "cost_options");
        let free = options
            .iter()
            .any(|o| o.get("amount").and_then(Value::as_f64) == Some(0.0));
        let described: Vec<String> = options
            .iter()
            .filter(|o| o.get("amount").and_then(Value::as_f64) != Some(0.0))
            .filter_map(|o| {
                if let Some(d) = str_at(o, "amount_description") {
                    return Some(d.to_owned());
                }
                let amount = o.get("amount").and_then(Value::as_f64)?;
                let euro = format!("{amount:.2}").replace('.', ",");
                let currency = str_at(o, "currency").unwrap_or("EUR");
                let what = str_at(o, "option").map_or_else(String::new, |w| format!(" {w}"));
                Some(if currency == "EUR" {
                    format!("€ {euro}{what}")
                } else {
                    format!("{currency} {euro}{what}")
                })
            })
            .collect();
        let fees = str_at(service, "fees_description").map(str::to_owned);
        if options.is_empty() && fees.is_none() {
            self.warn(
                &format!("{place}.cost_options"),
                "geen cost_options: het item wordt als \"niet gratis, kosten onbekend\" overgenomen".into(),
            );
        }
        let cost = if described.is_empty() {
            fees
        } else {
            Some(described.join("; "))
        };
        (free && cost.is_none(), cost)
    }

    fn schedule(&mut self, place: &str, s: &Value) -> Option<RawSchedule> {
        for unsupported in ["byweekno", "bymonthday", "byyearday", "count", "dtstart"] {
            if s.get(unsupported).is_some_and(|v| !v.is_null() && v != "") {
                self.warn(
                    place,
                    format!("`{unsupported}` kent Samenwijzer niet: dit rooster wordt overgeslagen; beschrijf het eventueel in `when`"),
                );
                return None;
            }
        }
        if s.get("timezone").is_some_and(|v| !v.is_null()) {
            self.warn(
                &format!("{place}.timezone"),
                "`timezone` wordt genegeerd: Samenwijzer neemt aan dat tijden in Nederlandse tijd (Europe/Amsterdam) staan".into(),
            );
        }
        let Some(freq) = str_at(s, "freq") else {
            self.warn(
                place,
                "rooster zonder `freq` overgeslagen (alleen WEEKLY en MONTHLY)".into(),
            );
            return None;
        };
        let byday = ByDay::One(str_at(s, "byday").unwrap_or_default().to_owned());
        let time = |key: &str, ctx: &mut Ctx| -> Option<String> {
            let t = str_at(s, key)?;
            let local = strip_offset(t);
            if local.len() != t.len() {
                ctx.warn(
                    &format!("{place}.{key}"),
                    format!("{t:?}: de tijdzone is weggelaten; de tijd geldt als Nederlandse tijd"),
                );
            }
            Some(local.to_owned())
        };
        let interval = match s.get("interval").and_then(Value::as_f64) {
            Some(n) if n.fract() == 0.0 && (0.0..=255.0).contains(&n) => Some(n as u8),
            Some(n) => {
                self.warn(
                    &format!("{place}.interval"),
                    format!("{n} is geen geldige interval; genegeerd"),
                );
                None
            }
            None => None,
        };
        let date = |key: &str| str_at(s, key).map(|d| d.get(..10).unwrap_or(d).to_owned());
        Some(RawSchedule {
            freq: freq.to_uppercase(),
            interval: interval.filter(|n| *n != 1),
            byday,
            opens_at: time("opens_at", self),
            closes_at: time("closes_at", self),
            valid_from: date("valid_from"),
            valid_to: date("valid_to").or_else(|| date("until")),
            description: str_at(s, "description").map(str::to_owned),
        })
    }

    fn location(&mut self, place: &str, location: &Value) -> Option<RawLocation> {
        if !location.is_object() {
            return None;
        }
        let addresses = list(location, "addresses");
        let address = addresses
            .iter()
            .find(|a| str_at(a, "address_type") == Some("physical"))
            .or_else(|| addresses.first());
        let Some(address) = address else {
            if str_at(location, "location_type") != Some("virtual") {
                self.warn(place, "locatie zonder adres overgeslagen".into());
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
        Some(RawLocation {
            name: str_at(location, "name").map(str::to_owned),
            street,
            postcode: str_at(address, "postal_code")
                .unwrap_or_default()
                .to_owned(),
            city: str_at(address, "city").unwrap_or_default().to_owned(),
            latitude: location.get("latitude").and_then(Value::as_f64),
            longitude: location.get("longitude").and_then(Value::as_f64),
            wheelchair_accessible: wheelchair,
            floor: None,
            lift,
            accessibility: text(&accessibility.join("; ")),
            getting_there: str_at(location, "transportation").map(str::to_owned),
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_stripped() {
        assert_eq!(strip_offset("10:00:00"), "10:00:00");
        assert_eq!(strip_offset("10:00Z"), "10:00");
        assert_eq!(strip_offset("09:00-05:00"), "09:00");
        assert_eq!(strip_offset("19:30:00+01:00"), "19:30:00");
    }

    #[test]
    fn the_example_export_is_imported() {
        let text = include_str!("../../../data/hsds-example.json");
        let today = Date::new(2026, 11, 27).unwrap();
        let imported = import(text, &Options::default(), today);
        assert!(!imported.has_errors(), "{:#?}", imported.notes);
        assert!(imported.entries >= 3, "{}", imported.entries);
        let report = samenwijzer_core::directory::validate::validate(&imported.json, today);
        assert!(!report.has_errors(), "{:#?}", report.problems);
        assert_eq!(report.examples, report.entries);
        let v: Value = serde_json::from_str(&imported.json).unwrap();
        let first = &v["entries"][0];
        assert_eq!(first["municipality"], "velsen");
        assert_eq!(first["needs"], serde_json::json!(["meet", "talk"]));
        assert_eq!(first["schedules"][0]["opens_at"], "10:00:00");
        // A lift is read from the accessibility words; HSDS has no floor.
        assert_eq!(first["location"]["lift"], true);
        assert_eq!(first["location"].get("floor"), None);
        assert!(imported
            .notes
            .iter()
            .any(|n| n.message.contains("`timezone` wordt genegeerd")));
        assert!(imported
            .notes
            .iter()
            .any(|n| n.message.contains("past bij geen behoefte")));
    }

    #[test]
    fn odd_shapes_are_reported_not_fatal() {
        let today = Date::new(2026, 11, 27).unwrap();
        for text in [
            "",
            "3",
            "{}",
            "[1, null, {}]",
            "{\"contents\": [{\"name\": 5}]}",
            "[{\"name\": \"x\", \"schedules\": [{\"freq\": 3}]}]",
        ] {
            let imported = import(text, &Options::default(), today);
            assert!(
                samenwijzer_core::directory::parse_directory(&imported.json).is_ok(),
                "{text}"
            );
        }
    }
}
