//! Every user-visible string, by [`Key`], from the gettext catalogues in `i18n/`
//! (`samenwijzer.pot` in Dutch, one `<lang>.po` per other language).
//!
//! `build.rs` checks the catalogues (a missing key, an empty text or a placeholder such
//! as `{n}` that differs from the Dutch fails the build), generates `Key`, and writes
//! one small file per language. The app fetches only the file of the language in use
//! (`data.rs`), checks that it belongs to this build, and installs it here; `text`
//! then reads from memory. To add a string: an entry in `i18n/samenwijzer.pot` and its
//! translation in every `.po` file (see `i18n/README.md`).

mod catalogue;
mod labels;
pub mod language;
pub mod when;

pub use catalogue::{
    any_later_installed, catalogue_file, install, install_later, installed, language, later_file,
    later_installed, parse, parse_later, text, Key,
};
pub use labels::{
    age_key, barrier_key, helpline_keys, idea_key, moment_key, need_key, period_key, sort_key,
    source_key, tip_group_key, tip_keys,
};

use samenwijzer_core::check::Score;
use samenwijzer_core::Lang;

/// The language the directory's texts (names, descriptions) are written in: staff
/// write them in Dutch. Elements that show them carry it as `lang`, with `dir="auto"`.
pub const DIRECTORY_LANG: &str = "nl";

/// A phone number to put in a text: its groups joined by no-break spaces, which keep
/// it on one line and, between digits, in its order in a right-to-left language ("088
/// 0767 000", not "000 0767 088"); its accessible name stays the number.
pub fn phone_number(number: &str) -> String {
    number.replace(' ', "\u{a0}")
}

/// The text of a contact link: its label, a phone number as `phone_number`.
pub fn link_text(link: &samenwijzer_core::link::SafeLink) -> String {
    match link.kind() {
        samenwijzer_core::link::LinkKind::Phone => phone_number(link.label()),
        _ => link.label().to_owned(),
    }
}

/// A label inside a sentence: "praten met iemand" for "Praten met iemand".
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| {
            std::iter::once(samenwijzer_core::case::lower(c))
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

/// "Uw score is 5 van de 11." — or, for a scale that does not start at 0,
/// "Uw score is 7, op een schaal van 3 tot 9."
pub fn score_sentence(lang: Lang, score: &Score) -> String {
    let key = if score.min == 0 {
        Key::ResultScore
    } else {
        Key::ResultScoreRange
    };
    let numbers = [score.total, score.min, score.max].map(|n| n.to_string());
    fill(
        text(lang, key),
        &[
            ("score", &numbers[0]),
            ("min", &numbers[1]),
            ("max", &numbers[2]),
        ],
    )
}

/// Fills `{name}` placeholders: `fill("{n} items", &[("n", "3")])`.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(template.to_owned(), |acc, (name, value)| {
        acc.replace(&format!("{{{name}}}"), value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(s: &str) -> BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect()
    }

    #[test]
    fn numbers_keep_their_order_in_right_to_left_text() {
        assert_eq!(phone_number("088 0767 000"), "088\u{a0}0767\u{a0}000");
    }

    #[test]
    fn every_key_has_text_in_every_language() {
        for &lang in Lang::ALL {
            for &key in Key::ALL {
                assert!(
                    !text(lang, key).trim().is_empty(),
                    "{lang:?} {key:?} is empty"
                );
            }
        }
    }

    #[test]
    fn placeholders_agree_between_languages() {
        for &key in Key::ALL {
            assert_eq!(
                placeholders(text(Lang::Nl, key)),
                placeholders(text(Lang::En, key)),
                "{key:?}"
            );
        }
    }

    #[test]
    fn dutch_and_english_differ_where_they_should() {
        // Catches a copy-pasted, untranslated catalogue entry. Names are the same in both.
        let same_in_both = [
            Key::AppName,
            Key::NavPrivacy,
            Key::PrivacyTitle,
            Key::TitleSuffix,
            Key::AboutDjg11,
            Key::AboutDjg6,
            Key::HelpLocalContact,
            Key::EntryContact,
            Key::DateLong,
            Key::DateShort,
            Key::NavMenu,
            Key::ScheduleTimes,
            Key::CourseScore,
            Key::ScheduleWithDescription,
            Key::TextDirection,
            Key::ReadAloudStop,
        ];
        for &key in Key::ALL {
            if !same_in_both.contains(&key) {
                assert_ne!(text(Lang::Nl, key), text(Lang::En, key), "{key:?}");
            }
        }
    }

    #[test]
    fn score_sentences_name_the_scale() {
        use samenwijzer_core::check::{builtin_instruments, Answers};
        for instrument in builtin_instruments() {
            let mut answers = Answers::for_instrument(&instrument);
            (0..instrument.items.len()).for_each(|i| answers.set(i, Some(0)));
            let score = instrument.score(&answers).unwrap();
            let expected = match instrument.id.as_str() {
                "djg11" => "Uw score is 5 van de 11.",
                "djg6" => "Uw score is 3 van de 6.",
                _ => "Uw score is 3, op een schaal van 3 tot 9.",
            };
            assert_eq!(
                score_sentence(Lang::Nl, &score),
                expected,
                "{}",
                instrument.id
            );
        }
    }

    #[test]
    fn fill_replaces_named_placeholders() {
        assert_eq!(
            fill("{n} van {total}", &[("n", "3"), ("total", "11")]),
            "3 van 11"
        );
        assert_eq!(fill("geen", &[("n", "3")]), "geen");
    }
}
