//! The directory's filters, as they live in the URL (`#/activiteiten?gemeente=velsen&
//! behoefte=talk&moment=avond&gratis=ja`), so the back button works and a link can be
//! shared.

use super::Entry;
use crate::schedule::{Date, Weekday};
use crate::what_helps::{AgeGroup, Moment};
use crate::Need;

pub const NEED_PARAM: &str = "behoefte";
pub const MUNICIPALITY_PARAM: &str = "gemeente";
pub const MOMENT_PARAM: &str = "moment";
pub const FREE_PARAM: &str = "gratis";
pub const WHEELCHAIR_PARAM: &str = "rolstoel";
pub const DAY_PARAM: &str = "dag";
pub const PERIOD_PARAM: &str = "wanneer";
pub const AGE_PARAM: &str = "leeftijd";
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
    /// On any of these weekdays, by the schedules.
    pub days: Vec<Weekday>,
    /// Today or in the coming seven days, by the schedules.
    pub period: Option<Period>,
    /// Meant for (part of) this age group.
    pub age: Option<AgeGroup>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Today,
    ThisWeek,
}

impl Period {
    pub const ALL: [Period; 2] = [Period::Today, Period::ThisWeek];

    pub fn slug(self) -> &'static str {
        match self {
            Period::Today => "vandaag",
            Period::ThisWeek => "deze-week",
        }
    }

    fn days(self) -> i64 {
        match self {
            Period::Today => 1,
            Period::ThisWeek => 7,
        }
    }
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
            days: values(query, DAY_PARAM)
                .filter_map(Weekday::from_slug)
                .collect(),
            period: values(query, PERIOD_PARAM)
                .find_map(|v| Period::ALL.into_iter().find(|p| p.slug() == v)),
            age: values(query, AGE_PARAM).find_map(AgeGroup::from_slug),
        };
        filters.needs.dedup();
        filters.moments.dedup();
        filters.days.sort();
        filters.days.dedup();
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
        query.extend(self.days.iter().map(|d| pair(DAY_PARAM, d.slug())));
        if let Some(period) = self.period {
            query.push(pair(PERIOD_PARAM, period.slug()));
        }
        if let Some(age) = self.age {
            query.push(pair(AGE_PARAM, age.slug()));
        }
        query
    }

    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// How many choices are made: each need, moment and day counts, as does each of
    /// the other filters when set ("Filteren en sorteren (3 gekozen)").
    pub fn chosen(&self) -> usize {
        self.needs.len()
            + self.moments.len()
            + self.days.len()
            + usize::from(self.municipality.is_some())
            + usize::from(self.free_only)
            + usize::from(self.wheelchair)
            + usize::from(self.period.is_some())
            + usize::from(self.age.is_some())
    }

    /// Does the entry pass every filter? `today` is the local date in Amsterdam.
    pub fn admits(&self, entry: &Entry, today: Date) -> bool {
        // One condition after the other, cheapest first, each only if the ones before
        // held: the directory page asks this for every hit on every keystroke.
        (self.needs.is_empty() || self.needs.iter().any(|n| entry.needs.contains(n)))
            && match (&self.municipality, &entry.municipality) {
                (Some(wanted), Some(theirs)) => wanted == theirs,
                _ => true,
            }
            && (!self.free_only || entry.free)
            && (!self.wheelchair || entry.wheelchair_ok())
            && self.age.is_none_or(|a| entry.suits_age(a))
            && (self.moments.is_empty() || {
                let theirs = entry.moments(today);
                theirs.is_empty() || self.moments.iter().any(|m| theirs.contains(m))
            })
            && (self.days.is_empty()
                || entry.schedules.iter().any(|s| {
                    s.days.iter().any(|d| self.days.contains(&d.weekday)) && !s.has_ended(today)
                }))
            && self
                .period
                .is_none_or(|p| (0..p.days()).any(|n| entry.occurs_on(today.add_days(n))))
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
             "needs": ["culture", "meet"], "age_min": 18,
             "schedules": [{"freq": "WEEKLY", "byday": "MO", "opens_at": "19:30", "closes_at": "21:30"}],
             "location": {"street": "A 1", "postcode": "1971 AA", "city": "IJmuiden"}},
            {"id": "wandel", "name": "Wandelen", "description": "", "municipality": "heemskerk",
             "needs": ["nature"], "free": true, "age_min": 65,
             "schedules": [{"freq": "MONTHLY", "byday": "-1SA", "opens_at": "10:00"}],
             "location": {"street": "B 2", "postcode": "1961 AA", "city": "Heemskerk",
                          "wheelchair_accessible": true}}
        ]}"#,
        )
        .unwrap()
        .entries
    }

    /// A Friday; the last Saturday of the month is tomorrow, the next Monday in 3 days.
    fn today() -> Date {
        Date::new(2026, 11, 27).unwrap()
    }

    fn admitted(filters: &Filters) -> Vec<String> {
        entries()
            .into_iter()
            .filter(|e| filters.admits(e, today()))
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

    /// A schedule that has ended gives no moment: the choir sang on Saturdays until
    /// June and now only on Monday evenings. The day filter already counted only
    /// current schedules; the moment filter counted the Saturday as well. An entry whose
    /// schedules have all ended keeps their moments (it does not become "any time").
    #[test]
    fn a_schedule_that_has_ended_gives_no_moment() {
        let dir = parse_directory(
            r#"{"schema_version": 1, "entries": [
            {"id": "koor", "name": "Koor", "description": "", "needs": ["culture"],
             "schedules": [
               {"freq": "WEEKLY", "byday": "MO", "opens_at": "19:30", "closes_at": "21:30"},
               {"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "12:00",
                "valid_to": "2026-06-30"}]},
            {"id": "over", "name": "Voorbij", "description": "", "needs": ["culture"],
             "schedules": [{"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00",
                            "closes_at": "12:00", "valid_to": "2026-06-30"}]}
        ]}"#,
        )
        .unwrap();
        let admitted = |moment: &str| -> Vec<&str> {
            let filters = query(&[("moment", moment)]);
            dir.entries
                .iter()
                .filter(|e| filters.admits(e, today()))
                .map(|e| e.id.as_str())
                .collect()
        };
        assert_eq!(admitted("avond"), ["koor"]);
        assert_eq!(admitted("weekend"), ["over"]);
        assert_eq!(admitted("overdag"), Vec::<&str>::new());
        // Before the end, the Saturday counts.
        let june = Date::new(2026, 6, 1).unwrap();
        assert_eq!(
            dir.entries[0].moments(june),
            [Moment::Evening, Moment::Weekend]
        );
    }

    #[test]
    fn counts_each_choice() {
        assert_eq!(Filters::default().chosen(), 0);
        let query = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect()
        };
        let filters = Filters::from_query(&query(&[
            ("gratis", "ja"),
            ("gemeente", "velsen"),
            ("dag", "ma"),
            ("dag", "di"),
        ]));
        assert_eq!(filters.chosen(), 4);
    }

    #[test]
    fn no_filters_admit_everything() {
        assert!(Filters::default().is_empty());
        assert_eq!(admitted(&Filters::default()), ["line", "koor", "wandel"]);
    }

    #[test]
    fn each_filter_narrows() {
        type Row<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str]);
        let table: [Row; 15] = [
            (&[("dag", "ma")], &["koor"]),
            (&[("dag", "za"), ("dag", "ma")], &["koor", "wandel"]),
            (&[("dag", "di")], &[]),
            (&[("wanneer", "vandaag")], &[]),
            (&[("wanneer", "deze-week")], &["koor", "wandel"]),
            (&[("leeftijd", "65-plus")], &["line", "koor", "wandel"]),
            (&[("leeftijd", "tot-18")], &["line"]),
            (&[("moment", "avond")], &["line", "koor"]),
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
            ("dag", "tuesday"),
            ("wanneer", "ooit"),
            ("leeftijd", "100"),
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
            days: vec![Weekday::Tuesday, Weekday::Sunday],
            period: Some(Period::ThisWeek),
            age: Some(AgeGroup::From65),
        };
        assert_eq!(Filters::from_query(&filters.to_query()), filters);
    }
}
