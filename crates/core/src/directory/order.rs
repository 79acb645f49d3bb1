//! The order of the directory list and "near me", as they live in the URL
//! (`sorteer=afstand&bij=1971`).

use super::Entry;
use crate::geo::{Centroids, LatLon};
use crate::search::words;

pub const SORT_PARAM: &str = "sorteer";
pub const NEAR_PARAM: &str = "bij";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    /// Best search match first; without a search, the directory's own order.
    #[default]
    Relevance,
    Name,
    /// Nearest to the postcode first; entries without a place last.
    Distance,
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [SortOrder::Relevance, SortOrder::Name, SortOrder::Distance];

    pub fn slug(self) -> &'static str {
        match self {
            SortOrder::Relevance => "relevantie",
            SortOrder::Name => "naam",
            SortOrder::Distance => "afstand",
        }
    }
}

/// How the list is ordered, and from where distances are measured.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    pub sort: SortOrder,
    /// The postcode the user gave for "near me", as typed.
    pub near: Option<String>,
}

impl Listing {
    pub fn from_query(query: &[(String, String)]) -> Listing {
        let value = |key: &str| query.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim());
        Listing {
            sort: value(SORT_PARAM)
                .and_then(|v| SortOrder::ALL.into_iter().find(|s| s.slug() == v))
                .unwrap_or_default(),
            near: value(NEAR_PARAM)
                .filter(|v| !v.is_empty())
                .map(str::to_owned),
        }
    }

    pub fn to_query(&self) -> Vec<(String, String)> {
        let mut query = Vec::new();
        if self.sort != SortOrder::Relevance {
            query.push((SORT_PARAM.to_owned(), self.sort.slug().to_owned()));
        }
        if let Some(near) = &self.near {
            query.push((NEAR_PARAM.to_owned(), near.clone()));
        }
        query
    }
}

/// Where an entry takes place: its own coordinates, or else the centre of its
/// postcode area. `None` for phone lines, home visits and unknown postcodes.
pub fn place_of(entry: &Entry, centroids: &Centroids) -> Option<LatLon> {
    let location = entry.location.as_ref()?;
    location
        .coordinates
        .or_else(|| centroids.of(&location.postcode))
}

/// Orders `shown` (indices into `entries`, in relevance order) as asked. `distance`
/// gives each entry's distance in km, if known. Stable: ties keep relevance order.
pub fn sort(
    shown: &mut [usize],
    entries: &[Entry],
    order: SortOrder,
    distance: impl Fn(usize) -> Option<f64>,
) {
    match order {
        SortOrder::Relevance => {}
        SortOrder::Name => shown.sort_by_cached_key(|&i| words(&entries[i].name).join(" ")),
        SortOrder::Distance => shown.sort_by(|&a, &b| match (distance(a), distance(b)) {
            (Some(a), Some(b)) => a.total_cmp(&b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::parse_directory;

    const CENTROIDS: &str = r#"{"centroids": {
        "1941": [52.4868, 4.6569], "1961": [52.5097, 4.6649], "1181": [52.3038, 4.8597]}}"#;

    fn entries() -> Vec<Entry> {
        parse_directory(
            r#"{"schema_version": 1, "entries": [
            {"id": "line", "name": "Luisterlijn", "description": ""},
            {"id": "amstel", "name": "Ëten samen", "description": "",
             "location": {"street": "A 1", "postcode": "1181 AA", "city": "Amstelveen"}},
            {"id": "heems", "name": "Appelpluk", "description": "",
             "location": {"street": "B 2", "postcode": "1961 AA", "city": "Heemskerk"}},
            {"id": "exact", "name": "Zingen", "description": "",
             "location": {"street": "C 3", "postcode": "9999 ZZ", "city": "Beverwijk",
                          "latitude": 52.4870, "longitude": 4.6570}}
        ]}"#,
        )
        .unwrap()
        .entries
    }

    fn ordered(order: SortOrder, near: &str) -> Vec<String> {
        let entries = entries();
        let centroids = Centroids::from_json(CENTROIDS).unwrap();
        let origin = centroids.of(near);
        let mut shown: Vec<usize> = (0..entries.len()).collect();
        sort(&mut shown, &entries, order, |i| {
            Some(origin?.km_to(place_of(&entries[i], &centroids)?))
        });
        shown.into_iter().map(|i| entries[i].id.clone()).collect()
    }

    #[test]
    fn nearest_first_and_placeless_last() {
        assert_eq!(
            ordered(SortOrder::Distance, "1941 XX"),
            ["exact", "heems", "amstel", "line"]
        );
        assert_eq!(
            ordered(SortOrder::Distance, "1181"),
            ["amstel", "exact", "heems", "line"]
        );
        // An unknown postcode measures nothing, so the order stays.
        assert_eq!(
            ordered(SortOrder::Distance, "1012"),
            ["line", "amstel", "heems", "exact"]
        );
    }

    #[test]
    fn names_sort_without_regard_to_case_or_accents() {
        assert_eq!(
            ordered(SortOrder::Name, ""),
            ["heems", "amstel", "line", "exact"]
        );
        assert_eq!(
            ordered(SortOrder::Relevance, ""),
            ["line", "amstel", "heems", "exact"]
        );
    }

    #[test]
    fn listing_round_trips_through_the_url() {
        let listing = Listing {
            sort: SortOrder::Distance,
            near: Some("1971 AB".into()),
        };
        assert_eq!(Listing::from_query(&listing.to_query()), listing);
        assert_eq!(Listing::from_query(&[]), Listing::default());
        assert!(Listing::default().to_query().is_empty());
    }
}
