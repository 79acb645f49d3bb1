//! The directory entries that best fit what the person said, each with its reasons.

use std::sync::Arc;

use leptos::prelude::*;
use samenwijzer_core::matching::{directory_query, suggest, Reason};
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::what_helps::WhatHelps;

use crate::components::directory_view::WithDirectory;
use crate::components::entry_card::EntryCard;
use crate::data::Loaded;
use crate::i18n::{fill, lower_first, moment_key, need_key, Key};
use crate::locale::{t, use_locale, Locale};
use crate::self_check::use_self_check;

const SHOWN: usize = 5;

fn reason_text(locale: Locale, reasons: &[Reason]) -> String {
    let parts: Vec<String> = reasons
        .iter()
        .map(|reason| {
            lower_first(locale.text(match reason {
                Reason::Need(need) => need_key(*need),
                Reason::Nearby => Key::ReasonNearby,
                Reason::Moment(moment) => moment_key(*moment),
                Reason::Free => Key::ReasonFree,
                Reason::WheelchairAccessible => Key::ReasonWheelchair,
                Reason::Companion => Key::ReasonCompanion,
                Reason::TransportOffered => Key::ReasonTransport,
                Reason::StepFree => Key::ReasonStepFree,
                Reason::InYourLanguage => Key::ReasonLanguage,
            }))
        })
        .collect();
    fill(
        locale.text(Key::BecauseYouSaid),
        &[("reasons", &parts.join(", "))],
    )
}

/// The directory page, filtered on the same needs and municipality.
pub fn directory_route(wish: &WhatHelps) -> Route {
    Route {
        page: Page::Directory,
        query: directory_query(wish),
    }
}

#[component]
pub fn Suggestions() -> impl IntoView {
    let check = use_self_check();
    let all_href = move || check.what_helps.with(directory_route).href();
    view! {
        <section aria-labelledby="ideeen-kop">
            <h2 id="ideeen-kop">{t(Key::SuggestionsHeading)}</h2>
            <p>{t(Key::SuggestionsIntro)}</p>
            <WithDirectory
                loading=Key::SuggestionsLoading
                unavailable=Key::SuggestionsUnavailable
                let:directory
            >
                <Suggested directory/>
            </WithDirectory>
            <p class="no-print"><a href=all_href>{t(Key::SeeAllMatching)}</a></p>
        </section>
    }
}

/// The best few entries for what the resident said, each with its reasons.
#[component]
fn Suggested(directory: Arc<Loaded>) -> impl IntoView {
    let check = use_self_check();
    let locale = use_locale();
    move || {
        let found = check.what_helps.with(|wish| {
            suggest(
                &directory,
                wish,
                locale.lang(),
                SHOWN,
                crate::today::today(),
            )
        });
        if found.is_empty() {
            return view! { <p>{t(Key::SuggestionsNone)}</p> }.into_any();
        }
        let cards = found
            .into_iter()
            .map(|s| {
                let note = reason_text(locale, &s.reasons);
                view! { <li><EntryCard entry=s.entry.clone() level=3 note/></li> }
            })
            .collect_view();
        view! { <ul class="entries">{cards}</ul> }.into_any()
    }
}
