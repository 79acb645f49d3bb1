//! Every kind of problem the validator reports, with the values its message needs.
//! Its code is in `code.rs`, its words beside its check (`words.rs` picks them).

use crate::schedule::{Date, ScheduleError};

/// What kind of value a field needs, for "wrong type" messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Bool,
    /// A whole number from 0 to 255 (ages, intervals).
    Whole,
    /// A whole number, perhaps below zero (`floor`).
    Integer,
    Number,
    List,
    Object,
    /// `byday`: a text such as "TU" or "MO,TH", or a list of such texts.
    Days,
}

/// Every kind of problem. A new kind does not compile until `Kind::code` gives it a
/// code and `Kind::message` words it; the code then needs a row in the tests' table.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    // Errors about the file as a whole.
    /// Not JSON; serde_json's message, without its position.
    Syntax(String),
    /// The file starts with a byte order mark.
    ByteOrderMark,
    NotAnObject,
    /// `schema_version` missing (`None`) or another value (as written).
    SchemaVersion(Option<String>),
    /// No `entries` list; with the key that looks like a typo of it, if there is one.
    NoEntries(Option<String>),

    // Errors in an entry: the app skips it.
    EntryNotObject,
    Missing(&'static str),
    Empty(&'static str),
    UnknownField {
        field: String,
        suggestion: Option<&'static str>,
    },
    WrongType {
        field: String,
        expected: Expected,
        found: &'static str,
    },
    UnknownNeed {
        value: String,
        suggestion: Option<&'static str>,
    },
    /// A value not in a fixed list (`status`, `moments`).
    UnknownChoice {
        field: &'static str,
        value: String,
        allowed: &'static [&'static str],
        suggestion: Option<&'static str>,
    },
    /// The same id twice; `other` is the path of the other entry.
    DuplicateId {
        id: String,
        other: String,
    },
    Schedule(ScheduleError),
    AgeOrder {
        min: u64,
        max: u64,
    },
    /// Only one of `latitude` and `longitude`.
    CoordinatePair,
    NotOnEarth,
    /// A `floor` outside -2 to 50 (as written).
    FloorRange(String),
    /// An entry nested deeper than the parser reads (128 levels): the app skips it.
    TooDeep,
    /// A key twice in one object (an error in an entry, a warning elsewhere).
    DuplicateKey(String),
    /// The app skips the entry for a reason this validator did not foresee.
    Skipped(String),

    // Warnings: the entry is shown, but something is probably wrong.
    EmptyDescription,
    EmptyAddress(&'static str),
    NoNeeds,
    ScheduleEnded(Date),
    NeverOccurs,
    NotChecked,
    CheckedLongAgo(Date),
    BadCheckedDate(String),
    UnknownMunicipality {
        value: String,
        suggestion: Option<&'static str>,
    },
    BadPhone(String),
    BadEmail(String),
    BadWebsite(String),
    HttpWebsite(String),
    /// A website with characters no address holds (a quote, a space, `<`): the app
    /// leaves the link out.
    WebsiteCharacters(String),
    /// Control or direction characters in a text (the field's name): the app takes
    /// them out.
    HiddenCharacters(String),
    OutsideNetherlands,
    LatLonSwapped,
    BadPostcode(String),
    BadLanguage(String),
    CostMissing,
    /// A key of `translations` that is no language of the app other than Dutch (as
    /// written); with the code probably meant. The app leaves the translation out.
    TranslationLanguage {
        code: String,
        suggestion: Option<&'static str>,
    },
    /// A field other than `name` and `description` in a translation.
    TranslationField {
        field: String,
        suggestion: Option<&'static str>,
    },
    /// `translations`, a translation or one of its texts has another type (`field`
    /// is its path in the entry: `translations.tr.name`).
    TranslationType {
        field: String,
        expected: Expected,
        found: &'static str,
    },
    /// A translation's text is empty (its path in the entry), or the translation has
    /// neither `name` nor `description` (`None`).
    TranslationEmpty(Option<String>),

    // Info.
    Examples(usize),
}
