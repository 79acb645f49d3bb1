//! - SW015 `UnknownNeed`: a need that is not in the taxonomy ([`Need`]). Help names
//!   the slug of a Dutch word or label (`praten` → `talk`) or the closest slug.
//! - SW032 `NoNeeds` (warning): no needs, so the entry is never suggested.

use serde_json::{Map, Value};

use super::closest::closest;
use super::words::{pick, quoted_list};
use super::{Kind, Validator};
use crate::directory::spans::key_path;
use crate::quote::quoted;
use crate::{Need, StaffLang};

impl Validator<'_> {
    pub(super) fn needs(&mut self, path: &str, entry: &Map<String, Value>) {
        let needs = self.text_list(path, entry, "needs");
        for (item_path, need) in &needs {
            if Need::from_slug(need).is_none() {
                let slugs: Vec<&'static str> = Need::ALL.iter().map(|n| n.slug()).collect();
                let suggestion = Need::from_name(need)
                    .map(Need::slug)
                    .or_else(|| closest(need, &slugs));
                self.error(
                    item_path,
                    Kind::UnknownNeed {
                        value: (*need).to_owned(),
                        suggestion,
                    },
                );
            }
        }
        if needs.is_empty()
            && entry
                .get("needs")
                .is_none_or(|n| n.as_array().is_some_and(Vec::is_empty))
        {
            let at = if entry.contains_key("needs") {
                key_path(path, "needs")
            } else {
                path.to_owned()
            };
            self.warn(&at, Kind::NoNeeds);
        }
    }
}

pub(super) fn unknown_need(value: &str, lang: StaffLang) -> String {
    let all = quoted_list(&Need::ALL.map(Need::slug));
    pick(
        lang,
        format!("onbekende behoefte {}; kies uit {all}", quoted(value)),
        format!("unknown need {}; choose from {all}", quoted(value)),
    )
}

pub(super) fn no_needs(lang: StaffLang) -> String {
    pick(
        lang,
        "geen `needs`: dit item wordt nooit als suggestie getoond".into(),
        "no `needs`: this item is never suggested".into(),
    )
}
