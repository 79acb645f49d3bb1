use samenwijzer_core::directory::parse_directory;
use samenwijzer_core::schedule::{Date, Weekday};
use samenwijzer_core::what_helps::Moment;
use samenwijzer_core::{Need, StaffLang};

use super::model::{coverage, Area, Coverage, Fact, GapKind};
use super::*;

/// Built to have known gaps: see the comments in [`the_gaps_are_exactly_the_known_ones`].
const FIXTURE: &str = include_str!("../../tests/fixtures/report-gaps.json");

fn today() -> Date {
    Date::new(2026, 11, 27).unwrap()
}

fn fixture() -> Coverage {
    coverage(&parse_directory(FIXTURE).unwrap(), today())
}

fn ids(list: &[model::Listed]) -> Vec<(&str, Option<String>)> {
    list.iter()
        .map(|l| (l.id.as_str(), l.date.map(|d| d.to_string())))
        .collect()
}

#[test]
fn the_gaps_are_exactly_the_known_ones() {
    use GapKind::*;
    let c = fixture();
    let gaps: Vec<(&str, Need, GapKind, usize)> = c
        .gaps
        .iter()
        .map(|g| (g.municipality.as_str(), g.need, g.kind, g.without_times))
        .collect();
    assert_eq!(
        gaps,
        [
            // Koffie: Tuesday morning only; the national helpline does not count.
            ("velsen", Need::Talk, NoEvening, 0),
            ("velsen", Need::Talk, NoWeekend, 0),
            // Koffie in the day, the soos in the evening.
            ("velsen", Need::Meet, NoWeekend, 0),
            // The gym ended on 1 October.
            ("velsen", Need::Sport, NoOffer, 0),
            ("velsen", Need::Culture, NoOffer, 0),
            // Walking on Saturday.
            ("velsen", Need::Nature, NoEvening, 0),
            ("velsen", Need::Transport, NoOffer, 0),
            ("velsen", Need::PracticalHelp, NoOffer, 0),
            ("velsen", Need::Confidence, NoOffer, 0),
            ("velsen", Need::Volunteering, NoOffer, 0),
            ("velsen", Need::Carer, NoOffer, 0),
            // The tablet course, Wednesday afternoons until 10 December.
            ("velsen", Need::Digital, NoEvening, 0),
            ("velsen", Need::Digital, NoWeekend, 0),
            // The grief group "op afspraak": times not known.
            ("velsen", Need::Grief, NoEvening, 1),
            ("velsen", Need::Grief, NoWeekend, 1),
            // Beverwijk's community centre has everything, day, evening and Sunday.
        ]
    );
    assert_eq!(
        c.areas,
        [
            Area::Municipality("velsen".into()),
            Area::Municipality("beverwijk".into()),
            Area::National
        ]
    );
}

/// A schedule that has ended no longer closes a gap: the choir's Saturdays ended in
/// June, so Velsen has no culture at the weekend (as the weekday table says too).
#[test]
fn a_schedule_that_has_ended_closes_no_gap() {
    let text = r#"{"schema_version": 1, "entries": [
        {"id": "koor", "name": "Koor", "description": "", "municipality": "velsen",
         "needs": ["culture"], "free": true,
         "schedules": [
           {"freq": "WEEKLY", "byday": "MO", "opens_at": "19:30", "closes_at": "21:30"},
           {"freq": "WEEKLY", "byday": "SA", "opens_at": "10:00", "closes_at": "12:00",
            "valid_to": "2026-06-30"}]}
    ]}"#;
    let c = coverage(&parse_directory(text).unwrap(), today());
    let culture: Vec<GapKind> = c
        .gaps
        .iter()
        .filter(|g| g.need == Need::Culture)
        .map(|g| g.kind)
        .collect();
    assert_eq!(culture, [GapKind::NoWeekend]);
    let weekend = c.moments.iter().find(|r| r.key == Some(Moment::Weekend));
    assert_eq!(weekend.unwrap().counts, [0, 0]);
}

/// The report calls an entry stale exactly when the check warns that it was checked
/// long ago (or not at all): both go by `STALE_AFTER_DAYS`, tried on either side of it.
#[test]
fn the_report_and_the_check_call_the_same_entries_old() {
    use samenwijzer_core::directory::validate::validate;
    use samenwijzer_core::directory::STALE_AFTER_DAYS;
    let days = [
        0,
        STALE_AFTER_DAYS - 1,
        STALE_AFTER_DAYS,
        STALE_AFTER_DAYS + 1,
        800,
    ];
    let entries: Vec<String> = days
        .iter()
        .map(|&d| {
            format!(
                r#"{{"id": "e{d}", "name": "Koffie", "description": "Koffie", "municipality": "velsen",
                "needs": ["meet"], "free": true, "last_checked": "{}"}}"#,
                today().add_days(-d)
            )
        })
        .chain([r#"{"id": "never", "name": "Koffie", "description": "Koffie",
            "municipality": "velsen", "needs": ["meet"], "free": true}"#
            .to_owned()])
        .collect();
    let text = format!(
        r#"{{"schema_version": 1, "entries": [{}]}}"#,
        entries.join(", ")
    );
    let report = coverage(&parse_directory(&text).unwrap(), today());
    // The report lists them by date (unknown first); compared as sets.
    let mut stale: Vec<String> = report.stale.iter().map(|l| l.id.clone()).collect();
    stale.sort();
    let mut warned: Vec<String> = validate(&text, today())
        .problems
        .iter()
        .filter(|p| matches!(p.code().name(), "CheckedLongAgo" | "NotChecked"))
        .map(|p| {
            let index: usize = p.path["entries[".len()..p.path.find(']').unwrap()]
                .parse()
                .unwrap();
            if index < days.len() {
                format!("e{}", days[index])
            } else {
                "never".into()
            }
        })
        .collect();
    warned.sort();
    assert_eq!(stale, warned);
    assert_eq!(
        stale,
        [
            format!("e{}", STALE_AFTER_DAYS + 1),
            "e800".into(),
            "never".into()
        ]
    );
}

#[test]
fn the_tables_count_current_entries_per_area() {
    let c = fixture();
    let o = &c.overview;
    assert_eq!(
        (
            o.entries,
            o.current,
            o.temporarily_closed,
            o.ended,
            o.skipped
        ),
        (9, 7, 1, 1, 1)
    );
    assert_eq!((o.without_needs, o.without_postcode, o.examples), (0, 0, 0));
    let row = |need| {
        c.needs
            .iter()
            .find(|r| r.key == need)
            .unwrap()
            .counts
            .clone()
    };
    // Velsen, Beverwijk, national.
    assert_eq!(row(Need::Talk), [1, 1, 1]);
    assert_eq!(row(Need::Meet), [2, 1, 0]);
    assert_eq!(row(Need::Sport), [0, 1, 0]);
    assert_eq!(row(Need::Grief), [1, 1, 1]);
    let day = |d| c.days.iter().find(|r| r.key == d).unwrap().counts.clone();
    assert_eq!(
        day(Weekday::Monday),
        [0, 1, 0],
        "the ended gym is not counted"
    );
    assert_eq!(
        day(Weekday::Tuesday),
        [1, 0, 0],
        "the closed café is not counted"
    );
    assert_eq!(day(Weekday::Saturday), [1, 0, 0]);
    let moment = |m| {
        c.moments
            .iter()
            .find(|r| r.key == m)
            .unwrap()
            .counts
            .clone()
    };
    assert_eq!(moment(Some(Moment::Daytime)), [2, 1, 0]);
    assert_eq!(moment(Some(Moment::Evening)), [1, 1, 0]);
    assert_eq!(moment(Some(Moment::Weekend)), [1, 1, 0]);
    assert_eq!(moment(None), [1, 0, 1]);
    let fact = |f| c.facts.iter().find(|r| r.key == f).unwrap().counts.clone();
    assert_eq!(fact(Fact::Free), [1, 1, 1]);
    assert_eq!(fact(Fact::Paid), [1, 0, 0]);
    assert_eq!(fact(Fact::CostUnknown), [3, 0, 0]);
    assert_eq!(fact(Fact::Wheelchair), [1, 1, 0]);
    assert_eq!(fact(Fact::NoVenue), [2, 0, 1]);
    assert_eq!(fact(Fact::Companion), [1, 0, 0]);
    let pc4: Vec<(u16, usize, usize)> = c
        .pc4
        .iter()
        .map(|r| (r.pc4, r.total, r.needs.len()))
        .collect();
    assert_eq!(pc4, [(1971, 2, 3), (1972, 1, 1), (1941, 1, 12)]);
}

#[test]
fn the_lists_name_the_entries_to_look_at() {
    let c = fixture();
    let date = |d: &str| Some(d.to_owned());
    assert_eq!(
        ids(&c.stale),
        [("hulplijn", None), ("v-wandel", date("2025-06-01"))]
    );
    assert_eq!(ids(&c.no_schedule), [("v-rouw", None), ("hulplijn", None)]);
    assert_eq!(c.no_schedule[0].note.as_deref(), Some("op afspraak"));
    assert_eq!(ids(&c.no_contact), [("v-rouw", None)]);
    assert_eq!(ids(&c.ending), [("v-cursus", date("2026-12-10"))]);
    assert_eq!(ids(&c.ended), [("v-oud", date("2026-10-01"))]);
    // A month later the course is over too.
    let later = coverage(&parse_directory(FIXTURE).unwrap(), today().add_days(30));
    assert_eq!(ids(&later.ending), []);
    assert_eq!(later.ended.len(), 2);
    assert!(later
        .gaps
        .iter()
        .any(|g| g.need == Need::Digital && g.kind == GapKind::NoOffer));
}

#[test]
fn the_page_escapes_staff_text_and_is_self_contained() {
    let page = report(FIXTURE, "gaten.json", today(), StaffLang::Nl, Format::Html)
        .unwrap()
        .text;
    assert!(
        page.starts_with("<!DOCTYPE html><html lang=\"nl\">"),
        "{page}"
    );
    assert!(page.contains("Wandelen &lt;b&gt;&amp;&lt;/b&gt; zaterdag"));
    assert!(!page.contains("<b>"));
    for outside in [
        "<script", "src=", "<link", "url(", "http:", "https:", "@import",
    ] {
        assert!(!page.contains(outside), "{outside} in the page");
    }
    assert_eq!(page.matches("<svg role=\"img\" aria-label=").count(), 3);
    assert!(page.contains("<h3 id=\"gaten-0\">Gaten in Velsen: 15 gaten</h3>"));
    assert!(page
        .contains("<li>Steun na een verlies: niets 's avonds (1 item zonder bekende tijden)</li>"));
    assert!(page.contains(
        "<h3 id=\"gaten-1\">Gaten in Beverwijk: 0 gaten</h3><p>Geen gaten gevonden.</p>"
    ));
    assert!(page.contains("<th scope=\"col\">Velsen</th>"));
    let en = report(FIXTURE, "gaten.json", today(), StaffLang::En, Format::Html)
        .unwrap()
        .text;
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains(
        "<li>Support after a loss: nothing in the evening (1 entry whose times are not known)</li>"
    ));
}

#[test]
fn csv_is_one_long_table() {
    let text = report(FIXTURE, "x", today(), StaffLang::Nl, Format::Csv)
        .unwrap()
        .text;
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("\u{feff}onderdeel;gemeente;postcode;behoefte;kenmerk;omschrijving;aantal;id;naam;datum")
    );
    let lines: Vec<&str> = lines.collect();
    assert!(lines.contains(&"needs;velsen;;meet;;Mensen ontmoeten in de buurt;2;;;"));
    assert!(lines.contains(&"needs;landelijk;;talk;;Iemand om mee te praten;1;;;"));
    assert!(lines.contains(&"gaps;velsen;;grief;no-weekend;niets in het weekend;1;;;"));
    assert!(lines.contains(&"pc4;velsen;1971;;total;Totaal;2;;;"));
    assert!(lines.contains(&"days;beverwijk;;;SU;zondag;1;;;"));
    assert!(lines.contains(&"stale;velsen;;;;;;v-wandel;Wandelen <b>&</b> zaterdag;2025-06-01"));
    assert!(lines.contains(&"no-schedule;velsen;;;;op afspraak;;v-rouw;Rouwgroep;"));
    assert_eq!(lines.iter().filter(|l| l.starts_with("gaps;")).count(), 15);
    let en = report(FIXTURE, "x", today(), StaffLang::En, Format::Csv)
        .unwrap()
        .text;
    assert!(en
        .starts_with("\u{feff}section;municipality;postcode;need;item;label;count;id;name;date\n"));
}

#[test]
fn csv_cells_never_start_a_formula() {
    let text = r#"{"schema_version": 1, "entries": [
        {"id": "f", "name": "=HYPERLINK(\"x\")", "description": "", "municipality": "velsen", "when": "+1"}]}"#;
    let csv = report(text, "x", today(), StaffLang::Nl, Format::Csv)
        .unwrap()
        .text;
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains(";'+1;"), "{csv}");
}

#[test]
fn json_has_the_gaps_and_counts() {
    let text = report(FIXTURE, "x", today(), StaffLang::Nl, Format::Json)
        .unwrap()
        .text;
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["today"], "2026-11-27");
    assert_eq!(value["overview"]["gaps"], 15);
    assert_eq!(value["gaps"].as_array().unwrap().len(), 15);
    assert_eq!(
        value["gaps"][0],
        serde_json::json!({"municipality": "velsen", "need": "talk", "kind": "no-evening", "without_times": 0})
    );
    assert_eq!(
        value["municipalities"],
        serde_json::json!([{"id": "velsen", "name": "Velsen"}, {"id": "beverwijk", "name": "Beverwijk"}])
    );
    assert_eq!(
        value["stale"][0],
        serde_json::json!({"id": "hulplijn", "name": "Landelijke hulplijn", "municipality": null})
    );
}

#[test]
fn an_unusable_file_is_said() {
    let err = report("{", "x", today(), StaffLang::Nl, Format::Html).unwrap_err();
    assert!(err.starts_with("het bestand is niet te gebruiken"), "{err}");
    let empty = report(
        r#"{"schema_version": 1, "entries": []}"#,
        "x",
        today(),
        StaffLang::En,
        Format::Html,
    )
    .unwrap();
    assert!(
        empty.text.contains("No gaps") || !empty.text.contains("<h3"),
        "{}",
        empty.text
    );
    let w = report(FIXTURE, "x.json", today(), StaffLang::Nl, Format::Json).unwrap();
    assert_eq!(
        summary(&w, "x.json", "r.json", StaffLang::Nl),
        "geschreven: r.json (9 items, 15 gaten); 1 items met fouten niet meegeteld — zie: samenwijzer-data check x.json\n"
    );
}
