//! The directory of local activities and contacts, as the app shows it.
//!
//! Data comes from a file municipal staff maintain, so it is untrusted: parsing never
//! panics, one bad entry is skipped (and counted) while the rest is shown, and links
//! become [`SafeLink`]s or nothing.

pub mod filter;
mod parse;

pub use parse::{parse_directory, DirectoryError, Skipped};

use crate::link::SafeLink;
use crate::what_helps::{AgeGroup, Moment};
use crate::Need;

/// The schema version this build reads. Bump it when the format changes incompatibly.
pub const SCHEMA_VERSION: u64 = 1;

#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    pub entries: Vec<Entry>,
    /// Entries that could not be shown, so the app can say how many.
    pub skipped: Vec<Skipped>,
}

/// One activity, service or contact.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub description: String,
    pub organisation: Option<String>,
    /// `None` for national contacts, available everywhere.
    pub municipality: Option<String>,
    pub needs: Vec<Need>,
    /// An invented entry in the demo directory; the app labels it "voorbeeld".
    pub example: bool,
    pub free: bool,
    pub when: Option<String>,
    /// When it takes place, in the self-check's terms (empty: unknown or any time).
    pub moments: Vec<Moment>,
    /// The ages it is meant for, inclusive (`None`: everyone).
    pub ages: Option<(u8, u8)>,
    pub address: Option<Address>,
    pub wheelchair_accessible: bool,
    /// Only the links that passed the safety check, in the order phone, e-mail, website.
    pub links: Vec<SafeLink>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

impl Entry {
    /// True when the entry is meant for (part of) this age group.
    pub fn suits_age(&self, group: AgeGroup) -> bool {
        let (lo, hi) = group.ages();
        self.ages.is_none_or(|(min, max)| min <= hi && lo <= max)
    }
}

impl Directory {
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}
