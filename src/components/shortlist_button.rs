//! "Bewaar in mijn lijstje": a toggle button (`aria-pressed`), so its name stays the
//! same and screen readers announce the state.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::{t, use_locale};
use crate::shortlist::use_shortlist;

#[component]
pub fn ShortlistButton(id: String, name: String) -> impl IntoView {
    let list = use_shortlist();
    let locale = use_locale();
    let saved = {
        let id = id.clone();
        move || list.contains(&id)
    };
    view! {
        <button
            type="button"
            class="button button--small shortlist-toggle"
            aria-pressed=move || if saved() { "true" } else { "false" }
            // With the entry's name, each of many such buttons says what it saves; the
            // visible words come first (WCAG 2.5.3, label in name).
            aria-label=move || format!("{}: {name}", locale.text(Key::ShortlistToggle))
            on:click=move |_| list.toggle(&id)
        >
            {t(Key::ShortlistToggle)}
        </button>
    }
}
