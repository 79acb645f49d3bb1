//! The directory's filters, as they live in the URL (`#/activiteiten?gemeente=velsen&
//! behoefte=talk&moment=avond&gratis=ja`), so the back button works and a link can be
//! shared.

use super::Entry;
use crate::what_helps::Moment;
use crate::Need;

pub const NEED_PARAM: &str = "behoefte";
pub const MUNICIPALITY_PARAM: &str = "gemeente";
pub const MOMENT_PARAM: &str = "moment";
pub const FREE_PARAM: &str = "gratis";
pub const WHEELCHAIR_PARAM: &str = "rolstoel";
const YES: &str = "ja";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Any of these needs (none: all).
    pub needs: Vec<Need>,
    /// This municipality's entries and the national ones.
    pub municipality: Option<String>,
    /// At any of these moments (none: any time). Entries without known moments stay.
    pub moments: Vec<Moment>,
    pub free_only: bool,
    /// A venue reachable by wheelchair (places without a venue, such as a phone line, stay).
    pub wheelchair: bool,
}

pub fn moment_slug(moment: Moment) -> &'static str {
    match moment {
        Moment::Daytime => "overdag",
        Moment::Evening => "avond",
        Moment::Weekend => "weekend",
    }
}

fn moment_from_slug(slug: &str) -> Option<Moment> {
    Moment::ALL.into_iter().find(|m| moment_slug(*m) == slug)
}

impl Filters {
    /// Reads the filters from URL query pairs; unknown values are ignored.
    pub fn from_query(query: &[(String, String)]) -> Filters {
        fn values<'a>(
            query: &'a [(String, String)],
            key: &'a str,
        ) -> impl Iterator<Item = &'a str> + 'a {
            query
                .iter()
                .filter(move |(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        }
        let mut filters = Filters {
            needs: values(query, NEED_PARAM)
                .filter_map(Need::from_slug)
                .collect(),
            municipality: values(query, MUNICIPALITY_PARAM)
                .next()
                .filter(|m| !m.is_empty())
                .map(str::to_owned),
            moments: values(query, MOMENT_PARAM)
                .filter_map(moment_from_slug)
                .collect(),
            free_only: values(query, FREE_PARAM).any(|v| v == YES),
            wheelchair: values(query, WHEELCHAIR_PARAM).any(|v| v == YES),
        };
        filters.needs.dedup();
        filters.moments.dedup();
        filters
    }

    /// The filters as URL query pairs, in a stable order.
    pub fn to_query(&self) -> Vec<(String, String)> {
        let pair = |k: &str, v: &str| (k.to_owned(), v.to_owned());
        let mut query: Vec<_> = self
            .needs
            .iter()
            .map(|n| pair(NEED_PARAM, n.slug()))
            .collect();
        if let Some(m) = &self.municipality {
            query.push(pair(MUNICIPALITY_PARAM, m));
        }
        query.extend(
            self.moments
                .iter()
                .map(|m| pair(MOMENT_PARAM, moment_slug(*m))),
        );
        if self.free_only {
            query.push(pair(FREE_PARAM, YES));
        }
        if self.wheelchair {
            query.push(pair(WHEELCHAIR_PARAM, YES));
        }
        query
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    pub fn admits(&self, entry: &Entry) -> bool {
        let need_ok = self.needs.is_empty() || self.needs.iter().any(|n| entry.needs.contains(n));
        let place_ok = match (&self.municipality, &entry.municipality) {
            (Some(wanted), Some(theirs)) => wanted == theirs,
            _ => true,
        };
        let moment_ok = self.moments.is_empty()
            || entry.moments.is_empty()
            || self.moments.iter().any(|m| entry.moments.contains(m));
        let access_ok = !self.wheelchair || entry.wheelchair_accessible || entry.address.is_none();
        need_ok && place_ok && moment_ok && access_ok && (!self.free_only || entry.free)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::parse_directory;

    fn entries() -> Vec<Entry> {
        parse_directory(
            r#"{"schema_version": 1, "entries": [
            {"id": "line", "name": "Hulplijn", "description": "", "needs": ["talk"], "free": true},
            {"id": "koor", "name": "Koor", "description": "", "municipality": "velsen",
             "needs": ["culture", "meet"], "moments": ["evening"],
             "address": {"street": "A 1", "postcode": "1971 AA", "city": "IJmuiden"}},
            {"id": "wandel", "name": "Wandelen", "description": "", "municipality": "heemskerk",
             "needs": ["nature"], "moments": ["weekend"], "free": true, "wheelchair_accessible": true,
             "address": {"street": "B 2", "postcode": "1961 AA", "city": "Heemskerk"}}
        ]}"#,
        )
        .unwrap()
        .entries
    }

    fn admitted(filters: &Filters) -> Vec<String> {
        entries()
            .into_iter()
            .filter(|e| filters.admits(e))
            .map(|e| e.id)
            .collect()
    }

    fn query(pairs: &[(&str, &str)]) -> Filters {
        let pairs: Vec<_> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Filters::from_query(&pairs)
    }

    #[test]
    fn no_filters_admit_everything() {
        assert!(Filters::default().is_empty());
        assert_eq!(admitted(&Filters::default()), ["line", "koor", "wandel"]);
    }

    #[test]
    fn each_filter_narrows() {
        type Row<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
        let table: [Row; 7] = [
            (&[("behoefte", "culture")], &["koor"]),
            (
                &[("behoefte", "culture"), ("behoefte", "talk")],
                &["line", "koor"],
            ),
            (&[("gemeente", "heemskerk")], &["line", "wandel"]),
            (&[("moment", "weekend")], &["line", "wandel"]),
            (&[("gratis", "ja")], &["line", "wandel"]),
            (&[("rolstoel", "ja")], &["line", "wandel"]),
            (&[("gemeente", "velsen"), ("gratis", "ja")], &["line"]),
        ];
        for (pairs, expected) in table {
            assert_eq!(admitted(&query(pairs)), expected, "{pairs:?}");
        }
    }

    #[test]
    fn unknown_values_are_ignored() {
        let filters = query(&[
            ("behoefte", "flying"),
            ("moment", "noon"),
            ("gratis", "nee"),
        ]);
        assert!(filters.is_empty(), "{filters:?}");
    }

    #[test]
    fn filters_round_trip_through_the_url() {
        let filters = Filters {
            needs: vec![Need::Talk, Need::Meet],
            municipality: Some("velsen".into()),
            moments: vec![Moment::Evening],
            free_only: true,
            wheelchair: true,
        };
        assert_eq!(Filters::from_query(&filters.to_query()), filters);
    }
}
