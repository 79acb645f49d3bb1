//! "Vraag het voor mij": the resident prepares a message to the municipality's contact
//! for residents, and sends it themselves. Nothing here sends anything. This module
//! decides what the message holds — exactly what was ticked, the score only when asked
//! — lays out the draft, and writes the `mailto:` link (RFC 6068) within what common
//! mail programs accept. The words come from the app's catalogues (`Point` → a line).

use std::fmt::Write as _;

use crate::check::Score;
use crate::link::{LinkKind, SafeLink};
use crate::what_helps::{AgeGroup, Barrier, Moment, WhatHelps};
use crate::Need;

/// What the resident chose to share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    /// What would help them (their needs).
    pub needs: bool,
    /// Their age group, good moments, musts (free only, step-free) and what makes
    /// going hard for them.
    pub situation: bool,
    /// The activities on their shortlist, by name.
    pub shortlist: bool,
    /// Their score. Off unless they turn it on.
    pub score: bool,
}

impl Share {
    /// Nothing ticked.
    pub const NONE: Share = Share {
        needs: false,
        situation: false,
        shortlist: false,
        score: false,
    };
}

impl Default for Share {
    fn default() -> Share {
        Share {
            needs: true,
            situation: false,
            shortlist: true,
            score: false,
        }
    }
}

/// One line of the message's list.
#[derive(Clone, Debug, PartialEq)]
pub enum Point {
    Needs(Vec<Need>),
    Age(AgeGroup),
    Moments(Vec<Moment>),
    FreeOnly,
    StepFree,
    Barriers(Vec<Barrier>),
    /// Names of the saved activities.
    Shortlist(Vec<String>),
    Score {
        total: u32,
        min: u32,
        max: u32,
    },
}

/// The points the message holds: what was ticked and is there to tell, in a fixed order.
pub fn points(
    share: &Share,
    wish: &WhatHelps,
    shortlist: &[String],
    score: Option<&Score>,
) -> Vec<Point> {
    let mut points = Vec::new();
    if share.needs && !wish.needs.is_empty() {
        points.push(Point::Needs(wish.needs.iter().copied().collect()));
    }
    if share.situation {
        if let Some(age) = wish.age_group {
            points.push(Point::Age(age));
        }
        if !wish.moments.is_empty() {
            points.push(Point::Moments(wish.moments.iter().copied().collect()));
        }
        if wish.free_only {
            points.push(Point::FreeOnly);
        }
        if wish.wheelchair_accessible {
            points.push(Point::StepFree);
        }
        if !wish.barriers.is_empty() {
            points.push(Point::Barriers(wish.barriers.iter().copied().collect()));
        }
    }
    if share.shortlist && !shortlist.is_empty() {
        points.push(Point::Shortlist(shortlist.to_vec()));
    }
    if let Some(score) = score.filter(|_| share.score) {
        points.push(Point::Score {
            total: score.total,
            min: score.min,
            max: score.max,
        });
    }
    points
}

/// The draft: greeting, opening, the points as a list, how to reach them (when
/// given), closing; paragraphs separated by an empty line.
pub fn draft(
    greeting: &str,
    opening: &str,
    points: &[String],
    reach: Option<&str>,
    closing: &str,
) -> String {
    let mut parts = vec![greeting.to_owned(), opening.to_owned()];
    if !points.is_empty() {
        let list: Vec<String> = points.iter().map(|p| format!("- {p}")).collect();
        parts.push(list.join("\n"));
    }
    if let Some(reach) = reach.filter(|r| !r.trim().is_empty()) {
        parts.push(reach.to_owned());
    }
    parts.push(closing.to_owned());
    parts.join("\n\n")
}

/// Longer `mailto:` links than this are cut off or refused by some mail programs and
/// browsers (Outlook and older browsers stop near 2,000 characters).
pub const MAILTO_LIMIT: usize = 2000;

/// A `mailto:` link, and whether it carries the whole message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mailto {
    pub href: String,
    /// False when the message was too long for a link: the link then has the subject
    /// only, and the resident pastes the message (the app says so).
    pub whole: bool,
}

/// The link that opens the resident's mail program with the message to `to` (an
/// e-mail `SafeLink`; `None` for any other kind).
pub fn mailto(to: &SafeLink, subject: &str, body: &str) -> Option<Mailto> {
    if to.kind() != LinkKind::Email {
        return None;
    }
    let base = format!("{}?subject={}", to.href(), encode(subject));
    let whole = format!("{base}&body={}", encode(body));
    Some(if whole.len() <= MAILTO_LIMIT {
        Mailto {
            href: whole,
            whole: true,
        }
    } else {
        Mailto {
            href: base,
            whole: false,
        }
    })
}

/// Percent-encoding for a `mailto:` header value: everything but the unreserved
/// characters, with every line break as CRLF (RFC 6068, section 2).
fn encode(text: &str) -> String {
    let normalised = text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n");
    let mut out = String::with_capacity(normalised.len() * 3);
    for byte in normalised.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{builtin_instrument, Answers};

    fn wish() -> WhatHelps {
        WhatHelps {
            needs: [Need::Talk, Need::Transport].into(),
            age_group: Some(AgeGroup::From65),
            municipality: Some("velsen".into()),
            postcode: "1971 AB".into(),
            wheelchair_accessible: true,
            moments: [Moment::Daytime].into(),
            free_only: true,
            barriers: [Barrier::GoingAlone, Barrier::Stairs].into(),
        }
    }

    fn score() -> Score {
        let instrument = builtin_instrument("djg11").unwrap();
        let mut answers = Answers::for_instrument(&instrument);
        for i in 0..instrument.items.len() {
            answers.set(i, Some(0));
        }
        instrument.score(&answers).unwrap()
    }

    const SAVED: &[&str] = &["Taalcafé", "Samen eten"];

    fn saved() -> Vec<String> {
        SAVED.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn by_default_needs_and_shortlist_but_never_the_score() {
        let found = points(&Share::default(), &wish(), &saved(), Some(&score()));
        assert_eq!(
            found,
            [
                Point::Needs(vec![Need::Talk, Need::Transport]),
                Point::Shortlist(saved())
            ]
        );
    }

    #[test]
    fn each_tick_adds_exactly_its_own_points() {
        let none = Share::NONE;
        assert!(points(&none, &wish(), &saved(), Some(&score())).is_empty());
        let situation = points(
            &Share {
                situation: true,
                ..none
            },
            &wish(),
            &saved(),
            None,
        );
        assert_eq!(
            situation,
            [
                Point::Age(AgeGroup::From65),
                Point::Moments(vec![Moment::Daytime]),
                Point::FreeOnly,
                Point::StepFree,
                Point::Barriers(vec![Barrier::GoingAlone, Barrier::Stairs])
            ]
        );
        let s = score();
        let with_score = points(
            &Share {
                score: true,
                ..none
            },
            &wish(),
            &saved(),
            Some(&s),
        );
        assert_eq!(
            with_score,
            [Point::Score {
                total: s.total,
                min: s.min,
                max: s.max
            }]
        );
    }

    #[test]
    fn nothing_said_is_nothing_shared() {
        let all = Share {
            needs: true,
            situation: true,
            shortlist: true,
            score: false,
        };
        assert!(points(&all, &WhatHelps::default(), &[], None).is_empty());
    }

    #[test]
    fn the_municipality_and_postcode_are_never_in_it() {
        let all = Share {
            needs: true,
            situation: true,
            shortlist: true,
            score: true,
        };
        let text = format!("{:?}", points(&all, &wish(), &saved(), Some(&score())));
        assert!(!text.contains("velsen") && !text.contains("1971"), "{text}");
    }

    #[test]
    fn the_draft_lays_out_paragraphs_and_a_list() {
        let lines = [
            "Wat mij zou helpen: praten".to_owned(),
            "Mijn lijstje: Taalcafé".to_owned(),
        ];
        let text = draft(
            "Beste wijkteam,",
            "Ik wil graag praten.",
            &lines,
            Some("Bel mij: 06 12"),
            "Groet",
        );
        assert_eq!(
            text,
            "Beste wijkteam,\n\nIk wil graag praten.\n\n- Wat mij zou helpen: praten\n- Mijn lijstje: Taalcafé\n\nBel mij: 06 12\n\nGroet"
        );
        assert_eq!(
            draft("Hoi,", "Tekst.", &[], Some("  "), "Groet"),
            "Hoi,\n\nTekst.\n\nGroet"
        );
    }

    #[test]
    fn mailto_encodes_dutch_text_breaks_and_reserved_characters() {
        let to = SafeLink::email("wijkteam@velsen.voorbeeld.nl").unwrap();
        let link = mailto(&to, "Vraag & hulp?", "Beste,\nCafé #1 & 50% korting? a+b=c").unwrap();
        assert!(link.whole);
        assert_eq!(
            link.href,
            "mailto:wijkteam@velsen.voorbeeld.nl?subject=Vraag%20%26%20hulp%3F\
             &body=Beste%2C%0D%0ACaf%C3%A9%20%231%20%26%2050%25%20korting%3F%20a%2Bb%3Dc"
        );
        // CRLF and a lone CR are one line break each, not two.
        let crlf = mailto(&to, "x", "a\r\nb\rc").unwrap();
        assert!(crlf.href.ends_with("body=a%0D%0Ab%0D%0Ac"), "{}", crlf.href);
    }

    #[test]
    fn a_message_too_long_for_a_link_keeps_the_subject_and_says_so() {
        let to = SafeLink::email("a@b.nl").unwrap();
        let long = "é".repeat(400); // 2,400 characters once encoded
        let link = mailto(&to, "Onderwerp", &long).unwrap();
        assert!(!link.whole);
        assert_eq!(link.href, "mailto:a@b.nl?subject=Onderwerp");
        let fits = mailto(&to, "Onderwerp", &"é".repeat(300)).unwrap();
        assert!(fits.whole && fits.href.len() <= MAILTO_LIMIT);
    }

    #[test]
    fn only_an_email_address_gets_a_mailto() {
        assert_eq!(
            mailto(&SafeLink::phone("0255 000 000").unwrap(), "s", "b"),
            None
        );
    }
}
