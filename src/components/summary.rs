//! A short summary to print and bring to a conversation with the GP or the
//! neighbourhood team. Printed on its own: the print stylesheet hides the rest.

use leptos::prelude::*;
use samenwijzer_core::check::Score;

use crate::i18n::when::date_words;
use crate::i18n::{fill, need_key, score_sentence, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;
use crate::today::today;

#[component]
pub fn Summary(score: Score) -> impl IntoView {
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
            .with(|i| i.name.get(locale.lang()).to_owned());
        fill(locale.text(Key::SummaryInstrument), &[("name", &name)])
    };
    let total = {
        let score = score.clone();
        move || {
            let text = score_sentence(locale.lang(), &score);
            format!("{text} ({})", score.band.label.get(locale.lang()))
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
                        .get(locale.lang());
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
            </ul>
            <p class="meta">{t(Key::ResultNotDiagnosis)}</p>
            <button type="button" class="button no-print" on:click=|_| { let _ = window().print(); }>
                {t(Key::PrintButton)}
            </button>
        </section>
    }
}
