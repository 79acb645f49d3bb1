//! A panic in wasm ends the app. Instead of a dead page, the app is replaced with a
//! plain message in the user's language, a reload link and the helplines, using only
//! DOM calls that cannot panic, since the app's state is gone.
//!
//! Release builds stop at a panic at once (`panic = immediate-abort`, see
//! scripts/build_wasm.py): the panic is a wasm trap, which reaches JavaScript as a
//! `WebAssembly.RuntimeError`; boot.js then calls `showCrash` (below). Other builds
//! also have the panic hook, which logs the panic and shows the same screen.

use samenwijzer_core::Lang;
use wasm_bindgen::prelude::wasm_bindgen;

use crate::i18n::{text, Key};

#[cfg(not(samenwijzer_immediate_abort))]
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

/// Tells the boot script that the app cannot start, so the static page says so (in
/// Dutch and English, with the helplines): used when not even the texts could load.
pub fn cannot_start() {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new("samenwijzer:failed") {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// The crash screen; also exported for boot.js, which calls it after a trap.
#[wasm_bindgen(js_name = showCrash)]
pub fn show_crash_screen() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    if text(lang, Key::CrashTitle).is_empty() {
        // No texts in memory yet: the boot script has its own words for this.
        cannot_start();
        return;
    }
    let Some(body) = document.body() else { return };
    let section = |tag: &str, content: &str| -> Option<web_sys::Element> {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(content));
        Some(el)
    };
    let Ok(main) = document.create_element("main") else {
        return;
    };
    let _ = main.set_attribute("class", "crash");
    let _ = main.set_attribute("role", "alert");
    let reload_href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let parts = [
        section("h1", text(lang, Key::CrashTitle)),
        section("p", text(lang, Key::CrashText)),
        section("a", text(lang, Key::CrashReload)).inspect(|a| {
            let _ = a.set_attribute("href", &reload_href);
            let _ = a.set_attribute("class", "button");
            // A link to the page itself only moves to its fragment: boot.js reloads.
            let _ = a.set_attribute("data-reload", "");
        }),
        section("p", text(lang, Key::CrashHelp)),
    ];
    body.set_text_content(None);
    for part in parts.into_iter().flatten() {
        let _ = main.append_child(&part);
    }
    let _ = body.append_child(&main);
}
