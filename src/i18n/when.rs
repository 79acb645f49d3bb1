//! Schedules and dates in words ("Elke tweede maandag van de maand, 19:30–21:00"),
//! built from the catalogue's pieces so each language keeps its own word order.

use samenwijzer_core::schedule::{Date, DayRule, Frequency, Schedule, Weekday};
use samenwijzer_core::Lang;

use super::{fill, text, Key};

pub fn weekday_key(day: Weekday) -> Key {
    match day {
        Weekday::Monday => Key::DayMo,
        Weekday::Tuesday => Key::DayTu,
        Weekday::Wednesday => Key::DayWe,
        Weekday::Thursday => Key::DayTh,
        Weekday::Friday => Key::DayFr,
        Weekday::Saturday => Key::DaySa,
        Weekday::Sunday => Key::DaySu,
    }
}

const MONTHS: [Key; 12] = [
    Key::Month1,
    Key::Month2,
    Key::Month3,
    Key::Month4,
    Key::Month5,
    Key::Month6,
    Key::Month7,
    Key::Month8,
    Key::Month9,
    Key::Month10,
    Key::Month11,
    Key::Month12,
];

/// "dinsdag 1 december 2026".
pub fn date_long(lang: Lang, date: Date) -> String {
    let month = MONTHS[usize::from(date.month.clamp(1, 12)) - 1];
    fill(
        text(lang, Key::DateLong),
        &[
            ("weekday", text(lang, weekday_key(date.weekday()))),
            ("day", &date.day.to_string()),
            ("month", text(lang, month)),
            ("year", &date.year.to_string()),
        ],
    )
}

/// "23 november 2026": a date without its weekday (when something was checked).
pub fn date_words(lang: Lang, date: Date) -> String {
    let month = MONTHS[usize::from(date.month.clamp(1, 12)) - 1];
    fill(
        text(lang, Key::DateShort),
        &[
            ("day", &date.day.to_string()),
            ("month", text(lang, month)),
            ("year", &date.year.to_string()),
        ],
    )
}

/// "a", "a en b", "a, b en c".
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => fill(
            text(lang, Key::ListAnd),
            &[("a", &init.join(", ")), ("b", last)],
        ),
    }
}

/// Weekdays in words, with runs of three or more as a range ("maandag tot en met
/// vrijdag").
fn days_text(lang: Lang, days: &[Weekday]) -> String {
    let mut days = days.to_vec();
    days.sort();
    days.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] as u8 == days[j] as u8 + 1 {
            j += 1;
        }
        let name = |d: Weekday| text(lang, weekday_key(d)).to_owned();
        if j - i >= 2 {
            parts.push(fill(
                text(lang, Key::DayRange),
                &[("from", &name(days[i])), ("to", &name(days[j]))],
            ));
        } else {
            parts.extend(days[i..=j].iter().map(|d| name(*d)));
        }
        i = j + 1;
    }
    list(lang, &parts)
}

fn nth_key(n: i8) -> Key {
    match n {
        1 => Key::Nth1,
        2 => Key::Nth2,
        3 => Key::Nth3,
        4 => Key::Nth4,
        5 => Key::Nth5,
        _ => Key::NthLast,
    }
}

fn monthly_text(lang: Lang, rule: DayRule, interval: u8) -> String {
    let day = text(lang, weekday_key(rule.weekday));
    match rule.nth {
        None => fill(text(lang, Key::ScheduleWeekly), &[("days", day)]),
        Some(n) => {
            let nth = text(lang, nth_key(n));
            let n_months = interval.to_string();
            let key = if interval > 1 {
                Key::ScheduleEveryNMonths
            } else {
                Key::ScheduleMonthly
            };
            fill(
                text(lang, key),
                &[("nth", nth), ("day", day), ("n", &n_months)],
            )
        }
    }
}

/// The whole schedule in one line.
pub fn schedule_text(lang: Lang, schedule: &Schedule) -> String {
    let days: Vec<Weekday> = schedule.days.iter().map(|d| d.weekday).collect();
    let mut out = match schedule.frequency {
        Frequency::Weekly if schedule.interval == 1 && days.len() == 7 => {
            text(lang, Key::ScheduleEveryDay).to_owned()
        }
        Frequency::Weekly if schedule.interval == 1 => fill(
            text(lang, Key::ScheduleWeekly),
            &[("days", &days_text(lang, &days))],
        ),
        Frequency::Weekly => fill(
            text(lang, Key::ScheduleEveryNWeeks),
            &[
                ("n", &schedule.interval.to_string()),
                ("days", &days_text(lang, &days)),
            ],
        ),
        Frequency::Monthly => schedule
            .days
            .iter()
            .map(|rule| monthly_text(lang, *rule, schedule.interval))
            .collect::<Vec<_>>()
            .join("; "),
    };
    let times = match (schedule.opens, schedule.closes) {
        (Some(opens), Some(closes)) => Some(fill(
            text(lang, Key::ScheduleTimes),
            &[
                ("opens", &opens.to_string()),
                ("closes", &closes.to_string()),
            ],
        )),
        (Some(opens), None) => Some(fill(
            text(lang, Key::ScheduleFromTime),
            &[("opens", &opens.to_string())],
        )),
        _ => None,
    };
    if let Some(times) = times {
        out.push_str(", ");
        out.push_str(&times);
    }
    let date = |d: Date| date_long(lang, d);
    let valid = match (schedule.valid_from, schedule.valid_to) {
        (Some(from), Some(to)) => Some(fill(
            text(lang, Key::ScheduleValid),
            &[("from", &date(from)), ("to", &date(to))],
        )),
        (Some(from), None) => Some(fill(
            text(lang, Key::ScheduleValidFrom),
            &[("from", &date(from))],
        )),
        (None, Some(to)) => Some(fill(text(lang, Key::ScheduleValidTo), &[("to", &date(to))])),
        (None, None) => None,
    };
    if let Some(valid) = valid {
        out.push_str(&format!(" ({valid})"));
    }
    out
}

/// The schedule in one line, after what it is for when it says ("Spreekuur: Elke
/// donderdag, 10:00–12:00").
pub fn schedule_line(lang: Lang, schedule: &Schedule) -> String {
    let when = schedule_text(lang, schedule);
    match &schedule.description {
        Some(what) => fill(
            text(lang, Key::ScheduleWithDescription),
            &[("what", what), ("when", &when)],
        ),
        None => when,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use samenwijzer_core::schedule::{ByDay, RawSchedule};

    fn words(lang: Lang, freq: &str, byday: &str, extra: impl Fn(&mut RawSchedule)) -> String {
        let mut raw = RawSchedule {
            freq: freq.into(),
            byday: ByDay::One(byday.into()),
            ..RawSchedule::default()
        };
        extra(&mut raw);
        schedule_text(lang, &Schedule::from_raw(&raw).unwrap())
    }

    #[test]
    fn schedules_read_as_sentences() {
        let times = |r: &mut RawSchedule| {
            r.opens_at = Some("10:00".into());
            r.closes_at = Some("12:00".into());
        };
        assert_eq!(
            words(Lang::Nl, "WEEKLY", "TU", times),
            "Elke dinsdag, 10:00–12:00"
        );
        assert_eq!(
            words(Lang::Nl, "WEEKLY", "MO,TU,WE,TH,FR", |_| {}),
            "Elke maandag tot en met vrijdag"
        );
        assert_eq!(
            words(Lang::Nl, "WEEKLY", "MO,WE,FR", |_| {}),
            "Elke maandag, woensdag en vrijdag"
        );
        assert_eq!(
            words(Lang::Nl, "WEEKLY", "MO,TU,WE,TH,FR,SA,SU", |_| {}),
            "Elke dag"
        );
        assert_eq!(
            words(Lang::Nl, "MONTHLY", "2MO", |r| r.opens_at =
                Some("19:30".into())),
            "Elke tweede maandag van de maand, vanaf 19:30"
        );
        assert_eq!(
            words(Lang::En, "MONTHLY", "-1FR", |_| {}),
            "Every last Friday of the month"
        );
        assert_eq!(
            words(Lang::Nl, "WEEKLY", "WE", |r| {
                r.interval = Some(2);
                r.valid_from = Some("2027-01-13".into());
                r.valid_to = Some("2027-03-03".into());
            }),
            "Om de 2 weken op woensdag (van woensdag 13 januari 2027 tot en met woensdag 3 maart 2027)"
        );
    }

    #[test]
    fn a_schedule_says_what_it_is_for() {
        let raw = RawSchedule {
            freq: "WEEKLY".into(),
            byday: ByDay::One("TH".into()),
            opens_at: Some("10:00".into()),
            closes_at: Some("12:00".into()),
            description: Some("Spreekuur".into()),
            ..RawSchedule::default()
        };
        let schedule = Schedule::from_raw(&raw).unwrap();
        assert_eq!(
            schedule_line(Lang::Nl, &schedule),
            "Spreekuur: Elke donderdag, 10:00–12:00"
        );
        let plain = Schedule {
            description: None,
            ..schedule
        };
        assert_eq!(
            schedule_line(Lang::Nl, &plain),
            "Elke donderdag, 10:00–12:00"
        );
    }

    #[test]
    fn dates_read_in_full() {
        let date = Date::new(2026, 12, 1).unwrap();
        assert_eq!(date_long(Lang::Nl, date), "dinsdag 1 december 2026");
        assert_eq!(date_long(Lang::En, date), "Tuesday 1 December 2026");
        assert_eq!(date_words(Lang::Nl, date), "1 december 2026");
        assert_eq!(date_words(Lang::En, date), "1 December 2026");
    }
}
