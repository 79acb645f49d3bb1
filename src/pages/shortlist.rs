//! "Mijn lijstje": saved entries, to print or keep. `#/lijstje`

use leptos::prelude::*;

use crate::components::entry_card::EntryCard;
use crate::components::page_heading::PageHeading;
use crate::components::remember::RememberChoice;
use crate::data::use_directory;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};
use crate::shortlist::use_shortlist;

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let list = use_shortlist();
    let directory = use_directory();
    let locale = use_locale();
    let entries = move || {
        let ids = list.ids.get();
        if ids.is_empty() {
            return view! { <p class="notice">{t(Key::ShortlistEmpty)}</p> }.into_any();
        }
        match directory.get() {
            None => view! { <p role="status">{t(Key::DirectoryLoading)}</p> }.into_any(),
            Some(Err(_)) => view! {
                <p class="notice notice--error" role="alert">{t(Key::DirectoryLoadFailed)}</p>
            }
            .into_any(),
            Some(Ok(dir)) => {
                let found: Vec<_> = ids.iter().filter_map(|id| dir.entry(id)).cloned().collect();
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
                .into_any()
            }
        }
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
