//! When an activity takes place: weekly or monthly recurrences in the shape of RFC 5545
//! RRULEs as Open Referral HSDS 3.0 stores them (`freq`, `interval`, `byday` such as
//! `TU` or `2MO`, `opens_at`, `closes_at`, `valid_from`, `valid_to`).
//!
//! Times are local times in Europe/Amsterdam. HSDS's numeric `timezone` offset is not
//! used on purpose: a fixed offset is wrong for half of the year.

mod date;
mod wire;

pub use date::{Date, Time, Weekday};

use crate::quote::quoted;
use crate::what_helps::Moment;

/// How far ahead [`Schedule::next_on_or_after`] looks; every valid rule repeats within
/// this many days.
const HORIZON_DAYS: i64 = 400;
/// The evening starts at this hour (see [`Schedule::moments`]).
const EVENING_STARTS: u8 = 18;

/// A moment in Amsterdam: the local date and time of day (the app asks the browser
/// for both in Europe/Amsterdam, `src/today.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Now {
    pub date: Date,
    pub time: Time,
}

/// Is Amsterdam on summer time (CEST, UTC+2) at this local moment? From 02:00 on the
/// last Sunday of March to 03:00 on the last Sunday of October (EU rule, since 1996);
/// in the hour the clocks go back, the later (winter) reading.
fn summer_time(now: Now) -> bool {
    let last_sunday = |month: u8| {
        let last = Date::new(now.date.year, month, 31).unwrap_or(now.date);
        last.add_days(-((last.weekday() as i64 + 1) % 7))
    };
    let (start, end) = (last_sunday(3), last_sunday(10));
    let hour = now.time.hour;
    (now.date > start || (now.date == start && hour >= 2))
        && (now.date < end || (now.date == end && hour < 2))
}

/// The UTC date, hour, minute and second of an Amsterdam local time (with `second`).
pub fn to_utc(now: Now, second: u8) -> (Date, u8, u8, u8) {
    let offset = if summer_time(now) { 2 } else { 1 };
    let hour = i64::from(now.time.hour) - offset;
    let (date, hour) = if hour < 0 {
        (now.date.add_days(-1), hour + 24)
    } else {
        (now.date, hour)
    };
    (date, hour as u8, now.time.minute, second)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Frequency {
    Weekly,
    Monthly,
}

/// One `byday` item: a weekday, and for monthly rules optionally which one in the
/// month (1 = first, 2 = second, …, -1 = last).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRule {
    pub weekday: Weekday,
    pub nth: Option<i8>,
}

impl DayRule {
    /// A day rule, if `nth` is one the calendar has (1 to 5, or -1 for the last).
    pub fn new(weekday: Weekday, nth: Option<i8>) -> Option<DayRule> {
        nth.is_none_or(|n| (1..=5).contains(&n) || n == -1)
            .then_some(DayRule { weekday, nth })
    }

    /// Reads `TU`, `2MO` or `-1FR`.
    pub fn parse(text: &str) -> Option<DayRule> {
        let text = text.trim();
        let split = text.len().checked_sub(2)?;
        let (nth, code) = text.split_at_checked(split)?;
        let weekday = Weekday::from_rfc5545(code)?;
        let nth = match nth {
            "" => None,
            n => Some(n.strip_prefix('+').unwrap_or(n).parse().ok()?),
        };
        DayRule::new(weekday, nth)
    }

    fn matches(self, date: Date) -> bool {
        date.weekday() == self.weekday
            && match self.nth {
                None => true,
                Some(-1) => date.is_last_in_month(),
                Some(n) => i16::from(date.nth_in_month()) == i16::from(n),
            }
    }
}

impl std::fmt::Display for DayRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(n) = self.nth {
            write!(f, "{n}")?;
        }
        f.write_str(self.weekday.rfc5545())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub frequency: Frequency,
    /// Every `interval` weeks or months (1: every one).
    pub interval: u8,
    pub days: Vec<DayRule>,
    pub opens: Option<Time>,
    pub closes: Option<Time>,
    pub valid_from: Option<Date>,
    pub valid_to: Option<Date>,
    /// What these times are for, in words ("Spreekuur", "Van maart tot en met
    /// oktober"): shown with the times and in the calendar event.
    pub description: Option<String>,
}

/// Why a schedule cannot be used, in words a data maintainer understands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScheduleError {
    UnknownFrequency(String),
    BadDay(String),
    NoDays,
    /// `2MO` in a weekly rule.
    NthInWeekly(String),
    BadInterval,
    /// Every other week needs a start date to count from.
    IntervalWithoutStart,
    BadTime(String),
    BadDate(String),
    ClosesBeforeOpens,
    EndsBeforeStart,
}

impl std::fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScheduleError::UnknownFrequency(v) => {
                write!(f, "`freq` must be \"WEEKLY\" or \"MONTHLY\", not {}", quoted(v))
            }
            ScheduleError::BadDay(v) => write!(
                f,
                "{} is not a day: use MO, TU, WE, TH, FR, SA or SU, with 1 to 5 or -1 in front for a monthly rule (\"2MO\" is the second Monday)",
                quoted(v)
            ),
            ScheduleError::NoDays => write!(f, "`byday` names no day"),
            ScheduleError::NthInWeekly(v) => write!(
                f,
                "{} counts days within a month; use it with \"freq\": \"MONTHLY\"",
                quoted(v)
            ),
            ScheduleError::BadInterval => write!(f, "`interval` must be a number from 1 to 12"),
            ScheduleError::IntervalWithoutStart => write!(
                f,
                "a rule that skips weeks or months needs `valid_from`, the date to count from"
            ),
            ScheduleError::BadTime(v) => write!(f, "{} is not a time: write it as 14:30", quoted(v)),
            ScheduleError::BadDate(v) => write!(f, "{} is not a date: write it as 2026-12-31", quoted(v)),
            ScheduleError::ClosesBeforeOpens => write!(f, "`closes_at` is not after `opens_at`"),
            ScheduleError::EndsBeforeStart => write!(f, "`valid_to` is before `valid_from`"),
        }
    }
}

/// A schedule as it is written in a file, before checking; the importers write it
/// (absent fields left out).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSchedule {
    pub freq: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<u8>,
    /// `"TU"`, `"2MO"`, `"MO,TH"` or a list of such items.
    pub byday: ByDay,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<String>,
    /// Free text shown with the times ("behalve in de schoolvakanties").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ByDay {
    One(String),
    Many(Vec<String>),
}

/// A string or a list of strings. Written by hand: serde's `untagged` enums buffer the
/// input and cost kilobytes of wasm.
impl<'de> serde::Deserialize<'de> for ByDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ByDay, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ByDay;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a day such as \"TU\" or \"2MO\", or a list of them")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ByDay, E> {
                Ok(ByDay::One(v.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ByDay, A::Error> {
                let mut days = Vec::new();
                while let Some(day) = seq.next_element::<String>()? {
                    days.push(day);
                }
                Ok(ByDay::Many(days))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// As it was read: a text, or a list of texts.
impl serde::Serialize for ByDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ByDay::One(s) => serializer.serialize_str(s),
            ByDay::Many(days) => serializer.collect_seq(days),
        }
    }
}

impl Default for ByDay {
    fn default() -> ByDay {
        ByDay::Many(Vec::new())
    }
}

impl ByDay {
    fn items(&self) -> Vec<&str> {
        match self {
            ByDay::One(s) => s
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect(),
            ByDay::Many(v) => v.iter().map(|s| s.trim()).collect(),
        }
    }
}

/// The days and the interval make one rule.
fn check_rule(frequency: Frequency, interval: u8, days: &[DayRule]) -> Result<(), ScheduleError> {
    if days.is_empty() {
        return Err(ScheduleError::NoDays);
    }
    if let Some(day) = days.iter().find(|d| d.nth.is_some()) {
        if frequency == Frequency::Weekly {
            return Err(ScheduleError::NthInWeekly(day.to_string()));
        }
    }
    if !(1..=12).contains(&interval) {
        return Err(ScheduleError::BadInterval);
    }
    Ok(())
}

/// The hours and the dates are in order, and skipping has a start to count from.
fn check_times(schedule: &Schedule) -> Result<(), ScheduleError> {
    if let (Some(opens), Some(closes)) = (schedule.opens, schedule.closes) {
        if closes <= opens {
            return Err(ScheduleError::ClosesBeforeOpens);
        }
    }
    if let (Some(from), Some(to)) = (schedule.valid_from, schedule.valid_to) {
        if to < from {
            return Err(ScheduleError::EndsBeforeStart);
        }
    }
    if schedule.interval > 1 && schedule.valid_from.is_none() {
        return Err(ScheduleError::IntervalWithoutStart);
    }
    Ok(())
}

impl Schedule {
    pub fn from_raw(raw: &RawSchedule) -> Result<Schedule, ScheduleError> {
        let frequency = match raw.freq.trim().to_ascii_uppercase().as_str() {
            "WEEKLY" => Frequency::Weekly,
            "MONTHLY" => Frequency::Monthly,
            _ => return Err(ScheduleError::UnknownFrequency(raw.freq.clone())),
        };
        let days = raw
            .byday
            .items()
            .into_iter()
            .map(|d| DayRule::parse(d).ok_or_else(|| ScheduleError::BadDay(d.to_owned())))
            .collect::<Result<Vec<_>, _>>()?;
        let interval = raw.interval.unwrap_or(1);
        // The rule before the times, so problems are reported in the file's order.
        check_rule(frequency, interval, &days)?;
        let time = |t: &Option<String>| match t.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(t) => Time::parse(t)
                .map(Some)
                .ok_or_else(|| ScheduleError::BadTime(t.to_owned())),
        };
        let date = |d: &Option<String>| match d.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(d) => Date::parse(d)
                .map(Some)
                .ok_or_else(|| ScheduleError::BadDate(d.to_owned())),
        };
        let schedule = Schedule {
            frequency,
            interval,
            days,
            opens: time(&raw.opens_at)?,
            closes: time(&raw.closes_at)?,
            valid_from: date(&raw.valid_from)?,
            valid_to: date(&raw.valid_to)?,
            description: raw
                .description
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_owned),
        };
        check_times(&schedule)?;
        Ok(schedule)
    }

    /// A schedule from parts that are each valid already, if they fit together: the
    /// same checks as [`Schedule::from_raw`] after it has read the text (a pack is
    /// read through this).
    pub fn new(
        frequency: Frequency,
        interval: u8,
        days: Vec<DayRule>,
        (opens, closes): (Option<Time>, Option<Time>),
        (valid_from, valid_to): (Option<Date>, Option<Date>),
    ) -> Result<Schedule, ScheduleError> {
        check_rule(frequency, interval, &days)?;
        let schedule = Schedule {
            frequency,
            interval,
            days,
            opens,
            closes,
            valid_from,
            valid_to,
            description: None,
        };
        check_times(&schedule)?;
        Ok(schedule)
    }

    /// Does the activity take place on this day?
    pub fn occurs_on(&self, date: Date) -> bool {
        if self.valid_from.is_some_and(|from| date < from)
            || self.valid_to.is_some_and(|to| date > to)
        {
            return false;
        }
        if !self.days.iter().any(|d| d.matches(date)) {
            return false;
        }
        match (self.interval, self.valid_from) {
            (1, _) | (_, None) => true,
            (n, Some(from)) => {
                let periods = match self.frequency {
                    // Whole weeks between the Mondays of both weeks.
                    Frequency::Weekly => {
                        let monday = |d: Date| d.days_since_epoch() - d.weekday() as i64;
                        (monday(date) - monday(from)) / 7
                    }
                    Frequency::Monthly => {
                        let months = |d: Date| i64::from(d.year) * 12 + i64::from(d.month);
                        months(date) - months(from)
                    }
                };
                periods % i64::from(n) == 0
            }
        }
    }

    /// The first day on or after `from` when the activity takes place, if any within
    /// about a year.
    pub fn next_on_or_after(&self, from: Date) -> Option<Date> {
        let start = self.valid_from.map_or(from, |v| v.max(from));
        (0..HORIZON_DAYS)
            .map(|n| start.add_days(n))
            .take_while(|d| self.valid_to.is_none_or(|to| *d <= to))
            .find(|d| self.occurs_on(*d))
    }

    /// The day of the next session that has not ended at `now`: today's counts until
    /// its closing time (all day when it has none).
    pub fn next_session(&self, now: Now) -> Option<Date> {
        let first = self.next_on_or_after(now.date)?;
        let ended = first == now.date && self.closes.is_some_and(|closes| now.time >= closes);
        if ended {
            self.next_on_or_after(now.date.add_days(1))
        } else {
            Some(first)
        }
    }

    /// Every day, all day: no hours, or 00:00 to 23:59 (a helpline day and night).
    /// Such a schedule has no "next time" and no calendar event.
    pub fn round_the_clock(&self) -> bool {
        let all_day = match (self.opens, self.closes) {
            (None, None) => true,
            (Some(o), Some(c)) => (o.hour, o.minute) == (0, 0) && (c.hour, c.minute) == (23, 59),
            _ => false,
        };
        self.frequency == Frequency::Weekly
            && self.interval == 1
            && Weekday::ALL
                .iter()
                .all(|w| self.days.iter().any(|d| d.weekday == *w))
            && all_day
    }

    /// True when the rule has no day at all on which it takes place (for example
    /// "the fifth Monday" between two dates without one).
    pub fn never_occurs(&self) -> bool {
        let from = self.valid_from.unwrap_or(Date {
            year: 2000,
            month: 1,
            day: 1,
        });
        self.next_on_or_after(from).is_none()
    }

    /// True when its last day has passed.
    pub fn has_ended(&self, today: Date) -> bool {
        self.valid_to.is_some_and(|to| to < today)
    }

    /// The moments of the self-check this schedule falls on. A part of the day counts
    /// when an hour of the activity, or all of it, lies in it: a meal from 17:30 to
    /// 19:30 is in the evening, not "overdag" as well (a resident who chose daytime is
    /// never told an evening activity suits them). Without a closing time, the opening
    /// time decides; without either, daytime.
    pub fn moments(&self) -> Vec<Moment> {
        let mut moments = Vec::new();
        let weekday = self.days.iter().any(|d| !d.weekday.is_weekend());
        let evening_starts = u16::from(EVENING_STARTS) * 60;
        let minutes = |t: Time| u16::from(t.hour) * 60 + u16::from(t.minute);
        let (daytime, evening) = match (self.opens.map(minutes), self.closes.map(minutes)) {
            (Some(opens), Some(closes)) if closes > opens => {
                let before = evening_starts.saturating_sub(opens).min(closes - opens);
                let after = closes.saturating_sub(evening_starts.max(opens));
                let counts = |part: u16| part >= 60 || part == closes - opens;
                (counts(before), counts(after))
            }
            (Some(opens), _) => (opens < evening_starts, opens >= evening_starts),
            (None, _) => (true, false),
        };
        if weekday && daytime {
            moments.push(Moment::Daytime);
        }
        if weekday && evening {
            moments.push(Moment::Evening);
        }
        if self.days.iter().any(|d| d.weekday.is_weekend()) {
            moments.push(Moment::Weekend);
        }
        moments
    }

    /// The RFC 5545 RRULE value, for calendar files.
    pub fn rrule(&self) -> String {
        let freq = match self.frequency {
            Frequency::Weekly => "WEEKLY",
            Frequency::Monthly => "MONTHLY",
        };
        let days: Vec<String> = self.days.iter().map(DayRule::to_string).collect();
        let mut rule = format!("FREQ={freq}");
        if self.interval > 1 {
            rule.push_str(&format!(";INTERVAL={}", self.interval));
        }
        rule.push_str(&format!(";BYDAY={}", days.join(",")));
        if let Some(to) = self.valid_to {
            let date = |d: Date| format!("{:04}{:02}{:02}", d.year, d.month, d.day);
            if self.opens.is_some() {
                // With a local DTSTART (TZID), UNTIL is UTC (RFC 5545 3.3.10): the
                // end of the last day in Amsterdam, 22:59:59Z in winter and 21:59:59Z
                // in summer, so a session late on that day is still included.
                let end = Now {
                    date: to,
                    time: Time {
                        hour: 23,
                        minute: 59,
                    },
                };
                let (day, hour, minute, second) = to_utc(end, 59);
                rule.push_str(&format!(
                    ";UNTIL={}T{hour:02}{minute:02}{second:02}Z",
                    date(day)
                ));
            } else {
                // An all-day event: a date, as its DTSTART.
                rule.push_str(&format!(";UNTIL={}", date(to)));
            }
        }
        rule
    }
}

#[cfg(test)]
mod tests;
