//! The contact block: the app shows only links that are safe and work
//! ([`SafeLink`]); one that is not is left out, so staff hear of it here.
//!
//! - SW039 `BadPhone` (warning): no number the app can call.
//! - SW040 `BadEmail` (warning): no e-mail address.
//! - SW041 `BadWebsite` (warning): no `https://` address with a domain.
//! - SW042 `HttpWebsite` (warning): `http://` instead of `https://`.
//! - SW049 `WebsiteCharacters` (warning): characters no web address holds (a quote,
//!   a space, `<`, a control or direction character).

use serde_json::{Map, Value};

use super::fields::Block;
use super::words::pick;
use super::{Kind, Validator};
use crate::directory::spans::key_path;
use crate::link::{url_char, SafeLink};
use crate::quote::quoted;
use crate::StaffLang;

impl Validator<'_> {
    pub(super) fn contact(&mut self, path: &str, contact: &Map<String, Value>) {
        self.unknown_fields(path, contact, Block::Contact);
        self.optional_text(path, contact, "person");
        if let Some(phone) = self.optional_text(path, contact, "phone") {
            if SafeLink::phone(phone).is_none() {
                self.warn(&key_path(path, "phone"), Kind::BadPhone(phone.to_owned()));
            }
        }
        if let Some(email) = self.optional_text(path, contact, "email") {
            if SafeLink::email(email).is_none() {
                self.warn(&key_path(path, "email"), Kind::BadEmail(email.to_owned()));
            }
        }
        if let Some(website) = self.optional_text(path, contact, "website") {
            let at = key_path(path, "website");
            if website
                .get(..7)
                .is_some_and(|s| s.eq_ignore_ascii_case("http://"))
            {
                self.warn(&at, Kind::HttpWebsite(website.to_owned()));
            } else if !website.chars().all(url_char) {
                self.warn(&at, Kind::WebsiteCharacters(website.to_owned()));
            } else if SafeLink::website(website).is_none() {
                self.warn(&at, Kind::BadWebsite(website.to_owned()));
            }
        }
    }
}

pub(super) fn bad_phone(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!("{} is geen telefoonnummer dat de app kan bellen; alleen cijfers, spaties, +, -, ( en )", quoted(value)),
        format!("{} is not a phone number the app can call; only digits, spaces, +, -, ( and )", quoted(value)),
    )
}

pub(super) fn bad_email(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} is geen e-mailadres (zoals naam@gemeente.nl); de app laat het weg",
            quoted(value)
        ),
        format!(
            "{} is not an e-mail address (such as name@council.nl); the app leaves it out",
            quoted(value)
        ),
    )
}

pub(super) fn bad_website(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} is geen webadres dat de app toont: begin met https:// en een domein",
            quoted(value)
        ),
        format!(
            "{} is not a web address the app shows: start with https:// and a domain",
            quoted(value)
        ),
    )
}

pub(super) fn http_website(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{}: gebruik https:// in plaats van http:// (de app toont alleen veilige links)",
            quoted(value)
        ),
        format!(
            "{}: use https:// instead of http:// (the app shows only secure links)",
            quoted(value)
        ),
    )
}

pub(super) fn website_characters(value: &str, lang: StaffLang) -> String {
    pick(
        lang,
        format!(
            "{} bevat tekens die niet in een webadres horen (een spatie, aanhalingsteken, < of >, of een onzichtbaar teken): de app laat de link weg",
            quoted(value)
        ),
        format!(
            "{} holds characters a web address cannot (a space, a quote, < or >, or an invisible character): the app leaves the link out",
            quoted(value)
        ),
    )
}
