//! The fields of each block of an entry and the fixed values some fields take: the
//! parser's names (tests compare them with the parser, the JSON Schema and the
//! documentation).

const ENTRY_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "translations",
    "organisation",
    "municipality",
    "needs",
    "example",
    "status",
    "audience",
    "age_min",
    "age_max",
    "free",
    "cost",
    "languages",
    "companion",
    "transport",
    "how_to_join",
    "when",
    "schedules",
    "moments",
    "location",
    "contact",
    "last_checked",
];
const LOCATION_FIELDS: &[&str] = &[
    "name",
    "street",
    "postcode",
    "city",
    "latitude",
    "longitude",
    "wheelchair_accessible",
    "floor",
    "lift",
    "accessibility",
    "getting_there",
];
/// The fields of one translation (`translations.tr`).
const TRANSLATION_FIELDS: &[&str] = &["name", "description"];
const CONTACT_FIELDS: &[&str] = &["phone", "email", "website", "person"];
const SCHEDULE_FIELDS: &[&str] = &[
    "freq",
    "interval",
    "byday",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "description",
];

/// The field names of every block of an entry: the parser's names. A test compares
/// them with the parser's own list (from serde's "unknown field" message; a
/// translation is read by `raw.rs` itself, which names its two fields).
pub const FIELDS: [(&str, &[&str]); 5] = [
    ("entry", ENTRY_FIELDS),
    ("location", LOCATION_FIELDS),
    ("contact", CONTACT_FIELDS),
    ("schedule", SCHEDULE_FIELDS),
    ("translation", TRANSLATION_FIELDS),
];
pub const STATUSES: &[&str] = &["active", "temporarily_closed", "inactive", "defunct"];
pub const MOMENTS: &[&str] = &["daytime", "evening", "weekend"];

/// A block of fields in an entry (the entry itself, or one nested in it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Block {
    Entry,
    Location,
    Contact,
    Schedule,
    Translation,
}

impl Block {
    pub(super) fn fields(self) -> &'static [&'static str] {
        match self {
            Block::Entry => ENTRY_FIELDS,
            Block::Location => LOCATION_FIELDS,
            Block::Contact => CONTACT_FIELDS,
            Block::Schedule => SCHEDULE_FIELDS,
            Block::Translation => TRANSLATION_FIELDS,
        }
    }

    /// The field of the entry that holds this block (none for the entry itself).
    pub(super) fn holder(self) -> Option<&'static str> {
        match self {
            Block::Entry => None,
            Block::Location => Some("location"),
            Block::Contact => Some("contact"),
            Block::Schedule => Some("schedules"),
            Block::Translation => Some("translations"),
        }
    }
}
