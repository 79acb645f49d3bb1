//! The report as JSON, for staff's own tools: the same numbers as the page, as flat
//! lists of objects with the directory file's own codes (need slugs, `MO`…`SU`,
//! `daytime`/`evening`/`weekend`, dates as `JJJJ-MM-DD`); `municipality` is `null` for
//! national entries, as in the file. Field names are English, like the file's.

use serde::Serialize;

use super::model::{moment_code, Coverage, Listed, Row};

#[derive(Serialize)]
struct Report<'a> {
    today: String,
    municipalities: Vec<Municipality<'a>>,
    overview: Overview,
    needs: Vec<Count>,
    pc4: Vec<Pc4>,
    days: Vec<Count>,
    moments: Vec<Count>,
    facts: Vec<Count>,
    gaps: Vec<Gap<'a>>,
    stale: Vec<Entry<'a>>,
    no_schedule: Vec<Entry<'a>>,
    no_contact: Vec<Entry<'a>>,
    ending: Vec<Entry<'a>>,
    ended: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Municipality<'a> {
    id: &'a str,
    /// The configured name (`null`: not a configured municipality).
    name: Option<&'static str>,
}

#[derive(Serialize)]
struct Overview {
    entries: usize,
    current: usize,
    temporarily_closed: usize,
    ended: usize,
    skipped: usize,
    examples: usize,
    without_needs: usize,
    without_postcode: usize,
    gaps: usize,
}

#[derive(Serialize)]
struct Count {
    municipality: Option<String>,
    key: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct Pc4 {
    pc4: u16,
    municipality: Option<String>,
    total: usize,
    needs: Vec<NeedCount>,
}

#[derive(Serialize)]
struct NeedCount {
    need: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct Gap<'a> {
    municipality: &'a str,
    need: &'static str,
    kind: &'static str,
    /// Entries of that need whose times are not known.
    without_times: usize,
}

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    name: &'a str,
    municipality: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    when: Option<&'a str>,
}

fn counts<K>(c: &Coverage, rows: &[Row<K>], key: impl Fn(&K) -> &'static str) -> Vec<Count> {
    rows.iter()
        .flat_map(|row| {
            c.areas.iter().zip(&row.counts).map(|(area, n)| Count {
                municipality: area.id().map(str::to_owned),
                key: key(&row.key),
                count: *n,
            })
        })
        .collect()
}

fn entries(list: &[Listed]) -> Vec<Entry<'_>> {
    list.iter()
        .map(|e| Entry {
            id: &e.id,
            name: &e.name,
            municipality: e.area.id(),
            date: e.date.map(|d| d.to_string()),
            when: e.note.as_deref(),
        })
        .collect()
}

/// The JSON text, pretty-printed, with a final newline.
pub fn document(c: &Coverage) -> String {
    let o = &c.overview;
    let report = Report {
        today: c.today.to_string(),
        municipalities: c
            .municipalities()
            .map(|id| Municipality {
                id,
                name: samenwijzer_core::place::municipality_name(id),
            })
            .collect(),
        overview: Overview {
            entries: o.entries,
            current: o.current,
            temporarily_closed: o.temporarily_closed,
            ended: o.ended,
            skipped: o.skipped,
            examples: o.examples,
            without_needs: o.without_needs,
            without_postcode: o.without_postcode,
            gaps: c.gaps.len(),
        },
        needs: counts(c, &c.needs, |n| n.slug()),
        pc4: c
            .pc4
            .iter()
            .map(|row| Pc4 {
                pc4: row.pc4,
                municipality: row.area.id().map(str::to_owned),
                total: row.total,
                needs: row
                    .needs
                    .iter()
                    .map(|(n, count)| NeedCount {
                        need: n.slug(),
                        count: *count,
                    })
                    .collect(),
            })
            .collect(),
        days: counts(c, &c.days, |d| d.rfc5545()),
        moments: counts(c, &c.moments, |m| moment_code(*m)),
        facts: counts(c, &c.facts, |f| f.code()),
        gaps: c
            .gaps
            .iter()
            .map(|g| Gap {
                municipality: &g.municipality,
                need: g.need.slug(),
                kind: g.kind.code(),
                without_times: g.without_times,
            })
            .collect(),
        stale: entries(&c.stale),
        no_schedule: entries(&c.no_schedule),
        no_contact: entries(&c.no_contact),
        ending: entries(&c.ending),
        ended: entries(&c.ended),
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
    text.push('\n');
    text
}
