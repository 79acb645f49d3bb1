use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::Need;

use crate::i18n::{need_key, Key};
use crate::locale::t;
use crate::self_check::use_self_check;

use super::StepNav;

#[component]
pub fn NeedsStep() -> impl IntoView {
    let check = use_self_check();
    let boxes = Need::ALL
        .into_iter()
        .map(|need| {
            view! {
                <label class="option">
                    <input
                        type="checkbox"
                        name="behoefte"
                        value=need.slug()
                        prop:checked=move || check.what_helps.with(|w| w.needs.contains(&need))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            check.what_helps.update(|w| {
                                if on { w.needs.insert(need); } else { w.needs.remove(&need); }
                            });
                        }
                    />
                    <span>{t(need_key(need))}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <h2 tabindex="-1" id="stap-kop">{t(Key::NeedsTitle)}</h2>
        <fieldset class="question">
            <legend>{t(Key::NeedsIntro)}</legend>
            <div class="options options--grid">{boxes}</div>
        </fieldset>
        <StepNav step=Step::Needs/>
    }
}
