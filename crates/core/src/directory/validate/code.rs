//! The stable code of each kind of problem (`SW013`), shown with every message
//! (`fout[SW013]`) so staff can look it up in `docs/directory-format.md` and tools
//! can filter on it. A code never changes meaning and is never reused; a new kind of
//! problem gets the next free number in its group.
//!
//! | codes  | group                                  |
//! |--------|----------------------------------------|
//! | SW001– | the file as a whole cannot be read     |
//! | SW010– | an entry the app skips (errors)        |
//! | SW030– | an entry that is shown, but (warnings) |
//! | SW090  | information                            |

use std::fmt;

use super::kind::Kind;

/// Declares [`Code`] and [`Code::ALL`] from one list, so that no code can be left out
/// of `ALL` (and so of the tests, which want a row for every code).
macro_rules! codes {
    ($($name:ident = $number:literal,)*) => {
        /// One per [`Kind`], with the kind's name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $($name,)*
        }

        impl Code {
            /// Every code, in the order of their numbers.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The number after `SW`.
            pub fn number(self) -> u16 {
                match self {
                    $(Code::$name => $number,)*
                }
            }

            /// The name of its kind (`UnknownField`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Code::$name => stringify!($name),)*
                }
            }
        }
    };
}

codes! {
    Syntax = 1,
    ByteOrderMark = 2,
    NotAnObject = 3,
    SchemaVersion = 4,
    NoEntries = 5,

    EntryNotObject = 10,
    Missing = 11,
    Empty = 12,
    UnknownField = 13,
    WrongType = 14,
    UnknownNeed = 15,
    UnknownChoice = 16,
    DuplicateId = 17,
    Schedule = 18,
    AgeOrder = 19,
    CoordinatePair = 20,
    NotOnEarth = 21,
    DuplicateKey = 22,
    FloorRange = 23,
    TooDeep = 24,
    Skipped = 29,

    EmptyDescription = 30,
    EmptyAddress = 31,
    NoNeeds = 32,
    ScheduleEnded = 33,
    NeverOccurs = 34,
    NotChecked = 35,
    CheckedLongAgo = 36,
    BadCheckedDate = 37,
    UnknownMunicipality = 38,
    BadPhone = 39,
    BadEmail = 40,
    BadWebsite = 41,
    HttpWebsite = 42,
    OutsideNetherlands = 43,
    LatLonSwapped = 44,
    BadPostcode = 45,
    BadLanguage = 46,
    CostMissing = 47,
    HiddenCharacters = 48,
    WebsiteCharacters = 49,
    TranslationLanguage = 50,
    TranslationField = 51,
    TranslationType = 52,
    TranslationEmpty = 53,

    Examples = 90,
}

/// `SW013`.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SW{:03}", self.number())
    }
}

impl Kind {
    /// Its code. A match without a catch-all: a new kind does not compile until it
    /// has one.
    pub fn code(&self) -> Code {
        match self {
            Kind::Syntax(_) => Code::Syntax,
            Kind::ByteOrderMark => Code::ByteOrderMark,
            Kind::NotAnObject => Code::NotAnObject,
            Kind::SchemaVersion(_) => Code::SchemaVersion,
            Kind::NoEntries(_) => Code::NoEntries,
            Kind::EntryNotObject => Code::EntryNotObject,
            Kind::Missing(_) => Code::Missing,
            Kind::Empty(_) => Code::Empty,
            Kind::UnknownField { .. } => Code::UnknownField,
            Kind::WrongType { .. } => Code::WrongType,
            Kind::UnknownNeed { .. } => Code::UnknownNeed,
            Kind::UnknownChoice { .. } => Code::UnknownChoice,
            Kind::DuplicateId { .. } => Code::DuplicateId,
            Kind::Schedule(_) => Code::Schedule,
            Kind::AgeOrder { .. } => Code::AgeOrder,
            Kind::CoordinatePair => Code::CoordinatePair,
            Kind::NotOnEarth => Code::NotOnEarth,
            Kind::FloorRange(_) => Code::FloorRange,
            Kind::DuplicateKey(_) => Code::DuplicateKey,
            Kind::TooDeep => Code::TooDeep,
            Kind::Skipped(_) => Code::Skipped,
            Kind::EmptyDescription => Code::EmptyDescription,
            Kind::EmptyAddress(_) => Code::EmptyAddress,
            Kind::NoNeeds => Code::NoNeeds,
            Kind::ScheduleEnded(_) => Code::ScheduleEnded,
            Kind::NeverOccurs => Code::NeverOccurs,
            Kind::NotChecked => Code::NotChecked,
            Kind::CheckedLongAgo(_) => Code::CheckedLongAgo,
            Kind::BadCheckedDate(_) => Code::BadCheckedDate,
            Kind::UnknownMunicipality { .. } => Code::UnknownMunicipality,
            Kind::BadPhone(_) => Code::BadPhone,
            Kind::BadEmail(_) => Code::BadEmail,
            Kind::BadWebsite(_) => Code::BadWebsite,
            Kind::HttpWebsite(_) => Code::HttpWebsite,
            Kind::WebsiteCharacters(_) => Code::WebsiteCharacters,
            Kind::HiddenCharacters(_) => Code::HiddenCharacters,
            Kind::OutsideNetherlands => Code::OutsideNetherlands,
            Kind::LatLonSwapped => Code::LatLonSwapped,
            Kind::BadPostcode(_) => Code::BadPostcode,
            Kind::BadLanguage(_) => Code::BadLanguage,
            Kind::CostMissing => Code::CostMissing,
            Kind::TranslationLanguage { .. } => Code::TranslationLanguage,
            Kind::TranslationField { .. } => Code::TranslationField,
            Kind::TranslationType { .. } => Code::TranslationType,
            Kind::TranslationEmpty(_) => Code::TranslationEmpty,
            Kind::Examples(_) => Code::Examples,
        }
    }
}
