//! The report as one CSV table in long format: one row per number or listed entry,
//! with the section in the first column, so a spreadsheet can filter or pivot it
//! (one table per section would need a different header per block, which no
//! spreadsheet reads as one table). `;` between cells and a byte-order mark, as Excel
//! writes "CSV UTF-8" in the Netherlands. The codes (section, need, day, moment, fact,
//! gap) are the same in both languages; the headers and the `omschrijving` column are
//! in the chosen language. National entries have `landelijk` as municipality.
//!
//! | onderdeel | rows |
//! |---|---|
//! | `overview` | `kenmerk` (entries, current, …) and `aantal` |
//! | `needs` | per municipality and need: `aantal` |
//! | `pc4` | per municipality, `postcode` and need (`kenmerk` `total`: all needs) |
//! | `days` | per municipality and day (`kenmerk` MO … SU) |
//! | `moments` | per municipality and moment (daytime, evening, weekend, unknown) |
//! | `facts` | per municipality and fact (free, paid, cost-unknown, wheelchair, no-venue, companion, transport) |
//! | `gaps` | municipality, need, `kenmerk` no-offer / no-evening / no-weekend; `aantal`: entries of that need whose times are not known |
//! | `stale`, `no-schedule`, `no-contact`, `ending`, `ended` | one entry per row: `id`, `naam`, `datum` (last_checked or last day); `omschrijving`: `when` |

use samenwijzer_core::StaffLang;

use super::model::{moment_code, Area, Coverage, Listed, Row};
use super::words::Words;

const NATIONAL: &str = "landelijk";

/// One row, in the order of the header.
#[derive(Default)]
struct Line {
    section: &'static str,
    area: String,
    pc4: String,
    need: String,
    item: String,
    label: String,
    count: String,
    id: String,
    name: String,
    date: String,
}

fn area(a: &Area) -> String {
    a.id().unwrap_or(NATIONAL).to_owned()
}

/// Free text a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) gets a
/// `'` in front, so opening the file never runs anything.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn counts<K>(
    section: &'static str,
    c: &Coverage,
    rows: &[Row<K>],
    key: impl Fn(&K) -> (String, String, String),
    out: &mut Vec<Line>,
) {
    for row in rows {
        let (need, item, label) = key(&row.key);
        for (a, n) in c.areas.iter().zip(&row.counts) {
            out.push(Line {
                section,
                area: area(a),
                need: need.clone(),
                item: item.clone(),
                label: label.clone(),
                count: n.to_string(),
                ..Line::default()
            });
        }
    }
}

fn listed(section: &'static str, entries: &[Listed], out: &mut Vec<Line>) {
    for e in entries {
        out.push(Line {
            section,
            area: area(&e.area),
            id: e.id.clone(),
            name: cell(&e.name),
            date: e.date.map(|d| d.to_string()).unwrap_or_default(),
            label: e.note.as_deref().map(cell).unwrap_or_default(),
            ..Line::default()
        });
    }
}

/// The CSV text (with a byte-order mark).
pub fn table(c: &Coverage, w: &Words) -> String {
    let mut lines = Vec::new();
    let o = &c.overview;
    for (item, label, n) in [
        ("entries", w.o_entries, o.entries),
        ("current", w.o_current, o.current),
        ("temporarily-closed", w.o_closed, o.temporarily_closed),
        ("ended", w.o_ended, o.ended),
        ("skipped", w.o_skipped, o.skipped),
        ("examples", w.o_examples, o.examples),
        ("without-needs", w.o_without_needs, o.without_needs),
        ("without-postcode", w.o_without_postcode, o.without_postcode),
        ("gaps", w.gaps, c.gaps.len()),
    ] {
        lines.push(Line {
            section: "overview",
            item: item.to_owned(),
            label: label.to_owned(),
            count: n.to_string(),
            ..Line::default()
        });
    }
    let none = String::new;
    counts(
        "needs",
        c,
        &c.needs,
        |n| (n.slug().to_owned(), none(), w.need(*n).to_owned()),
        &mut lines,
    );
    for row in &c.pc4 {
        let line = |need: String, item: String, label: String, n: usize| Line {
            section: "pc4",
            area: area(&row.area),
            pc4: row.pc4.to_string(),
            need,
            item,
            label,
            count: n.to_string(),
            ..Line::default()
        };
        lines.push(line(
            none(),
            "total".to_owned(),
            w.total.to_owned(),
            row.total,
        ));
        for (need, n) in &row.needs {
            lines.push(line(
                need.slug().to_owned(),
                none(),
                w.need(*need).to_owned(),
                *n,
            ));
        }
    }
    counts(
        "days",
        c,
        &c.days,
        |d| (none(), d.rfc5545().to_owned(), w.day(*d).to_owned()),
        &mut lines,
    );
    counts(
        "moments",
        c,
        &c.moments,
        |m| (none(), moment_code(*m).to_owned(), w.moment(*m).to_owned()),
        &mut lines,
    );
    counts(
        "facts",
        c,
        &c.facts,
        |f| (none(), f.code().to_owned(), w.fact(*f).to_owned()),
        &mut lines,
    );
    for gap in &c.gaps {
        lines.push(Line {
            section: "gaps",
            area: gap.municipality.clone(),
            need: gap.need.slug().to_owned(),
            item: gap.kind.code().to_owned(),
            label: w.gap(gap.kind).to_owned(),
            count: gap.without_times.to_string(),
            ..Line::default()
        });
    }
    listed("stale", &c.stale, &mut lines);
    listed("no-schedule", &c.no_schedule, &mut lines);
    listed("no-contact", &c.no_contact, &mut lines);
    listed("ending", &c.ending, &mut lines);
    listed("ended", &c.ended, &mut lines);

    let header = match w.lang {
        StaffLang::Nl => [
            "onderdeel",
            "gemeente",
            "postcode",
            "behoefte",
            "kenmerk",
            "omschrijving",
            "aantal",
            "id",
            "naam",
            "datum",
        ],
        StaffLang::En => [
            "section",
            "municipality",
            "postcode",
            "need",
            "item",
            "label",
            "count",
            "id",
            "name",
            "date",
        ],
    };
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    // Writing into memory cannot fail; should it, the rows written so far are kept.
    let _ = writer.write_record(header);
    for l in lines {
        let _ = writer.write_record([
            l.section, &l.area, &l.pc4, &l.need, &l.item, &l.label, &l.count, &l.id, &l.name,
            &l.date,
        ]);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}
