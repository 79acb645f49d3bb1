use leptos::prelude::*;
use samenwijzer_core::check::Step;

use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale, WORDING_DIR};
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
                .map(|item| item.text.get(locale.wording()).to_owned())
                .unwrap_or_default()
        })
    };
    let instruction = move || {
        check
            .instrument
            .with(|i| i.instruction.get(locale.wording()).to_owned())
    };
    let options = move || {
        check.instrument.with(|i| {
            i.items
                .get(index)
                .map(|item| {
                    i.options(item)
                        .iter()
                        .map(|o| o.label.get(locale.wording()).to_owned())
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
                                check.answer(index, option);
                                super::prefetch_later_steps();
                            }
                        />
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view()
    };
    // The scale's published instruction, verbatim: in full where the statements begin,
    // behind "Wat moet ik doen?" on the others (so the statement, its answers and
    // "Volgende" fit on a phone's first screen).
    let instruction_view = if index == 0 {
        view! {
            <p class="instruction" lang=move || locale.wording_lang() dir=WORDING_DIR>
                {instruction}
            </p>
        }
        .into_any()
    } else {
        // Closed again on each statement (the page keeps the element from one statement
        // to the next, and with it the reader's opening).
        let details = NodeRef::<leptos::html::Details>::new();
        Effect::new(move |_| {
            if let Some(details) = details.get() {
                let _ = details.remove_attribute("open");
            }
        });
        view! {
            <details class="instruction-details" node_ref=details>
                <summary>{t(Key::CheckWhatToDo)}</summary>
                <p class="instruction" lang=move || locale.wording_lang() dir=WORDING_DIR>
                    {instruction}
                </p>
            </details>
        }
        .into_any()
    };
    // Set through the CSSOM (`style:`), not a `style` attribute, which the strict
    // Content-Security-Policy would block.
    let width = move || format!("{}%", (index + 1) * 100 / total().max(1));
    view! {
        <h2 class="progress-label" tabindex="-1" id="stap-kop">{progress}</h2>
        <div class="progress" aria-hidden="true"><div class="progress__bar" style:width=width></div></div>
        {instruction_view}
        <fieldset class="question" lang=move || locale.wording_lang() dir=WORDING_DIR>
            <legend>{statement}</legend>
            <div class="options">{radios}</div>
        </fieldset>
        <StepNav step=Step::Question(index)/>
        <p class="meta">{t(Key::CheckSkipHint)}</p>
    }
}
