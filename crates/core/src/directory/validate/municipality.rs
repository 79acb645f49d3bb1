//! - SW038 `UnknownMunicipality` (warning): `municipality` is not one of the
//!   configured municipalities ([`crate::place`]); the entry would be shown nowhere.
//!   Help names the closest one.

use super::closest::closest;
use super::words::{pick, quoted_list};
use super::{Kind, Validator};
use crate::place;
use crate::quote::quoted;
use crate::StaffLang;

impl Validator<'_> {
    /// `value`: the trimmed text of the field at `path`.
    pub(super) fn municipality(&mut self, path: &str, value: &str) {
        let id = crate::case::lower_str(value);
        if place::municipality_name(&id).is_none() {
            let ids: Vec<&'static str> = place::municipalities().map(|(id, _)| id).collect();
            self.warn(
                path,
                Kind::UnknownMunicipality {
                    value: value.to_owned(),
                    suggestion: closest(&id, &ids),
                },
            );
        }
    }
}

pub(super) fn unknown_municipality(value: &str, lang: StaffLang) -> String {
    let all = quoted_list(
        &place::municipalities()
            .map(|(id, _)| id)
            .collect::<Vec<_>>(),
    );
    pick(
        lang,
        format!(
            "gemeente {} is niet ingesteld; ingesteld zijn {all} (laat het veld weg voor landelijk aanbod)",
            quoted(value)
        ),
        format!(
            "municipality {} is not configured; configured are {all} (leave the field out for national services)",
            quoted(value)
        ),
    )
}
