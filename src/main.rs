//! Samenwijzer web app: starts the Leptos app in the frame of index.html.

mod app;
mod components;
mod crash;
mod data;
mod focus;
mod i18n;
mod locale;
mod pages;
mod router;
mod self_check;
mod shortlist;
mod static_shell;
mod storage;
mod timing;
mod today;

fn main() {
    crash::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if app::start(&document) {
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("data-app", "ready");
        }
    }
}
