//! "Samen invullen": the self-check filled in by a resident with a helper (a GP's
//! assistant, a neighbourhood-team worker, a volunteer, a relative), perhaps on the
//! helper's device. This is the mode's switch, in the main module; what the mode shows
//! (the page `#/samen`, the bar with "Klaar — alles wissen" and the idle timer, the
//! notes for the helper) is the part `samen` in `pages/together/`.
//!
//! The mode lasts until the page is reloaded, and it ends only that way: "Klaar" and
//! the idle timer reload into a clean start page, since memory is the only place that
//! held anything of the session. While it is on, `storage.rs` stores nothing (it asks
//! `active`), so neither the answers nor a language choice reach the device, and the
//! opt-ins to keep something are not offered.

use std::cell::Cell;

use leptos::prelude::*;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
}

/// Whether a together-session is on, for code outside the reactive graph (storage).
pub fn active() -> bool {
    ON.with(Cell::get)
}

/// The mode, as a signal for what it shows and hides.
#[derive(Clone, Copy)]
pub struct Together(RwSignal<bool>);

impl Together {
    pub fn on(&self) -> bool {
        self.0.get()
    }

    /// Switches the mode on for the rest of this page's life. Storage stops first, so
    /// that clearing the state in memory afterwards cannot touch what the device's
    /// owner kept; `<html data-samen>` gives the larger text (style/main.css).
    pub fn begin(&self) {
        ON.with(|on| on.set(true));
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-samen", "");
        }
        self.0.set(true);
    }
}

pub fn provide_together() {
    provide_context(Together(RwSignal::new(false)));
}

pub fn use_together() -> Together {
    expect_context::<Together>()
}
