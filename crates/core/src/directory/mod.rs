//! The directory of local activities and contacts, as the app shows it.
//!
//! Data comes from a file municipal staff maintain, so it is untrusted: parsing never
//! panics, one bad entry is skipped (and counted) while the rest is shown, and links
//! become [`SafeLink`]s or nothing.

pub mod filter;
mod items;
mod map;
pub mod names;
pub mod order;
pub mod pack;
mod parse;
pub mod raw;
mod spans;
pub mod text;
pub mod validate;

pub use parse::{
    parse_directory, parse_directory_with_positions, translation_language, DirectoryError, Skipped,
    FLOORS,
};
pub use raw::{RawContact, RawEntry, RawLocation, RawTranslation, RawTranslations};

use crate::link::SafeLink;
use crate::schedule::{Date, Now, Schedule};
use crate::what_helps::{AgeGroup, Moment};
use crate::{Lang, Need};

/// The schema version this build reads. Bump it when the format changes incompatibly.
pub const SCHEMA_VERSION: u64 = 1;

/// How many days ago `last_checked` may be before the information is called old: the
/// check warns (SW036 `CheckedLongAgo`) and the coverage report lists the entry as
/// stale. One number, so that the two never disagree about an entry.
pub const STALE_AFTER_DAYS: i64 = 365;

#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    pub entries: Vec<Entry>,
    /// Entries that could not be shown, so the app can say how many.
    pub skipped: Vec<Skipped>,
}

/// One activity, service or contact. The fields follow Open Referral HSDS 3.0 where it
/// fits (service, location, contact, schedule, eligibility), flattened into one record
/// because a municipal list has one place and one contact per activity.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The name and description in other languages than Dutch, in the order of
    /// [`Lang::ALL`], each language once and never [`Lang::Nl`] (the entry's own
    /// `name` and `description` are Dutch). See [`Entry::name_in`].
    pub translations: Vec<(Lang, Translation)>,
    pub organisation: Option<String>,
    /// `None` for national contacts, available everywhere.
    pub municipality: Option<String>,
    pub needs: Vec<Need>,
    /// An invented entry in the demo directory; the app labels it "voorbeeld".
    pub example: bool,
    pub status: Status,
    /// Who it is for, in words ("voor mantelzorgers").
    pub audience: Option<String>,
    /// The ages it is meant for, inclusive (`None`: everyone).
    pub ages: Option<(u8, u8)>,
    pub free: bool,
    /// What it costs, in words ("€ 2,50 per keer").
    pub cost: Option<String>,
    /// Languages spoken, as ISO 639-1 codes ("nl", "en", "tr").
    pub languages: Vec<String>,
    /// Someone can come along the first time (a "maatje").
    pub companion: bool,
    /// Transport there is offered (a lift by car, a belbus).
    pub transport: bool,
    /// How to take part ("Loop gewoon binnen", "Bel eerst even").
    pub how_to_join: Option<String>,
    /// When, in words, for what the schedules cannot say ("op afspraak").
    pub when: Option<String>,
    pub schedules: Vec<Schedule>,
    /// When it takes place, in the self-check's terms, as the file says (`moments`;
    /// empty: not said). [`Entry::moments`] is what the app goes by.
    pub written_moments: Vec<Moment>,
    pub location: Option<Location>,
    pub contact_person: Option<String>,
    /// Only the links that passed the safety check, in the order phone, e-mail, website.
    pub links: Vec<SafeLink>,
    /// When the information was last checked.
    pub last_checked: Option<Date>,
}

/// An entry's name and description in one language; at least one of the two, each
/// a text that is not empty.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Translation {
    pub name: Option<String>,
    pub description: Option<String>,
}

/// HSDS service status. Inactive and defunct entries are not shown at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    TemporarilyClosed,
    Inactive,
    Defunct,
}

/// Where it takes place.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// The building ("Buurthuis De Stek").
    pub name: Option<String>,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub coordinates: Option<crate::geo::LatLon>,
    pub wheelchair_accessible: bool,
    /// The floor it is on (0: the ground floor; `None`: not said).
    pub floor: Option<i8>,
    /// There is a lift.
    pub lift: bool,
    /// More about access, in words ("drempelvrij, invalidentoilet").
    pub accessibility: Option<String>,
    /// How to get there ("bus 75, halte Zeewijkplein").
    pub getting_there: Option<String>,
}

impl Entry {
    /// The name in `lang` and the language it is in: the translation when there is
    /// one, else the Dutch name with [`Lang::Nl`] (so the page can mark its language).
    pub fn name_in(&self, lang: Lang) -> (&str, Lang) {
        self.translated(lang, |t| t.name.as_deref())
            .unwrap_or((&self.name, Lang::Nl))
    }

    /// The description in `lang` and the language it is in, as [`Entry::name_in`].
    pub fn description_in(&self, lang: Lang) -> (&str, Lang) {
        self.translated(lang, |t| t.description.as_deref())
            .unwrap_or((&self.description, Lang::Nl))
    }

    fn translated<'a>(
        &'a self,
        lang: Lang,
        text: impl Fn(&'a Translation) -> Option<&'a str>,
    ) -> Option<(&'a str, Lang)> {
        let (_, translation) = self.translations.iter().find(|(l, _)| *l == lang)?;
        text(translation).map(|t| (t, lang))
    }

    /// The age limits worth saying: `(from, to)`, each `None` when there is none (an
    /// `age_min` of 0 or an `age_max` of 255 says nothing); `None` for everyone.
    pub fn age_limits(&self) -> Option<(Option<u8>, Option<u8>)> {
        let (min, max) = self.ages?;
        let limits = ((min > 0).then_some(min), (max < u8::MAX).then_some(max));
        (limits != (None, None)).then_some(limits)
    }

    /// True when the entry is meant for (part of) this age group.
    pub fn suits_age(&self, group: AgeGroup) -> bool {
        let (lo, hi) = group.ages();
        self.ages.is_none_or(|(min, max)| min <= hi && lo <= max)
    }

    /// Its venue is known to be reachable by wheelchair (the "rolstoel" badge).
    pub fn venue_wheelchair_accessible(&self) -> bool {
        self.location
            .as_ref()
            .is_some_and(|l| l.wheelchair_accessible)
    }

    /// Its venue can be reached without stairs: on the ground floor, with a lift, or
    /// wheelchair accessible. `false` when unknown, or without a venue.
    pub fn step_free(&self) -> bool {
        self.location
            .as_ref()
            .is_some_and(|l| l.wheelchair_accessible || l.lift || l.floor == Some(0))
    }

    /// Its venue is known to need stairs: on a floor above the ground floor, without
    /// a lift, and not wheelchair accessible.
    pub fn needs_stairs(&self) -> bool {
        self.location
            .as_ref()
            .is_some_and(|l| l.floor.is_some_and(|f| f > 0) && !l.lift && !l.wheelchair_accessible)
    }

    /// A place a wheelchair user can reach; a phone line or a home visit counts too.
    pub fn wheelchair_ok(&self) -> bool {
        self.location.is_none() || self.venue_wheelchair_accessible()
    }

    /// When it takes place on `today`, in the self-check's terms: as written, or else
    /// from its schedules that have not ended (empty: unknown, or any time), as the day
    /// filter counts only those. An entry whose schedules have all ended keeps the
    /// moments they had, rather than seem to take place at any time.
    ///
    /// Worked out here, not when the file is read: reading has no date, and what it
    /// makes (a pack) is used for months.
    pub fn moments(&self, today: Date) -> Vec<Moment> {
        if !self.written_moments.is_empty() {
            return self.written_moments.clone();
        }
        let all_ended = self.schedules.iter().all(|s| s.has_ended(today));
        let mut moments: Vec<Moment> = self
            .schedules
            .iter()
            .filter(|s| all_ended || !s.has_ended(today))
            .flat_map(Schedule::moments)
            .collect();
        moments.sort();
        moments.dedup();
        moments
    }

    /// Does it take place on this day? Entries without schedules: unknown, so `false`.
    pub fn occurs_on(&self, date: Date) -> bool {
        self.schedules.iter().any(|s| s.occurs_on(date))
    }

    /// The day of its next session that has not ended at `now` ("de eerstvolgende
    /// keer"); `None` also when it is there day and night (round the clock).
    pub fn next_date(&self, now: Now) -> Option<Date> {
        self.schedules
            .iter()
            .filter(|s| !s.round_the_clock())
            .filter_map(|s| s.next_session(now))
            .min()
    }
}

impl Directory {
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The entries of `ids` that the directory still has, in the order of `ids` (a
    /// shortlist; the shortlist page says how many are gone).
    pub fn saved<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a Entry> + 'a {
        ids.iter().filter_map(|id| self.entry(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aged(ages: &str) -> Entry {
        let text = format!(
            r#"{{"schema_version": 1, "entries": [{{"id": "a", "name": "x", "description": "" {ages}}}]}}"#
        );
        parse_directory(&text).unwrap().entries.remove(0)
    }

    fn translated(translations: &str) -> Entry {
        let text = format!(
            r#"{{"schema_version": 1, "entries": [{{"id": "a", "name": "Taalcafé", "description": "Samen praten", "translations": {translations}}}]}}"#
        );
        parse_directory(&text).unwrap().entries.remove(0)
    }

    #[test]
    fn a_translation_is_used_where_there_is_one() {
        let entry = translated(
            r#"{"tr": {"name": "Dil kafe", "description": "Birlikte konuşmak"}, "en": {"description": "Talking together"}}"#,
        );
        assert_eq!(entry.name_in(Lang::Tr), ("Dil kafe", Lang::Tr));
        assert_eq!(
            entry.description_in(Lang::Tr),
            ("Birlikte konuşmak", Lang::Tr)
        );
        // Only the description is in English: the name stays Dutch, and says so.
        assert_eq!(entry.name_in(Lang::En), ("Taalcafé", Lang::Nl));
        assert_eq!(
            entry.description_in(Lang::En),
            ("Talking together", Lang::En)
        );
        // No translation at all, and Dutch itself.
        assert_eq!(entry.name_in(Lang::Pl), ("Taalcafé", Lang::Nl));
        assert_eq!(entry.description_in(Lang::Ar), ("Samen praten", Lang::Nl));
        assert_eq!(entry.name_in(Lang::Nl), ("Taalcafé", Lang::Nl));
        // In the order of `Lang::ALL`, not of the file.
        let order: Vec<Lang> = entry.translations.iter().map(|(l, _)| *l).collect();
        assert_eq!(order, [Lang::En, Lang::Tr]);
    }

    #[test]
    fn without_translations_everything_is_dutch() {
        let entry = aged("");
        assert!(entry.translations.is_empty());
        for &lang in Lang::ALL {
            assert_eq!(entry.name_in(lang), ("x", Lang::Nl));
            assert_eq!(entry.description_in(lang), ("", Lang::Nl));
        }
    }

    #[test]
    fn age_limits_say_only_what_limits() {
        assert_eq!(
            aged(r#", "age_min": 65"#).age_limits(),
            Some((Some(65), None))
        );
        assert_eq!(
            aged(r#", "age_max": 26"#).age_limits(),
            Some((None, Some(26)))
        );
        assert_eq!(
            aged(r#", "age_min": 16, "age_max": 26"#).age_limits(),
            Some((Some(16), Some(26)))
        );
        assert_eq!(aged(r#", "age_min": 0"#).age_limits(), None);
        assert_eq!(aged(r#", "age_min": 0, "age_max": 255"#).age_limits(), None);
        assert_eq!(aged("").age_limits(), None);
    }
}
