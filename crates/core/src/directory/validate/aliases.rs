//! Other names people write for a field (Dutch words, HSDS names), for the help of
//! an unknown field (`unknown_field.rs`).

use super::fields::Block;

/// Field names people often write and the field they mean.
const ALIASES: &[(&str, &str)] = &[
    ("naam", "name"),
    ("titel", "name"),
    ("title", "name"),
    ("beschrijving", "description"),
    ("omschrijving", "description"),
    ("organisatie", "organisation"),
    ("organization", "organisation"),
    ("gemeente", "municipality"),
    ("behoeften", "needs"),
    ("categories", "needs"),
    ("categorieen", "needs"),
    ("voorbeeld", "example"),
    ("gratis", "free"),
    ("kosten", "cost"),
    ("prijs", "cost"),
    ("voor_wie", "audience"),
    ("talen", "languages"),
    ("aanmelden", "how_to_join"),
    ("wanneer", "when"),
    ("rooster", "schedules"),
    ("schedule", "schedules"),
    ("adres", "location"),
    ("address", "location"),
    ("adress", "location"),
    ("locatie", "location"),
    ("plaats", "city"),
    ("straat", "street"),
    ("lat", "latitude"),
    ("lon", "longitude"),
    ("lng", "longitude"),
    ("long", "longitude"),
    ("rolstoel", "wheelchair_accessible"),
    ("telefoon", "phone"),
    ("telephone", "phone"),
    ("mail", "email"),
    ("e-mail", "email"),
    ("url", "website"),
    ("contactpersoon", "person"),
    ("laatst_gecontroleerd", "last_checked"),
    ("minimum_age", "age_min"),
    ("maximum_age", "age_max"),
];

/// The field a common other name stands for, if that field belongs in this block;
/// contact and location fields written straight in an entry point to `contact` or
/// `location`.
pub(super) fn meant(key: &str, block: Block) -> Option<&'static str> {
    let key = key.to_lowercase();
    let meant = ALIASES.iter().find(|(a, _)| *a == key).map(|(_, f)| *f)?;
    let known = block.fields();
    if let Some(field) = known.iter().find(|f| **f == meant) {
        return Some(field);
    }
    let in_contact = Block::Contact.fields().contains(&meant) && known.contains(&"contact");
    let in_location = Block::Location.fields().contains(&meant) && known.contains(&"location");
    match (in_contact, in_location) {
        (true, _) => Some("contact"),
        (_, true) => Some("location"),
        _ => None,
    }
}
