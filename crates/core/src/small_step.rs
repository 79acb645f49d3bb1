//! "Eén kleine stap": after the result the resident may choose one concrete step and a
//! day for it, from a short list that fits their result, from the activities they
//! saved, or in their own words; and "Later opnieuw?", a reminder to take the check
//! again. Both become a calendar file ([`crate::ics::own_event`]); nothing is sent.
//!
//! The list only offers: the words (in the catalogue) ask, they never tell.

use crate::check::Profile;
use crate::ics::{own_event, OwnEvent};
use crate::schedule::{Date, Now, Time};

/// A step the app can suggest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idea {
    /// Call or visit someone who matters to you.
    Call,
    /// Send someone a card or a message.
    Write,
    /// Tell someone you trust how you are.
    Tell,
    /// Try one activity.
    Activity,
    /// Have a chat with a neighbour.
    Neighbour,
    /// Go and have a look at a club or society.
    Club,
    /// Ask about volunteering.
    Volunteer,
}

impl Idea {
    pub const ALL: [Idea; 7] = [
        Idea::Call,
        Idea::Write,
        Idea::Tell,
        Idea::Activity,
        Idea::Neighbour,
        Idea::Club,
        Idea::Volunteer,
    ];

    /// The value of its choice in the form.
    pub fn slug(self) -> &'static str {
        match self {
            Idea::Call => "bel",
            Idea::Write => "schrijf",
            Idea::Tell => "vertel",
            Idea::Activity => "activiteit",
            Idea::Neighbour => "buur",
            Idea::Club => "club",
            Idea::Volunteer => "vrijwilliger",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Idea> {
        Idea::ALL.into_iter().find(|i| i.slug() == slug)
    }
}

/// What the chosen step is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepWhat {
    Idea(Idea),
    /// One of the saved activities, by name.
    Activity(String),
    /// The resident's own words ([`own_words`]).
    Own(String),
}

/// The step the resident chose, with its day and perhaps a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenStep {
    pub what: StepWhat,
    pub day: Date,
    pub at: Option<Time>,
}

/// The short list for a result: emotional loneliness (missing a close bond) first asks
/// about one person who matters; social loneliness (missing a wider circle) about an
/// activity, a neighbour, a club.
pub fn ideas(profile: Profile) -> &'static [Idea] {
    match profile {
        Profile::Emotional => &[Idea::Call, Idea::Write, Idea::Tell],
        Profile::Social => &[Idea::Activity, Idea::Neighbour, Idea::Club, Idea::Volunteer],
        Profile::Both => &[Idea::Call, Idea::Activity, Idea::Neighbour, Idea::Write],
        Profile::Neither => &[Idea::Call, Idea::Neighbour, Idea::Activity],
    }
}

/// Own words are kept to this many characters (a calendar title, one line on paper).
pub const OWN_WORDS_MAX: usize = 120;

/// The resident's own words for their step: trimmed, one line, at most
/// [`OWN_WORDS_MAX`] characters; `None` when nothing is left.
pub fn own_words(text: &str) -> Option<String> {
    let line: String = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(OWN_WORDS_MAX)
        .collect();
    (!line.is_empty()).then_some(line)
}

/// A step's day must be today or later, and within a year: a small step is near.
pub fn valid_day(day: Date, today: Date) -> bool {
    let ahead = day.days_since_epoch() - today.days_since_epoch();
    (0..=366).contains(&ahead)
}

/// The calendar file of the chosen step: `words` is its title (the idea's words, an
/// activity's name or the resident's own), `note` the line under it.
pub fn step_calendar(
    words: &str,
    note: &str,
    day: Date,
    at: Option<Time>,
    app_url: Option<&str>,
    now: Now,
) -> String {
    let uid = format!("stap-{}", day.to_string().replace('-', ""));
    own_event(
        &OwnEvent {
            uid: &uid,
            day,
            at,
            summary: words,
            description: note,
            url: app_url,
        },
        now,
    )
}

/// The choices for "Later opnieuw?", in weeks.
pub const REMINDER_WEEKS: [u8; 4] = [2, 4, 8, 12];

/// The day of the reminder, `weeks` after `today`.
pub fn reminder_day(today: Date, weeks: u8) -> Date {
    today.add_days(7 * i64::from(weeks))
}

/// The calendar file of the reminder to take the check again, with the app's address.
pub fn reminder_calendar(
    title: &str,
    note: &str,
    weeks: u8,
    app_url: Option<&str>,
    now: Now,
) -> String {
    let day = reminder_day(now.date, weeks);
    let uid = format!("opnieuw-{}", day.to_string().replace('-', ""));
    own_event(
        &OwnEvent {
            uid: &uid,
            day,
            at: None,
            summary: title,
            description: note,
            url: app_url,
        },
        now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn the_short_list_fits_the_kind_of_loneliness() {
        assert!(ideas(Profile::Emotional).contains(&Idea::Call));
        assert!(!ideas(Profile::Emotional).contains(&Idea::Club));
        assert!(ideas(Profile::Social).contains(&Idea::Neighbour));
        assert!(!ideas(Profile::Social).contains(&Idea::Call));
        let both = ideas(Profile::Both);
        assert!(both.contains(&Idea::Call) && both.contains(&Idea::Activity));
        for profile in [
            Profile::Emotional,
            Profile::Social,
            Profile::Both,
            Profile::Neither,
        ] {
            let list = ideas(profile);
            assert!((3..=4).contains(&list.len()));
        }
    }

    #[test]
    fn slugs_round_trip() {
        for idea in Idea::ALL {
            assert_eq!(Idea::from_slug(idea.slug()), Some(idea));
        }
        assert_eq!(Idea::from_slug("iets"), None);
    }

    #[test]
    fn own_words_are_one_short_line() {
        assert_eq!(own_words("  Bel\n  Anna \t"), Some("Bel Anna".into()));
        assert_eq!(own_words(" \n "), None);
        assert_eq!(
            own_words(&"a".repeat(500)).unwrap().chars().count(),
            OWN_WORDS_MAX
        );
        assert_eq!(own_words("a\u{7}b"), Some("ab".into()));
    }

    #[test]
    fn a_step_is_today_or_within_a_year() {
        let today = day("2026-12-01");
        assert!(valid_day(today, today));
        assert!(valid_day(day("2027-12-01"), today));
        assert!(!valid_day(day("2026-11-30"), today));
        assert!(!valid_day(day("2028-01-01"), today));
    }

    #[test]
    fn the_reminder_is_weeks_ahead_and_carries_the_address() {
        let today = day("2026-12-01");
        assert_eq!(reminder_day(today, 4), day("2026-12-29"));
        let ics = reminder_calendar(
            "Samenwijzer: de zelftest opnieuw",
            "Hoe gaat het nu?",
            4,
            Some("https://www.velsen.nl/samenwijzer/?gemeente=velsen"),
            Now {
                date: today,
                time: Time::new(9, 0).unwrap(),
            },
        );
        assert!(ics.contains("DTSTART;VALUE=DATE:20261229\r\n"), "{ics}");
        assert!(
            ics.contains("UID:opnieuw-20261229@samenwijzer\r\n"),
            "{ics}"
        );
        assert!(
            ics.contains("URL:https://www.velsen.nl/samenwijzer/?gemeente=velsen\r\n"),
            "{ics}"
        );
    }

    #[test]
    fn the_step_file_has_its_words_and_day() {
        let today = day("2026-12-01");
        let ics = step_calendar(
            "Bel iemand",
            "Uw kleine stap",
            day("2026-12-03"),
            Time::new(10, 0),
            None,
            Now {
                date: today,
                time: Time::new(9, 0).unwrap(),
            },
        );
        assert!(ics.contains("SUMMARY:Bel iemand\r\n"), "{ics}");
        assert!(ics.contains("DTSTART;TZID=Europe/Amsterdam:20261203T100000\r\n"));
    }
}
