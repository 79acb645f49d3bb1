//! "Er is een nieuwe versie — Vernieuwen". The boot script (static/boot.js) watches the
//! service worker; when a new version has been downloaded and waits, it marks
//! `<html data-update="ready">` and sends `samenwijzer:update-ready`. This banner says
//! so in the user's language; the button asks the boot script to switch
//! (`samenwijzer:update-apply`), which reloads the page once the new version is active.
//! Nothing switches without the user's click, so no one is interrupted mid-sentence,
//! and the answers in progress are handed over (see `self_check`).

use leptos::prelude::*;

use crate::i18n::Key;
use crate::locale::t;

const READY_EVENT: &str = "samenwijzer:update-ready";
const APPLY_EVENT: &str = "samenwijzer:update-apply";

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let marked = || {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("data-update"))
            .is_some_and(|v| v == "ready")
    };
    let ready = RwSignal::new(marked());
    let applying = RwSignal::new(false);
    // The app lives as long as the page, so the listener is never removed.
    let _listener = window_event_listener_untyped(READY_EVENT, move |_| ready.set(true));
    let apply = move |_| {
        applying.set(true);
        if let Ok(event) = web_sys::Event::new(APPLY_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    };
    // The live region is always there, so screen readers announce what appears in it.
    view! {
        <div class="update-region" role="status">
            {move || ready.get().then(|| view! {
                <div class="update-banner">
                    <p>{move || if applying.get() {
                        t(Key::UpdateApplying)()
                    } else if crate::together::active() {
                        // A together session keeps nothing, not even across an update.
                        t(Key::UpdateAvailableTogether)()
                    } else {
                        t(Key::UpdateAvailable)()
                    }}</p>
                    <button type="button" class="button button--primary" on:click=apply disabled=move || applying.get()>
                        {t(Key::UpdateButton)}
                    </button>
                </div>
            })}
        </div>
    }
}
