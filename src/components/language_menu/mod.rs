//! The language list in the menu: a button with the language on screen ("Taal:
//! Nederlands") that opens every language, each named in itself, and the text size
//! below them (in the bar of a wide screen there is no room for both).
//!
//! The main module holds the button; what it opens is a part of its own (`talen`),
//! fetched on the first press, so no first load carries the list and the text size.
//! If that part cannot be fetched, the panel says so in a line with a retry (`Lazy`'s
//! quiet form: the helplines are one tap away under "Hulp nu").

use leptos::prelude::*;

use crate::focus::focus_first;
use crate::i18n::{language, Key};
use crate::lazy::{lazy_part, Lazy};
use crate::locale::{t, use_locale};

mod panel;

lazy_part!(panel_part, talen, || view! { <panel::LanguagePanel/> }
    .into_any());

/// Whether the list is open; the panel closes it when a language is chosen.
#[derive(Clone, Copy)]
pub(crate) struct LanguageMenu {
    open: RwSignal<bool>,
}

impl LanguageMenu {
    /// Closes the list and gives the focus back to its button.
    pub(crate) fn close(&self) {
        self.open.set(false);
        focus_first(&["#taal-knop"]);
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let locale = use_locale();
    let menu = LanguageMenu {
        open: RwSignal::new(false),
    };
    provide_context(menu);
    let open = menu.open;
    // Rendered from the first opening on, then kept (hidden while closed).
    let opened = RwSignal::new(false);
    let busy = move || locale.switching.get().is_some();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.stop_propagation();
            menu.close();
        }
    };
    let toggle = move |_| {
        opened.set(true);
        open.update(|o| *o = !*o);
    };
    // While a language's texts are fetched the list waits; if they cannot be fetched,
    // a note says so in the language on screen.
    view! {
        <div class="lang-menu" on:keydown=on_keydown>
            <button
                type="button"
                id="taal-knop"
                class="lang-switch"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="talen"
                aria-busy=move || busy().then_some("true")
                on:click=toggle
            >
                {t(Key::LanguageMenu)}": "{move || language(locale.lang()).name}
            </button>
            <div id="talen" class="lang-panel" hidden=move || !open.get()>
                {move || opened.get().then(|| view! { <Lazy load=panel_part quiet=true/> })}
            </div>
            <span class="lang-note" role="status">
                {move || locale.unavailable.get().then(|| t(Key::LanguageUnavailable)())}
            </span>
        </div>
    }
}
