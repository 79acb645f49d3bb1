//! Samenwijzer web app: mounts the Leptos app over the static shell in index.html.

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
mod storage;

use wasm_bindgen::JsCast;

fn main() {
    crash::install_panic_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The static shell in index.html painted the start page before the wasm arrived;
    // the app takes over the same element.
    let Some(root) = document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
