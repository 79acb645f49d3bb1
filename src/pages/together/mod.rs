//! "Samen invullen" (`#/samen`): the self-check with a helper beside the resident.
//! This page explains the mode and starts it; `bar.rs` is the header bar with
//! "Klaar — alles wissen" and the idle timer, `note.rs` the note for the helper on
//! each step. All three are the part `samen`, so the mode costs nothing until someone
//! opens this page; the switch itself is `crate::together`.

mod bar;
mod note;

use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::together::IdlePolicy;

use crate::components::page_heading::PageHeading;
use crate::data::{use_config, Config};
use crate::i18n::{fill, Key};
use crate::lazy::{lazy_part, prefetch, Lazy};
use crate::locale::{t, use_locale};
use crate::router::navigate;
use crate::self_check::use_self_check;
use crate::shortlist::use_shortlist;
use crate::together::use_together;

lazy_part!(bar_part, samen, || view! { <bar::TogetherBar/> }.into_any());
lazy_part!(note_part, samen, || view! { <note::HelperNote/> }
    .into_any());

/// The bar above every page while the mode is on (nothing otherwise).
pub fn bar() -> impl IntoView {
    let together = use_together();
    move || together.on().then(|| view! { <Lazy load=bar_part/> })
}

/// The note for the helper under a step's heading while the mode is on.
pub fn helper_note() -> impl IntoView {
    let together = use_together();
    move || together.on().then(|| view! { <Lazy load=note_part/> })
}

/// The idle policy of this visit: the municipality's, or the default.
fn idle_policy(config: Option<&Config>) -> IdlePolicy {
    config
        .and_then(Config::municipality)
        .map(|m| m.together)
        .unwrap_or_default()
}

#[component]
pub fn TogetherPage() -> impl IntoView {
    // The bar and the notes are in this page's module: remembered now, they show at
    // once when the session begins.
    prefetch(bar_part);
    prefetch(note_part);
    let locale = use_locale();
    let config = use_config();
    let check = use_self_check();
    let list = use_shortlist();
    let together = use_together();
    let minutes = move || {
        let policy = config.with(|c| idle_policy(c.as_ref()));
        fill(
            locale.text(Key::TogetherIdle),
            &[("minutes", &(policy.after().as_secs() / 60).to_string())],
        )
    };
    let begin = move |_| {
        // Storage stops before anything is cleared, so the owner's saved answers and
        // list stay on the device; the session starts with nothing in memory.
        together.begin();
        check.clear();
        check.answered_now.set(false);
        list.ids.set(Vec::new());
        list.set_remember(false);
        navigate(&Step::Intro.route());
    };
    view! {
        <PageHeading key=Key::TogetherTitle/>
        <p class="lead">{t(Key::TogetherIntro)}</p>
        <h2>{t(Key::TogetherHowHeading)}</h2>
        <ul class="together-points">
            <li>{t(Key::TogetherSameWords)}</li>
            <li>{t(Key::TogetherLarger)}</li>
            <li>{t(Key::TogetherNothingStored)}</li>
            <li>{minutes}</li>
            <li>{t(Key::TogetherNotes)}</li>
        </ul>
        <p class="notice">{t(Key::WorryStartAsk)}</p>
        <p class="actions">
            <button type="button" class="button button--primary" on:click=begin>
                {t(Key::TogetherBegin)}
            </button>
        </p>
        <p><a href=Route::to(Page::Worry).href()>{t(Key::WorryLink)}</a></p>
    }
}
