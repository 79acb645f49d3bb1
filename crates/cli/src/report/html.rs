//! The report as one self-contained HTML page: no scripts, no external files, the
//! stylesheet inline, charts as inline SVG bar charts, each followed by the table with
//! its numbers. Written with `maud`: every value spliced in (names, ids and `when`
//! from the file are staff's text) is escaped by the template engine.
//!
//! Accessibility: `lang` on `<html>`, one `h1` and a heading per section, a contents
//! list, tables with a `caption` and `th scope`, a wide table in a focusable, labelled
//! region that scrolls sideways on its own (the page never does, at 360 px or with
//! 200 % text), the charts as `role="img"` with a name; colours with at least 4.5:1
//! for text and 3:1 for the bars; print rules.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::model::{Area, Coverage, Listed, Row};
use super::words::Words;

const STYLE: &str = "
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 60rem; padding: 16px; overflow-wrap: anywhere; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.375rem; line-height: 1.25; margin: 2.5rem 0 0.5rem; border-top: 2px solid #1d5a8e; padding-top: 1rem; }
h3 { font-size: 1.125rem; margin: 1.5rem 0 0.25rem; }
a { color: #0b4a80; }
a:focus-visible, .table:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
code { font-family: ui-monospace, Consolas, monospace; background: #f1f3f5; padding: 0 0.2em; }
.note { color: #454545; font-size: 0.9375rem; }
figure { margin: 1rem 0; }
figcaption { font-weight: 600; }
svg { display: block; width: 100%; max-width: 40rem; height: auto; }
.table { overflow-x: auto; margin: 0.5rem 0 1rem; max-width: 100%; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; overflow-wrap: break-word; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: 0.25rem 0.5rem; vertical-align: top; }
thead th { background: #e6edf4; text-align: left; }
tbody th { text-align: left; font-weight: 600; }
td.n { text-align: right; }
td.zero { color: #8b1a1a; font-weight: 600; }
.gaps li { margin: 0.125rem 0; }
dl.overview { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.25rem 1rem; }
dl.overview dt { margin: 0; }
dl.overview dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .table { overflow: visible; }
  .scroll-note { display: none; }
}
";

const BAR: &str = "#1d5a8e";

/// The whole page.
pub fn page(coverage: &Coverage, file: &str, w: &Words) -> String {
    let date = coverage.today.to_string();
    let sections: [(&str, &str); 11] = [
        ("overzicht", w.overview),
        ("gaten", w.gaps),
        ("behoefte", w.by_need),
        ("postcode", w.by_pc4),
        ("dag", w.by_day),
        ("moment", w.by_moment),
        ("kenmerken", w.facts),
        ("gecontroleerd", w.stale),
        ("zonder-tijden", w.no_schedule),
        ("zonder-contact", w.no_contact),
        ("eindigt", w.ending),
    ];
    let markup = html! {
        (DOCTYPE)
        html lang=(w.lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (w.title) " — " (date) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (w.title) }
                    p { (w.made(file, &date)) }
                }
                nav aria-labelledby="inhoud" {
                    h2 #inhoud { (w.contents) }
                    ul {
                        @for (id, title) in sections {
                            li { a href={ "#" (id) } { (title) } }
                        }
                        li { a href="#voorbij" { (w.ended) } }
                    }
                }
                main {
                    (overview(coverage, w))
                    (gaps(coverage, w))
                    (section("behoefte", w.by_need, w.by_need_intro, html! {
                        (chart("behoefte", w.by_need_chart, w, &labelled(&coverage.needs, |n| w.need(*n))))
                        (area_table(Spec { id: "behoefte-tabel", caption: w.by_need_table, key_header: w.need, mark_zero: true }, coverage, &coverage.needs, |n| w.need(*n).to_owned(), w))
                    }))
                    (pc4(coverage, w))
                    (section("dag", w.by_day, w.by_day_intro, html! {
                        (chart("dag", w.by_day_chart, w, &labelled(&coverage.days, |d| w.day(*d))))
                        (area_table(Spec { id: "dag-tabel", caption: w.by_day_table, key_header: w.day, mark_zero: false }, coverage, &coverage.days, |d| w.day(*d).to_owned(), w))
                    }))
                    (section("moment", w.by_moment, w.by_moment_intro, html! {
                        (chart("moment", w.by_moment_chart, w, &labelled(&coverage.moments, |m| w.moment(*m))))
                        (area_table(Spec { id: "moment-tabel", caption: w.by_moment_table, key_header: w.moment, mark_zero: false }, coverage, &coverage.moments, |m| w.moment(*m).to_owned(), w))
                    }))
                    (section("kenmerken", w.facts, w.facts_intro, html! {
                        (area_table(Spec { id: "kenmerken-tabel", caption: w.facts_table, key_header: w.fact, mark_zero: false }, coverage, &coverage.facts, |f| w.fact(*f).to_owned(), w))
                    }))
                    (list("gecontroleerd", w.stale, w.stale_intro, &coverage.stale, Some(w.last_checked), w))
                    (list("zonder-tijden", w.no_schedule, w.no_schedule_intro, &coverage.no_schedule, None, w))
                    (list("zonder-contact", w.no_contact, w.no_contact_intro, &coverage.no_contact, None, w))
                    (list("eindigt", w.ending, w.ending_intro, &coverage.ending, Some(w.last_day), w))
                    (list("voorbij", w.ended, w.ended_intro, &coverage.ended, Some(w.last_day), w))
                }
            }
        }
    };
    markup.into_string()
}

/// Text with `code` in backticks, as the words write field names.
fn text(words: &str) -> Markup {
    html! {
        @for (i, part) in words.split('`').enumerate() {
            @if i % 2 == 1 { code { (part) } } @else { (part) }
        }
    }
}

fn section(id: &str, title: &str, intro: &str, body: Markup) -> Markup {
    html! {
        section aria-labelledby=(id) {
            h2 id=(id) { (title) }
            p { (text(intro)) }
            (body)
        }
    }
}

fn overview(c: &Coverage, w: &Words) -> Markup {
    let o = &c.overview;
    let rows = [
        (w.o_entries, o.entries),
        (w.o_current, o.current),
        (w.o_closed, o.temporarily_closed),
        (w.o_ended, o.ended),
        (w.o_skipped, o.skipped),
        (w.o_examples, o.examples),
        (w.o_without_needs, o.without_needs),
        (w.o_without_postcode, o.without_postcode),
        (w.gaps, c.gaps.len()),
    ];
    html! {
        section aria-labelledby="overzicht" {
            h2 #overzicht { (w.overview) }
            dl.overview {
                @for (label, n) in rows { dt { (label) } dd { (n) } }
            }
        }
    }
}

fn gaps(c: &Coverage, w: &Words) -> Markup {
    html! {
        section aria-labelledby="gaten" {
            h2 #gaten { (w.gaps) }
            p { (w.gaps_intro) }
            @for (i, municipality) in c.municipalities().enumerate() {
                @let name = w.area(&Area::Municipality(municipality.to_owned()));
                @let list: Vec<_> = c.gaps.iter().filter(|g| g.municipality == municipality).collect();
                h3 id={ "gaten-" (i) } { (w.gaps_in(&name)) ": " (w.gap_count(list.len())) }
                @if list.is_empty() {
                    p { (w.no_gaps) }
                } @else {
                    ul.gaps aria-labelledby={ "gaten-" (i) } {
                        @for gap in list {
                            li { (w.need(gap.need)) ": " (w.gap(gap.kind)) (w.without_times(gap.without_times)) }
                        }
                    }
                }
            }
        }
    }
}

fn labelled<K>(rows: &[Row<K>], label: impl Fn(&K) -> &'static str) -> Vec<(String, usize)> {
    rows.iter()
        .map(|r| (label(&r.key).to_owned(), r.total()))
        .collect()
}

/// A horizontal bar chart: per bar its label above it and its number after it.
fn chart(id: &str, caption: &str, w: &Words, bars: &[(String, usize)]) -> Markup {
    const WIDTH: usize = 640;
    const ROW: usize = 46;
    const BAR_MAX: usize = 560;
    let max = bars.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() + 8;
    let caption_id = format!("{id}-grafiek");
    html! {
        figure aria-labelledby=(caption_id) {
            figcaption id=(caption_id) { (caption) }
            svg role="img" aria-label={ (caption) ". " (w.chart_note) }
                viewBox={ "0 0 " (WIDTH) " " (height) } width=(WIDTH) height=(height) {
                @for (i, (label, n)) in bars.iter().enumerate() {
                    @let y = i * ROW;
                    @let length = n * BAR_MAX / max;
                    text x="0" y=(y + 17) font-size="15" fill="#1a1a1a" { (label) }
                    rect x="0" y=(y + 23) width=(length) height="16" fill=(BAR) {}
                    text x=(length + 6) y=(y + 36) font-size="14" fill="#1a1a1a" { (n) }
                }
            }
            p.note { (w.chart_note) }
        }
    }
}

/// What heads a table of [`area_table`].
struct Spec<'a> {
    id: &'a str,
    caption: &'a str,
    key_header: &'a str,
    mark_zero: bool,
}

/// A table with one row per key and a column per area, plus the total; with
/// `mark_zero`, a municipality's 0 stands out (the need table: a 0 there is a gap).
fn area_table<K>(
    spec: Spec,
    c: &Coverage,
    rows: &[Row<K>],
    label: impl Fn(&K) -> String,
    w: &Words,
) -> Markup {
    let Spec {
        id,
        caption,
        key_header,
        mark_zero,
    } = spec;
    html! {
        div.table role="region" tabindex="0" aria-labelledby=(id) {
            table {
                caption id=(id) { (caption) }
                thead {
                    tr {
                        th scope="col" { (key_header) }
                        @for area in &c.areas { th scope="col" { (w.area(area)) } }
                        th scope="col" { (w.total) }
                    }
                }
                tbody {
                    @for row in rows {
                        tr {
                            th scope="row" { (label(&row.key)) }
                            @for (area, n) in c.areas.iter().zip(&row.counts) {
                                // A municipality without any: a gap, the cell to look at.
                                @let zero = mark_zero && *n == 0 && *area != Area::National;
                                td class={ "n" @if zero { " zero" } } { (n) }
                            }
                            td.n { (row.total()) }
                        }
                    }
                }
            }
        }
        p.note.scroll-note { (w.scroll_note) }
    }
}

fn pc4(c: &Coverage, w: &Words) -> Markup {
    section(
        "postcode",
        w.by_pc4,
        w.by_pc4_intro,
        html! {
            @if c.pc4.is_empty() {
                p { (w.none) }
            } @else {
                div.table role="region" tabindex="0" aria-labelledby="postcode-tabel" {
                    table {
                        caption #postcode-tabel { (w.by_pc4_table) }
                        thead {
                            tr {
                                th scope="col" { (w.postcode) }
                                th scope="col" { (w.municipality) }
                                th scope="col" { (w.count) }
                                th scope="col" { (w.needs) }
                            }
                        }
                        tbody {
                            @for row in &c.pc4 {
                                tr {
                                    th scope="row" { (row.pc4) }
                                    td { (w.area(&row.area)) }
                                    td.n { (row.total) }
                                    td {
                                        @for (i, (need, n)) in row.needs.iter().enumerate() {
                                            @if i > 0 { ", " }
                                            (w.need(*need)) " (" (n) ")"
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn list(
    id: &str,
    title: &str,
    intro: &str,
    entries: &[Listed],
    date: Option<&str>,
    w: &Words,
) -> Markup {
    let with_note = entries.iter().any(|e| e.note.is_some());
    let table_id = format!("{id}-tabel");
    section(
        id,
        title,
        intro,
        html! {
            @if entries.is_empty() {
                p { (w.none) }
            } @else {
                div.table role="region" tabindex="0" aria-labelledby=(table_id) {
                    table {
                        caption id=(table_id) { (title) " (" (entries.len()) ")" }
                        thead {
                            tr {
                                th scope="col" { (w.name) }
                                th scope="col" { (w.id) }
                                th scope="col" { (w.municipality) }
                                @if let Some(header) = date { th scope="col" { (header) } }
                                @if with_note { th scope="col" { (w.when) } }
                            }
                        }
                        tbody {
                            @for entry in entries {
                                tr {
                                    th scope="row" { (entry.name) }
                                    td { code { (entry.id) } }
                                    td { (w.area(&entry.area)) }
                                    @if date.is_some() {
                                        td { @match entry.date { Some(d) => (d.to_string()), None => (w.never) } }
                                    }
                                    @if with_note { td { (entry.note.as_deref().unwrap_or("")) } }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}
