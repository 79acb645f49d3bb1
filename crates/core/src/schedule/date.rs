//! Calendar dates and wall-clock times, as Dutch activities are announced: local time
//! in Europe/Amsterdam. A schedule never needs a time zone offset, only the local date
//! and the local time, so this small type is all the directory needs (the app asks the
//! browser for today's date in Europe/Amsterdam; see `src/today.rs`).

use std::fmt;

/// A day in the proleptic Gregorian calendar. In a pack (`directory/pack.rs`) three
/// numbers, read back through [`Date::new`], so 30 February is refused there too.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "(i32, u8, u8)", into = "(i32, u8, u8)")]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The two-letter code of RFC 5545 (`MO`, `TU`, …), as HSDS uses it.
    pub fn rfc5545(self) -> &'static str {
        ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][self as usize]
    }

    pub fn from_rfc5545(code: &str) -> Option<Weekday> {
        Weekday::ALL
            .into_iter()
            .find(|d| d.rfc5545().eq_ignore_ascii_case(code))
    }

    /// The Dutch abbreviation used in URLs (`ma`, `di`, …).
    pub fn slug(self) -> &'static str {
        ["ma", "di", "wo", "do", "vr", "za", "zo"][self as usize]
    }

    pub fn from_slug(slug: &str) -> Option<Weekday> {
        Weekday::ALL.into_iter().find(|d| d.slug() == slug)
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

impl TryFrom<(i32, u8, u8)> for Date {
    type Error = &'static str;
    fn try_from((year, month, day): (i32, u8, u8)) -> Result<Date, &'static str> {
        Date::new(year, month, day).ok_or("a date that does not exist")
    }
}

impl From<Date> for (i32, u8, u8) {
    fn from(d: Date) -> (i32, u8, u8) {
        (d.year, d.month, d.day)
    }
}

impl Date {
    /// A valid date, or `None` (30 February, month 13, …).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (ISO 8601, as JSON files and HSDS write dates).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`] (`civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }

    /// Which occurrence of its weekday this day is in its month: 1 for the first
    /// Tuesday, 2 for the second, …
    pub fn nth_in_month(self) -> u8 {
        (self.day - 1) / 7 + 1
    }

    /// True when no later day in this month has the same weekday.
    pub fn is_last_in_month(self) -> bool {
        self.day + 7 > days_in_month(self.year, self.month)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A local wall-clock time, minutes precision. In a pack two numbers, read back
/// through [`Time::new`].
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "(u8, u8)", into = "(u8, u8)")]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl TryFrom<(u8, u8)> for Time {
    type Error = &'static str;
    fn try_from((hour, minute): (u8, u8)) -> Result<Time, &'static str> {
        Time::new(hour, minute).ok_or("a time that does not exist")
    }
}

impl From<Time> for (u8, u8) {
    fn from(t: Time) -> (u8, u8) {
        (t.hour, t.minute)
    }
}

impl Time {
    /// A valid time of day (00:00 to 23:59), or `None`.
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }

    /// Reads `HH:MM` (or `HH:MM:SS`, as HSDS exports write it; seconds are dropped).
    pub fn parse(text: &str) -> Option<Time> {
        let mut parts = text.trim().split(':');
        let (h, m) = (parts.next()?, parts.next()?);
        let seconds_ok = parts
            .next()
            .is_none_or(|s| s.len() == 2 && s.parse::<u8>().is_ok_and(|s| s < 60));
        let digits = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
        if !(digits(h) && m.len() == 2 && digits(m) && seconds_ok && parts.next().is_none()) {
            return None;
        }
        Time::new(h.parse().ok()?, m.parse().ok()?)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(Date::parse("2026-11-27"), Date::new(2026, 11, 27));
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-1",
            "27-11-2026",
            "",
            "2026-11-27x",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn weekdays_are_right() {
        let table = [
            ("1970-01-01", Weekday::Thursday),
            ("2026-11-27", Weekday::Friday),
            ("2000-02-29", Weekday::Tuesday),
            ("1969-12-31", Weekday::Wednesday),
            ("2027-01-04", Weekday::Monday),
        ];
        for (date, weekday) in table {
            assert_eq!(Date::parse(date).unwrap().weekday(), weekday, "{date}");
        }
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let start = Date::new(1999, 12, 25).unwrap();
        for n in -800..800 {
            let d = start.add_days(n);
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
            assert_eq!(d.add_days(1).days_since_epoch() - d.days_since_epoch(), 1);
            assert!(Date::new(d.year, d.month, d.day).is_some(), "{d}");
        }
        assert_eq!(start.add_days(7).to_string(), "2000-01-01");
    }

    #[test]
    fn position_in_month() {
        let second_monday = Date::new(2026, 12, 14).unwrap();
        assert_eq!(second_monday.weekday(), Weekday::Monday);
        assert_eq!(second_monday.nth_in_month(), 2);
        assert!(!second_monday.is_last_in_month());
        assert!(Date::new(2026, 12, 28).unwrap().is_last_in_month());
    }

    #[test]
    fn times_parse() {
        assert_eq!(
            Time::parse("9:30"),
            Some(Time {
                hour: 9,
                minute: 30
            })
        );
        assert_eq!(
            Time::parse("19:00:00"),
            Some(Time {
                hour: 19,
                minute: 0
            })
        );
        for bad in ["24:00", "12:60", "12", "12:5", "ab:cd", "12:00:00:00"] {
            assert_eq!(Time::parse(bad), None, "{bad}");
        }
    }
}
