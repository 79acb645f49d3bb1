//! The self-check page: one step at a time, the step in the URL (see `Step`).

mod intro;
mod needs;
mod question;
mod situation;

use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::route::{Page, Route};

use crate::components::page_heading::PageHeading;
use crate::focus::focus_first;
use crate::i18n::Key;
use crate::lazy::{lazy_part, prefetch, Lazy};
use crate::locale::t;
use crate::router::use_router;
use crate::self_check::use_self_check;

// The steps after the statements load when they are reached (a part of their own,
// fetched as soon as the first statement is answered; see `lazy.rs`).
lazy_part!(needs_part, zelftest, || view! { <needs::NeedsStep/> }
    .into_any());
lazy_part!(situation_part, zelftest, || {
    view! { <situation::SituationStep/> }.into_any()
});

/// Starts fetching the later steps, so they are there when the resident is.
pub fn prefetch_later_steps() {
    prefetch(needs_part);
    prefetch(situation_part);
}

#[component]
pub fn CheckPage() -> impl IntoView {
    let router = use_router();
    let check = use_self_check();
    let questions = move || check.instrument.with(|i| i.items.len());
    let step = Memo::new(move |_| Step::from_route(&router.route(), questions()));
    // Within the check, focus goes to the new step's heading ("Vraag 3 van 11").
    Effect::new(move |previous: Option<Step>| {
        let current = step.get();
        if previous.is_some_and(|p| p != current) {
            focus_first(&["#stap-kop", "main h1"]);
        }
        current
    });
    view! {
        <PageHeading key=Key::CheckTitle/>
        {crate::pages::together::helper_note()}
        {move || match step.get() {
            Step::Intro => view! { <intro::Intro/> }.into_any(),
            Step::Question(index) => view! { <question::Question index/> }.into_any(),
            Step::Needs => view! { <Lazy load=needs_part/> }.into_any(),
            Step::Situation => view! { <Lazy load=situation_part/> }.into_any(),
        }}
    }
}

/// "Vorige" and "Volgende" (or a last action). Links, since every step is a URL.
#[component]
fn StepNav(step: Step, #[prop(optional)] last: Option<(Key, Route)>) -> impl IntoView {
    let check = use_self_check();
    let questions = move || check.instrument.with(|i| i.items.len());
    let previous = move || step.previous(questions()).map(|s| s.route().href());
    let next = move || match (step.next(questions()), &last) {
        (Some(next), _) => Some((Key::CheckNext, next.route().href())),
        (None, Some((key, route))) => Some((*key, route.href())),
        (None, None) => None,
    };
    view! {
        <nav class="step-nav" aria-label=t(Key::CheckStepsLabel)>
            {move || previous().map(|href| view! {
                <a class="button" href=href rel="prev">{t(Key::CheckPrevious)}</a>
            })}
            {move || next().map(|(key, href)| view! {
                <a class="button button--primary" href=href rel="next">{t(key)}</a>
            })}
        </nav>
    }
}

/// The route of the result page, where the check ends.
fn result_route() -> Route {
    Route::to(Page::Result)
}
