//! "Mijn verloop" on the result page: by opt-in, each finished self-check's date and
//! result (`core::history`: never the answers) stay on this device; the page then says
//! how it went last time and shows every result of the instrument as a small chart
//! with the same figures in a table. Turning it off deletes it, as do "Wis mijn
//! antwoorden" (`forget`) and "Wis alles" (the storage prefix).
//!
//! A result is kept only when a statement was answered during this visit
//! (`SelfCheck::answered_now`) or when the resident turns this on now: opening answers
//! kept from another day adds no result for today.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::check::{builtin_instrument, Instrument, Score};
use samenwijzer_core::history::{Chart, History, Record, CHART_MARGIN};

use crate::components::remember::RememberChoice;
use crate::i18n::when::date_words;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;
use crate::storage::{self, StorageError};
use crate::today::today;

const STORAGE_KEY: &str = "verloop";
const CHART_WIDTH: u32 = 320;
const CHART_HEIGHT: u32 = 140;

/// Deletes the kept results ("Wis mijn antwoorden").
pub fn forget() -> Result<(), StorageError> {
    storage::remove(STORAGE_KEY)
}

fn read() -> Option<History> {
    let text = storage::get(STORAGE_KEY)?;
    History::from_json(&crate::json::parse(&text).ok()?)
}

fn write(history: &History) -> Result<(), StorageError> {
    crate::json::stringify(&history.to_json())
        .ok_or(StorageError::WriteFailed)
        .and_then(|text| storage::set(STORAGE_KEY, &text))
}

#[component]
pub fn MyCourse(score: Score) -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    let day = today();
    let instrument = check.instrument.get_untracked();
    let stored = read();
    let remember = RwSignal::new(stored.is_some());
    let history = RwSignal::new(stored.unwrap_or_default());
    let storage_error = RwSignal::new(None::<StorageError>);
    let saved_now = RwSignal::new(false);
    // "Vorige keer" is the latest result from before today, whatever today adds.
    let previous = history.with_untracked(|h| h.previous(&instrument.id, day).cloned());
    let this = Record::of(&score, &instrument.id, day);
    let keep = move |record: Record| {
        history.update(|h| h.record(record));
        let result = history.with_untracked(write);
        saved_now.set(result.is_ok());
        storage_error.set(result.err());
    };
    if remember.get_untracked() && check.answered_now.get_untracked() {
        keep(this.clone());
    }
    let on_change = move |on: bool| {
        remember.set(on);
        if on {
            keep(this.clone());
        } else {
            history.set(History::default());
            saved_now.set(false);
            storage_error.set(forget().err());
        }
    };
    let comparison = move || {
        remember.get().then(|| match &previous {
            Some(before) => {
                let numbers = [before.total, before.min, before.max].map(|n| n.to_string());
                let key = if before.min == 0 {
                    Key::CoursePrevious
                } else {
                    Key::CoursePreviousRange
                };
                let text = fill(
                    locale.text(key),
                    &[
                        ("date", &date_words(locale.lang(), before.date)),
                        ("score", &numbers[0]),
                        ("min", &numbers[1]),
                        ("max", &numbers[2]),
                    ],
                );
                view! { <p class="course__previous">{text}</p> }.into_any()
            }
            None => view! { <p>{t(Key::CourseFirst)}</p> }.into_any(),
        })
    };
    let charts = move || {
        remember.get().then(|| {
            history.with(|h| {
                h.instruments()
                    .into_iter()
                    .filter_map(|id| {
                        let instrument = if id == instrument.id {
                            instrument.clone()
                        } else {
                            Arc::new(builtin_instrument(id)?)
                        };
                        let series: Vec<Record> = h.series(id).into_iter().cloned().collect();
                        Some(view! { <CourseChart instrument series/> })
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="course" aria-labelledby="verloop-kop">
            <h2 id="verloop-kop">{t(Key::CourseHeading)}</h2>
            {comparison}
            {charts}
            <p role="status" class="meta">
                {move || saved_now.get().then(|| t(Key::CourseSaved)())}
            </p>
            <RememberChoice
                label=Key::CourseRememberLabel
                hint=Key::CourseRememberHint
                hint_id="verloop-uitleg"
                remember
                storage_error
                on_change
            />
        </section>
    }
}

/// One instrument's results: a line over time (decoration for the eye; `aria-hidden`)
/// and the table with the same figures, which screen readers and print read.
#[component]
fn CourseChart(instrument: Arc<Instrument>, series: Vec<Record>) -> impl IntoView {
    let locale = use_locale();
    let refs: Vec<&Record> = series.iter().collect();
    let chart = Chart::of(&refs, CHART_WIDTH, CHART_HEIGHT);
    let dots = chart
        .points
        .iter()
        .map(|(x, y)| view! { <circle cx=x.to_string() cy=y.to_string() r="5"/> })
        .collect_view();
    let view_box = format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}");
    let (left, right) = (
        CHART_MARGIN.to_string(),
        (CHART_WIDTH - CHART_MARGIN).to_string(),
    );
    let bottom = (CHART_HEIGHT - CHART_MARGIN).to_string();
    let caption = {
        let instrument = instrument.clone();
        move || {
            fill(
                locale.text(Key::CourseCaption),
                &[("name", instrument.name.get(locale.wording()))],
            )
        }
    };
    let rows = series
        .into_iter()
        .map(|r| {
            let instrument = instrument.clone();
            let date = move || date_words(locale.lang(), r.date);
            let numbers = [r.total, r.min, r.max].map(|n| n.to_string());
            let key = if r.min == 0 {
                Key::CourseScoreOf
            } else {
                Key::CourseScoreRange
            };
            let score = move || {
                fill(
                    locale.text(key),
                    &[
                        ("score", &numbers[0]),
                        ("min", &numbers[1]),
                        ("max", &numbers[2]),
                    ],
                )
            };
            let band = move || {
                instrument
                    .band_for(r.total)
                    .map(|b| b.label.get(locale.wording()).to_owned())
                    .unwrap_or_default()
            };
            view! { <tr><th scope="row">{date}</th><td>{score}</td><td>{band}</td></tr> }
        })
        .collect_view();
    view! {
        <figure class="course__chart">
            <svg class="chart" viewBox=view_box width=CHART_WIDTH.to_string() height=CHART_HEIGHT.to_string() aria-hidden="true" focusable="false">
                <line class="chart__axis" x1=left.clone() y1=bottom.clone() x2=right y2=bottom/>
                <polyline class="chart__line" points=chart.svg_points()/>
                <g class="chart__dots">{dots}</g>
            </svg>
            <p class="meta">{t(Key::CourseHigher)}</p>
            <table class="course__table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(Key::CourseDate)}</th>
                        <th scope="col">{t(Key::CourseScore)}</th>
                        <th scope="col">{t(Key::CourseBand)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
