//! National helplines, shown on the help page, on every result and on the crash screen.
//! Sources: ../shared/CONTENT.md §4. A dead number is worse than none, so each line
//! carries the date it was last checked; check again before every release.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helpline {
    /// 113 Zelfmoordpreventie.
    SuicidePrevention,
    /// De Luisterlijn (formerly Sensoor).
    Luisterlijn,
    /// De Kindertelefoon, ages 8–18.
    Kindertelefoon,
}

impl Helpline {
    pub const ALL: [Helpline; 3] = [
        Helpline::SuicidePrevention,
        Helpline::Luisterlijn,
        Helpline::Kindertelefoon,
    ];

    /// Phone numbers as people write them; the first is the main one.
    pub fn phones(self) -> &'static [&'static str] {
        match self {
            Helpline::SuicidePrevention => &["113", "0800-0113"],
            Helpline::Luisterlijn => &["088 0767 000"],
            Helpline::Kindertelefoon => &["0800-0432"],
        }
    }

    /// Where to chat, as a site name (shown as text: the app links to no other origin).
    pub fn chat_site(self) -> Option<&'static str> {
        match self {
            Helpline::SuicidePrevention => Some("113.nl"),
            Helpline::Luisterlijn => Some("deluisterlijn.nl"),
            Helpline::Kindertelefoon => Some("kindertelefoon.nl"),
        }
    }

    /// The chat's site as a link.
    pub fn chat_link(self) -> Option<crate::link::SafeLink> {
        crate::link::SafeLink::website(&format!("https://{}", self.chat_site()?))
    }

    /// When the numbers were last checked against the source.
    pub fn checked(self) -> crate::schedule::Date {
        crate::schedule::Date {
            year: 2026,
            month: 11,
            day: 23,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::SafeLink;

    #[test]
    fn the_checked_date_exists() {
        for line in Helpline::ALL {
            let d = line.checked();
            assert_eq!(crate::schedule::Date::new(d.year, d.month, d.day), Some(d));
        }
    }

    #[test]
    fn every_number_is_a_valid_phone_link() {
        for line in Helpline::ALL {
            assert!(!line.phones().is_empty());
            for number in line.phones() {
                assert!(SafeLink::phone(number).is_some(), "{number}");
            }
        }
    }
}
