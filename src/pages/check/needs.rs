use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::Need;

use crate::components::wish_checkbox::WishCheckbox;
use crate::i18n::{need_key, Key};
use crate::locale::t;

use super::StepNav;

#[component]
pub fn NeedsStep() -> impl IntoView {
    let boxes = Need::ALL
        .into_iter()
        .map(|need| {
            view! {
                <WishCheckbox
                    label=need_key(need)
                    read=move |w| w.needs.contains(&need)
                    write=move |w, on| {
                        if on { w.needs.insert(need); } else { w.needs.remove(&need); }
                    }
                />
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
