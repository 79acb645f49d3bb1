use leptos::prelude::*;
use samenwijzer_core::check::Step;

use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::self_check::use_self_check;

use super::StepNav;

/// One statement as a native radio group: arrow keys choose, Tab moves on.
#[component]
pub fn Question(index: usize) -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    let total = move || check.instrument.with(|i| i.items.len());
    let progress = move || {
        fill(
            locale.text(Key::CheckStepQuestion),
            &[
                ("n", &(index + 1).to_string()),
                ("total", &total().to_string()),
            ],
        )
    };
    let statement = move || {
        check.instrument.with(|i| {
            i.items
                .get(index)
                .map(|item| item.text.get(locale.lang()).to_owned())
                .unwrap_or_default()
        })
    };
    let instruction = move || {
        check
            .instrument
            .with(|i| i.instruction.get(locale.lang()).to_owned())
    };
    let options = move || {
        check.instrument.with(|i| {
            i.items
                .get(index)
                .map(|item| {
                    i.options(item)
                        .iter()
                        .map(|o| o.label.get(locale.lang()).to_owned())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let name = format!("vraag-{}", index + 1);
    let radios = move || {
        options()
            .into_iter()
            .enumerate()
            .map(|(option, label)| {
                let name = name.clone();
                view! {
                    <label class="option">
                        <input
                            type="radio"
                            name=name
                            value=option.to_string()
                            prop:checked=move || check.answers.with(|a| a.get(index) == Some(option))
                            on:change=move |_| {
                                check.answers.update(|a| a.set(index, Some(option)));
                                super::prefetch_later_steps();
                            }
                        />
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view()
    };
    // Set through the CSSOM (`style:`), not a `style` attribute, which the strict
    // Content-Security-Policy would block.
    let width = move || format!("{}%", (index + 1) * 100 / total().max(1));
    view! {
        <h2 class="progress-label" tabindex="-1" id="stap-kop">{progress}</h2>
        <div class="progress" aria-hidden="true"><div class="progress__bar" style:width=width></div></div>
        <p class="instruction">{instruction}</p>
        <fieldset class="question">
            <legend>{statement}</legend>
            <div class="options">{radios}</div>
        </fieldset>
        <p class="meta">{t(Key::CheckSkipHint)}</p>
        <StepNav step=Step::Question(index)/>
    }
}
