//! The conversation card: a short summary to print (or save as PDF) and bring to the
//! GP, the neighbourhood team or a volunteer — what would help, the activities saved
//! with their contact and next date, and a QR code that opens the same directory
//! selection on any phone (the address holds the list's filters, never answers).
//! Printed on its own: the print stylesheet hides the rest.

use leptos::prelude::*;
use samenwijzer_core::check::Score;
use samenwijzer_core::small_step::ChosenStep;

use crate::address::app_address;
use crate::components::directory_view::directory_if_loaded;
use crate::components::small_step::step_words;
use crate::components::suggestions::directory_route;
use crate::i18n::when::{date_long, date_words};
use crate::i18n::{barrier_key, fill, lower_first, need_key, score_sentence, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;
use crate::shortlist::use_shortlist;
use crate::today::{now, today};

#[component]
pub fn Summary(score: Score, step: RwSignal<Option<ChosenStep>>) -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    let day = today();
    let date = move || {
        fill(
            locale.text(Key::SummaryDate),
            &[("date", &date_words(locale.lang(), day))],
        )
    };
    let instrument = move || {
        let name = check
            .instrument
            .with(|i| i.name.get(locale.wording()).to_owned());
        fill(locale.text(Key::SummaryInstrument), &[("name", &name)])
    };
    let total = {
        let score = score.clone();
        move || {
            let text = score_sentence(locale.lang(), &score);
            format!("{text} ({})", score.band.label.get(locale.wording()))
        }
    };
    let subscales = move || {
        check.instrument.with(|instrument| {
            score
                .subscales
                .iter()
                .filter_map(|s| {
                    let label = instrument
                        .subscales
                        .iter()
                        .find(|d| d.id == s.id)?
                        .label
                        .get(locale.wording());
                    let text = fill(
                        locale.text(Key::SummarySubscale),
                        &[
                            ("label", label),
                            ("score", &s.score.to_string()),
                            ("max", &s.max.to_string()),
                        ],
                    );
                    Some(view! { <li>{text}</li> })
                })
                .collect_view()
        })
    };
    let needs = move || {
        let labels: Vec<&str> = check
            .what_helps
            .with(|w| w.needs.iter().map(|n| locale.text(need_key(*n))).collect());
        if labels.is_empty() {
            locale.text(Key::SummaryNoNeeds).to_owned()
        } else {
            fill(
                locale.text(Key::SummaryNeeds),
                &[("needs", &labels.join(", "))],
            )
        }
    };
    let barriers = move || {
        let labels: Vec<String> = check.what_helps.with(|w| {
            w.barriers
                .iter()
                .map(|b| lower_first(locale.text(barrier_key(*b))))
                .collect()
        });
        (!labels.is_empty()).then(|| {
            view! { <li>{fill(locale.text(Key::SummaryBarriers), &[("barriers", &labels.join(", "))])}</li> }
        })
    };
    let chosen_step = move || {
        step.get().map(|chosen| {
            let words = step_words(|k| locale.text(k), &chosen.what);
            let date = date_words(locale.lang(), chosen.day);
            view! { <li>{fill(locale.text(Key::StepChosen), &[("step", &words), ("date", &date)])}</li> }
        })
    };
    view! {
        <section class="card summary" aria-labelledby="samenvatting-kop">
            <h2 id="samenvatting-kop">{t(Key::TakeAlongHeading)}</h2>
            <p class="no-print">{t(Key::TakeAlongText)}</p>
            <h3>{t(Key::SummaryHeading)}</h3>
            <ul>
                <li>{date}</li>
                <li>{instrument}</li>
                <li>{total}</li>
                {subscales}
                <li>{needs}</li>
                {barriers}
                {chosen_step}
            </ul>
            <Saved/>
            <ShareCode/>
            <p class="meta">{t(Key::ResultNotDiagnosis)}</p>
            <button type="button" class="button no-print" on:click=|_| { let _ = window().print(); }>
                {t(Key::PrintButton)}
            </button>
        </section>
    }
}

/// The saved activities, each with how to reach it and when it is next on.
#[component]
fn Saved() -> impl IntoView {
    let list = use_shortlist();
    let directory = directory_if_loaded();
    let locale = use_locale();
    let now = now();
    move || {
        let ids = list.ids.get();
        let items: Vec<_> = directory.with(|d| {
            d.as_ref()
                .map(|d| d.saved(&ids).cloned().collect())
                .unwrap_or_default()
        });
        let body = if items.is_empty() {
            view! { <p>{t(Key::CardNoShortlist)}</p> }.into_any()
        } else {
            let rows = items
                .into_iter()
                .map(|entry| {
                    let reach: Vec<String> =
                        entry.links.iter().map(|l| l.label().to_owned()).collect();
                    let next = entry.next_date(now).map(|date| {
                        move || {
                            fill(
                                locale.text(Key::CardNext),
                                &[("date", &date_long(locale.lang(), date))],
                            )
                        }
                    });
                    view! {
                        <li>
                            <strong>{entry.name.clone()}</strong>
                            {(!reach.is_empty()).then(|| view! { <br/>{reach.join(" · ")} })}
                            {next.map(|next| view! { <br/>{next} })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="card-list">{rows}</ul> }.into_any()
        };
        view! { <h3>{t(Key::CardShortlist)}</h3> {body} }
    }
}

/// The QR code of the directory selection that fits what the resident said.
#[component]
fn ShareCode() -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    move || {
        let route = check.what_helps.with(directory_route);
        let url = app_address(&route);
        let code = samenwijzer_core::qr::qr(&url)?;
        let view_box = format!("0 0 {0} {0}", code.view_size());
        let side = code.view_size().to_string();
        Some(view! {
            <div class="share-code">
                <svg
                    class="qr"
                    viewBox=view_box
                    width="160"
                    height="160"
                    role="img"
                    aria-label=move || locale.text(Key::CardQrLabel)
                >
                    <rect width=side.clone() height=side fill="#fff"/>
                    <path d=code.path fill="#000"/>
                </svg>
                <div>
                    <h3>{t(Key::CardQrHeading)}</h3>
                    <p>{t(Key::CardQrText)}</p>
                </div>
            </div>
        })
    }
}
