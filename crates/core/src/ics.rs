//! "Zet in mijn agenda": an iCalendar file (RFC 5545) with one recurring event per
//! schedule of an entry, in Europe/Amsterdam local time, so calendars show the right
//! hour in summer and in winter.

use crate::directory::Entry;
use crate::link::{url_char, LinkKind};
use crate::schedule::{to_utc, Date, Now, Schedule, Time};

/// Europe/Amsterdam as calendars expect it: CET in winter, CEST from the last Sunday
/// of March to the last Sunday of October.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The calendar file for `entry`, with events from the next session that has not
/// ended at `now` on; `None` when the entry has no schedule that still takes place, or
/// only round-the-clock ones (a helpline day and night is no appointment).
pub fn calendar(entry: &Entry, now: Now) -> Option<String> {
    let events: Vec<String> = entry
        .schedules
        .iter()
        .enumerate()
        .filter(|(_, schedule)| !schedule.round_the_clock())
        .filter_map(|(i, schedule)| {
            let first = schedule.next_session(now)?;
            Some(event(entry, i, schedule, first, now))
        })
        .collect();
    if events.is_empty() {
        return None;
    }
    Some(wrap(&events.concat(), true))
}

/// A calendar around folded `events`, with the time zone they refer to when `zone`.
fn wrap(events: &str, zone: bool) -> String {
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Samenwijzer//NL\r\nCALSCALE:GREGORIAN\r\n",
    );
    if zone {
        out.push_str(VTIMEZONE);
    }
    out.push_str(events);
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// A file name for the download: the entry's id, which the parser keeps as written,
/// reduced to safe characters.
pub fn file_name(entry: &Entry) -> String {
    let safe: String = entry
        .id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{safe}.ics")
}

fn event(entry: &Entry, index: usize, schedule: &Schedule, first: Date, now: Now) -> String {
    let (day, hour, minute, second) = to_utc(now, 0);
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}-{index}@samenwijzer", text(&entry.id)),
        format!("DTSTAMP:{}T{hour:02}{minute:02}{second:02}Z", compact(day)),
    ];
    match schedule.opens {
        Some(opens) => {
            lines.push(format!(
                "DTSTART;TZID=Europe/Amsterdam:{}",
                local(first, opens)
            ));
            if let Some(closes) = schedule.closes {
                lines.push(format!(
                    "DTEND;TZID=Europe/Amsterdam:{}",
                    local(first, closes)
                ));
            }
        }
        // No hours known: an all-day event.
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", compact(first)));
            lines.push(format!("DTEND;VALUE=DATE:{}", compact(first.add_days(1))));
        }
    }
    lines.push(format!("RRULE:{}", schedule.rrule()));
    lines.push(format!("SUMMARY:{}", text(&entry.name)));
    // What these times are for ("Spreekuur") first, then what the activity is.
    let description = match &schedule.description {
        Some(what) => format!("{what}\n\n{}", entry.description),
        None => entry.description.clone(),
    };
    lines.push(format!("DESCRIPTION:{}", text(description.trim())));
    if let Some(l) = &entry.location {
        let place = [l.name.as_deref(), Some(l.street.as_str())]
            .into_iter()
            .flatten()
            .chain(std::iter::once(format!("{} {}", l.postcode, l.city).trim()))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(format!("LOCATION:{}", text(&place)));
    }
    if let Some(site) = entry.links.iter().find(|l| l.kind() == LinkKind::Website) {
        if let Some(url) = uri(site.href()) {
            lines.push(format!("URL:{url}"));
        }
    }
    lines.push("END:VEVENT".to_owned());
    lines.iter().map(|l| fold(l)).collect()
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

fn local(d: Date, t: Time) -> String {
    format!("{}T{:02}{:02}00", compact(d), t.hour, t.minute)
}

/// A URI value (RFC 5545 §3.3.13) is not escaped, so it must hold only what a URI
/// may: letters beyond ASCII are percent-encoded (RFC 3987 §3.1), and anything else
/// outside RFC 3986's characters (which a `SafeLink` never holds) leaves it out.
fn uri(href: &str) -> Option<String> {
    let mut out = String::with_capacity(href.len());
    for c in href.chars() {
        if c.is_ascii() {
            if !url_char(c) {
                return None;
            }
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    Some(out)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (§3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// One event of the resident's own: the small step they chose, or the reminder to
/// take the check again. With a time it lasts an hour and the calendar reminds half an
/// hour before; without, it is an all-day event that reminds at 9:00 that day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnEvent<'a> {
    /// Unique within Samenwijzer's events ("stap-20261208").
    pub uid: &'a str,
    pub day: Date,
    pub at: Option<Time>,
    pub summary: &'a str,
    pub description: &'a str,
    /// The app's address; left out unless it is a plain `https:` or `http:` URL.
    pub url: Option<&'a str>,
}

/// The calendar file for one [`OwnEvent`], made at `now`.
pub fn own_event(event: &OwnEvent, now: Now) -> String {
    let (day, hour, minute, second) = to_utc(now, 0);
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@samenwijzer", text(event.uid)),
        format!("DTSTAMP:{}T{hour:02}{minute:02}{second:02}Z", compact(day)),
    ];
    let trigger = match event.at {
        Some(at) => {
            lines.push(format!(
                "DTSTART;TZID=Europe/Amsterdam:{}",
                local(event.day, at)
            ));
            lines.push("DURATION:PT1H".to_owned());
            "-PT30M"
        }
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", compact(event.day)));
            lines.push(format!(
                "DTEND;VALUE=DATE:{}",
                compact(event.day.add_days(1))
            ));
            "PT9H"
        }
    };
    lines.push(format!("SUMMARY:{}", text(event.summary)));
    lines.push(format!("DESCRIPTION:{}", text(event.description)));
    let web = |u: &&str| u.starts_with("https://") || u.starts_with("http://");
    if let Some(url) = event.url.filter(web).and_then(uri) {
        lines.push(format!("URL:{url}"));
    }
    lines.extend([
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", text(event.summary)),
        format!("TRIGGER:{trigger}"),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
    ]);
    let events: String = lines.iter().map(|l| fold(l)).collect();
    wrap(&events, event.at.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::parse_directory;

    fn entry(schedules: &str) -> Entry {
        let text = format!(
            r#"{{"schema_version": 1, "entries": [{{"id": "koffie", "name": "Koffie, thee; en taart",
            "description": "Gezellig\nsamen", "schedules": [{schedules}],
            "location": {{"name": "De Stek", "street": "Plein 1", "postcode": "1971 AA", "city": "IJmuiden"}},
            "contact": {{"website": "https://example.org"}}}}]}}"#
        );
        parse_directory(&text).unwrap().entries.remove(0)
    }

    const FRIDAY: Now = Now {
        date: Date {
            year: 2026,
            month: 11,
            day: 27,
        },
        time: Time {
            hour: 9,
            minute: 30,
        },
    };

    /// `DTSTART` and `RRULE` of the first event, expanded as calendars do.
    fn occurrences(ics: &str) -> Vec<String> {
        let unfolded = ics.replace("\r\n ", "");
        let lines: Vec<&str> = unfolded
            .lines()
            .skip_while(|l| *l != "BEGIN:VEVENT")
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("RRULE"))
            .take(2)
            .collect();
        let set: rrule::RRuleSet = lines.join("\n").parse().unwrap();
        set.all(1000)
            .dates
            .iter()
            .map(|d| d.format("%Y-%m-%d %H:%M %Z").to_string())
            .collect()
    }

    fn at(date: &str, time: &str) -> Now {
        Now {
            date: Date::parse(date).unwrap(),
            time: Time::parse(time).unwrap(),
        }
    }

    #[test]
    fn a_real_parser_keeps_the_last_day_in_winter_and_summer() {
        for (valid_to, last) in [
            ("2027-01-26", "2027-01-26 23:00 CET"),
            ("2027-06-29", "2027-06-29 23:00 CEST"),
        ] {
            let e = entry(&format!(
                r#"{{"freq": "WEEKLY", "byday": "TU", "opens_at": "23:00", "closes_at": "23:30", "valid_to": "{valid_to}"}}"#
            ));
            let ics = calendar(&e, FRIDAY).unwrap();
            let dates = occurrences(&ics);
            assert_eq!(
                dates.first().map(String::as_str),
                Some("2026-12-01 23:00 CET")
            );
            assert_eq!(dates.last().map(String::as_str), Some(last), "{ics}");
        }
    }

    #[test]
    fn the_calendar_starts_after_a_session_that_has_ended() {
        let e = entry(
            r#"{"freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}"#,
        );
        let ics = calendar(&e, at("2026-12-01", "18:00")).unwrap();
        assert!(
            ics.contains("DTSTART;TZID=Europe/Amsterdam:20261208T100000\r\n"),
            "{ics}"
        );
        let ics = calendar(&e, at("2026-12-01", "11:00")).unwrap();
        assert!(
            ics.contains("DTSTART;TZID=Europe/Amsterdam:20261201T100000\r\n"),
            "{ics}"
        );
        // The stamp is the moment it was made, in UTC.
        assert!(ics.contains("DTSTAMP:20261201T100000Z\r\n"), "{ics}");
    }

    #[test]
    fn the_schedules_description_is_in_the_event() {
        let e = entry(
            r#"{"freq": "WEEKLY", "byday": "TH", "opens_at": "10:00", "closes_at": "12:00", "description": "Spreekuur, op afspraak"}"#,
        );
        let ics = calendar(&e, FRIDAY).unwrap();
        assert!(
            ics.contains("DESCRIPTION:Spreekuur\\, op afspraak\\n\\nGezellig\\nsamen\r\n"),
            "{ics}"
        );
    }

    #[test]
    fn round_the_clock_offers_no_event() {
        let e = entry(r#"{"freq": "WEEKLY", "byday": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]}"#);
        assert_eq!(calendar(&e, FRIDAY), None);
        // Beside a schedule with times, only that one is an event.
        let e = entry(
            r#"{"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU"}, {"freq": "WEEKLY", "byday": "TU", "opens_at": "19:00"}"#,
        );
        let ics = calendar(&e, FRIDAY).unwrap();
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1);
        assert!(ics.contains("UID:koffie-1@samenwijzer"));
    }

    #[test]
    fn values_cannot_break_out_of_their_line() {
        let mut e = entry(r#"{"freq": "WEEKLY", "byday": "TU"}"#);
        e.id = "a\nBEGIN:VALARM".into();
        e.links = vec![crate::link::SafeLink::website("https://café.example/één?a=b").unwrap()];
        let ics = calendar(&e, FRIDAY).unwrap();
        assert!(
            ics.contains("UID:a\\nBEGIN:VALARM-0@samenwijzer\r\n"),
            "{ics}"
        );
        assert!(!ics.contains("\r\nBEGIN:VALARM"), "{ics}");
        assert!(
            ics.contains("URL:https://caf%C3%A9.example/%C3%A9%C3%A9n?a=b\r\n"),
            "{ics}"
        );
    }

    #[test]
    fn a_weekly_event_in_local_time() {
        let ics = calendar(
            &entry(
                r#"{"freq": "WEEKLY", "byday": "TU", "opens_at": "10:00", "closes_at": "12:00"}"#,
            ),
            FRIDAY,
        )
        .unwrap();
        for line in [
            "BEGIN:VCALENDAR\r\n",
            "TZID:Europe/Amsterdam\r\n",
            "UID:koffie-0@samenwijzer\r\n",
            "DTSTAMP:20261127T083000Z\r\n",
            "DTSTART;TZID=Europe/Amsterdam:20261201T100000\r\n",
            "DTEND;TZID=Europe/Amsterdam:20261201T120000\r\n",
            "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n",
            "SUMMARY:Koffie\\, thee\\; en taart\r\n",
            "DESCRIPTION:Gezellig\\nsamen\r\n",
            "LOCATION:De Stek\\, Plein 1\\, 1971 AA IJmuiden\r\n",
            "URL:https://example.org\r\n",
            "END:VCALENDAR\r\n",
        ] {
            assert!(ics.contains(line), "missing {line:?} in\n{ics}");
        }
        assert!(ics.lines().all(|l| l.len() <= 75), "{ics}");
    }

    #[test]
    fn without_hours_it_is_an_all_day_event() {
        let ics = calendar(&entry(r#"{"freq": "MONTHLY", "byday": "2MO"}"#), FRIDAY).unwrap();
        assert!(ics.contains("DTSTART;VALUE=DATE:20261214\r\n"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20261215\r\n"), "{ics}");
    }

    #[test]
    fn ended_schedules_give_no_file() {
        let ended = r#"{"freq": "WEEKLY", "byday": "TU", "valid_to": "2026-11-01"}"#;
        assert_eq!(calendar(&entry(ended), FRIDAY), None);
        assert_eq!(calendar(&entry(""), FRIDAY), None);
    }

    #[test]
    fn long_lines_fold_between_characters() {
        let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(60)));
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        let unfolded: String = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "é".repeat(60)));
    }

    fn own(at: Option<Time>, url: Option<&'static str>) -> String {
        own_event(
            &OwnEvent {
                uid: "stap-20261208",
                day: Date::new(2026, 12, 8).unwrap(),
                at,
                summary: "Bel Anna, mijn zus",
                description: "Uw kleine stap; gekozen in Samenwijzer",
                url,
            },
            FRIDAY,
        )
    }

    #[test]
    fn an_own_event_at_a_time_lasts_an_hour_and_reminds_before() {
        let ics = own(
            Time::new(19, 30),
            Some("https://www.velsen.nl/samenwijzer/"),
        );
        for line in [
            "UID:stap-20261208@samenwijzer\r\n",
            "DTSTART;TZID=Europe/Amsterdam:20261208T193000\r\n",
            "DURATION:PT1H\r\n",
            "SUMMARY:Bel Anna\\, mijn zus\r\n",
            "DESCRIPTION:Uw kleine stap\\; gekozen in Samenwijzer\r\n",
            "URL:https://www.velsen.nl/samenwijzer/\r\n",
            "TRIGGER:-PT30M\r\n",
            "TZID:Europe/Amsterdam\r\n",
        ] {
            assert!(ics.contains(line), "missing {line} in\n{ics}");
        }
    }

    #[test]
    fn an_own_event_without_a_time_is_all_day_and_reminds_in_the_morning() {
        let ics = own(None, Some("https://x.example/\"onclick=\"a"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261208\r\n"), "{ics}");
        assert!(ics.contains("DTEND;VALUE=DATE:20261209\r\n"), "{ics}");
        assert!(ics.contains("TRIGGER:PT9H\r\n"), "{ics}");
        assert!(
            !ics.contains("URL:"),
            "a URL with quotes is left out: {ics}"
        );
        assert!(!ics.contains("VTIMEZONE"), "{ics}");
    }

    #[test]
    fn file_names_are_safe() {
        let mut e = entry("");
        e.id = "../a b".into();
        assert_eq!(file_name(&e), "---a-b.ics");
    }
}
