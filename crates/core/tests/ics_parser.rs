//! The calendar files the app offers, read back by a parser nobody here wrote (the
//! `icalendar` crate's RFC 5545 parser): the small step, the reminder and an
//! activity's file must parse, with the values we meant.

use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
use samenwijzer_core::directory::parse_directory;
use samenwijzer_core::ics::calendar;
use samenwijzer_core::schedule::{Date, Now, Time};
use samenwijzer_core::small_step::{reminder_calendar, step_calendar};

const TODAY: Now = Now {
    date: Date {
        year: 2026,
        month: 12,
        day: 1,
    },
    time: Time {
        hour: 9,
        minute: 30,
    },
};

fn events(text: &str) -> Vec<icalendar::Event> {
    assert!(text.ends_with("\r\n") && !text.contains("\n\n"), "{text}");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line}");
        assert!(!line.contains('\n'), "bare line feed in {line}");
    }
    let parsed: Calendar = text.parse().expect("a real parser reads the file");
    assert_eq!(parsed.property_value("VERSION"), Some("2.0"));
    parsed
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn the_small_step_parses_with_its_words_time_and_alarm() {
    let words = "Bel Anna; vraag hoe het met haar gaat, en vertel over mij";
    let text = step_calendar(
        words,
        "Uw kleine stap, gekozen in Samenwijzer.\nHet mag ook later.",
        Date::new(2026, 12, 8).unwrap(),
        Time::new(19, 30),
        Some("https://www.velsen.nl/samenwijzer/?gemeente=velsen&taal=nl"),
        TODAY,
    );
    let events = events(&text);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(e.get_summary(), Some(words));
    assert_eq!(
        e.get_description(),
        Some("Uw kleine stap, gekozen in Samenwijzer.\nHet mag ook later.")
    );
    assert_eq!(
        e.get_url(),
        Some("https://www.velsen.nl/samenwijzer/?gemeente=velsen&taal=nl")
    );
    match e.get_start() {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
            assert_eq!(tzid, "Europe/Amsterdam");
            assert_eq!(date_time.to_string(), "2026-12-08 19:30:00");
        }
        other => panic!("start {other:?}"),
    }
    assert!(text.contains("BEGIN:VALARM"));
}

#[test]
fn the_reminder_is_an_all_day_event_weeks_ahead_with_the_address() {
    let text = reminder_calendar(
        "Samenwijzer: doe de zelftest opnieuw",
        "Hoe gaat het nu met u?",
        8,
        Some("https://www.amstelveen.nl/samenwijzer/?gemeente=amstelveen"),
        TODAY,
    );
    let events = events(&text);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(
        e.get_start(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2027, 1, 26).unwrap()
        ))
    );
    assert_eq!(
        e.get_url(),
        Some("https://www.amstelveen.nl/samenwijzer/?gemeente=amstelveen")
    );
}

#[test]
fn an_activity_file_parses_too() {
    let text = r#"{"schema_version": 1, "entries": [{"id": "koffie", "name": "Koffie, thee; en taart",
        "description": "Gezellig\nsamen", "schedules": [{"freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}]}]}"#;
    let entry = parse_directory(text).unwrap().entries.remove(0);
    let events = events(&calendar(&entry, TODAY).unwrap());
    assert_eq!(events[0].get_summary(), Some("Koffie, thee; en taart"));
    assert_eq!(
        events[0].property_value("RRULE"),
        Some("FREQ=WEEKLY;BYDAY=TU")
    );
}
