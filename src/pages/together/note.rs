//! "Tip voor wie helpt": a short note for the helper on each step, folded away so the
//! resident reads along with the statement itself. A disclosure button
//! (`aria-expanded`), so a screen reader says what it is and whether it is open; the
//! note is `role="note"`. Once the helper opens it, it stays open from step to step and
//! on the result, until it is closed.

use std::cell::Cell;

use leptos::prelude::*;
use samenwijzer_core::check::Step;
use samenwijzer_core::route::Page;

use crate::i18n::Key;
use crate::locale::{t, use_locale};
use crate::router::use_router;
use crate::self_check::use_self_check;

thread_local! {
    /// Whether the helper left the note open: each page makes a note of its own.
    static OPEN: Cell<bool> = const { Cell::new(false) };
}

#[component]
pub fn HelperNote() -> impl IntoView {
    let router = use_router();
    let check = use_self_check();
    let locale = use_locale();
    let open = RwSignal::new(OPEN.with(Cell::get));
    let note = move || {
        let route = router.route();
        let questions = check.instrument.with(|i| i.items.len());
        let key = match route.page {
            Page::Result => Key::TogetherNoteResult,
            _ => match Step::from_route(&route, questions) {
                Step::Intro => Key::TogetherNoteIntro,
                Step::Question(_) => Key::TogetherNoteQuestion,
                Step::Needs => Key::TogetherNoteNeeds,
                Step::Situation => Key::TogetherNoteSituation,
            },
        };
        locale.text(key)
    };
    view! {
        <div class="helper-note no-print">
            <button
                type="button"
                class="helper-note__toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="tip-helper"
                on:click=move |_| {
                    open.update(|o| *o = !*o);
                    OPEN.with(|o| o.set(open.get_untracked()));
                }
            >
                {t(Key::TogetherNoteToggle)}
            </button>
            <div id="tip-helper" role="note" class="helper-note__text" hidden=move || !open.get()>
                <p>{note}</p>
            </div>
        </div>
    }
}
