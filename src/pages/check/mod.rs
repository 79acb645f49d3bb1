//! The self-check page: one step at a time, the step in the URL (see `Step`).

mod intro;
mod needs;
mod question;
mod situation;

pub use situation::moment_key;

use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::route::{Page, Route};

use crate::components::page_heading::PageHeading;
use crate::focus::focus_first;
use crate::i18n::Key;
use crate::locale::t;
use crate::router::use_router;
use crate::self_check::use_self_check;

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
        {move || match step.get() {
            Step::Intro => view! { <intro::Intro/> }.into_any(),
            Step::Question(index) => view! { <question::Question index/> }.into_any(),
            Step::Needs => view! { <needs::NeedsStep/> }.into_any(),
            Step::Situation => view! { <situation::SituationStep/> }.into_any(),
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
