//! "Bewaar in mijn lijstje" / "Bewaard in mijn lijstje": the state in words, on the
//! button and in its accessible name, so it reads the same for everyone. Pressing it
//! again takes the activity off the list.

use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::use_locale;
use crate::shortlist::use_shortlist;

#[component]
pub fn ShortlistButton(id: String, name: String) -> impl IntoView {
    let list = use_shortlist();
    let locale = use_locale();
    let saved = {
        let id = id.clone();
        move || list.contains(&id)
    };
    let is_saved = saved.clone();
    let label = move || {
        locale.text(if is_saved() {
            Key::ShortlistSaved
        } else {
            Key::ShortlistToggle
        })
    };
    let name_label = label.clone();
    view! {
        <button
            type="button"
            class="button button--small shortlist-toggle"
            class:is-saved=saved
            // With the entry's name, each of many such buttons says what it saves; the
            // visible words come first (WCAG 2.5.3, label in name).
            aria-label=move || format!("{}: {name}", name_label())
            on:click=move |_| list.toggle(&id)
        >
            {label}
        </button>
    }
}
