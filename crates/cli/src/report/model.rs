//! What the report says, as data: the counts and the gaps of a parsed directory on a
//! given day. Everything is computed from the core's own reading of the file
//! (`parse_directory`): its `Need`s, `Entry::moments` (as written, or derived from the
//! schedules that have not ended by `Schedule::moments`), the schedules' weekdays and
//! `has_ended`, the venue's facts and `place::pc4`, so the report counts what the app
//! shows.
//!
//! Which entries count where:
//! - The tables count **current** entries: status `active` and not over (no schedules,
//!   or at least one schedule that has not ended). Temporarily closed and ended entries
//!   are counted in the overview and listed, not in the tables.
//! - A **gap** is local: a need with no current entry of the municipality itself
//!   (national entries, such as helplines, are shown in their own column but do not
//!   close a gap), or, where there is one, none in the evening or none at the weekend.
//!   An entry without known times (no `moments` and no schedule) does not close an
//!   evening or weekend gap; the gap says how many such entries there are.
//! - The lists (stale, no schedule, no contact, ending, ended) cover every entry the
//!   app reads, current or not.

use std::collections::BTreeMap;

use samenwijzer_core::directory::{Directory, Entry, Status, STALE_AFTER_DAYS};
use samenwijzer_core::place;
use samenwijzer_core::schedule::{Date, Weekday};
use samenwijzer_core::what_helps::Moment;
use samenwijzer_core::Need;

/// "Ending within a month": the last day is today or within this many days.
pub const ENDING_WITHIN_DAYS: i64 = 30;

/// A column of the tables: one municipality, or the national entries.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Area {
    /// A municipality id as the file has it (configured or not).
    Municipality(String),
    /// Entries without a municipality, shown everywhere.
    National,
}

impl Area {
    fn of(entry: &Entry) -> Area {
        entry
            .municipality
            .clone()
            .map_or(Area::National, Area::Municipality)
    }

    /// The id in the file (`None` for national entries).
    pub fn id(&self) -> Option<&str> {
        match self {
            Area::Municipality(id) => Some(id),
            Area::National => None,
        }
    }
}

/// One row of a table: its key and a count per area, in the order of
/// [`Coverage::areas`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row<K> {
    pub key: K,
    pub counts: Vec<usize>,
}

impl<K> Row<K> {
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// A fact about an entry that the tables count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    Free,
    /// Not free, and `cost` says what it costs.
    Paid,
    /// Not free (or not said), and no `cost`.
    CostUnknown,
    /// The venue is wheelchair accessible.
    Wheelchair,
    /// No venue: a phone line, online, a home visit.
    NoVenue,
    /// Someone can come along the first time (`companion`).
    Companion,
    /// Transport there is offered.
    Transport,
}

impl Fact {
    pub const ALL: [Fact; 7] = [
        Fact::Free,
        Fact::Paid,
        Fact::CostUnknown,
        Fact::Wheelchair,
        Fact::NoVenue,
        Fact::Companion,
        Fact::Transport,
    ];

    /// The stable code in the CSV and JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Fact::Free => "free",
            Fact::Paid => "paid",
            Fact::CostUnknown => "cost-unknown",
            Fact::Wheelchair => "wheelchair",
            Fact::NoVenue => "no-venue",
            Fact::Companion => "companion",
            Fact::Transport => "transport",
        }
    }

    fn holds(self, entry: &Entry) -> bool {
        match self {
            Fact::Free => entry.free,
            Fact::Paid => !entry.free && entry.cost.is_some(),
            Fact::CostUnknown => !entry.free && entry.cost.is_none(),
            Fact::Wheelchair => entry.venue_wheelchair_accessible(),
            Fact::NoVenue => entry.location.is_none(),
            Fact::Companion => entry.companion,
            Fact::Transport => entry.transport,
        }
    }
}

/// The stable code of a moment in the CSV and JSON output (`None`: times unknown), the
/// directory file's own words.
pub fn moment_code(moment: Option<Moment>) -> &'static str {
    match moment {
        Some(Moment::Daytime) => "daytime",
        Some(Moment::Evening) => "evening",
        Some(Moment::Weekend) => "weekend",
        None => "unknown",
    }
}

/// What is missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GapKind {
    /// No current entry for the need in the municipality.
    NoOffer,
    /// Entries, but none in the evening.
    NoEvening,
    /// Entries, but none at the weekend.
    NoWeekend,
}

impl GapKind {
    pub fn code(self) -> &'static str {
        match self {
            GapKind::NoOffer => "no-offer",
            GapKind::NoEvening => "no-evening",
            GapKind::NoWeekend => "no-weekend",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The municipality id.
    pub municipality: String,
    pub need: Need,
    pub kind: GapKind,
    /// Current entries for the need whose times are not known (they may or may not
    /// be in the evening or at the weekend); 0 for [`GapKind::NoOffer`].
    pub without_times: usize,
}

/// An entry in one of the lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub name: String,
    pub area: Area,
    /// The date the list is about: `last_checked` (stale; `None`: never checked), the
    /// last day (ending, ended).
    pub date: Option<Date>,
    /// `when`, in words, for the entries without a schedule.
    pub note: Option<String>,
}

impl Listed {
    fn of(entry: &Entry, date: Option<Date>) -> Listed {
        Listed {
            id: entry.id.clone(),
            name: entry.name.clone(),
            area: Area::of(entry),
            date,
            note: None,
        }
    }
}

/// Entries per four-digit postcode area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pc4Row {
    pub pc4: u16,
    pub area: Area,
    pub total: usize,
    /// The needs with at least one entry here, in the order of `Need::ALL`.
    pub needs: Vec<(Need, usize)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overview {
    /// Entries the app reads (active and temporarily closed).
    pub entries: usize,
    pub current: usize,
    pub temporarily_closed: usize,
    /// Every schedule has ended.
    pub ended: usize,
    /// Entries with errors, which the app skips (`check` says why).
    pub skipped: usize,
    /// Invented examples (`"example": true`).
    pub examples: usize,
    /// Current entries without needs: never suggested.
    pub without_needs: usize,
    /// Current entries with a location but no valid postcode (not in the PC4 table).
    pub without_postcode: usize,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub today: Date,
    /// The columns: the municipalities in the file (configured ones in their usual
    /// order, others after them by id), then the national entries.
    pub areas: Vec<Area>,
    pub overview: Overview,
    pub needs: Vec<Row<Need>>,
    pub pc4: Vec<Pc4Row>,
    pub days: Vec<Row<Weekday>>,
    /// `None`: entries whose times are not known.
    pub moments: Vec<Row<Option<Moment>>>,
    pub facts: Vec<Row<Fact>>,
    /// By municipality (in the order of `areas`), then need, then kind.
    pub gaps: Vec<Gap>,
    pub stale: Vec<Listed>,
    pub no_schedule: Vec<Listed>,
    pub no_contact: Vec<Listed>,
    pub ending: Vec<Listed>,
    pub ended: Vec<Listed>,
}

impl Coverage {
    /// The municipalities (every area but the national one).
    pub fn municipalities(&self) -> impl Iterator<Item = &str> {
        self.areas.iter().filter_map(Area::id)
    }
}

/// The last day of an entry: the latest `valid_to`, when every schedule has one.
fn last_day(entry: &Entry) -> Option<Date> {
    if entry.schedules.is_empty() {
        return None;
    }
    entry
        .schedules
        .iter()
        .map(|s| s.valid_to)
        .collect::<Option<Vec<Date>>>()?
        .into_iter()
        .max()
}

/// Over: it has schedules, and every one of them has ended.
fn has_ended(entry: &Entry, today: Date) -> bool {
    !entry.schedules.is_empty() && entry.schedules.iter().all(|s| s.has_ended(today))
}

/// Counts as offer today: active and not over.
pub fn is_current(entry: &Entry, today: Date) -> bool {
    entry.status == Status::Active && !has_ended(entry, today)
}

/// The weekdays of an entry's schedules that have not ended (as the app's day filter
/// reads them).
fn weekdays(entry: &Entry, today: Date) -> impl Iterator<Item = Weekday> + '_ {
    let days: Vec<Weekday> = Weekday::ALL
        .into_iter()
        .filter(|day| {
            entry
                .schedules
                .iter()
                .any(|s| !s.has_ended(today) && s.days.iter().any(|d| d.weekday == *day))
        })
        .collect();
    days.into_iter()
}

fn areas(directory: &Directory) -> Vec<Area> {
    let mut ids: Vec<&str> = directory
        .entries
        .iter()
        .filter_map(|e| e.municipality.as_deref())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let configured: Vec<&str> = place::municipalities()
        .map(|(id, _)| id)
        .filter(|id| ids.contains(id))
        .collect();
    let others = ids.iter().filter(|id| !configured.contains(id));
    configured
        .iter()
        .chain(others)
        .map(|id| Area::Municipality((*id).to_owned()))
        .chain([Area::National])
        .collect()
}

/// The report of `directory` on `today`.
pub fn coverage(directory: &Directory, today: Date) -> Coverage {
    let areas = areas(directory);
    let column = |entry: &Entry| {
        let area = Area::of(entry);
        areas.iter().position(|a| *a == area).unwrap_or(0)
    };
    let current: Vec<&Entry> = directory
        .entries
        .iter()
        .filter(|e| is_current(e, today))
        .collect();
    let table = |count: &dyn Fn(&Entry) -> bool| {
        let mut counts = vec![0; areas.len()];
        for entry in current.iter().filter(|e| count(e)) {
            if let Some(n) = counts.get_mut(column(entry)) {
                *n += 1;
            }
        }
        counts
    };
    let needs = Need::ALL
        .into_iter()
        .map(|need| Row {
            key: need,
            counts: table(&|e| e.needs.contains(&need)),
        })
        .collect();
    let days = Weekday::ALL
        .into_iter()
        .map(|day| Row {
            key: day,
            counts: table(&|e| weekdays(e, today).any(|d| d == day)),
        })
        .collect();
    let moments = Moment::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|moment| Row {
            key: moment,
            counts: table(&|e| match moment {
                Some(m) => e.moments(today).contains(&m),
                None => e.moments(today).is_empty(),
            }),
        })
        .collect();
    let facts = Fact::ALL
        .into_iter()
        .map(|fact| Row {
            key: fact,
            counts: table(&|e| fact.holds(e)),
        })
        .collect();

    let mut pc4: BTreeMap<(usize, u16), Vec<&Entry>> = BTreeMap::new();
    let mut without_postcode = 0;
    for entry in &current {
        if let Some(location) = &entry.location {
            match place::pc4(&location.postcode) {
                Some(code) => pc4.entry((column(entry), code)).or_default().push(entry),
                None => without_postcode += 1,
            }
        }
    }
    let pc4 = pc4
        .into_iter()
        .map(|((col, code), entries)| Pc4Row {
            pc4: code,
            area: areas.get(col).cloned().unwrap_or(Area::National),
            total: entries.len(),
            needs: Need::ALL
                .into_iter()
                .map(|n| (n, entries.iter().filter(|e| e.needs.contains(&n)).count()))
                .filter(|(_, count)| *count > 0)
                .collect(),
        })
        .collect();

    let mut gaps = Vec::new();
    for municipality in areas.iter().filter_map(Area::id) {
        for need in Need::ALL {
            let offer: Vec<&&Entry> = current
                .iter()
                .filter(|e| e.municipality.as_deref() == Some(municipality))
                .filter(|e| e.needs.contains(&need))
                .collect();
            let gap = |kind, without_times| Gap {
                municipality: municipality.to_owned(),
                need,
                kind,
                without_times,
            };
            if offer.is_empty() {
                gaps.push(gap(GapKind::NoOffer, 0));
                continue;
            }
            let without_times = offer.iter().filter(|e| e.moments(today).is_empty()).count();
            for (moment, kind) in [
                (Moment::Evening, GapKind::NoEvening),
                (Moment::Weekend, GapKind::NoWeekend),
            ] {
                if !offer.iter().any(|e| e.moments(today).contains(&moment)) {
                    gaps.push(gap(kind, without_times));
                }
            }
        }
    }

    // As the check's SW036 (`CheckedLongAgo`): the same number of days from core.
    let stale_before = today.add_days(-STALE_AFTER_DAYS);
    let ending_by = today.add_days(ENDING_WITHIN_DAYS);
    let mut lists = Lists::default();
    for entry in &directory.entries {
        match entry.last_checked {
            None => lists.stale.push(Listed::of(entry, None)),
            Some(date) if date < stale_before => lists.stale.push(Listed::of(entry, Some(date))),
            Some(_) => {}
        }
        if entry.schedules.is_empty() {
            lists.no_schedule.push(Listed {
                note: entry.when.clone(),
                ..Listed::of(entry, None)
            });
        }
        if entry.links.is_empty() {
            lists.no_contact.push(Listed::of(entry, None));
        }
        match last_day(entry) {
            Some(day) if day < today => lists.ended.push(Listed::of(entry, Some(day))),
            Some(day) if day <= ending_by => lists.ending.push(Listed::of(entry, Some(day))),
            _ => {}
        }
    }
    // The lists by area, then as the file has them; the dated ones by date first.
    let order =
        |a: &Listed, b: &Listed| column_of(&areas, &a.area).cmp(&column_of(&areas, &b.area));
    lists.no_schedule.sort_by(order);
    lists.no_contact.sort_by(order);
    for list in [&mut lists.stale, &mut lists.ending, &mut lists.ended] {
        list.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| order(a, b)));
    }

    let overview = Overview {
        entries: directory.entries.len(),
        current: current.len(),
        temporarily_closed: directory
            .entries
            .iter()
            .filter(|e| e.status == Status::TemporarilyClosed)
            .count(),
        ended: directory
            .entries
            .iter()
            .filter(|e| has_ended(e, today))
            .count(),
        skipped: directory.skipped.len(),
        examples: directory.entries.iter().filter(|e| e.example).count(),
        without_needs: current.iter().filter(|e| e.needs.is_empty()).count(),
        without_postcode,
    };
    Coverage {
        today,
        overview,
        needs,
        pc4,
        days,
        moments,
        facts,
        gaps,
        stale: lists.stale,
        no_schedule: lists.no_schedule,
        no_contact: lists.no_contact,
        ending: lists.ending,
        ended: lists.ended,
        areas,
    }
}

fn column_of(areas: &[Area], area: &Area) -> usize {
    areas.iter().position(|a| a == area).unwrap_or(areas.len())
}

#[derive(Default)]
struct Lists {
    stale: Vec<Listed>,
    no_schedule: Vec<Listed>,
    no_contact: Vec<Listed>,
    ending: Vec<Listed>,
    ended: Vec<Listed>,
}
