//! The other names people give the directory's fields: the Dutch column names of a
//! spreadsheet (`samenwijzer-data import-csv` reads them), and words staff often write
//! by mistake in the JSON (Dutch words, HSDS names). One table for both, so the
//! importer and the validator's "bedoelt u …?" cannot drift apart.
//!
//! A field is named by its path in an entry: `name`, `location.street`,
//! `schedules.byday`.

/// The spreadsheet's columns, in the order of `docs/directory-format.md`, with the
/// field each fills.
pub const COLUMNS: &[(&str, &str)] = &[
    ("id", "id"),
    ("naam", "name"),
    ("beschrijving", "description"),
    ("organisatie", "organisation"),
    ("gemeente", "municipality"),
    ("behoeften", "needs"),
    ("gratis", "free"),
    ("kosten", "cost"),
    ("voor_wie", "audience"),
    ("leeftijd_min", "age_min"),
    ("leeftijd_max", "age_max"),
    ("talen", "languages"),
    ("maatje", "companion"),
    ("vervoer", "transport"),
    ("aanmelden", "how_to_join"),
    ("wanneer", "when"),
    ("dagen", "schedules.byday"),
    ("om_de", "schedules.interval"),
    ("van", "schedules.opens_at"),
    ("tot", "schedules.closes_at"),
    ("geldig_van", "schedules.valid_from"),
    ("geldig_tot", "schedules.valid_to"),
    ("locatie_naam", "location.name"),
    ("straat", "location.street"),
    ("postcode", "location.postcode"),
    ("plaats", "location.city"),
    ("lat", "location.latitude"),
    ("lon", "location.longitude"),
    ("rolstoel", "location.wheelchair_accessible"),
    ("verdieping", "location.floor"),
    ("lift", "location.lift"),
    ("toegankelijkheid", "location.accessibility"),
    ("route", "location.getting_there"),
    ("telefoon", "contact.phone"),
    ("email", "contact.email"),
    ("website", "contact.website"),
    ("contactpersoon", "contact.person"),
    ("voorbeeld", "example"),
    ("laatst_gecontroleerd", "last_checked"),
];

/// The columns a spreadsheet gives a translation in, with a language code after them
/// (`naam_tr`, `beschrijving_en`), and the field of a translation each fills.
pub const TRANSLATED_COLUMNS: &[(&str, &str)] =
    &[("naam", "name"), ("beschrijving", "description")];

/// A translation's column (`naam_tr`): the code written after it (not checked) and
/// the field of the translation it fills (`name`).
pub fn translation_column(column: &str) -> Option<(&str, &'static str)> {
    TRANSLATED_COLUMNS.iter().find_map(|(prefix, field)| {
        let code = column.strip_prefix(prefix)?.strip_prefix('_')?;
        (!code.is_empty()).then_some((code, *field))
    })
}

/// Names that are no column but that people write for a field (other Dutch words,
/// HSDS and English names, common misspellings too far from the field for a typo).
const OTHER_NAMES: &[(&str, &str)] = &[
    ("titel", "name"),
    ("title", "name"),
    ("omschrijving", "description"),
    ("organization", "organisation"),
    ("categories", "needs"),
    ("categorieen", "needs"),
    ("prijs", "cost"),
    ("rooster", "schedules"),
    ("schedule", "schedules"),
    ("adres", "location"),
    ("address", "location"),
    ("adress", "location"),
    ("locatie", "location"),
    ("lng", "location.longitude"),
    ("long", "location.longitude"),
    ("telephone", "contact.phone"),
    ("mail", "contact.email"),
    ("e-mail", "contact.email"),
    ("url", "contact.website"),
    ("minimum_age", "age_min"),
    ("maximum_age", "age_max"),
    ("etage", "location.floor"),
    ("elevator", "location.lift"),
    ("transportation", "location.getting_there"),
];

/// The field (as a path in an entry) that `name` stands for, if it is a column name or
/// another known name for one. `name` is compared in lower case.
pub fn field_for(name: &str) -> Option<&'static str> {
    let name = crate::case::lower_str(name);
    if translation_column(&name).is_some() {
        return Some("translations");
    }
    COLUMNS
        .iter()
        .chain(OTHER_NAMES)
        .find(|(other, _)| *other == name)
        .map(|(_, field)| *field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::validate::FIELDS;

    /// Every name points at a field that exists, in the block its path names.
    #[test]
    fn every_name_is_for_a_real_field() {
        for (name, path) in COLUMNS.iter().chain(OTHER_NAMES) {
            let (block, field) = match path.split_once('.') {
                Some(("location", f)) => ("location", f),
                Some(("contact", f)) => ("contact", f),
                Some(("schedules", f)) => ("schedule", f),
                Some(_) => panic!("{name}: {path} is in no block"),
                None => ("entry", *path),
            };
            let fields = FIELDS.iter().find(|(b, _)| *b == block).unwrap().1;
            assert!(fields.contains(&field), "{name}: {path}");
        }
    }

    /// The staff's documentation of the spreadsheet names every column.
    #[test]
    fn every_column_is_documented() {
        let docs = include_str!("../../../../docs/directory-format.md");
        for (column, _) in COLUMNS {
            assert!(docs.contains(&format!("`{column}`")), "{column}");
        }
    }

    /// One name, one meaning: a name is in the table once, in lower case.
    #[test]
    fn names_are_unique_and_in_lower_case() {
        let all: Vec<&str> = COLUMNS.iter().chain(OTHER_NAMES).map(|(n, _)| *n).collect();
        for (i, name) in all.iter().enumerate() {
            assert!(!all[..i].contains(name), "{name} twice");
            assert_eq!(*name, name.to_lowercase(), "{name}");
        }
        assert_eq!(field_for("Gemeente"), Some("municipality"));
        assert_eq!(field_for("adress"), Some("location"));
        assert_eq!(field_for("nope"), None);
    }

    #[test]
    fn translation_columns_name_a_code_and_a_field() {
        assert_eq!(translation_column("naam_tr"), Some(("tr", "name")));
        assert_eq!(
            translation_column("beschrijving_xx"),
            Some(("xx", "description"))
        );
        for other in ["naam", "naam_", "naamtr", "locatie_naam", "beschrijving"] {
            assert_eq!(translation_column(other), None, "{other}");
        }
        assert_eq!(field_for("Naam_TR"), Some("translations"));
        for (_, field) in TRANSLATED_COLUMNS {
            let fields = FIELDS.iter().find(|(b, _)| *b == "translation").unwrap().1;
            assert!(fields.contains(field), "{field}");
        }
    }
}
