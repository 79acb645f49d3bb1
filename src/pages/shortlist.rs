//! "Mijn lijstje": saved entries, to print or keep. `#/lijstje`

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::directory_view::WithDirectory;
use crate::components::entry_card::EntryCard;
use crate::components::page_heading::PageHeading;
use crate::components::remember::RememberChoice;
use crate::data::Loaded;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::shortlist::use_shortlist;

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let list = use_shortlist();
    let empty = Memo::new(move |_| list.ids.with(Vec::is_empty));
    let entries = move || {
        if empty.get() {
            return view! { <p class="notice">{t(Key::ShortlistEmpty)}</p> }.into_any();
        }
        view! {
            <WithDirectory let:directory>
                <Saved directory/>
            </WithDirectory>
        }
        .into_any()
    };
    view! {
        <PageHeading key=Key::ShortlistTitle/>
        <p class="lead">{t(Key::ShortlistIntro)}</p>
        <RememberChoice
            label=Key::ShortlistRememberLabel
            hint=Key::ShortlistRememberHint
            hint_id="lijstje-uitleg"
            remember=list.remember
            storage_error=list.storage_error
            on_change=move |on| list.set_remember(on)
        />
        {entries}
    }
}

/// The saved entries that the directory still has, and how many it no longer has.
#[component]
fn Saved(directory: Arc<Loaded>) -> impl IntoView {
    let list = use_shortlist();
    let locale = use_locale();
    move || {
        let ids = list.ids.get();
        let found: Vec<_> = directory.saved(&ids).cloned().collect();
        let missing = ids.len() - found.len();
        let missing = (missing > 0).then(|| {
            view! {
                <p class="notice">
                    {move || fill(locale.text(Key::ShortlistMissing), &[("n", &missing.to_string())])}
                </p>
            }
        });
        view! {
            {missing}
            <ul class="entries">
                {found.into_iter().map(|entry| view! { <li><EntryCard entry/></li> }).collect_view()}
            </ul>
            <p class="no-print">
                <button type="button" class="button" on:click=|_| { let _ = window().print(); }>
                    {t(Key::ShortlistPrint)}
                </button>
            </p>
        }
    }
}
