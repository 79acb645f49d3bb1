use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::what_helps::Barrier;
use samenwijzer_core::Need;

use crate::components::wish_checkbox::WishCheckbox;
use crate::i18n::{barrier_key, need_key, Key};
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
    // What makes going hard: the suggestions then say what helps with it, and leave
    // out what clashes (core::matching).
    let barriers = Barrier::ALL
        .into_iter()
        .map(|barrier| {
            view! {
                <WishCheckbox
                    label=barrier_key(barrier)
                    read=move |w| w.barriers.contains(&barrier)
                    write=move |w, on| {
                        if on { w.barriers.insert(barrier); } else { w.barriers.remove(&barrier); }
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
        <fieldset class="question">
            <legend>{t(Key::BarriersIntro)}</legend>
            <div class="options options--grid">{barriers}</div>
        </fieldset>
        <StepNav step=Step::Needs/>
    }
}
