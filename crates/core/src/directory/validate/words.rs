//! The edge where a problem becomes words: [`Kind::message`] and [`Kind::help`] pick,
//! per kind, the wording that lives beside its check. Both are matches without a
//! catch-all, so a new kind does not compile until it has words.

use super::kind::Kind;
use super::{choices, municipality, schedule, syntax, translations, types, unknown_field};
use super::{contact, duplicates, entry, file, freshness, location, needs, safety_net};
use crate::StaffLang;

impl Kind {
    /// What is wrong, for staff, in plain words (Dutch B1, or English). A likely
    /// correction is not part of it: that is [`Kind::help`].
    pub fn message(&self, lang: StaffLang) -> String {
        match self {
            Kind::Syntax(m) => syntax::syntax(m, lang),
            Kind::ByteOrderMark => syntax::byte_order_mark(lang),
            Kind::NotAnObject => file::not_an_object(lang),
            Kind::SchemaVersion(v) => file::schema_version(v.as_deref(), lang),
            Kind::NoEntries(typo) => file::no_entries(typo.as_deref(), lang),
            Kind::EntryNotObject => entry::entry_not_object(lang),
            Kind::Missing(field) => types::missing(field, lang),
            Kind::Empty(field) => entry::empty(field, lang),
            Kind::UnknownField { field, .. } => unknown_field::unknown_field(field, lang),
            Kind::WrongType {
                field,
                expected,
                found,
            } => types::wrong_type(field, *expected, found, lang),
            Kind::UnknownNeed { value, .. } => needs::unknown_need(value, lang),
            Kind::UnknownChoice {
                field,
                value,
                allowed,
                ..
            } => choices::unknown_choice(field, value, allowed, lang),
            Kind::DuplicateId { id, other } => duplicates::duplicate_id(id, other, lang),
            Kind::Schedule(e) => schedule::schedule(e, lang),
            Kind::AgeOrder { min, max } => entry::age_order(*min, *max, lang),
            Kind::CoordinatePair => location::coordinate_pair(lang),
            Kind::NotOnEarth => location::not_on_earth(lang),
            Kind::FloorRange(v) => location::floor_range(v, lang),
            Kind::DuplicateKey(key) => duplicates::duplicate_key(key, lang),
            Kind::TooDeep => syntax::too_deep(lang),
            Kind::Skipped(reason) => safety_net::skipped(reason, lang),
            Kind::EmptyDescription => entry::empty_description(lang),
            Kind::EmptyAddress(field) => location::empty_address(field, lang),
            Kind::NoNeeds => needs::no_needs(lang),
            Kind::ScheduleEnded(date) => schedule::schedule_ended(*date, lang),
            Kind::NeverOccurs => schedule::never_occurs(lang),
            Kind::NotChecked => freshness::not_checked(lang),
            Kind::CheckedLongAgo(date) => freshness::checked_long_ago(*date, lang),
            Kind::BadCheckedDate(v) => freshness::bad_checked_date(v, lang),
            Kind::UnknownMunicipality { value, .. } => {
                municipality::unknown_municipality(value, lang)
            }
            Kind::BadPhone(v) => contact::bad_phone(v, lang),
            Kind::BadEmail(v) => contact::bad_email(v, lang),
            Kind::BadWebsite(v) => contact::bad_website(v, lang),
            Kind::HttpWebsite(v) => contact::http_website(v, lang),
            Kind::WebsiteCharacters(v) => contact::website_characters(v, lang),
            Kind::HiddenCharacters(field) => types::hidden_characters(field, lang),
            Kind::OutsideNetherlands => location::outside_netherlands(lang),
            Kind::LatLonSwapped => location::lat_lon_swapped(lang),
            Kind::BadPostcode(v) => location::bad_postcode(v, lang),
            Kind::BadLanguage(v) => choices::bad_language(v, lang),
            Kind::CostMissing => entry::cost_missing(lang),
            Kind::TranslationLanguage { code, .. } => translations::unknown_language(code, lang),
            Kind::TranslationField { field, .. } => {
                translations::unknown_translation_field(field, lang)
            }
            Kind::TranslationType {
                field,
                expected,
                found,
            } => translations::translation_type(field, *expected, found, lang),
            Kind::TranslationEmpty(field) => {
                translations::translation_empty(field.as_deref(), lang)
            }
            Kind::Examples(n) => file::examples(*n, lang),
        }
    }

    /// What was probably meant ("bedoelt u `location`?"), when there is a likely guess.
    pub fn help(&self, lang: StaffLang) -> Option<String> {
        let meant = match self {
            Kind::NoEntries(typo) => typo.as_ref().map(|_| "entries"),
            Kind::UnknownField { suggestion, .. }
            | Kind::UnknownNeed { suggestion, .. }
            | Kind::UnknownChoice { suggestion, .. }
            | Kind::UnknownMunicipality { suggestion, .. }
            | Kind::TranslationLanguage { suggestion, .. }
            | Kind::TranslationField { suggestion, .. } => *suggestion,
            Kind::Syntax(_)
            | Kind::ByteOrderMark
            | Kind::NotAnObject
            | Kind::SchemaVersion(_)
            | Kind::EntryNotObject
            | Kind::Missing(_)
            | Kind::Empty(_)
            | Kind::WrongType { .. }
            | Kind::DuplicateId { .. }
            | Kind::Schedule(_)
            | Kind::AgeOrder { .. }
            | Kind::CoordinatePair
            | Kind::NotOnEarth
            | Kind::FloorRange(_)
            | Kind::DuplicateKey(_)
            | Kind::TooDeep
            | Kind::Skipped(_)
            | Kind::EmptyDescription
            | Kind::EmptyAddress(_)
            | Kind::NoNeeds
            | Kind::ScheduleEnded(_)
            | Kind::NeverOccurs
            | Kind::NotChecked
            | Kind::CheckedLongAgo(_)
            | Kind::BadCheckedDate(_)
            | Kind::BadPhone(_)
            | Kind::BadEmail(_)
            | Kind::BadWebsite(_)
            | Kind::HttpWebsite(_)
            | Kind::WebsiteCharacters(_)
            | Kind::HiddenCharacters(_)
            | Kind::OutsideNetherlands
            | Kind::LatLonSwapped
            | Kind::BadPostcode(_)
            | Kind::BadLanguage(_)
            | Kind::CostMissing
            | Kind::TranslationType { .. }
            | Kind::TranslationEmpty(_)
            | Kind::Examples(_) => None,
        }?;
        Some(did_you_mean(meant, lang))
    }
}

/// "bedoelt u `location`?"
fn did_you_mean(meant: &str, lang: StaffLang) -> String {
    match lang {
        StaffLang::Nl => format!("bedoelt u `{meant}`?"),
        StaffLang::En => format!("did you mean `{meant}`?"),
    }
}

/// Dutch or English, picked once per message.
pub(super) fn pick(lang: StaffLang, nl: String, en: String) -> String {
    match lang {
        StaffLang::Nl => nl,
        StaffLang::En => en,
    }
}

/// `"a", "b", "c"`: the values a field may have.
pub(super) fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("\"{s}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
