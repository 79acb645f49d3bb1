//! The bar above every page during "Samen invullen": that nothing is kept, and
//! "Klaar — alles wissen", which ends the session with a clean start page. It also
//! keeps the idle timer: after the configured time without use (a tap or click, a key,
//! typing, the mouse wheel) everything is wiped the same way, after a warning of a
//! minute in a modal dialog with "Ik ben er nog" (WCAG 2.2.1; the policy is
//! `samenwijzer_core::together`). `scroll` is not use: the app scrolls by itself (a
//! new step, a smooth scroll within a page), and a person who scrolls touches, types
//! or turns the wheel.

use std::time::Duration;

use leptos::prelude::*;
use samenwijzer_core::route::{Page, Route};
use samenwijzer_core::together::Idle;

use crate::data::use_config;
use crate::i18n::{fill, Key};
use crate::locale::{t, use_locale};

/// Ends the session: the start page, by a reload, since memory was the only place
/// anything of the session was kept (`crate::together`).
fn end() {
    crate::router::replace_before_reload(&Route::to(Page::Start));
    let _ = window().location().reload();
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// What counts as use: what only a person does.
const USE: [&str; 4] = ["pointerdown", "keydown", "input", "wheel"];

#[component]
pub fn TogetherBar() -> impl IntoView {
    let locale = use_locale();
    let config = use_config();
    let last_use = StoredValue::new(now_ms());
    // Seconds left while the warning shows.
    let warning = RwSignal::new(None::<u64>);
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    let listeners: Vec<_> = USE
        .into_iter()
        .map(|name| window_event_listener_untyped(name, move |_| last_use.set_value(now_ms())))
        .chain([
            // A new version reloads the page (boot.js says so first): the session ends
            // there too, on a clean start page, as the banner says.
            window_event_listener_untyped(crate::self_check::BEFORE_RELOAD_EVENT, |_| {
                crate::router::replace_before_reload(&Route::to(Page::Start));
            }),
        ])
        .collect();
    let close_warning = move || {
        warning.set(None);
        if let Some(d) = dialog.get_untracked() {
            if d.open() {
                d.close();
            }
        }
    };
    let tick = move || {
        let policy = config.with_untracked(|c| super::idle_policy(c.as_ref()));
        let unused = (now_ms() - last_use.get_value()).max(0.0);
        match policy.state(Duration::from_millis(unused as u64)) {
            Idle::Active => {
                if warning.get_untracked().is_some() {
                    close_warning();
                }
            }
            Idle::Warning { seconds_left } => {
                if let Some(d) = dialog.get_untracked() {
                    if !d.open() {
                        let _ = d.show_modal();
                    }
                }
                warning.set(Some(seconds_left));
            }
            Idle::Reset => end(),
        }
    };
    let timer = set_interval_with_handle(tick, Duration::from_secs(1)).ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
        for listener in listeners {
            listener.remove();
        }
    });

    let countdown = move || {
        warning.get().map(|n| {
            if n == 1 {
                locale.text(Key::TogetherIdleLeftOne).to_owned()
            } else {
                fill(
                    locale.text(Key::TogetherIdleLeft),
                    &[("seconds", &n.to_string())],
                )
            }
        })
    };
    view! {
        <div class="together-bar no-print" role="region" aria-labelledby="samen-balk">
            // On a phone only the button shows (the bar's name is still read out), so the
            // bar is one row and the next step stays on the first screen.
            <p class="together-bar__more">
                <strong id="samen-balk">{t(Key::TogetherTitle)}</strong>
                " "
                <span>{t(Key::TogetherBarNothingKept)}</span>
            </p>
            <button type="button" class="button button--small" on:click=move |_| end()>
                {t(Key::TogetherDone)}
            </button>
        </div>
        // `showModal` focuses the first button, "Ik ben er nog" (no `autofocus`: a
        // browser refuses it in the widget's cross-origin frame).
        <dialog
            class="idle-dialog"
            node_ref=dialog
            aria-labelledby="stil-kop"
            aria-describedby="stil-tekst"
            on:close=move |_| warning.set(None)
        >
            <h2 id="stil-kop">{t(Key::TogetherIdleHeading)}</h2>
            <p id="stil-tekst">{countdown}" "{t(Key::TogetherIdleWhy)}</p>
            <p class="actions">
                <button type="button" class="button button--primary" on:click=move |_| {
                    last_use.set_value(now_ms());
                    close_warning();
                }>
                    {t(Key::TogetherStillHere)}
                </button>
                <button type="button" class="button" on:click=move |_| end()>
                    {t(Key::TogetherDone)}
                </button>
            </p>
        </dialog>
    }
}
