//! The one view for "still loading" and the one for "could not load", used by every
//! part of the app that waits: a lazily loaded page (`lazy.rs`) and the directory data.

use leptos::prelude::*;

use crate::components::helplines::Helplines;
use crate::components::page_heading::PageHeading;
use crate::i18n::Key;
use crate::locale::t;

/// A status line while a part or data arrives, under the page's heading when a whole
/// page waits (`title`).
#[component]
pub fn Loading(
    #[prop(default = None)] title: Option<Key>,
    #[prop(default = Key::PartLoading)] message: Key,
) -> impl IntoView {
    view! {
        {title.map(|key| view! { <PageHeading key/> })}
        <p role="status" class="loading">{t(message)}</p>
    }
}

/// The page's heading, what went wrong in plain words, a way to try again and, since
/// the resident may have come for help, the helplines (not when `quiet`: a small panel
/// in the header, where "Hulp nu" is beside it).
#[component]
pub fn LoadFailed(
    #[prop(default = None)] title: Option<Key>,
    retry: impl Fn() + Copy + Send + Sync + 'static,
    #[prop(optional)] quiet: bool,
) -> impl IntoView {
    if quiet {
        return view! {
            <p class="notice notice--error" role="alert">
                {t(Key::PartFailed)}" "
                <button type="button" class="button" on:click=move |_| retry()>{t(Key::PartRetry)}</button>
            </p>
        }
        .into_any();
    }
    view! {
        {title.map(|key| view! { <PageHeading key/> })}
        <div class="notice notice--error" role="alert">
            <p><strong>{t(Key::PartFailed)}</strong></p>
            <p>{t(Key::PartFailedRest)}</p>
            <button type="button" class="button" on:click=move |_| retry()>{t(Key::PartRetry)}</button>
        </div>
        <Helplines/>
    }
    .into_any()
}
