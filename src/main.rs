//! Samenwijzer web app: starts the Leptos app in the frame of index.html.

mod address;
mod app;
mod components;
mod crash;
mod data;
mod embed;
mod focus;
mod i18n;
mod json;
mod launch;
mod lazy;
mod list_place;
mod locale;
mod pages;
mod read_aloud;
mod router;
mod self_check;
mod shortlist;
mod static_shell;
mod storage;
mod text_size;
mod theme;
mod timing;
mod today;
mod together;

fn main() {
    #[cfg(not(samenwijzer_immediate_abort))]
    crash::install_panic_hook();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        app::start(document);
    }
}
